"""The portal's own address, for links that leave the site (e-mails, feeds)."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """`path` on the configured site address, never on whatever Host a request carried."""
    return settings.SITE_URL.rstrip("/") + path
