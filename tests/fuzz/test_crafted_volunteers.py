"""Hand-picked hostile input for the volunteer, institution and event-registration pages.

The application form, the booking form, event registration and the answer on Mine sider get
markup, 10,000-character values, wrong e-mails, NUL bytes and invalid UTF-8 in every field:
each comes back with the page's own message (Danish, or English under /en/) and the typed
values kept, escaped. A full session or event puts one on the waiting list with a clear
message; expired and tampered e-mail links get a clear page with a deliberate status; methods
the pages do not take are a 405.
"""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from institutions.models import BookingRequest
from signups.models import SignUp
from tests.fuzz.checks import (
    HTML_LANG,
    INVALID_EMAIL_MESSAGE,
    NULL_MESSAGE,
    check_answer,
    check_form_errors,
)
from tests.fuzz.conftest import INVITATION
from tests.volunteers import visit_helpers as make
from volunteers.models import Application

pytestmark = pytest.mark.django_db

LANGS = ["", "/en"]
MARKUP = [
    "<script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "</textarea><iframe src=javascript:alert(1)></iframe>",
]
LONG = "æ" * 10_000

REQUIRED = {"": "Dette felt er påkrævet.", "/en": "This field is required."}
NO_MARKUP = {
    "": "Skriv almindelig tekst uden HTML-koder som &lt;script&gt;.",
    "/en": "Write plain text without HTML tags such as &lt;script&gt;.",
}
PHONE_MESSAGE = {
    "": "Skriv et telefonnummer med cifre, fx 12 34 56 78.",
    "/en": "Write a phone number in digits, e.g. 12 34 56 78.",
}
CONSENT_MESSAGE = {
    "": "Du skal give samtykke, før vi kan modtage din ansøgning.",
    "/en": "You must consent before we can receive your application.",
}
GUARDIAN_MESSAGE = {
    "": "Er du under 15 år, skal du skrive din forælders eller værges e-mail.",
    "/en": "If you are under 15, write your parent&#x27;s or guardian&#x27;s e-mail.",
}


def too_long(lang, limit, length=10_000):
    return {
        "": f"Denne værdi må højst have {limit} tegn (den har {length}).",
        "/en": f"Ensure this value has at most {limit} characters (it has {length}).",
    }[lang]


def post(path, data, user=None):
    """Each POST from a fresh browser (signed in as `user`, if given)."""
    browser = Client()
    if user is not None:
        browser.force_login(user)
    return browser.post(path, data)


def refused(response, lang):
    """A form sent back: 200, in the page language, every error shown; the form."""
    check_answer(response, allowed=(200,))
    form, html = check_form_errors(response, lang)
    return form, html


def applications():
    """Applications sent through the form (the fixture's volunteers have theirs already)."""
    return Application.objects.filter(volunteer=None).exclude(email="ung@example.org").count()


# --- The application form ------------------------------------------------------------------

GOOD_APPLICATION = {
    "name": "Karen Læsehest",
    "email": "karen@example.org",
    "phone": "12 34 56 78",
    "age_band": "67+",
    "guardian_email": "",
    "motivation": "Jeg har læst for mine børnebørn i mange år.",
    "availability": "Tirsdag formiddag",
    "consent": "on",
}
APPLY = "/bliv-frivillig/laesehest/"


def apply(lang, **changes):
    return post(f"{lang}{APPLY}", {**GOOD_APPLICATION, **changes})


def test_a_good_application_goes_through(volunteer_pages):
    response = apply("")
    check_answer(response, allowed=(302,))
    assert response["Location"] == "/bliv-frivillig/laesehest/tak/"
    assert applications() == 1


@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_every_application_field_is_refused_and_kept_escaped(volunteer_pages, lang):
    message = {
        "name": NO_MARKUP[lang],
        "motivation": NO_MARKUP[lang],
        "availability": NO_MARKUP[lang],
        "phone": PHONE_MESSAGE[lang],
        "email": INVALID_EMAIL_MESSAGE[lang],
        "guardian_email": INVALID_EMAIL_MESSAGE[lang],
    }
    for field, expected in message.items():
        for payload in MARKUP:
            response = apply(lang, **{field: payload, "age_band": "u15"})
            form, html = refused(response, lang)
            assert field in form.errors, (field, payload)
            # A phone number over 30 characters is refused for its length alone.
            long_phone = field == "phone" and too_long(lang, 30, len(payload)) in html
            assert expected in html or long_phone, (field, payload)
            assert payload not in html
            assert escape(payload) in html  # what was typed is kept, escaped
            kept = "availability" if field == "motivation" else "motivation"
            assert escape(GOOD_APPLICATION[kept]) in html  # and the rest too
    assert applications() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_10000_characters_in_every_application_field(volunteer_pages, lang):
    limits = {"name": 150, "phone": 30, "motivation": 2000, "availability": 500}
    for field, limit in limits.items():
        form, html = refused(apply(lang, **{field: LONG}), lang)
        assert too_long(lang, limit) in html, field
        assert LONG in html  # kept
    for field in ("email", "guardian_email"):
        address = "a" * 10_000 + "@example.org"
        form, html = refused(apply(lang, **{field: address, "age_band": "u15"}), lang)
        assert field in form.errors
        assert too_long(lang, 254, 10_012) in html
        assert address in html
    assert applications() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_wrong_emails_in_the_application(volunteer_pages, lang):
    for email in ["ikke-en-adresse", "karen@", "@example.org", "karen@@example.org", "a b@c.dk"]:
        form, html = refused(apply(lang, email=email), lang)
        assert form.errors == {"email": [INVALID_EMAIL_MESSAGE[lang]]} or "email" in form.errors
        assert INVALID_EMAIL_MESSAGE[lang] in html
        assert f'value="{escape(email)}"' in html
    assert applications() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_missing_consent_is_explained_and_nothing_typed_is_lost(volunteer_pages, lang):
    data = {**GOOD_APPLICATION}
    del data["consent"]
    form, html = refused(post(f"{lang}{APPLY}", data), lang)
    assert list(form.errors) == ["consent"]
    assert CONSENT_MESSAGE[lang] in html
    for field in ("name", "email", "phone", "availability"):
        assert f'value="{escape(data[field])}"' in html, field
    assert escape(data["motivation"]) in html
    assert applications() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_under_15_needs_a_guardian_email_other_than_ones_own(volunteer_pages, lang):
    form, html = refused(apply(lang, age_band="u15"), lang)
    assert list(form.errors) == ["guardian_email"]
    assert GUARDIAN_MESSAGE[lang] in html
    own = {
        "": "Skriv din forælders eller værges egen e-mail, ikke din.",
        "/en": "Write your parent&#x27;s or guardian&#x27;s own e-mail, not yours.",
    }
    form, html = refused(apply(lang, age_band="u15", guardian_email="KAREN@example.org"), lang)
    assert own[lang] in html
    assert 'value="KAREN@example.org"' in html
    assert applications() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_application_names_every_required_field(volunteer_pages, lang):
    form, html = refused(post(f"{lang}{APPLY}", {"consent": ""}), lang)
    assert set(form.errors) == {
        "name",
        "email",
        "age_band",
        "motivation",
        "availability",
        "consent",
    }
    assert html.count(REQUIRED[lang]) == 5  # consent has its own message
    assert CONSENT_MESSAGE[lang] in html


def test_an_unknown_age_band_is_refused_in_danish(volunteer_pages):
    for band in ["", "999", "<script>", "u15\x00", LONG]:
        form, html = refused(apply("", age_band=band), "")
        assert "age_band" in form.errors
        (message,) = form.errors["age_band"]
        assert message.startswith("Marker en gyldig valgmulighed.") or message == REQUIRED[""]


def test_a_closed_or_unknown_role_is_a_404(volunteer_pages, client):
    role = volunteer_pages["role"]
    role.is_open = False
    role.save()
    check_answer(client.post(APPLY, GOOD_APPLICATION), allowed=(404,))
    for slug in ["ukendt", "a" * 500, "%00"]:
        check_answer(client.post(f"/bliv-frivillig/{slug}/", GOOD_APPLICATION), allowed=(404,))


# --- The booking form (an institution contact) --------------------------------------------

BOOKING = "/institution/booking/ny/"


def booking_data(pages, **changes):
    return {
        "institution": pages["place"].pk,
        "role": pages["role"].pk,
        "date": (timezone.localdate() + timedelta(days=14)).isoformat(),
        "time_from": "09:30",
        "time_to": "10:30",
        "place": "Stuen Mælkebøtten",
        "children": "12",
        "note": "Vi er mest 3-årige.",
        **changes,
    }


def book(pages, lang="", **changes):
    return post(f"{lang}{BOOKING}", booking_data(pages, **changes), user=pages["contact"])


def bookings():
    return BookingRequest.objects.count() - 1  # the fixture's proposed visit


def test_a_good_booking_goes_through(volunteer_pages):
    response = book(volunteer_pages)
    check_answer(response, allowed=(302,))
    assert response["Location"] == "/institution/"
    assert bookings() == 1


AT_LEAST_ONE = ("Der skal være mindst ét barn.", "There must be at least one child.")
BOOKING_MISTAKES = [
    # changes, field, Danish message, English message
    (
        {"date": "2001-01-01"},
        "date",
        "Datoen er passeret. Vælg en dag fra i dag og frem.",
        "The date has passed. Choose a day from today on.",
    ),
    (
        {"date": "31.02.2030"},
        "date",
        "Skriv datoen som dd.mm.åååå.",
        "Write the date as dd.mm.yyyy.",
    ),
    (
        {"date": "i morgen"},
        "date",
        "Skriv datoen som dd.mm.åååå.",
        "Write the date as dd.mm.yyyy.",
    ),
    (
        {"date": "9999-12-31"},
        "date",
        "Vi tager imod bookinger højst to år frem.",
        "We take bookings at most two years ahead.",
    ),
    (
        {"time_from": "10:30", "time_to": "09:30"},
        "time_to",
        "Sluttidspunktet skal ligge efter starttidspunktet.",
        "The end time must be after the start time.",
    ),
    (
        {"time_from": "10:30", "time_to": "10:30"},
        "time_to",
        "Sluttidspunktet skal ligge efter starttidspunktet.",
        "The end time must be after the start time.",
    ),
    (
        {"time_from": "25:00"},
        "time_from",
        "Skriv klokkeslættet som tt:mm, fx 09:30.",
        "Write the time as hh:mm, e.g. 09:30.",
    ),
    ({"children": "0"}, "children", *AT_LEAST_ONE),
    ({"children": "-3"}, "children", *AT_LEAST_ONE),
    (
        {"children": "10000"},
        "children",
        "Et besøg er for højst 60 børn. Del gerne gruppen op.",
        "A visit is for at most 60 children. Please split the group.",
    ),
    (
        {"children": "tolv"},
        "children",
        "Skriv antallet af børn som et tal, fx 12.",
        "Write the number of children as a number, e.g. 12.",
    ),
    (
        {"children": "1.5"},
        "children",
        "Skriv antallet af børn som et tal, fx 12.",
        "Write the number of children as a number, e.g. 12.",
    ),
    (
        {"children": "9" * 5_000},  # more digits than Python turns into an int
        "children",
        "Skriv antallet af børn som et tal, fx 12.",
        "Write the number of children as a number, e.g. 12.",
    ),
    (
        {"institution": "999999"},
        "institution",
        "Vælg en af dine institutioner.",
        "Choose one of your institutions.",
    ),
    (
        {"institution": "<script>"},
        "institution",
        "Vælg en af dine institutioner.",
        "Choose one of your institutions.",
    ),
    ({"children": ""}, "children", REQUIRED[""], REQUIRED["/en"]),
    ({"date": ""}, "date", REQUIRED[""], REQUIRED["/en"]),
]


@pytest.mark.parametrize("lang", LANGS)
def test_booking_mistakes_get_a_message_and_keep_the_values(volunteer_pages, lang):
    for changes, field, danish, english in BOOKING_MISTAKES:
        form, html = refused(book(volunteer_pages, lang, **changes), lang)
        assert field in form.errors, changes
        assert escape({"": danish, "/en": english}[lang]) in html, changes
        assert escape("Stuen Mælkebøtten") in html and escape("Vi er mest 3-årige.") in html
        for name, value in changes.items():
            if name not in ("institution", "role") and value and len(value) < 1_000:
                assert f'value="{escape(value)}"' in html, (name, value)
    assert bookings() == 0


def test_a_time_already_passed_today_is_refused(volunteer_pages):
    # Midday, so an hour either side of now is the same day whenever the suite runs.
    noon = timezone.localtime().replace(hour=12, minute=0)
    with time_machine.travel(noon, tick=False):
        _book_a_time_already_passed(volunteer_pages)


def _book_a_time_already_passed(volunteer_pages):
    now = timezone.localtime()
    earlier = (now - timedelta(hours=1)).strftime("%H:%M")
    later = (now + timedelta(minutes=30)).strftime("%H:%M")
    today = timezone.localdate().isoformat()
    form, html = refused(book(volunteer_pages, date=today, time_from=earlier, time_to=later), "")
    assert "Tidspunktet er passeret. Vælg et senere." in html


@pytest.mark.parametrize("lang", LANGS)
def test_markup_and_10000_characters_in_the_booking_text_fields(volunteer_pages, lang):
    for field, limit in (("place", 250), ("note", 500)):
        for payload in MARKUP:
            # Markup is plain text here: stored as typed and shown escaped wherever it appears.
            response = book(volunteer_pages, lang, **{field: payload, "children": "0"})
            form, html = refused(response, lang)
            assert payload not in html and escape(payload) in html
        form, html = refused(book(volunteer_pages, lang, **{field: LONG}), lang)
        assert too_long(lang, limit) in html
        assert LONG in html
    assert bookings() == 0
    # Accepted with markup, the request shows it escaped to the contact.
    check_answer(book(volunteer_pages, note=MARKUP[0]), allowed=(302,))
    contact = Client()
    contact.force_login(volunteer_pages["contact"])
    html = check_answer(contact.get("/institution/"), allowed=(200,))
    booking = BookingRequest.objects.get(note=MARKUP[0])
    html = check_answer(contact.get(f"/besoeg/{booking.pk}/"), allowed=(200,))
    assert escape(MARKUP[0]) in html


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_booking_form_names_what_is_missing(volunteer_pages, lang):
    form, html = refused(post(f"{lang}{BOOKING}", {}, user=volunteer_pages["contact"]), lang)
    assert {"date", "time_from", "time_to", "children"} <= set(form.errors)
    assert REQUIRED[lang] in html
    assert bookings() == 0


def test_the_booking_form_is_for_institution_contacts_only(volunteer_pages):
    check_answer(Client().post(BOOKING, booking_data(volunteer_pages)), allowed=(302,))
    volunteer = volunteer_pages["volunteer"].user
    response = post(BOOKING, booking_data(volunteer_pages), user=volunteer)
    assert "Du har ikke adgang" in check_answer(response, allowed=(403,))
    assert bookings() == 0


def test_another_institutions_visit_is_a_404(volunteer_pages):
    stranger = make.contact()
    make.institution(stranger)
    browser = Client()
    browser.force_login(stranger)
    pk = volunteer_pages["visit"].pk
    for path in [f"/besoeg/{pk}/", f"/besoeg/{pk + 1000}/", "/besoeg/99999999999999999999/"]:
        check_answer(browser.get(path), allowed=(404,))
    check_answer(browser.post(f"/besoeg/{pk}/aflys/"), allowed=(404,))
    check_answer(browser.post(f"/besoeg/{pk}/svar/", {"action": "accept"}), allowed=(404,))
    assert BookingRequest.objects.get(pk=pk).status == BookingRequest.Status.PROPOSED


# --- Event registration ---------------------------------------------------------------------


def register(pages, lang="", event="event", **data):
    return post(f"{lang}/arrangementer/{pages[event].slug}/tilmeld/", data)


@pytest.mark.parametrize("lang", LANGS)
def test_markup_and_long_values_in_the_registration_form(volunteer_pages, lang):
    for payload in MARKUP:
        for fields in (
            {"name": payload, "email": "ikke-en-adresse"},
            {"name": "Ida", "email": payload},
            {"name": "Ida", "email": "ikke-en-adresse", "phone": payload},
        ):
            form, html = refused(register(volunteer_pages, lang, **fields), lang)
            assert "email" in form.errors
            assert INVALID_EMAIL_MESSAGE[lang] in html
            assert payload not in html and escape(payload) in html
    for field, limit in (("name", 150), ("phone", 30)):
        fields = {"name": "Ida", "email": "ida@example.org", field: LONG}
        form, html = refused(register(volunteer_pages, lang, **fields), lang)
        assert too_long(lang, limit) in html and LONG in html
    assert not SignUp.objects.filter(occasion=volunteer_pages["event"].occasion).exists()


@pytest.mark.parametrize("lang", LANGS)
def test_an_address_longer_than_the_database_takes_is_refused(volunteer_pages, lang):
    # Valid by the e-mail rules (up to 320 characters), longer than the 254 a sign-up stores.
    address = "a" * 60 + "@" + ".".join(["b" * 60] * 4) + ".dk"
    assert 254 < len(address) <= 320
    form, html = refused(register(volunteer_pages, lang, name="Ida", email=address), lang)
    assert "email" in form.errors
    assert too_long(lang, 254, len(address)) in html
    assert f'value="{address}"' in html
    assert not SignUp.objects.filter(occasion=volunteer_pages["event"].occasion).exists()


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_registration_names_what_is_missing(volunteer_pages, lang):
    form, html = refused(register(volunteer_pages, lang), lang)
    assert set(form.errors) == {"name", "email"}
    assert html.count(REQUIRED[lang]) == 2


@pytest.mark.parametrize("lang", LANGS)
def test_a_full_event_puts_one_on_the_waiting_list_with_a_clear_message(volunteer_pages, lang):
    page = {"": "Alle pladser er taget.", "/en": "All places are taken."}
    form_page = Client().get(f"{lang}/arrangementer/{volunteer_pages['full_event'].slug}/tilmeld/")
    assert page[lang] in check_answer(form_page, allowed=(200,))
    response = register(
        volunteer_pages, lang, event="full_event", name="<b>Ida</b>", email="ida@example.org"
    )
    html = check_answer(response, allowed=(200,))
    heading = {"": "Du er på ventelisten", "/en": "You are on the waiting list"}
    assert heading[lang] in html and HTML_LANG[lang] in html
    assert "<b>Ida" not in html
    assert SignUp.objects.get(email="ida@example.org").status == SignUp.Status.WAITING


def test_registration_for_an_unknown_or_past_event(volunteer_pages):
    for slug in ["ukendt", "a" * 500]:
        response = post(f"/arrangementer/{slug}/tilmeld/", {"name": "Ida", "email": "i@x.dk"})
        check_answer(response, allowed=(404,))
    event = volunteer_pages["event"]
    with time_machine.travel(event.starts_at + timedelta(minutes=5)):
        response = register(volunteer_pages, name="Ida", email="ida@example.org")
        html = check_answer(response, allowed=(200,))
        assert "Arrangementet er begyndt, så tilmeldingen er lukket." in html
    assert not SignUp.objects.filter(email="ida@example.org").exists()


# --- Sessions and the answer on Mine sider ---------------------------------------------------


def test_a_full_session_puts_the_volunteer_on_the_waiting_list(volunteer_pages):
    browser = Client()
    browser.force_login(volunteer_pages["volunteer"].user)
    session = volunteer_pages["full_session"]
    response = browser.post(f"/frivillig/vagter/{session.pk}/tilmeld/", follow=True)
    html = check_answer(response, allowed=(200,))
    assert response.redirect_chain == [("/frivillig/vagter/", 302)]
    assert "Vagten er fuld, så du står på ventelisten." in html
    signup = SignUp.objects.get(user=volunteer_pages["volunteer"].user)
    assert signup.status == SignUp.Status.WAITING
    for pk in ["999999", "99999999999999999999"]:
        check_answer(browser.post(f"/frivillig/vagter/{pk}/tilmeld/"), allowed=(404,))
    check_answer(browser.post("/frivillig/vagter/%00/tilmeld/"), allowed=(404,))


def test_only_approved_volunteers_take_sessions(volunteer_pages):
    browser = Client()
    browser.force_login(volunteer_pages["contact"])
    pk = volunteer_pages["full_session"].pk
    response = browser.post(f"/frivillig/vagter/{pk}/tilmeld/")
    assert "Kun godkendte frivillige kan tage vagter." in check_answer(response, allowed=(403,))


@pytest.fixture
def asked(volunteer_pages):
    """The volunteer's application, sent back by the coordinator with a question."""
    volunteer = volunteer_pages["volunteer"]
    application = make.approve(volunteer, volunteer_pages["role"], Application.Status.MORE_INFO)
    browser = Client()
    browser.force_login(volunteer.user)
    return application, browser


@pytest.mark.parametrize("lang", LANGS)
def test_markup_and_long_values_in_the_answer_on_mine_sider(asked, lang):
    application, browser = asked
    prefix = f"a{application.pk}"
    path = f"{lang}/mine-sider/svar/{application.pk}/"
    for payload in [*MARKUP, LONG, "a\x00b", ""]:
        data = {f"{prefix}-motivation": payload, f"{prefix}-availability": "Hverdage"}
        response = browser.post(path, data)
        html = check_answer(response, allowed=(400,))
        assert HTML_LANG[lang] in html
        if payload == LONG:
            assert too_long(lang, 2000) in html and LONG in html
        elif payload == "a\x00b":
            assert NULL_MESSAGE[lang] in html
        elif payload:
            assert NO_MARKUP[lang] in html and escape(payload) in html
        else:
            assert REQUIRED[lang] in html
    application.refresh_from_db()
    assert application.status == Application.Status.MORE_INFO
    assert application.motivation == "Jeg elsker bøger."
    for pk in [application.pk + 1000, "99999999999999999999"]:
        check_answer(browser.post(f"/mine-sider/svar/{pk}/", {}), allowed=(404,))


# --- NUL bytes and invalid UTF-8 ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_null_bytes_in_every_new_form(volunteer_pages, lang):
    contact = volunteer_pages["contact"]
    cases = [
        # (Any value at all ticks the consent box.)
        *[
            (APPLY, {**GOOD_APPLICATION, field: "a\x00b"}, None)
            for field in GOOD_APPLICATION
            if field != "consent"
        ],
        *[
            (BOOKING, booking_data(volunteer_pages, **{field: "1\x00"}), contact)
            for field in ("date", "time_from", "time_to", "children", "place", "note")
        ],
        *[
            (
                f"/arrangementer/{volunteer_pages['event'].slug}/tilmeld/",
                {"name": "Ida", "email": "ida@example.org", "phone": "", field: "i\x00da"},
                None,
            )
            for field in ("name", "email", "phone")
        ],
    ]
    for path, data, user in cases:
        response = post(f"{lang}{path}", data, user=user)
        form, html = refused(response, lang)
        # A NUL byte in a field with a format gets that field's own message; free text gets
        # the NUL message.
        assert form.errors, (path, data)
        if any(data.get(f) == "a\x00b" for f in ("name", "motivation", "availability")):
            assert NULL_MESSAGE[lang] in html, (path, data)
    assert applications() == 0 and bookings() == 0
    assert not SignUp.objects.filter(occasion=volunteer_pages["event"].occasion).exists()


def test_invalid_utf8_in_every_new_form(volunteer_pages):
    contact = volunteer_pages["contact"]
    slug = volunteer_pages["event"].slug
    raw = "application/x-www-form-urlencoded"
    cases = [
        (APPLY, b"name=%ff%fe&email=\xff@example.org&age_band=67%2B&motivation=%c0%af", None),
        (APPLY, b"name=\xe6\x97&email=%ed%a0%80&motivation=x&availability=y&consent=on", None),
        (BOOKING, b"date=%ff%fe&time_from=\xff&time_to=%c0%af&children=%e6%97&place=\xff", contact),
        (f"/arrangementer/{slug}/tilmeld/", b"name=%ff%fe&email=%ff%40example.org", None),
        (f"/arrangementer/{slug}/tilmeld/", b"name=\xff\xfe&email=\xe6\x97@x", None),
    ]
    for path, raw_body, user in cases:
        browser = Client()
        if user is not None:
            browser.force_login(user)
        response = browser.post(path, raw_body, content_type=raw)
        form, html = refused(response, "")
        assert form.errors
    assert applications() == 0 and bookings() == 0


# --- Expired and tampered links ---------------------------------------------------------------

LINK_BROKEN = {"": "Linket virker ikke", "/en": "The link does not work"}


def tampered(path: str) -> list[str]:
    """The link with one character of its token changed, cut short, and doubled."""
    suffix = ".ics" if path.endswith(".ics") else "/"
    prefix, token = path.removesuffix(suffix).rsplit("/", 1)
    flipped = token[:-1] + ("A" if token[-1] != "A" else "B")
    middle = len(token) // 2
    changed = token[:middle] + ("x" if token[middle] != "x" else "y") + token[middle + 1 :]
    return [
        f"{prefix}/{t}{suffix}"
        for t in (flipped, changed, token[:-5], token + token, token.upper(), "x" + token)
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_tampered_links_get_a_clear_page(volunteer_pages, lang):
    for kind, path in volunteer_pages["links"].items():
        prefix = "" if kind == "kalender" else lang
        check_answer(Client().get(prefix + path), allowed=(200,))  # the real one works
        for bad in tampered(path):
            for method in ("get", "post"):
                response = getattr(Client(), method)(prefix + bad)
                if kind == "kalender":
                    check_answer(response, allowed=(404 if method == "get" else 405,))
                    continue
                html = check_answer(response, allowed=(404,))
                assert LINK_BROKEN[lang] in html and HTML_LANG[lang] in html, (kind, bad)
    application = volunteer_pages["application"]
    application.refresh_from_db()
    assert application.status == Application.Status.UNCONFIRMED
    assert application.guardian_consented_at is None
    assert volunteer_pages["visit"].status == BookingRequest.Status.PROPOSED
    assert SignUp.objects.get(pk=volunteer_pages["taken"].pk).status == SignUp.Status.CONFIRMED


@pytest.mark.parametrize("lang", LANGS)
def test_expired_application_links(volunteer_pages, lang):
    expired = {
        "": "Linket er udløbet. Søg igen, så sender vi et nyt link.",
        "/en": "The link has expired. Apply again and we will send a new link.",
    }
    later = timezone.now() + timedelta(days=settings.APPLICATION_LINK_DAYS, hours=1)
    with time_machine.travel(later):
        for kind in ("bekraeft", "samtykke"):
            for method in ("get", "post"):
                path = lang + volunteer_pages["links"][kind]
                html = check_answer(getattr(Client(), method)(path), allowed=(410,))
                assert LINK_BROKEN[lang] in html and expired[lang] in html
    application = volunteer_pages["application"]
    application.refresh_from_db()
    assert application.status == Application.Status.UNCONFIRMED


@pytest.mark.parametrize("lang", LANGS)
def test_a_signup_link_after_the_occasion_is_a_410(volunteer_pages, lang):
    occasion = volunteer_pages["taken"].occasion
    over = {"": "er overstået, så linket virker ikke længere.", "/en": "is over, so the link"}
    with time_machine.travel(occasion.ends_at + timedelta(minutes=1)):
        for method in ("get", "post"):
            response = getattr(Client(), method)(lang + volunteer_pages["links"]["tilmelding"])
            html = check_answer(response, allowed=(410,))
            assert over[lang] in html and HTML_LANG[lang] in html
    assert SignUp.objects.get(pk=volunteer_pages["taken"].pk).status == SignUp.Status.CONFIRMED


def test_a_visit_link_after_the_visit_was_cancelled(volunteer_pages):
    from institutions.services import booking_cancel

    booking_cancel(booking_id=volunteer_pages["visit"].pk)
    path = volunteer_pages["links"]["besoeg"]
    for method in ("get", "post"):
        html = check_answer(getattr(Client(), method)(path), allowed=(410,))
        assert "Forslaget gælder ikke længere" in html
        assert volunteer_pages["visit"].institution.name not in html  # no facts of the visit


def test_made_up_invitation_tokens_are_a_410_in_danish(fuzz_content):
    for token in ["ukendt", "%00", "a" * 2_000, "%ff%fe", "<script>"]:
        for method in ("get", "post"):
            response = getattr(Client(), method)(f"/konto/invitation/{token}/")
            html = check_answer(response, allowed=(410,))
            assert "Invitationen kan ikke bruges" in html, token


# --- Methods the new pages do not take ------------------------------------------------------


def test_put_and_delete_on_every_new_page_are_a_405(volunteer_pages, fuzz_content):
    volunteer = volunteer_pages["volunteer"].user
    contact = volunteer_pages["contact"]
    visit = volunteer_pages["visit"].pk
    session = volunteer_pages["full_session"].pk
    links = volunteer_pages["links"]
    pages = [
        (None, APPLY),
        (None, "/bliv-frivillig/"),
        (None, "/bliv-frivillig/laesehest/tak/"),
        (None, links["bekraeft"]),
        (None, links["samtykke"]),
        (None, links["tilmelding"]),
        (None, links["kalender"]),
        (None, links["besoeg"]),
        (None, f"/arrangementer/{volunteer_pages['event'].slug}/tilmeld/"),
        (None, INVITATION),
        (volunteer, "/mine-sider/"),
        (volunteer, "/mine-sider/svar/1/"),
        (volunteer, "/mine-sider/kalender/"),
        (volunteer, "/mine-sider/mine-data.zip"),
        (volunteer, "/mine-sider/slet/"),
        (volunteer, "/mine-sider/traek-samtykke-tilbage/"),
        (volunteer, "/frivillig/vagter/"),
        (volunteer, f"/frivillig/vagter/{session}/tilmeld/"),
        (volunteer, f"/frivillig/vagter/{session}/afmeld/"),
        (contact, "/institution/"),
        (contact, BOOKING),
        (contact, f"/besoeg/{visit}/"),
        (contact, f"/besoeg/{visit}/aflys/"),
        (volunteer, f"/besoeg/{visit}/svar/"),
    ]
    for user, path in pages:
        for method in ("PUT", "DELETE", "PATCH"):
            browser = Client()
            if user is not None:
                browser.force_login(user)
            response = browser.generic(
                method, path, "action=accept", content_type="application/x-www-form-urlencoded"
            )
            check_answer(response, allowed=(405,))
            assert "PUT" not in response["Allow"] and "DELETE" not in response["Allow"], path
    # Nothing was changed by any of them.
    assert volunteer.__class__.objects.filter(pk=volunteer.pk, is_active=True).exists()
    assert BookingRequest.objects.get(pk=visit).status == BookingRequest.Status.PROPOSED
    application = volunteer_pages["application"]
    application.refresh_from_db()
    assert application.status == Application.Status.UNCONFIRMED
    assert application.guardian_consented_at is None
    assert SignUp.objects.get(pk=volunteer_pages["taken"].pk).status == SignUp.Status.CONFIRMED
