"""Middleware of our own; the rest of the stack is Django's and the libraries'."""

import base64
import hashlib
import re
from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponseBadRequest

_IMPORTMAP = re.compile(rb'<script type="importmap"[^>]*>(.*?)</script>', re.DOTALL)
# Tiptap's base stylesheet for the editing area (white-space: pre-wrap and the like), which the
# editor's script puts into a <style> element of its own; a template literal in editor.js.
_EDITOR_BASE_CSS = re.compile(r"`(\.ProseMirror \{\s*position: relative;.*?)`", re.DOTALL)


def _sha256(content: bytes) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(content).digest()).decode()}'"


@cache
def editor_style_hashes() -> tuple[str, ...]:
    """The CSP hash of the <style> the installed rich-text editor adds, read from its script.

    Without its base styles ProseMirror collapses the spaces an editor types. Read from the
    installed django-prose-editor, so an upgrade brings its own hash; none if it is not found.
    """
    path = finders.find("django_prose_editor/editor.js")
    if not path:
        return ()
    with open(path, encoding="utf-8") as script:
        found = _EDITOR_BASE_CSS.search(script.read())
    return (_sha256(found.group(1).encode()),) if found else ()


class SiteURLMiddleware:
    """Build every absolute URL from `SITE_URL`, never from the Host header the client sent.

    `request.build_absolute_uri()` (allauth's links in e-mails, anything else) joins the
    request's scheme and host, which Django computes once and keeps in the request's
    `_current_scheme_host`. Setting that to `SITE_URL` makes a request that arrived with another
    allowed host name (or a proxy's internal one) still hand out the portal's address. The Host
    is checked first, so a host outside `ALLOWED_HOSTS` still gets its 400. Sits right after
    SecurityMiddleware, whose HTTPS redirect keeps the host the visitor asked for.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.get_host()  # DisallowedHost -> 400, as CommonMiddleware would answer
        request._current_scheme_host = settings.SITE_URL
        return self.get_response(request)


class AdminImportMapCSPMiddleware:
    """Allow the admin's rich-text editor its import map and base styles under the strict CSP,
    by hash.

    The editor's widget renders one inline `<script type="importmap">` (module paths only, made
    by the widget from our static files, never from user input), and its script adds one
    `<style>` with the editing area's base styles (fixed text in the installed package). Rather
    than loosening the policy, the exact contents' hashes are added to `script-src` and
    `style-src` for that admin response.
    Must sit below django-csp's middleware so the update is seen when the header is built.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/admin/") or getattr(response, "streaming", False):
            return response
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        hashes = [_sha256(m.group(1)) for m in _IMPORTMAP.finditer(response.content)]
        if hashes:
            response._csp_update = {"script-src": hashes}
            if editor_style_hashes():
                response._csp_update["style-src"] = list(editor_style_hashes())
        return response


class RejectNulCharactersMiddleware:
    """Answer 400 to an admin request whose path or query string holds a NUL character.

    PostgreSQL cannot store or compare text with NUL in it. The public pages validate their
    parameters (forms refuse NUL with a message), but the admin's list filters hand query
    values straight to the database, which then fails with a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/admin/"):
            return self.get_response(request)
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest()
        return self.get_response(request)


def signed_in(request) -> bool:
    return request.user.is_authenticated


def accepts_uploads(view, allowed=signed_in):
    """Mark `view` as one that takes files: when `allowed(request)` holds (by default: the
    person is signed in), its requests may be as large as `UPLOAD_REQUEST_MAX_BYTES`.
    Apply it outermost, so the mark is on the view the URL resolves to."""
    view.uploads_allowed = allowed
    return view


class RequestBodyLimitMiddleware:
    """Answer 413, with the site's page, to a request whose body is larger than the portal
    takes, before anything reads it.

    Bodies are capped at `REQUEST_BODY_MAX_BYTES`; a view marked with `accepts_uploads` (the
    admin, a member's photo) takes `UPLOAD_REQUEST_MAX_BYTES` from those it allows, and no
    more than that from anyone. The size is the declared Content-Length, which is all Django
    ever reads of a body. Checked once the URL is resolved and before CSRF's check (which
    reads the form) and the view: must sit above CsrfViewMiddleware. The proxy caps bodies too
    (deploy/Caddyfile).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body without a valid length either
        if length <= settings.REQUEST_BODY_MAX_BYTES:
            return None
        allowed = getattr(view_func, "uploads_allowed", None)
        if allowed is not None and length <= settings.UPLOAD_REQUEST_MAX_BYTES and allowed(request):
            return None
        from .views import request_too_large

        return request_too_large(request)
