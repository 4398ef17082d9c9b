"""Hand-picked hostile input for every public form and parameter: answered, never a 500.

Markup comes back escaped, over-long and malformed input gets the form back with a Danish (or, under
/en/, English) message, and odd paths, prefixes and page numbers are answered with 200, 302 or 404.
"""

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings as django_settings
from django.test import Client
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme

from accounts.models import User
from tests.fuzz.checks import (
    HTML_LANG,
    INVALID_EMAIL_MESSAGE,
    INVALID_LINK_TEXT,
    NULL_MESSAGE,
    SEARCH_TOO_LONG_MESSAGE,
    body,
    check_answer,
    check_form_errors,
)
from tests.fuzz.conftest import INVITATION, KNOWN_PASSWORD

pytestmark = pytest.mark.django_db

ON_POSTGRES = django_settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

LANGS = ["", "/en"]
SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
MARKUP = [
    SCRIPT,
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "</textarea><iframe src=javascript:alert(1)></iframe>",
]
DETAIL_KINDS = ["indsatsspor", "initiativer", "nyheder", "arrangementer"]
NOT_FOUND_TEXT = {"": "Siden findes ikke", "/en": "Page not found"}


def post(path, data):
    """Each POST from a fresh browser, so no session carries over between cases."""
    return Client().post(path, data)


# --- Markup is escaped ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_search_is_echoed_escaped(client, fuzz_content, lang):
    for payload in MARKUP:
        html = check_answer(client.get(f"{lang}/soeg/", {"q": payload}), allowed=(200,))
        assert payload not in html
        assert f'value="{escape(payload)}"' in html  # kept in the search field
        heading = {"": f"»{escape(payload)}«", "/en": f"“{escape(payload)}”"}
        assert heading[lang] in html  # and in the results heading


@pytest.mark.parametrize("lang", LANGS)
def test_script_in_search_is_escaped(client, fuzz_content, lang):
    html = check_answer(client.get(f"{lang}/soeg/", {"q": SCRIPT}), allowed=(200,))
    assert SCRIPT not in html and ESCAPED_SCRIPT in html


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/initiativer/", "spor"),
        ("/initiativer/", "alder"),
        ("/nyheder/", "side"),
        ("/arrangementer/", "side"),
        ("/konto/login/", "next"),
        ("/konto/signup/", "next"),
    ],
)
def test_markup_in_query_parameters_never_comes_back_raw(client, fuzz_content, lang, path, param):
    for payload in MARKUP:
        html = check_answer(client.get(f"{lang}{path}", {param: payload}), allowed=(200,))
        assert payload not in html
        assert HTML_LANG[lang] in html


@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_slugs_is_a_plain_404(client, fuzz_content, lang):
    for kind in DETAIL_KINDS:
        for payload in MARKUP:
            html = check_answer(client.get(f"{lang}/{kind}/{payload}/"), allowed=(404,))
            assert payload not in html and NOT_FOUND_TEXT[lang] in html


ACCOUNT_FORMS = [
    # path, the e-mail field, the other fields
    ("/konto/login/", "login", {"password": KNOWN_PASSWORD}),
    ("/konto/password/reset/", "email", {}),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("path", "email_field", "others"), ACCOUNT_FORMS)
def test_markup_in_account_forms_is_echoed_escaped(fuzz_content, lang, path, email_field, others):
    for payload in MARKUP:
        response = post(f"{lang}{path}", {email_field: payload, **others})
        check_answer(response, allowed=(200,))
        form, html = check_form_errors(response, lang)
        assert email_field in form.errors
        assert payload not in html
        assert f'value="{escape(payload)}"' in html
        assert INVALID_EMAIL_MESSAGE[lang] in html
        assert KNOWN_PASSWORD not in html  # passwords are never sent back


@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_passwords_is_never_echoed(fuzz_content, lang):
    response = post(
        f"{lang}{INVITATION}",
        {"first_name": "Ny", "password1": SCRIPT, "password2": SCRIPT + "x"},
    )
    check_answer(response, allowed=(200,))
    _form, html = check_form_errors(response, lang)
    assert SCRIPT not in html and ESCAPED_SCRIPT not in html


@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_the_invitation_form_is_echoed_escaped(fuzz_content, lang):
    for payload in MARKUP:
        response = post(
            f"{lang}{INVITATION}",
            {"first_name": payload, "last_name": payload, "password1": "a", "password2": "b"},
        )
        check_answer(response, allowed=(200,))
        _form, html = check_form_errors(response, lang)
        assert payload not in html
        assert f'value="{escape(payload)}"' in html
    assert not User.objects.filter(email="inviteret@example.org").exists()


# --- Redirects after login stay on the site -------------------------------------------------


@pytest.fixture
def verified_user(fuzz_content):
    user = fuzz_content["user"]
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


NEXT_URLS = [
    "javascript:alert(1)",
    "//evil.example/",
    "https://evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "\x00/",
    "/initiativer/\x00",
    SCRIPT,
]


def test_login_next_never_leaves_the_site(verified_user):
    for next_url in NEXT_URLS:
        response = post(
            "/konto/login/",
            {"login": verified_user.email, "password": KNOWN_PASSWORD, "next": next_url},
        )
        check_answer(response, allowed=(302,))
        location = response["Location"]
        assert url_has_allowed_host_and_scheme(location, allowed_hosts={"testserver"}), location
        assert "evil.example" not in location and "javascript" not in location


def test_admin_login_passes_next_on_to_the_account_login(client):
    response = client.get("/admin/login/", {"next": "//evil.example/"})
    check_answer(response, allowed=(302,))
    assert response["Location"].startswith("/konto/login/?")


# --- Over-long input ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_overlong_search_answers_with_the_form(client, fuzz_content, lang):
    for q in ["ø" * 10_000, "a" * 201, " a" * 5_000, SCRIPT * 500, "\x00" * 300]:
        response = client.get(f"{lang}/soeg/", {"q": q})
        html = check_answer(response, allowed=(200,))
        # Only the first error is shown: the length, even if there are null bytes too.
        assert SEARCH_TOO_LONG_MESSAGE[lang] in html
        assert response.context["results"] is None


def test_search_of_exactly_200_characters_is_fine(client, fuzz_content):
    response = client.get("/soeg/", {"q": "l" * 200})
    check_answer(response, allowed=(200,))
    assert not response.context["form"].errors and list(response.context["results"]) == []


@pytest.mark.parametrize("lang", LANGS)
def test_an_overlong_name_is_rejected_in_the_page_language(fuzz_content, lang):
    response = post(
        f"{lang}{INVITATION}",
        {"first_name": "a" * 10_000, "password1": KNOWN_PASSWORD, "password2": KNOWN_PASSWORD},
    )
    check_answer(response, allowed=(200,))
    _form, html = check_form_errors(response, lang)
    too_long = {
        "": "Denne værdi må højst have 150 tegn (den har 10000).",
        "/en": "Ensure this value has at most 150 characters (it has 10000).",
    }
    assert too_long[lang] in html
    assert not User.objects.filter(email="inviteret@example.org").exists()


def test_overlong_account_input_gets_the_form_back(fuzz_content):
    for path, data in [
        ("/konto/login/", {"login": "a" * 10_000, "password": "b" * 10_000}),
        ("/konto/login/", {"login": "frivillig@example.org", "password": "b" * 10_000}),
        (INVITATION, {"first_name": "Ny", "password1": "c" * 10_000}),
        ("/konto/password/reset/", {"email": "d" * 10_000}),
    ]:
        response = post(path, data)
        check_answer(response, allowed=(200,))
        check_form_errors(response, "")


# --- Invalid UTF-8 ------------------------------------------------------------------------------

# As the WSGI server hands them over: bytes decoded as latin-1.
BROKEN_UTF8 = ["%ff%fe", "\xff\xfe", "%c0%af", "%ed%a0%80", "%e6%97", "\xe6\x97", "%f8%88%80%80%80"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/soeg/", "q"),
        ("/initiativer/", "spor"),
        ("/initiativer/", "alder"),
        ("/nyheder/", "side"),
        ("/arrangementer/", "side"),
        ("/konto/login/", "next"),
    ],
)
def test_invalid_utf8_in_the_query_string(client, fuzz_content, lang, path, param):
    for value in BROKEN_UTF8:
        response = client.generic("GET", f"{lang}{path}", QUERY_STRING=f"{param}={value}")
        check_answer(response, allowed=(200,))
        if path == "/soeg/":
            # Broken bytes become U+FFFD (or, sent raw, Latin-1): searched, not refused.
            assert response.context["form"].cleaned_data["q"]
            assert response.context["results"] is not None


def test_invalid_utf8_as_the_whole_query_string(client, fuzz_content):
    for value in BROKEN_UTF8:
        for path in ["/soeg/", "/initiativer/", "/nyheder/", "/arrangementer/", "/sitemap.xml"]:
            check_answer(client.generic("GET", path, QUERY_STRING=value), allowed=(200,))


def test_invalid_utf8_in_the_path(client, fuzz_content):
    for kind in DETAIL_KINDS:
        for path in [f"/{kind}/%ff%fe/", f"/en/{kind}/%c0%af/"]:
            check_answer(client.get(path), allowed=(404,))
        raw = f"/{kind}/\xff\xfe/"  # undecodable bytes straight from the server
        check_answer(client.request(PATH_INFO=raw, REQUEST_METHOD="GET"), allowed=(404,))


def test_invalid_utf8_in_posted_forms(fuzz_content):
    for path, raw_body in [
        ("/konto/login/", b"login=%ff%fe%40example.org&password=%ff"),
        ("/konto/login/", b"login=\xff\xfe@example.org&password=\xe6\x97"),
        ("/konto/password/reset/", b"email=\xff@example.org"),
    ]:
        response = Client().post(path, raw_body, content_type="application/x-www-form-urlencoded")
        check_answer(response, allowed=(200,))
        _form, html = check_form_errors(response, "")
        assert INVALID_EMAIL_MESSAGE[""] in html
    raw_body = b"first_name=%c0%af&password1=%ed%a0%80&password2=%ed%a0%80"
    response = Client().post(INVITATION, raw_body, content_type="application/x-www-form-urlencoded")
    check_answer(response, allowed=(200,))
    check_form_errors(response, "")


# --- Null bytes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_null_bytes_in_search_are_refused_with_a_message(client, fuzz_content, lang):
    for q in ["\x00", "læse\x00hest", "\x00" * 200, "'\x00; --"]:
        response = client.get(f"{lang}/soeg/", {"q": q})
        html = check_answer(response, allowed=(200,))
        assert NULL_MESSAGE[lang] in html
        assert response.context["results"] is None


NULL_QUERY_STRINGS = [
    "q=%00",
    "q=l%C3%A6se%00",
    "spor=%00",
    "alder=0-5%00",
    "alder=%00",
    "side=%00",
    "side=2%00",
    "%00=%00",
]


@pytest.mark.parametrize("lang", LANGS)
def test_null_bytes_in_query_parameters(client, fuzz_content, lang):
    track = fuzz_content["indsatsspor"][0]
    for query_string in [*NULL_QUERY_STRINGS, f"spor={track}%00"]:
        for path in ["/soeg/", "/nyheder/", "/arrangementer/"]:
            response = client.generic("GET", f"{lang}{path}", QUERY_STRING=query_string)
            check_answer(response, allowed=(200,))
        filtered = client.generic("GET", f"{lang}/initiativer/", QUERY_STRING=query_string)
        check_answer(filtered, allowed=(200,))
        assert filtered.context["selected_track"] is None
        assert filtered.context["selected_age_group"] is None


@pytest.mark.parametrize("lang", LANGS)
def test_null_bytes_in_slugs(client, fuzz_content, lang):
    for kind in DETAIL_KINDS:
        real = fuzz_content[kind][0]
        for slug in ["%00", f"{real}%00", f"%00{real}", f"{real}%00.html"]:
            check_answer(client.get(f"{lang}/{kind}/{slug}/"), allowed=(404,))


NULL_POSTS = [
    ("/konto/login/", {"login": "frivillig@example.org\x00", "password": KNOWN_PASSWORD}),
    ("/konto/login/", {"login": "frivillig@example.org", "password": "x\x00y"}),
    ("/konto/login/", {"login": "\x00", "password": "\x00"}),
    (
        INVITATION,
        {"first_name": "N\x00y", "password1": KNOWN_PASSWORD, "password2": KNOWN_PASSWORD},
    ),
    (INVITATION, {"first_name": "Ny", "password1": "a\x00" * 8, "password2": "a\x00" * 8}),
    ("/konto/password/reset/", {"email": "frivillig@example.org\x00"}),
    ("/konto/password/reset/", {"email": "\x00"}),
]


@pytest.mark.parametrize("lang", LANGS)
def test_null_bytes_in_posted_fields(fuzz_content, lang):
    for path, data in NULL_POSTS:
        response = post(f"{lang}{path}", data)
        check_answer(response, allowed=(200,))
        _form, html = check_form_errors(response, lang)
        assert NULL_MESSAGE[lang] in html, (path, data)
    assert not User.objects.filter(email__startswith="inviteret").exists()


# --- Page numbers -------------------------------------------------------------------------------

PAGE_NUMBERS = [
    ("99999999999999999999", "last"),
    ("9" * 5_000, 1),  # more digits than Python will turn into an int
    ("-1", "last"),
    ("0", "last"),
    ("-99999999999999999999", "last"),
    ("abc", 1),
    ("1.5", 1),
    ("2.0", 1),
    ("1e3", 1),
    ("", 1),
    ("0x2", 1),
    ("２", 2),  # a full-width digit is still a number to Python
    (" 2 ", 2),
    ("NaN", 1),
    ("inf", 1),
    ("\x00", 1),
    (SCRIPT, 1),
    ("1' OR '1'='1", 1),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("listing", ["nyheder", "arrangementer"])
def test_page_numbers_always_give_a_real_page(client, fuzz_content, lang, listing):
    for side, expected in PAGE_NUMBERS:
        response = client.get(f"{lang}/{listing}/", {"side": side})
        html = check_answer(response, allowed=(200,))
        assert SCRIPT not in html
        page = response.context["page" if listing == "nyheder" else "past"]
        last = page.paginator.num_pages
        assert last == 2
        assert page.number == (last if expected == "last" else expected), side


def test_sitemap_page_numbers(client, fuzz_content):
    assert client.get("/sitemap.xml", {"p": "1"}).status_code == 200
    for p in ["99999999999999999999", "-1", "0", "abc", "\x00", "9" * 5_000, SCRIPT]:
        html = check_answer(client.get("/sitemap.xml", {"p": p}), allowed=(404,))
        assert SCRIPT not in html


# --- Unknown languages, odd paths and very long URLs ----------------------------------------------

UNKNOWN_PREFIXES = [
    "/de/",
    "/xx/initiativer/",
    "/de/soeg/?q=test",
    "/EN/",
    "/en-us/",
    "/en-US/initiativer/",
    "/da/",
    "/da/initiativer/",
    "/zh-hans/nyheder/",
    "/en/en/",
    "/en/de/initiativer/",
    "/%00/",
    "/%00/initiativer/",
    "/de/konto/login/",
]


def test_unknown_language_prefixes_are_404(client, fuzz_content):
    for path in UNKNOWN_PREFIXES:
        html = check_answer(client.get(path), allowed=(404,))
        assert NOT_FOUND_TEXT[""] in html or NOT_FOUND_TEXT["/en"] in html, path


TRAVERSAL = [
    "..",
    "%2e%2e",
    "..%2f..%2f..%2fetc%2fpasswd",
    "..%5c..%5cwindows%5cwin.ini",
    "....%2f%2f",
    "%252e%252e%252f",
    "%c0%ae%c0%ae%2f",
    "..;",
    "~root",
    "etc%2fpasswd%00.html",
]


def test_path_traversal_slugs_are_404(client, fuzz_content):
    for kind in DETAIL_KINDS:
        for slug in TRAVERSAL:
            html = check_answer(client.get(f"/{kind}/{slug}/"), allowed=(404,))
            assert "root:" not in html


def test_path_traversal_never_reads_files(client):
    for path in [
        "/static/../dig_portal/settings.py",
        "/static/..%2f..%2fdig_portal%2fsettings.py",
        "/static/%2e%2e/%2e%2e/dig_portal/settings.py",
        "/media/../dig_portal/settings.py",
        "/en/../dig_portal/settings.py",
    ]:
        html = check_answer(client.get(path), allowed=(404,))
        assert "SECRET_KEY" not in html


@pytest.mark.parametrize("lang", LANGS)
def test_very_long_urls(client, fuzz_content, lang):
    for kind in DETAIL_KINDS:
        check_answer(client.get(f"{lang}/{kind}/{'a' * 4_000}/"), allowed=(404,))
        check_answer(client.get(f"{lang}/{kind}/{'æ' * 2_000}/"), allowed=(404,))
    check_answer(client.get(f"{lang}/{'x/' * 2_000}"), allowed=(404,))
    long_search = client.get(f"{lang}/soeg/?q={'a' * 4_000}")
    assert SEARCH_TOO_LONG_MESSAGE[lang] in check_answer(long_search, allowed=(200,))
    check_answer(client.get(f"{lang}/initiativer/?spor={'s' * 4_000}"), allowed=(200,))
    check_answer(client.get(f"{lang}/initiativer/?alder={'0-5' * 1_300}"), allowed=(200,))
    check_answer(client.get(f"{lang}/nyheder/?side={'9' * 4_000}"), allowed=(200,))
    check_answer(client.get(f"{lang}/arrangementer/?{'&'.join(['side=1'] * 700)}"), allowed=(200,))


# --- Links from e-mails, with their keys made up --------------------------------------------------

RESET_LINKS = [
    "/konto/password/reset/key/1-abc/",
    "/konto/password/reset/key/zzzzzzzzzzzz-abc/",
    "/konto/password/reset/key/zzzzzzzzzzzzzzzzzzzzzzzzzz-abc/",
    "/konto/password/reset/key/0-%00/",
    f"/konto/password/reset/key/1-{SCRIPT}/",
    "/konto/password/reset/key/1-set-password/",
]
CONFIRM_LINKS = [
    "/konto/confirm-email/abc/",
    "/konto/confirm-email/%C3%A6%C3%B8%C3%A5/",
    "/konto/confirm-email/MQ:1abcde:aaaa/",
    f"/konto/confirm-email/{'a' * 4_000}/",
]


@pytest.mark.parametrize("lang", LANGS)
def test_made_up_account_links(client, fuzz_content, lang):
    """A made-up key gets the page that says the link is invalid, in the page's language."""
    for kind, paths in (("reset", RESET_LINKS), ("confirm", CONFIRM_LINKS)):
        for path in paths:
            response = client.get(lang + path)
            html = check_answer(response, allowed=(200,))
            assert INVALID_LINK_TEXT[kind][lang] in html, path
            assert SCRIPT not in html
            assert "password1" not in html  # no form to set a new password
    # A confirmation key is letters, digits, "-" and ":"; a NUL matches no address.
    html = check_answer(client.get(f"{lang}/konto/confirm-email/%00/"), allowed=(404,))
    assert NOT_FOUND_TEXT[lang] in html


# --- Hostile headers, cookies and methods ---------------------------------------------------------


def test_garbage_accept_language(client, fuzz_content):
    for accept_language in [
        "xx;q=abc, *;q=2, da-DK;q=-1",
        "en" * 2_000,
        ";;;,,,",
        "da\x00",
        "zh-Hant-TW-x-private-*;q=1",
    ]:
        for path in ["/", "/robots.txt", "/sitemap.xml", "/soeg/?q=x", "/konto/login/"]:
            response = client.get(path, headers={"accept-language": accept_language})
            check_answer(response, allowed=(200,))


def test_garbage_cookies(fuzz_content):
    browser = Client()
    browser.cookies["sessionid"] = '<script>;,\\"' + "x" * 4_000
    browser.cookies["csrftoken"] = SCRIPT
    browser.cookies["messages"] = SCRIPT + ":forged"
    browser.cookies["django_language"] = "xx"
    slug = fuzz_content["initiativer"][0]
    for path in ["/", "/initiativer/", f"/initiativer/{slug}/", "/soeg/?q=x", "/konto/login/"]:
        check_answer(browser.get(path), allowed=(200,))
    login = browser.post("/konto/login/", {"login": "a@b.dk", "password": "x"})
    check_answer(login, allowed=(200,))


@pytest.mark.parametrize(
    "cookie_header",
    # A quoted cookie value may carry octal escapes, so a plain ASCII header gives a null byte.
    ['sessionid="\\000aaaaaaaaa"', "sessionid=aaaa\x00aaaa"],
)
def test_null_byte_in_the_session_cookie(fuzz_content, cookie_header):
    browser = Client()
    slug = fuzz_content["initiativer"][0]
    # Every page that looks at the visitor (staff preview, allauth) reads the session.
    for path in [f"/initiativer/{slug}/", "/konto/login/", "/en/konto/signup/"]:
        response = browser.get(path, HTTP_COOKIE=cookie_header)
        check_answer(response, allowed=(200,))


def test_missing_csrf_token_is_a_403_not_a_500(fuzz_content):
    browser = Client(enforce_csrf_checks=True)
    for path in ["/konto/login/", INVITATION, "/konto/password/reset/"]:
        check_answer(browser.post(path, {"email": SCRIPT, "login": SCRIPT}), allowed=(403,))


READ_ONLY_PAGES = [
    "/",
    "/indsatsspor/",
    "/initiativer/",
    "/nyheder/",
    "/arrangementer/",
    "/alliancen/",
    "/soeg/",
    "/en/soeg/",
    "/robots.txt",
    "/sitemap.xml",
]
UNSAFE_METHODS = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]


def test_public_pages_answer_only_get_and_head(client, fuzz_content):
    """Public pages only read: any other method is a 405 naming the two allowed ones."""
    details = [f"/{kind}/{fuzz_content[kind][0]}/" for kind in DETAIL_KINDS]
    for path in READ_ONLY_PAGES + details + ["/om/", "/kontakt/", "/en/initiativer/"]:
        for method in UNSAFE_METHODS:
            response = client.generic(method, path, SCRIPT)
            check_answer(response, allowed=(405,))
            assert response["Allow"] == "GET, HEAD", (method, path)
    for path in READ_ONLY_PAGES + details:
        assert client.head(path).status_code == 200, path


def test_unexpected_methods_on_the_login_page_log_nobody_in(fuzz_content):
    # allauth's login view takes PUT as a POST; Django parses no PUT body, so it is an empty
    # form that fails. What it does not offer is a 405.
    expected = {"PUT": 200, "DELETE": 405, "PATCH": 405, "OPTIONS": 200, "HEAD": 200, "TRACE": 405}
    body = f"login={fuzz_content['user'].email}&password={KNOWN_PASSWORD}"
    for method, status in expected.items():
        browser = Client()
        response = browser.generic(
            method, "/konto/login/", body, content_type="application/x-www-form-urlencoded"
        )
        check_answer(response, allowed=(status,))
        assert "sessionid" not in response.cookies, method
        if method == "PUT":
            assert response.context["form"].errors


def test_disallowed_host_is_a_400(client):
    response = client.get("/robots.txt", headers={"host": "evil.example"})
    assert response.status_code == 400


# --- With the production rate limits on -----------------------------------------------------------


WRONG_LOGIN = "Den angivne emailadresse og/eller adgangskode er ikke korrekt."
TOO_MANY_LOGINS = "Der er for mange mislykkede logonforsøg. Prøv igen senere."
# A valid address (quoted local part) that carries markup into the rate limiter's key.
QUOTED_SCRIPT_EMAIL = '"<script>alert(1)</script>"@example.org'


def test_failed_logins_with_odd_keys_under_rate_limits(settings, fuzz_content):
    settings.ACCOUNT_RATE_LIMITS = {
        "login_failed": "5/5m/ip,5/5m/key",
        "signup": "10/h/ip",
        "reset_password": "5/h/ip,3/h/key",
    }
    browser = Client()
    logins = ["frivillig@example.org", "ø" * 300 + "@example.org", SCRIPT, "x@y.dk"]
    failed = 0
    for login in [*logins, QUOTED_SCRIPT_EMAIL] * 3:
        response = browser.post("/konto/login/", {"login": login, "password": "wrong password"})
        check_answer(response, allowed=(200,))
        errors = response.context["form"].errors
        if login in (SCRIPT, logins[1]):
            # Not an address at all: refused before any password is tried or counted.
            assert errors == {"login": [INVALID_EMAIL_MESSAGE[""]]}
            continue
        failed += 1
        # Five failed passwords from one address (IP); then no more tries, whatever the login.
        assert errors == {"__all__": [WRONG_LOGIN if failed <= 5 else TOO_MANY_LOGINS]}, failed
    assert failed == 9

    requested = 0
    for email in ["frivillig@example.org", "\x00", SCRIPT] * 4:
        response = browser.post("/konto/password/reset/", {"email": email})
        if email != "frivillig@example.org":
            check_answer(response, allowed=(200,))
            assert "email" in response.context["form"].errors
            continue
        requested += 1
        # Three resets per address an hour; the fourth is refused.
        check_answer(response, allowed=(302,) if requested <= 3 else (429,))


def test_rate_limited_visitor_gets_a_danish_page(settings, fuzz_content):
    settings.ACCOUNT_RATE_LIMITS = {"reset_password": "1/h/ip"}
    browser = Client()
    browser.post("/konto/password/reset/", {"email": "frivillig@example.org"})
    response = browser.post("/konto/password/reset/", {"email": "frivillig@example.org"})
    assert response.status_code == 429
    assert HTML_LANG[""] in body(response)
