"""Property-based fuzzing of every public form and query parameter: bad input is never a 500.

Each property sends generated input (any unicode without surrogates, control characters, null
bytes, very long strings, numbers as text, huge and negative numbers, SQL-, HTML- and
tsquery-looking text) in both languages and checks the answer: never a server error, only the
expected status, nothing injected into the page, and a rejected form back with its messages.

The page cache would answer a repeated example without running the view, so the GET properties
bump its version stamp first (`cache.clear()` would flush a Redis database shared with other runs).
"""

import re
from urllib.parse import quote, quote_from_bytes

import pytest
from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils.html import escape
from hypothesis import event, given, settings
from hypothesis import strategies as st

from accounts.models import User
from core.cache import bump_page_cache_version
from initiatives.models import AgeGroup
from tests.fuzz.checks import (
    HTML_LANG,
    INVALID_EMAIL_MESSAGE,
    INVALID_LINK_TEXT,
    NULL_MESSAGE,
    SEARCH_TOO_LONG_MESSAGE,
    check_answer,
    check_form_errors,
)
from tests.fuzz.conftest import INVITATION, KNOWN_PASSWORD

pytestmark = pytest.mark.django_db


def examples(in_ci: int) -> settings:
    """`in_ci` examples under the `ci` profile, scaled like the loaded profile's max_examples.

    The profiles (`ci`, `dev`, `long`; see tests/conftest.py) set one max_examples; the
    inputs with most ways to go wrong (search, slugs) get more than the others.
    """
    scale = settings.default.max_examples / settings.get_profile("ci").max_examples
    return settings(max_examples=max(1, round(in_ci * scale)))


def answered(response, allowed):
    """check_answer, with the status counted in --hypothesis-show-statistics."""
    event(f"HTTP {response.status_code}")
    return check_answer(response, allowed)


# --- Strategies -------------------------------------------------------------------------------

HTML_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "</textarea><iframe src=javascript:alert(1)>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "{{ 7|add:7 }}{% debug %}",
    "javascript:alert(1)",
    "&lt;script&gt;",
]
SQL_PAYLOADS = [
    "' OR '1'='1",
    "'; DROP TABLE initiatives_initiative; --",
    '" OR 1=1 --',
    "%' AND 1=1 --",
    "' UNION SELECT NULL, NULL --",
    "1; SELECT pg_sleep(0)",
    "\\",
    "%",
    "_",
    "%%__%%",
    "E'\\x00'",
    "$$",
]
# Characters with meaning to PostgreSQL's websearch_to_tsquery and tsquery syntax.
TSQUERY_PAYLOADS = [
    "!",
    "&",
    "|",
    "(",
    ")",
    ":*",
    "<->",
    "a & !b | (c <-> d)",
    '"',
    '"open',
    "-",
    "or",
    "OR -",
]
ODD_TEXT = [
    "\x00",
    "a\x00b",
    "%00",
    "\u202e",
    "\ufeff",
    "\u200b",
    "\x1b[31m",
    "\x7f",
    "\r\n",
    "\x02læse\x03",
    "𝕏",
    "👩\u200d👩\u200d👧",
    "İ",
    "ß",
    "\U0010ffff",
    "١٢",
    "１２",
]
CONTENT_WORDS = ["Lejre", "læser", "Læseheste", "fritid", "børn", "Hvalsø", "leisure", "møde"]

control_text = st.text(
    st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn"]), max_size=20
)
number_text = st.one_of(
    st.integers(min_value=-1000, max_value=1000).map(str),
    st.integers(min_value=10**18, max_value=10**80).map(str),
    st.integers(max_value=-1).map(str),
    st.floats().map(str),
    st.sampled_from(["1e309", "-0", "0x1F", "1_000", " 2 ", "+3", "1.5", "2.0", "NaN", "inf"]),
)
long_text = st.builds(
    lambda chunk, times: chunk * times,
    st.text(min_size=1, max_size=4),
    st.integers(min_value=50, max_value=2500),
)
atom = st.one_of(
    st.text(max_size=60),  # any unicode; the default alphabet leaves out surrogates
    control_text,
    number_text,
    st.sampled_from(HTML_PAYLOADS + SQL_PAYLOADS + TSQUERY_PAYLOADS + ODD_TEXT + CONTENT_WORDS),
)
nasty_text = st.one_of(atom, st.lists(atom, min_size=2, max_size=5).map(" ".join), long_text)

# Queries that do find the fuzz content, so ranking, excerpts and highlighting run too: words
# and parts of words in any case, markup and ampersands that occur in titles and summaries,
# separated by odd whitespace.
content_word = st.one_of(
    st.sampled_from(CONTENT_WORDS + ["&", "<b>og</b>", "børn & unge", "læse", "LEJRE", "ø"]),
    st.sampled_from(CONTENT_WORDS).map(str.upper),
    st.sampled_from(CONTENT_WORDS).map(lambda word: word[:3]),
)
content_query = st.builds(
    lambda words, separator: separator.join(words),
    st.lists(content_word, min_size=1, max_size=3),
    st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u3000", " OR ", " -"]),
)

email_text = st.one_of(
    st.emails(),
    nasty_text,
    st.builds(lambda local, domain: f"{local}@{domain}", nasty_text, nasty_text),
    st.builds(lambda local: f"{local}@example.org", atom),
    st.just("frivillig@example.org"),
)
password_text = st.one_of(
    nasty_text,
    st.text(min_size=10, max_size=30),
    st.sampled_from([KNOWN_PASSWORD, "1234567890", "password123", "Tr0ub4dor&3-xyz"]),
)

languages = st.sampled_from(["", "/en"])


def email_is_invalid(value: str) -> bool:
    try:
        forms.EmailField().clean(value)
    except ValidationError:
        return True
    return False


# --- Query parameters ---------------------------------------------------------------------------


@examples(350)
@given(lang=languages, q=st.one_of(nasty_text, content_word, content_query))
def test_search_never_fails(client, fuzz_content, lang, q):
    # A query asked twice is popular and served from the page cache, without the context this
    # test reads: start each example afresh.
    cache.clear()
    response = client.get(f"{lang}/soeg/", {"q": q})
    html = answered(response, allowed=(200,))
    assert HTML_LANG[lang] in html
    form, results = response.context["form"], response.context["results"]
    cleaned = q.strip()
    if "\x00" in q or len(cleaned) > 200:
        assert "q" in form.errors and results is None
        # The page shows the first error only: the length before the null bytes.
        if len(cleaned) > 200:
            assert SEARCH_TOO_LONG_MESSAGE[lang] in html
        else:
            assert NULL_MESSAGE[lang] in html
    else:
        assert not form.errors
        assert (results is None) == (cleaned == "")
    event("refused" if form.errors else "empty" if results is None else f"hits: {bool(results)}")
    for hit in results or []:
        # Excerpts are escaped text; the only markup is the highlighting.
        assert "<" not in re.sub(r"</?mark>", "", str(hit.excerpt)), hit.excerpt
    if q:
        # What the visitor typed is kept in the field, escaped.
        assert f'value="{escape(q)}"' in html


@examples(250)
@given(
    lang=languages,
    spor=st.lists(st.one_of(nasty_text, st.sampled_from(["spor-0", "relationer"])), max_size=3),
    alder=st.lists(st.one_of(nasty_text, st.sampled_from(AgeGroup.values)), max_size=3),
    real_track=st.integers(min_value=0, max_value=2),
    use_real_track=st.booleans(),
)
def test_initiative_filters_never_fail(
    client, fuzz_content, lang, spor, alder, real_track, use_real_track
):
    if use_real_track:
        spor = [*spor, fuzz_content["indsatsspor"][real_track]]
    bump_page_cache_version()
    response = client.get(f"{lang}/initiativer/", {"spor": spor, "alder": alder})
    html = answered(response, allowed=(200,))
    assert HTML_LANG[lang] in html
    # The last value of a repeated parameter counts; unknown values are ignored.
    track, age_group = response.context["selected_track"], response.context["selected_age_group"]
    wanted_track = spor[-1] if spor else None
    if wanted_track in fuzz_content["indsatsspor"]:
        assert track is not None and track.slug == wanted_track
    else:
        assert track is None
    wanted_age = alder[-1] if alder else None
    assert age_group == (wanted_age if wanted_age in AgeGroup.values else None)


def expected_page(side: str, num_pages: int) -> int:
    """Paginator.get_page: not a number → the first page, out of range → the last."""
    try:
        number = int(side)
    except ValueError:
        return 1
    return number if 1 <= number <= num_pages else num_pages


@examples(250)
@given(
    lang=languages,
    listing=st.sampled_from(["nyheder", "arrangementer"]),
    side=st.one_of(nasty_text, number_text, st.integers().map(str)),
)
def test_pagination_never_fails(client, fuzz_content, lang, listing, side):
    bump_page_cache_version()
    response = client.get(f"{lang}/{listing}/", {"side": side})
    html = answered(response, allowed=(200,))
    assert HTML_LANG[lang] in html
    page = response.context["page" if listing == "nyheder" else "past"]
    assert page.number == expected_page(side, page.paginator.num_pages)


@examples(350)
@given(
    lang=languages,
    kind=st.sampled_from(["indsatsspor", "initiativer", "nyheder", "arrangementer"]),
    slug=st.one_of(nasty_text, st.from_regex(r"[-a-zA-Z0-9_]{1,90}", fullmatch=True)),
    real=st.integers(min_value=-1, max_value=2),
)
def test_detail_slugs_never_fail(client, fuzz_content, lang, kind, slug, real):
    if real >= 0:
        slug = fuzz_content[kind][real]
    bump_page_cache_version()
    response = client.get(f"{lang}/{kind}/{quote(slug, safe='')}/")
    # Only a published item's own slug finds a page; anything else is a plain 404.
    answered(response, allowed=(200,) if slug in fuzz_content[kind] else (404,))


QUERY_PAGES = [
    "/soeg/",
    "/initiativer/",
    "/nyheder/",
    "/arrangementer/",
    "/konto/login/",
    "/sitemap.xml",
]


@examples(250)
@given(
    lang=languages,
    page=st.sampled_from(QUERY_PAGES),
    name=st.sampled_from(["q", "spor", "alder", "side", "next", "p", None]),
    raw=st.binary(max_size=300),
    percent_encoded=st.booleans(),
)
def test_raw_query_strings_never_fail(client, fuzz_content, lang, page, name, raw, percent_encoded):
    """Any bytes at all, invalid UTF-8 included, raw or percent-encoded, as the query string."""
    value = quote_from_bytes(raw, safe="=&") if percent_encoded else raw.decode("latin-1")
    query_string = value if name is None else f"{name}={value}"
    if page == "/sitemap.xml":
        lang = ""  # not under the language prefixes; a page number it cannot read is a 404
    bump_page_cache_version()
    response = client.generic("GET", f"{lang}{page}", QUERY_STRING=query_string)
    answered(response, allowed=(200, 404) if page == "/sitemap.xml" else (200,))


path_segment = st.one_of(
    nasty_text,
    st.sampled_from(
        ["..", ".", "%2e%2e", "%2F", "soeg", "initiativer", "konto", "admin", "static"]
    ),
)


@examples(250)
@given(
    prefix=st.sampled_from(["", "/en", "/da", "/de", "/xx", "/EN", "/en-us", "/zh-hans"]),
    segments=st.lists(path_segment, min_size=1, max_size=4),
    trailing_slash=st.booleans(),
)
def test_arbitrary_paths_never_fail(client, fuzz_content, prefix, segments, trailing_slash):
    """Any path, sent as raw WSGI bytes so the client does not reinterpret it."""
    path = prefix + "/" + "/".join(segments) + ("/" if trailing_slash else "")
    bump_page_cache_version()
    response = client.request(
        PATH_INFO=path.encode("utf-8").decode("latin-1"), REQUEST_METHOD="GET"
    )
    answered(response, allowed=(200, 301, 302, 400, 404))


@examples(200)
@given(
    lang=languages,
    uidb36=st.one_of(st.from_regex(r"[0-9A-Za-z]{1,30}", fullmatch=True), nasty_text),
    key=nasty_text,
    confirm=st.booleans(),
)
def test_made_up_account_links_never_fail(client, fuzz_content, lang, uidb36, key, confirm):
    """The links in password-reset and confirmation e-mails, with whatever keys one makes up."""
    if confirm:
        path = f"{lang}/konto/confirm-email/{quote(key, safe='')}/"
    else:
        path = f"{lang}/konto/password/reset/key/{quote(uidb36, safe='')}-{quote(key, safe='')}/"
    response = client.get(path)
    # A key the URL patterns do not take is a 404; any other says the link is invalid, and
    # never offers a form to set a password.
    html = answered(response, allowed=(200, 404))
    if response.status_code == 200:
        assert INVALID_LINK_TEXT["confirm" if confirm else "reset"][lang] in html
        assert "password1" not in html


# What a WSGI server hands over as a header is Latin-1; the test client quotes what needs it.
cookie_text = st.one_of(
    st.text(st.characters(max_codepoint=255), max_size=60),
    st.sampled_from(HTML_PAYLOADS + SQL_PAYLOADS + ['"', ";", ",", "\\", "=", "\\000"]),
    st.builds(lambda chunk, times: chunk * times, st.sampled_from('x;"ø'), st.integers(1, 4_000)),
)
COOKIE_PAGES = ["/", "/initiativer/", "/soeg/?q=l%C3%A6se", "/konto/login/", INVITATION]


@examples(150)
@given(
    lang=languages,
    page=st.sampled_from([*COOKIE_PAGES, "detail"]),
    session=cookie_text,
    csrftoken=cookie_text,
    messages=cookie_text,
    language=cookie_text,
)
def test_odd_cookies_never_fail(fuzz_content, lang, page, session, csrftoken, messages, language):
    browser = Client()
    for name, value in [
        ("sessionid", session),
        ("csrftoken", csrftoken),
        ("messages", messages),
        ("django_language", language),
    ]:
        browser.cookies[name] = value
    path = f"/initiativer/{fuzz_content['initiativer'][0]}/" if page == "detail" else page
    answered(browser.get(lang + path), allowed=(200,))


# --- Forms --------------------------------------------------------------------------------------


def check_posted_form(response, lang: str, posted: dict, email_field: str, success_url: str):
    answered(response, allowed=(200, 302))
    if response.status_code == 302:
        assert response["Location"].startswith(lang + success_url)
        return
    form, html = check_form_errors(response, lang)
    email = posted[email_field]
    if email_is_invalid(email):
        assert email_field in form.errors
    if "\x00" in email:
        assert INVALID_EMAIL_MESSAGE[lang] in html or NULL_MESSAGE[lang] in html
    if any("\x00" in value for value in posted.values()):
        assert NULL_MESSAGE[lang] in html
    if email:
        assert f'value="{escape(email)}"' in html  # kept in the field, escaped


@examples(250)
@given(
    lang=languages,
    email=email_text,
    password=password_text,
    correct=st.sampled_from([False] * 9 + [True]),
)
def test_login_form_never_fails(fuzz_content, lang, email, password, correct):
    if correct:
        email, password = fuzz_content["user"].email, KNOWN_PASSWORD
    posted = {"login": email, "password": password}
    response = Client().post(f"{lang}/konto/login/", posted)
    # The one user of the fuzz content has not confirmed the address: off to confirm it.
    check_posted_form(response, lang, posted, "login", "/konto/")


@examples(250)
@given(
    lang=languages,
    first_name=st.text(max_size=300),
    password1=password_text,
    password2=password_text,
    same=st.booleans(),
)
def test_invitation_form_never_fails(fuzz_content, lang, first_name, password1, password2, same):
    posted = {
        "first_name": first_name,
        "password1": password1,
        "password2": password1 if same else password2,
    }
    response = Client().post(f"{lang}{INVITATION}", posted)
    # Created once (then off to the front page); the used link is a clear 410 afterwards.
    answered(response, allowed=(200, 302, 410))
    if response.status_code == 302:
        assert response["Location"] == f"{lang}/"
        return
    if response.status_code == 410:
        assert User.objects.filter(email="inviteret@example.org").exists()
        return
    form, html = check_form_errors(response, lang)
    if "\x00" in "".join(posted.values()):
        assert NULL_MESSAGE[lang] in html
    if first_name.strip() and first_name.isprintable() and len(first_name) <= 150:
        assert f'value="{escape(first_name.strip())}"' in html  # kept in the field, escaped


@examples(200)
@given(lang=languages, email=email_text)
def test_password_reset_form_never_fails(fuzz_content, lang, email):
    posted = {"email": email}
    response = Client().post(f"{lang}/konto/password/reset/", posted)
    check_posted_form(response, lang, posted, "email", "/konto/password/reset/done/")
    if response.status_code == 200:
        assert "email" in response.context["form"].errors
