"""Property-based fuzzing of the volunteer, institution and event-registration pages.

The application form, the booking form (signed in as an institution contact), event
registration and the signed links in e-mails get generated input in both languages: never a
500, only the deliberate statuses, a rejected form back in the page's language with every
message shown and what was typed kept (escaped), and a link that does not check out answered
with a clear page. Strategies and the `examples` budget are shared with test_properties.py.
"""

from datetime import date, timedelta
from urllib.parse import quote

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from hypothesis import event, given
from hypothesis import strategies as st

from tests.fuzz.checks import HTML_LANG, NULL_MESSAGE, check_form_errors
from tests.fuzz.test_properties import (
    answered,
    email_text,
    examples,
    languages,
    nasty_text,
    number_text,
)
from volunteers.models import Application

pytestmark = pytest.mark.django_db

# A message of the other language on a page means a string escaped translation.
OTHER_LANGUAGE = {
    "": ["This field is required.", "Enter a valid email address."],
    "/en": ["Dette felt er påkrævet.", "Indtast en gyldig e-mail-adresse.", "Skriv almindelig"],
}
LINK_BROKEN = {"": "Linket virker ikke", "/en": "The link does not work"}
NOT_FOUND = {"": "Siden findes ikke", "/en": "Page not found"}
INVITATION_INVALID = {"": "Invitationen kan ikke bruges", "/en": "The invitation cannot be used"}


def rejected(response, lang, posted: dict, kept: tuple[str, ...]):
    """A form sent back: in the page language, every error shown, the typed values kept."""
    form, html = check_form_errors(response, lang)
    for text in OTHER_LANGUAGE[lang]:
        assert text not in html, text
    if any("\x00" in posted[name] for name in kept):
        assert NULL_MESSAGE[lang] in html
    for name in kept:
        if posted[name]:
            assert escape(posted[name]) in html, name  # kept in its field, escaped
    return form, html


# --- The application form ------------------------------------------------------------------

APPLICATION_TEXT = ("name", "email", "phone", "guardian_email", "motivation", "availability")
GOOD = {
    "name": "Karen Læsehest",
    "email": "karen@example.org",
    "phone": "12 34 56 78",
    "age_band": "67+",
    "guardian_email": "",
    "motivation": "Jeg elsker at læse højt.",
    "availability": "Tirsdag formiddag",
}


@examples(100)
@given(
    lang=languages,
    name=nasty_text,
    email=email_text,
    phone=st.one_of(nasty_text, number_text),
    age_band=st.one_of(st.sampled_from(Application.AgeBand.values), nasty_text),
    guardian_email=st.one_of(st.just(""), email_text),
    motivation=nasty_text,
    availability=nasty_text,
    consent=st.sampled_from(["on", "on", "", None]),
    fuzzed=st.sets(st.sampled_from(APPLICATION_TEXT + ("age_band",)), max_size=3),
)
def test_application_form_never_fails(
    volunteer_pages,
    lang,
    name,
    email,
    phone,
    age_band,
    guardian_email,
    motivation,
    availability,
    consent,
    fuzzed,
):
    generated = {
        "name": name,
        "email": email,
        "phone": phone,
        "age_band": age_band,
        "guardian_email": guardian_email,
        "motivation": motivation,
        "availability": availability,
    }
    # Only the `fuzzed` fields get generated values, so some applications go through too.
    posted = {key: generated[key] if key in fuzzed else GOOD[key] for key in generated}
    data = posted if consent is None else {**posted, "consent": consent}
    response = Client().post(f"{lang}/bliv-frivillig/laesehest/", data)
    answered(response, allowed=(200, 302))
    event("sent" if response.status_code == 302 else "refused")
    if response.status_code == 302:
        assert response["Location"] == f"{lang}/bliv-frivillig/laesehest/tak/"
        assert consent == "on"
        return
    form, _html = rejected(response, lang, posted, APPLICATION_TEXT)
    if consent != "on":
        assert "consent" in form.errors


# --- The booking form (an institution contact) --------------------------------------------


def day_text(day: date, style: str) -> str:
    return day.strftime({"iso": "%Y-%m-%d", "dk": "%d.%m.%Y", "slash": "%d/%m/%Y"}[style])


booking_day = st.one_of(
    st.builds(
        day_text,
        st.dates(date(1, 1, 1), date(9999, 12, 31)),
        st.sampled_from(["iso", "dk", "slash"]),
    ),
    st.builds(
        lambda days: (timezone.localdate() + timedelta(days=days)).isoformat(),
        st.integers(-30, 900),
    ),
    nasty_text,
)
BOOKING_FIELDS = ("institution", "date", "time_from", "time_to", "children", "place", "note")
clock = st.one_of(st.times().map(lambda t: t.strftime("%H:%M")), nasty_text, number_text)


@examples(100)
@given(
    lang=languages,
    institution=st.one_of(st.sampled_from(["real", "999999", "", "-1"]), nasty_text),
    day=booking_day,
    time_from=clock,
    time_to=clock,
    children=st.one_of(st.integers(-5, 80).map(str), number_text, nasty_text),
    place=st.one_of(st.just(""), nasty_text),
    note=st.one_of(st.just(""), nasty_text),
    fuzzed=st.sets(st.sampled_from(BOOKING_FIELDS), max_size=3),
)
def test_booking_form_never_fails(
    volunteer_pages, lang, institution, day, time_from, time_to, children, place, note, fuzzed
):
    contact = Client()
    contact.force_login(volunteer_pages["contact"])
    generated = {
        "institution": volunteer_pages["place"].pk if institution == "real" else institution,
        "date": day,
        "time_from": time_from,
        "time_to": time_to,
        "children": children,
        "place": place,
        "note": note,
    }
    good = {
        "institution": volunteer_pages["place"].pk,
        "date": (timezone.localdate() + timedelta(days=14)).isoformat(),
        "time_from": "09:30",
        "time_to": "10:30",
        "children": "12",
        "place": "Stuen",
        "note": "",
    }
    posted = {key: generated[key] if key in fuzzed else good[key] for key in generated}
    posted["role"] = volunteer_pages["role"].pk
    response = contact.post(f"{lang}/institution/booking/ny/", posted)
    answered(response, allowed=(200, 302))
    event("sent" if response.status_code == 302 else "refused")
    if response.status_code == 302:
        assert response["Location"] == f"{lang}/institution/"
        return
    rejected(response, lang, posted, ("place", "note"))


# --- Event registration ---------------------------------------------------------------------


@examples(80)
@given(
    lang=languages,
    name=nasty_text,
    email=email_text,
    phone=st.one_of(nasty_text, number_text),
    full=st.booleans(),
    fuzzed=st.sets(st.sampled_from(["name", "email", "phone"]), max_size=2),
    n=st.integers(0, 10**6),
)
def test_event_registration_never_fails(volunteer_pages, lang, name, email, phone, full, fuzzed, n):
    slug = volunteer_pages["full_event" if full else "event"].slug
    generated = {"name": name, "email": email, "phone": phone}
    good = {"name": "Ida", "email": f"ida{n}@example.org", "phone": ""}
    posted = {key: generated[key] if key in fuzzed else good[key] for key in generated}
    response = Client().post(f"{lang}/arrangementer/{slug}/tilmeld/", posted)
    html = answered(response, allowed=(200,))
    assert HTML_LANG[lang] in html
    event("signed up" if "signup" in response.context else "refused")
    if "signup" not in response.context:
        rejected(response, lang, posted, ("name", "email", "phone"))
        return
    # Signed up: a place, or (the full event, or this one once its two places are taken) the
    # waiting list, said plainly.
    signup = response.context["signup"]
    heading = {
        "confirmed": {"": "Du er tilmeldt", "/en": "You are signed up"},
        "waiting": {"": "Du er på ventelisten", "/en": "You are on the waiting list"},
    }
    assert heading[signup.status][lang] in html
    if full:
        assert signup.status == "waiting"


# --- Signed links in e-mails ----------------------------------------------------------------

TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:"
LINK_KINDS = ["tilmelding", "bekraeft", "samtykke", "besoeg", "kalender", "invitation"]


def split_link(path: str) -> tuple[str, str, str]:
    suffix = ".ics" if path.endswith(".ics") else "/"
    head, token = path.removesuffix(suffix).rsplit("/", 1)
    return head, token, suffix


@examples(150)
@given(
    lang=languages,
    kind=st.sampled_from(LINK_KINDS),
    made_up=st.one_of(
        nasty_text,
        st.text(TOKEN_ALPHABET, min_size=1, max_size=120),
        st.builds(lambda a, b, c: f"{a}:{b}:{c}", *[st.text(TOKEN_ALPHABET, max_size=50)] * 3),
    ),
    change=st.tuples(st.integers(min_value=0), st.sampled_from(TOKEN_ALPHABET)),
    how=st.sampled_from(["made-up", "tampered", "real"]),
    method=st.sampled_from(["get", "post"]),
)
def test_signed_links_never_fail(volunteer_pages, lang, kind, made_up, change, how, method):
    links = {**volunteer_pages["links"], "invitation": "/konto/invitation/unused/"}
    head, token, suffix = split_link(links[kind])
    if kind == "invitation":
        how = "made-up" if how == "real" else how  # the real one is fuzzed with its form
    if how == "made-up":
        token = made_up
    elif how == "tampered":
        at, char = change[0] % len(token), change[1]
        if token[at] == char:
            char = "x" if char != "x" else "y"
        token = token[:at] + char + token[at + 1 :]
    if kind == "kalender":
        lang = ""  # not under the language prefixes
    if how == "real":
        method = "get"  # a POST would do what the link is for
    response = getattr(Client(), method)(f"{lang}{head}/{quote(token, safe='')}{suffix}")
    if how == "real":
        answered(response, allowed=(200,))
        return
    if kind == "kalender":
        # Unknown feeds are a 404; the feed is read-only (a path it does not match is a 404).
        answered(response, allowed=(404,) if method == "get" else (404, 405))
        return
    allowed = (410, 404) if kind == "invitation" else (404,)
    html = answered(response, allowed=allowed)
    assert HTML_LANG[lang] in html
    # The link's own page, or (a token the URL does not take, say with a "/") the 404 page.
    own = INVITATION_INVALID if kind == "invitation" else LINK_BROKEN
    assert own[lang] in html or NOT_FOUND[lang] in html, token
