"""Signed one-click links in e-mails: cancel, leave the waiting list, take an offered place.

The link names the sign-up and the action, signed with the site's secret, and works until the
occasion is over; nobody can make one for someone else's sign-up.
"""

from django.core import signing
from django.urls import reverse

from core.site import absolute_url

SALT = "signups.link"
ACTIONS = ("cancel", "accept")


def action_token(signup, action: str) -> str:
    return signing.dumps([signup.pk, action], salt=SALT)


def action_url(signup, action: str) -> str:
    return absolute_url(reverse("signups:action", kwargs={"token": action_token(signup, action)}))


def read_token(token: str) -> tuple[int, str] | None:
    try:
        signup_id, action = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if action not in ACTIONS or not isinstance(signup_id, int):
        return None
    return signup_id, action
