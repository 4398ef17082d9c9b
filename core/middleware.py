"""Middleware of our own; the rest of the stack is Django's and the libraries'."""

import base64
import hashlib
import re

from django.conf import settings
from django.http import HttpResponseBadRequest

_IMPORTMAP = re.compile(rb'<script type="importmap"[^>]*>(.*?)</script>', re.DOTALL)


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
    """Allow the admin's rich-text editor its import map under the strict CSP, by hash.

    The editor's widget renders one inline `<script type="importmap">` (module paths only, made
    by the widget from our static files, never from user input). Rather than loosening the
    policy, the exact content's hash is added to `script-src` for that admin response.
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
        hashes = [
            f"'sha256-{base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode()}'"
            for m in _IMPORTMAP.finditer(response.content)
        ]
        if hashes:
            response._csp_update = {"script-src": hashes}
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
