"""Security headers and cookies on real responses, with the production settings.

The settings module decides DEBUG and the security settings at import, so the requests run in a
subprocess started with production environment variables, as `test_settings.py` does. That
subprocess creates its own throw-away test database (uniquely named), collects the static files
into a temporary folder (production uses the manifest storage), loads the demo content and sends
requests through the whole middleware stack the way the TLS-terminating proxy does: plain HTTP
with `X-Forwarded-Proto: https`. It prints what it saw
as JSON. It uses a local-memory cache: a shared Redis that another test run flushes would make
the cache-hit check flaky, and the middleware order under test is the same for every backend.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOST = "plusdig.example.org"
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "x7#kq2!vR9pL0@zW4mN8$bT6^cY1&dF3*gH5(jK7)lQ9-sE2+uA4=oI6_eU8~rX0",
    "ALLOWED_HOSTS": HOST,
    "EMAIL_URL": "consolemail://",
    "DJANGO_SETTINGS_MODULE": "dig_portal.settings",
    "LOG_LEVEL": "ERROR",
}
PAGES = ["/", "/initiativer/", "/konto/login/"]
CACHED_PAGES = ["/", "/initiativer/"]
STAFF_EMAIL = "redaktoer@example.org"
STAFF_PASSWORD = "Korrekt-hest-batteri-42"

PROBE = r"""
import json, os, sys, tempfile, warnings

warnings.simplefilter("ignore")
import django

django.setup()
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext, setup_test_environment

HOST, EMAIL, PASSWORD, PAGES = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
HTTPS = {"HTTP_HOST": HOST, "HTTP_X_FORWARDED_PROTO": "https"}


def seen(response, queries):
    return {
        "status": response.status_code,
        "headers": dict(response.headers),
        "cookies": {
            name: {
                "secure": bool(morsel["secure"]),
                "httponly": bool(morsel["httponly"]),
                "samesite": morsel["samesite"],
            }
            for name, morsel in response.cookies.items()
        },
        "queries": queries,
    }


def get(client, path, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    return seen(response, len(queries))


setup_test_environment()  # e-mail stays in memory
connection.settings_dict["TEST"]["NAME"] = f"test_dig_security_headers_{os.getpid()}"
old_name = connection.settings_dict["NAME"]
connection.creation.create_test_db(verbosity=0, autoclobber=True)
static_root = tempfile.TemporaryDirectory()
local_cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
try:
    with override_settings(STATIC_ROOT=static_root.name, CACHES=local_cache):
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo", stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))
        from allauth.account.models import EmailAddress
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_user(
            email=EMAIL, password=PASSWORD, is_staff=True
        )
        EmailAddress.objects.create(user=user, email=EMAIL, verified=True, primary=True)

        result = {"anonymous": {}, "repeat": {}}
        for path in PAGES:
            # A new visitor each time: no cookies carried from one request to the next.
            result["anonymous"][path] = get(Client(), path, **HTTPS)
            result["repeat"][path] = get(Client(), path, **HTTPS)
        result["plain_http"] = get(Client(), "/", HTTP_HOST=HOST)
        # "/" is cached by now: a foreign Host must still be refused.
        foreign = Client(raise_request_exception=False)
        result["foreign_host"] = get(
            foreign, "/", HTTP_HOST="evil.example", HTTP_X_FORWARDED_PROTO="https"
        )

        visitor = Client(enforce_csrf_checks=True)
        login_page = visitor.get("/konto/login/", **HTTPS)
        with CaptureQueriesContext(connection) as queries:
            response = visitor.post(
                "/konto/login/",
                {
                    "login": EMAIL,
                    "password": PASSWORD,
                    "csrfmiddlewaretoken": login_page.cookies["csrftoken"].value,
                },
                HTTP_REFERER=f"https://{HOST}/konto/login/",
                **HTTPS,
            )
        result["login"] = seen(response, len(queries))
        result["logged_in_front_page"] = get(visitor, "/", **HTTPS)
finally:
    connection.creation.destroy_test_db(old_name, verbosity=0)
    static_root.cleanup()
print("PROBE-RESULT " + json.dumps(result))
"""


@pytest.fixture(scope="module")
def seen() -> dict:
    keep = {k: v for k, v in os.environ.items() if k not in PRODUCTION and k != "REDIS_URL"}
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, HOST, STAFF_EMAIL, STAFF_PASSWORD, json.dumps(PAGES)],
        cwd=ROOT,
        env={**keep, **PRODUCTION, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-4000:] + completed.stdout[-2000:]
    line = next(x for x in completed.stdout.splitlines() if x.startswith("PROBE-RESULT "))
    return json.loads(line.removeprefix("PROBE-RESULT "))


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name.lower()] = sources
    return directives


def assert_strict_csp(headers: dict) -> None:
    assert "Content-Security-Policy" in headers, headers
    header = headers["Content-Security-Policy"]
    assert "unsafe-inline" not in header
    assert "unsafe-eval" not in header
    assert "unsafe-hashes" not in header
    directives = csp_directives(header)
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    # Scripts and styles, where they are named, only from the portal's own origin.
    for name in ("script-src", "style-src"):
        assert directives.get(name, ["'self'"]) == ["'self'"], (name, header)
    for name, sources in directives.items():
        assert "*" not in sources and "http:" not in sources and "https:" not in sources, name


def assert_security_headers(headers: dict) -> None:
    assert_strict_csp(headers)
    hsts = headers["Strict-Transport-Security"]
    max_age = re.search(r"max-age=(\d+)", hsts)
    assert max_age and int(max_age.group(1)) >= 31536000, hsts
    assert "includesubdomains" in hsts.lower(), hsts
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] in {
        "no-referrer",
        "same-origin",
        "strict-origin",
        "strict-origin-when-cross-origin",
    }
    permissions = headers["Permissions-Policy"]
    for feature in ("camera", "geolocation", "microphone"):
        assert f"{feature}=()" in permissions, permissions
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"


def assert_secure_cookie(cookie: dict) -> None:
    assert cookie == {"secure": True, "httponly": True, "samesite": "Lax"}


@pytest.mark.parametrize("path", PAGES)
def test_page_sends_the_security_headers(seen, path):
    response = seen["anonymous"][path]
    assert response["status"] == 200
    assert_security_headers(response["headers"])


@pytest.mark.parametrize("path", CACHED_PAGES)
def test_cache_hit_keeps_the_security_headers(seen, path):
    first, second = seen["anonymous"][path], seen["repeat"][path]
    assert first["queries"] > 0
    assert second["queries"] == 0, "the second request should come from the page cache"
    assert second["status"] == 200
    assert_security_headers(second["headers"])
    assert not second["cookies"]


def test_login_page_is_never_cached_and_sets_a_secure_csrf_cookie(seen):
    for response in (seen["anonymous"]["/konto/login/"], seen["repeat"]["/konto/login/"]):
        assert "no-store" in response["headers"]["Cache-Control"]
        assert_secure_cookie(response["cookies"]["csrftoken"])


def test_login_sets_a_secure_session_cookie(seen):
    login = seen["login"]
    assert login["status"] == 302, login
    assert_secure_cookie(login["cookies"]["sessionid"])
    # Django rotates the CSRF token at login; the new cookie is just as strict.
    assert_secure_cookie(login["cookies"]["csrftoken"])
    assert_security_headers(login["headers"])


def test_logged_in_pages_keep_the_headers_and_are_not_shared(seen):
    page = seen["logged_in_front_page"]
    assert page["status"] == 200
    assert page["queries"] > 0  # rendered for the editor, not taken from the shared cache
    assert_security_headers(page["headers"])


def test_plain_http_is_redirected_to_https(seen):
    response = seen["plain_http"]
    assert response["status"] == 301
    assert response["headers"]["Location"] == f"https://{HOST}/"


def test_a_cached_page_still_refuses_a_foreign_host(seen):
    assert seen["repeat"]["/"]["queries"] == 0  # "/" was in the cache
    assert seen["foreign_host"]["status"] == 400
