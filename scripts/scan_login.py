"""Log the scan's staff user in, second factor included, and hand the session to wapiti.

    python scripts/scan_login.py BASE_URL EMAIL COOKIE_FILE   (password and TOTP secret in
    SCAN_STAFF_PASSWORD and SCAN_STAFF_TOTP_SECRET)

wapiti 3.0.4 fills in one login form and cannot answer the second-factor step that follows, so
this goes through both as a person would (the login form, then the authenticator app's code,
computed with allauth's own TOTP helpers from the secret the scan gave the user), checks that
the admin opens, and writes the session's cookies in wapiti's JSON cookie format (`-c`).
Run by scripts/scan.sh with the portal's settings in the environment.
"""

import http.cookiejar
import json
import os
import re
import ssl
import sys
import urllib.parse
import urllib.request
from pathlib import Path

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def current_code(secret: str) -> str:
    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the portal's packages
    django.setup()
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))  # now's


def main(base: str, email: str, cookie_file: str) -> None:
    tls = ssl.create_default_context()
    tls.check_hostname, tls.verify_mode = False, ssl.CERT_NONE  # the scan's own certificate
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(jar), urllib.request.HTTPSHandler(context=tls)
    )

    def fetch(path: str, form: dict | None = None):
        url = urllib.parse.urljoin(base, path)
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        # Django checks the Referer of an HTTPS form against its own address.
        request = urllib.request.Request(url, data=data, headers={"Referer": url})  # noqa: S310 - our https:// base
        with opener.open(request, timeout=30) as response:
            return response.geturl(), response.read().decode()

    def post_form(path: str, fields: dict):
        _url, page = fetch(path)
        token = TOKEN.search(page)
        if not token:
            sys.exit(f"scan: no form with a CSRF token at {path}")
        return fetch(path, {**fields, "csrfmiddlewaretoken": token.group(1)})

    url, _page = post_form(
        "/konto/login/", {"login": email, "password": os.environ["SCAN_STAFF_PASSWORD"]}
    )
    if "/konto/2fa/authenticate/" not in url:
        sys.exit(f"scan: the password did not lead to the second-factor step (at {url})")
    code = current_code(os.environ["SCAN_STAFF_TOTP_SECRET"])
    url, _page = post_form("/konto/2fa/authenticate/", {"code": code})
    url, page = fetch("/admin/")
    if urllib.parse.urlsplit(url).path != "/admin/" or 'id="site-name"' not in page:
        sys.exit(f"scan: logged in, but the admin did not open (at {url})")

    host = urllib.parse.urlsplit(base).hostname
    cookies: dict = {}
    for cookie in jar:
        cookies.setdefault(cookie.path, {})[cookie.name] = {
            "value": cookie.value,
            "expires": cookie.expires,
            "secure": cookie.secure,
            "port": None,
            "version": cookie.version or 0,
        }
    Path(cookie_file).write_text(json.dumps({host: cookies}, indent=2))
    print(f"scan: {email} logged in with password and TOTP code; the admin opens")


if __name__ == "__main__":
    main(*sys.argv[1:4])
