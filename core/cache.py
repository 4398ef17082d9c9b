"""Whole-page caching of the public pages, for anonymous visitors only.

Views opt in with `@public_page`. A cached copy is served only to requests without a live
session and without a message waiting, is never made from a response that sets a cookie or
carries a CSRF token, and lives at most `PAGE_CACHE_SECONDS`, which bounds how late a scheduled
item shows up. Any change to content bumps a version stamp, so edits and publishing show at once.

Made-up input neither gets past the cache nor fills it: a session cookie that names no live
session, or a messages cookie that is not ours, gets the shared copy (and never makes one); a
URL with an unknown parameter, a parameter given twice, or a parameter value the view calls not
canonical (`do_not_store`), is answered but not stored, so the number of copies stays bounded by
the content. Copies are keyed on the query as the page reads it (`page_key`), not as written:
`/?&`, `/?&&&` and `/?side=` are the front page, and `?a=1&b=2` is `?b=2&a=1`.

A copy is renewed a little before it expires, by one request while the others still get the
copy: without that, every visitor arriving in the moment after it expired would render the page
at the same time (a large list takes a while), and the server would stall every
`PAGE_CACHE_SECONDS`. No copy is ever served older than `PAGE_CACHE_SECONDS`.
"""

import functools
import hashlib
import secrets
import time
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache

VERSION_KEY = "page-cache:version"
MESSAGES_COOKIE = CookieStorage.cookie_name
_NOT_STORED = "_page_cache_not_stored"
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
            given = request.GET
            response.cache_public = (
                set(given) <= set(query)
                # A view reads one value per parameter: `?tema=a&tema=a&…` is no page of its own.
                and all(len(given.getlist(name)) == 1 for name in given)
                and not getattr(request, _NOT_STORED, False)
            )
            return response

        return wrapper

    return decorate(view) if view is not None else decorate


def do_not_store(request) -> None:
    """Answer this request but keep no copy of the page.

    For a view that was given a parameter value it does not use as written (a page number past
    the end, `?side=01`, an unknown filter): it answers as for the canonical URL, but each such
    URL would otherwise get a copy of its own, and anyone could fill the cache with them.
    """
    setattr(request, _NOT_STORED, True)


def page_key(request) -> str:
    """The cache key of the page `request` asks for: its path and its query as the views read
    it (Django's parsed `request.GET`): parameters sorted by name, those without a name or
    without a value left out (no view tells `?side=` from no `side`; `&&` is nothing). A
    parameter given more than once keeps its values in order, so no two pages share a key; such
    a URL is never stored anyway (`public_page`). Hashed, so a long query string cannot make an
    over-long cache key."""
    given = [(name, v) for name, values in request.GET.lists() if name for v in values if v]
    # Sorted by name only (a stable sort): a repeated name keeps its values' order.
    pairs = sorted(given, key=lambda pair: pair[0])
    page = request.path + ("?" + urlencode(pairs) if pairs else "")
    return _ENTRY_PREFIX + hashlib.sha256(page.encode("utf-8", "surrogateescape")).hexdigest()


def _live_session(session_key: str) -> bool:
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if hasattr(store, "is_live"):
        return store.is_live(session_key)
    return store().exists(session_key)


def _messages_waiting(request, cookie: str) -> bool:
    # Signed by us, so a made-up value decodes to nothing; no database query either way.
    return bool(CookieStorage(request)._decode(cookie))


def bump_page_cache_version() -> None:
    cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)


def ensure_page_cache_version(version: str | None) -> str:
    """`version` as read, or a new stamp if there was none yet (first use, or a flushed cache).

    `add`, so two processes starting at once agree on one stamp."""
    if version is not None:
        return version
    cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
    return cache.get(VERSION_KEY) or ""


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET":
            return self.get_response(request)
        session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        messages = request.COOKIES.get(MESSAGES_COOKIE)
        if (session_key is not None and _live_session(session_key)) or (
            # A visitor with a flash message waiting must get the page rendered, message and all.
            messages is not None and _messages_waiting(request, messages)
        ):
            return self.get_response(request)
        # Anyone else is an anonymous visitor with nothing waiting and gets the shared copy.
        # One who sent a cookie, though, never makes a copy: the rendered page would be theirs
        # (the session middleware answers a dead cookie by deleting it, for one).
        may_store = session_key is None and messages is None

        # A cached copy skips CommonMiddleware, which would check the Host header; check it here
        # so a host outside ALLOWED_HOSTS gets its 400 whether the page is cached or not.
        request.get_host()
        entry_key = page_key(request)
        digest = entry_key.removeprefix(_ENTRY_PREFIX)
        # One round trip for both the current version and the stored page.
        found = cache.get_many([VERSION_KEY, entry_key])
        version = found.get(VERSION_KEY)
        stored = found.get(entry_key)
        if stored is not None and version is not None and stored[0] == version:
            _version, renew_at, page = stored
            if (
                not may_store
                or time.time() < renew_at
                or not cache.add(_RENEW_PREFIX + digest, 1, timeout=_RENEW_AHEAD_MAX)
            ):
                return page
            # Only this request renders the new copy; the others keep getting this one.

        response = self.get_response(request)
        if may_store and self._shareable(request, response):
            # The stamp may have been made while the page rendered (the footer's copy).
            version = ensure_page_cache_version(version)
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
