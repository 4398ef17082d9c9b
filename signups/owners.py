"""Apps that make occasions hear what happens to their sign-ups, without signups importing them.

An owner app registers a handler for its kind of occasion (`Occasion.owner = "booking:12"`):

    owners.register("booking", on_signup_cancelled)

and the handler is called, inside the cancelling transaction, with the cancelled sign-up.
"""

from collections.abc import Callable

_on_cancel: dict[str, Callable] = {}


def register(kind: str, on_cancel: Callable) -> None:
    _on_cancel[kind] = on_cancel


def signup_cancelled(signup) -> None:
    kind = signup.occasion.owner.split(":", 1)[0]
    handler = _on_cancel.get(kind)
    if handler is not None:
        handler(signup)
