"""Whole-page caching of the public pages, for anonymous visitors only.

Views opt in with `@public_page`. A cached copy is served only to requests without a session
cookie, is never made from a response that sets a cookie or carries a CSRF token, and lives at
most `PAGE_CACHE_SECONDS`, which bounds how late a scheduled item shows up. Any change to content
bumps a version stamp, so edits and publishing show at once.
"""

import functools
import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "page-cache:version"
_ENTRY_PREFIX = "page-cache:entry:"


def public_page(view):
    """Mark a view's anonymous responses as safe to cache and share between visitors."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.cache_public = True
        return response

    return wrapper


def bump_page_cache_version() -> None:
    cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)

        # Hashed, so a long query string cannot make an over-long cache key.
        path = request.get_full_path().encode("utf-8", "surrogateescape")
        entry_key = _ENTRY_PREFIX + hashlib.sha256(path).hexdigest()
        # One round trip for both the current version and the stored page.
        found = cache.get_many([VERSION_KEY, entry_key])
        version = found.get(VERSION_KEY)
        stored = found.get(entry_key)
        if stored is not None and version is not None and stored[0] == version:
            return stored[1]

        response = self.get_response(request)
        if self._shareable(request, response):
            if version is None:
                version = secrets.token_hex(8)
                cache.add(VERSION_KEY, version, timeout=None)
            cache.set(entry_key, (version, response), settings.PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def _shareable(request, response) -> bool:
        return (
            getattr(response, "cache_public", False)
            and response.status_code == 200
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not getattr(response, "streaming", False)
        )
