"""One vocabulary for "that cannot be done now": `ApplicationError` with a reason code.

A service refuses with a code, `<app>.<reason>`:

    raise ApplicationError("institutions.started")

and every view tells the person the same way, with `error.message` (also `str(error)`): the
Danish text, English in the catalogue. The texts live in one table here, filled by each app
with its own reasons from its `errors.py`, imported by its `AppConfig.ready()`:

    errors.register("institutions", {"started": _("Besøget er allerede begyndt eller overstået.")})

Raising a code nobody registered is a programming error (ValueError), so a typo shows in the
tests, not as a vague message. An app that calls another's service and speaks to its own users
in its own words recasts the refusal: `raise error.for_app("volunteers") from error` turns
`signups.closed` into `volunteers.closed` when volunteers registered that reason (and leaves
it as it is otherwise).

Not for invalid input that belongs to a form field: that stays Django's `ValidationError`,
which forms and the admin show next to the field.
"""

from collections.abc import Mapping

from django.utils.functional import Promise

_messages: dict[str, str | Promise] = {}


def register(app: str, messages: Mapping[str, str | Promise]) -> None:
    """The app's reasons and their texts (lazy translations), e.g. `{"started": _("…")}`."""
    for reason, text in messages.items():
        code = f"{app}.{reason}"
        if _messages.get(code, text) != text:
            raise ValueError(f"The reason {code!r} is registered twice with different texts.")
        _messages[code] = text


def is_registered(code: str) -> bool:
    return code in _messages


def message(code: str) -> str:
    """The person's message for `code`, in the active language."""
    return str(_messages[code])


class ApplicationError(Exception):
    """The action cannot be done now; `code` says why, `message` tells the person."""

    def __init__(self, code: str):
        if code not in _messages:
            raise ValueError(f"Unknown reason {code!r}: register it in its app's errors.py.")
        super().__init__(code)
        self.code = code

    @property
    def app(self) -> str:
        return self.code.split(".", 1)[0]

    @property
    def reason(self) -> str:
        return self.code.split(".", 1)[1]

    @property
    def message(self) -> str:
        return message(self.code)

    def __str__(self) -> str:
        return self.message

    def for_app(self, app: str) -> "ApplicationError":
        """The same refusal in `app`'s own words, if it has words for this reason."""
        code = f"{app}.{self.reason}"
        return ApplicationError(code) if code in _messages and code != self.code else self
