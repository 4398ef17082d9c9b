from django.template.loader import render_to_string

from .registry import Message


def render_message(template: str, context: dict, **extra) -> Message:
    """A message from `<template>_subject.txt`, `_message.txt` and `_message.html`."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    return Message(
        subject=subject,
        text=render_to_string(f"{template}_message.txt", context),
        html=render_to_string(f"{template}_message.html", context),
        **extra,
    )
