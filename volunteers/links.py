"""Signed links in e-mails: confirm your e-mail, a guardian confirms their consent.

A link names the application and its purpose, is signed with the site's secret and expires
(`APPLICATION_LINK_DAYS`); nobody can make one for someone else's application.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from core.site import absolute_url

SALT = "volunteers.application-link"
PURPOSES = {"confirm": "volunteers:confirm", "guardian": "volunteers:guardian"}


class LinkInvalid(Exception):
    """`reason` is "expired" or "invalid", for a clear message."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def link_token(application, purpose: str) -> str:
    return signing.dumps([application.pk, purpose], salt=SALT, compress=True)


def link_url(application, purpose: str) -> str:
    token = link_token(application, purpose)
    return absolute_url(reverse(PURPOSES[purpose], kwargs={"token": token}))


def read_link(token: str, purpose: str) -> int:
    """The application's id, or LinkInvalid."""
    max_age = settings.APPLICATION_LINK_DAYS * 24 * 3600
    try:
        application_id, found = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkInvalid("expired") from None
    except (signing.BadSignature, ValueError, TypeError):
        raise LinkInvalid("invalid") from None
    if found != purpose or not isinstance(application_id, int):
        raise LinkInvalid("invalid")
    return application_id
