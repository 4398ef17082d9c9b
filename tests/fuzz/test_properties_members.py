"""Property-based fuzzing of the members' area forms and paths, signed in as a current member:
the answer form, the profile form, document search and document paths. Never a 500, only the
deliberate statuses, and what a member typed comes back escaped."""

from urllib.parse import quote

import pytest
from django.test import Client
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import member_document, member_user, published_meeting
from tests.fuzz.checks import check_answer
from tests.fuzz.test_properties import answered, examples, languages, nasty_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_area(db):
    user = member_user(name="Fuzz")
    return {
        "user": user,
        "meeting": published_meeting(),
        "document": member_document(),
    }


def signed_in(member_area) -> Client:
    client = Client()
    client.force_login(member_area["user"])
    return client


@examples(40)
@given(lang=languages, answer=st.one_of(st.sampled_from(["come", "cant", "excused"]), nasty_text))
def test_the_answer_form_never_fails(member_area, lang, answer):
    url = f"{lang}/medlemmer/moeder/{member_area['meeting'].pk}/"
    response = signed_in(member_area).post(url, {"answer": answer})
    answered(response, {302, 400})


@examples(40)
@given(
    lang=languages,
    profile_text=nasty_text,
    phone=nasty_text,
    photo_alt=nasty_text,
    share=st.sampled_from(["on", "", "ja"]),
)
def test_the_profile_form_never_fails_and_keeps_what_was_typed(
    member_area, lang, profile_text, phone, photo_alt, share
):
    data = {"profile_text": profile_text, "phone": phone, "photo_alt": photo_alt}
    response = signed_in(member_area).post(
        f"{lang}/medlemmer/profil/", {**data, "share_email": share}
    )
    html = answered(response, {302, 400})
    if response.status_code == 400:
        for value in data.values():
            if value and "\x00" not in value and len(value) <= 250:
                assert escape(value.strip()) in html or escape(value) in html


@examples(40)
@given(lang=languages, query=nasty_text)
def test_document_search_never_fails(member_area, lang, query):
    response = signed_in(member_area).get(f"{lang}/medlemmer/dokumenter/", {"q": query})
    answered(response, {200})


@examples(30)
@given(name=nasty_text, pk=st.integers(min_value=-5, max_value=10**12))
def test_made_up_document_paths_find_nothing(member_area, name, pk):
    response = signed_in(member_area).get(f"/medlemmer/dokumenter/{pk}/{quote(name, safe='')}")
    answered(response, {404})


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_get_405_on_every_members_page(member_area, method):
    meeting, document = member_area["meeting"], member_area["document"]
    client = signed_in(member_area)
    for url in [
        "/medlemmer/",
        "/medlemmer/moeder/",
        f"/medlemmer/moeder/{meeting.pk}/",
        f"/medlemmer/moeder/{meeting.pk}/moede.ics",
        f"/medlemmer/moeder/{meeting.pk}/fremmoede/",
        "/medlemmer/dokumenter/",
        f"/medlemmer/dokumenter/{document.pk}/{document.filename}",
        "/medlemmer/medlemsliste/",
        "/medlemmer/profil/",
        "/medlemmer/kalender/",
    ]:
        assert getattr(client, method)(url).status_code == 405, url


def test_script_in_a_members_profile_stays_text_in_the_directory(member_area):
    client = signed_in(member_area)
    client.post(
        "/medlemmer/profil/",
        {"profile_text": "<script>alert(1)</script>", "notify_meetings": "on"},
    )
    response = client.get("/medlemmer/medlemsliste/")
    html = check_answer(response, {200})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
