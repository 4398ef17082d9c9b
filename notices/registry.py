"""What each kind of notice says: apps register a renderer per kind, once, in `ready()`.

A renderer gets the notice and returns the `Message` to send, or None when the message is no
longer wanted (the sign-up was cancelled, the application withdrawn): the notice is then marked
skipped, never sent.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Message:
    subject: str
    text: str
    html: str = ""
    attachments: list[tuple[str, str, str]] = field(default_factory=list)  # name, content, type
    reply_to: list[str] = field(default_factory=list)


_renderers: dict[str, Callable] = {}


def register(kind: str, render: Callable) -> None:
    if kind in _renderers and _renderers[kind] is not render:
        raise ValueError(f"Notice kind {kind!r} is registered twice.")
    _renderers[kind] = render


def renderer(kind: str) -> Callable:
    return _renderers[kind]
