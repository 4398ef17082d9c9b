"""Requests through the whole middleware stack under production settings; prints what it saw.

Run by `test_security_headers.py` as `python -m tests.core.production_probe HOST EMAIL PASSWORD
PAGES_JSON` in a subprocess whose environment holds the production settings (the settings
module decides DEBUG and the security settings at import). It creates its own throw-away test
database (a uniquely named one on PostgreSQL), collects the static files into a temporary folder
(production uses the manifest storage), loads the demo content and sends requests the way the
TLS-terminating proxy does: plain HTTP with `X-Forwarded-Proto: https`. It prints one line,
`PROBE-RESULT <json>`. It uses a local-memory cache: a shared Redis that another test run
flushes would make the cache-hit check flaky, and the middleware order under test is the same
for every backend.
"""

import json
import os
import sys
import tempfile
import warnings


def seen(response, queries: int) -> dict:
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


def probe(host: str, email: str, password: str, pages: list[str]) -> dict:
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    https = {"HTTP_HOST": host, "HTTP_X_FORWARDED_PROTO": "https"}

    def get(client, path, **extra):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, **extra)
        return seen(response, len(queries))

    with open(os.devnull, "w") as devnull:
        call_command("collectstatic", interactive=False, verbosity=0)
        # The public content the probed pages show; the private areas only cost time here.
        public = ("partners", "alliance", "tracks", "initiatives", "news", "events", "helplines")
        call_command("load_demo", "--only", *public, "pages", stdout=devnull, stderr=devnull)
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email=email, password=password, is_staff=True)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)

    result = {"anonymous": {}, "repeat": {}}
    for path in pages:
        # A new visitor each time: no cookies carried from one request to the next.
        result["anonymous"][path] = get(Client(), path, **https)
        result["repeat"][path] = get(Client(), path, **https)
    result["plain_http"] = get(Client(), "/", HTTP_HOST=host)
    # "/" is cached by now: a foreign Host must still be refused.
    foreign = Client(raise_request_exception=False)
    result["foreign_host"] = get(
        foreign, "/", HTTP_HOST="evil.example", HTTP_X_FORWARDED_PROTO="https"
    )

    visitor = Client(enforce_csrf_checks=True)
    login_page = visitor.get("/konto/login/", **https)
    with CaptureQueriesContext(connection) as queries:
        response = visitor.post(
            "/konto/login/",
            {
                "login": email,
                "password": password,
                "csrfmiddlewaretoken": login_page.cookies["csrftoken"].value,
            },
            HTTP_REFERER=f"https://{host}/konto/login/",
            **https,
        )
    result["login"] = seen(response, len(queries))
    result["logged_in_front_page"] = get(visitor, "/", **https)
    return result


def main(host: str, email: str, password: str, pages_json: str) -> None:
    warnings.simplefilter("ignore")
    import django

    django.setup()
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import setup_test_environment

    setup_test_environment()  # e-mail stays in memory
    connection.settings_dict["TEST"]["NAME"] = f"test_dig_security_headers_{os.getpid()}"
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    static_root = tempfile.TemporaryDirectory()
    local_cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    try:
        with override_settings(STATIC_ROOT=static_root.name, CACHES=local_cache):
            result = probe(host, email, password, json.loads(pages_json))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        static_root.cleanup()
    print("PROBE-RESULT " + json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:5])
