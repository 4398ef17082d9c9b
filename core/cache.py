"""Whole-page caching of the public pages, for anonymous visitors only.

Views opt in with `@public_page`. A cached copy is served only to requests without a session
cookie, is never made from a response that sets a cookie or carries a CSRF token, and lives at
most `PAGE_CACHE_SECONDS`, which bounds how late a scheduled item shows up. Any change to content
bumps a version stamp, so edits and publishing show at once.

A copy is renewed a little before it expires, by one request while the others still get the
copy: without that, every visitor arriving in the moment after it expired would render the page
at the same time (a large list takes a while), and the server would stall every
`PAGE_CACHE_SECONDS`. No copy is ever served older than `PAGE_CACHE_SECONDS`.
"""

import functools
import hashlib
import secrets
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache

VERSION_KEY = "page-cache:version"
MESSAGES_COOKIE = CookieStorage.cookie_name
_ENTRY_PREFIX = "page-cache:page:"
_RENEW_PREFIX = "page-cache:renewing:"
# The last part of a copy's life in which one request renders a fresh copy: a sixth of it, at
# most 10 seconds (so nothing for a lifetime under 6 seconds).
_RENEW_AHEAD_MAX = 10


def public_page(view=None, *, query: tuple[str, ...] = ()):
    """Mark a view's anonymous responses as safe to cache and share between visitors.

    `query` names the GET parameters the view reads. A URL with any other parameter is still
    answered but not stored: made-up query strings must not fill the cache with copies.
    """

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            response.cache_public = set(request.GET) <= set(query)
            return response

        return wrapper

    return decorate(view) if view is not None else decorate


def bump_page_cache_version() -> None:
    cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method != "GET"
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            # A visitor with a flash message waiting must get the page rendered, message and all.
            or MESSAGES_COOKIE in request.COOKIES
        ):
            return self.get_response(request)

        # A cached copy skips CommonMiddleware, which would check the Host header; check it here
        # so a host outside ALLOWED_HOSTS gets its 400 whether the page is cached or not.
        request.get_host()
        # Hashed, so a long query string cannot make an over-long cache key.
        path = request.get_full_path().encode("utf-8", "surrogateescape")
        digest = hashlib.sha256(path).hexdigest()
        entry_key = _ENTRY_PREFIX + digest
        # One round trip for both the current version and the stored page.
        found = cache.get_many([VERSION_KEY, entry_key])
        version = found.get(VERSION_KEY)
        stored = found.get(entry_key)
        if stored is not None and version is not None and stored[0] == version:
            _version, renew_at, page = stored
            if time.time() < renew_at or not cache.add(
                _RENEW_PREFIX + digest, 1, timeout=_RENEW_AHEAD_MAX
            ):
                return page
            # Only this request renders the new copy; the others keep getting this one.

        response = self.get_response(request)
        if self._shareable(request, response):
            if version is None:
                version = secrets.token_hex(8)
                cache.add(VERSION_KEY, version, timeout=None)
            lifetime = settings.PAGE_CACHE_SECONDS
            renew_at = time.time() + lifetime - min(_RENEW_AHEAD_MAX, lifetime // 6)
            cache.set(entry_key, (version, renew_at, response), lifetime)
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
