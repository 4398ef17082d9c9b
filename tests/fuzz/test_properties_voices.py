"""Property-based fuzzing of the young people's postcard form and the wall's filters.

Generated text, schools, age bands and themes in both languages: never a 500, a postcard taken
(the thank-you) or the form back in the page's language with every message shown and the text
kept (escaped); the wall answers any filter values with a page, never raw input.
"""

import pytest
from django.test import Client
from django.utils.html import escape
from hypothesis import event, given
from hypothesis import strategies as st

from tests.fuzz.checks import HTML_LANG, NULL_MESSAGE, check_form_errors
from tests.fuzz.test_properties import answered, examples, languages, nasty_text, number_text
from voices.models import AgeBand, Postcard, School, Theme

pytestmark = pytest.mark.django_db

THANKS = {"": "Tak for dit postkort", "/en": "Thank you for your postcard"}
OTHER_LANGUAGE = {"": ["This field is required.", "Write something on"], "/en": ["Skriv noget"]}


@pytest.fixture
def school(db):
    return School.objects.create(name="Osted Skole")


@examples(60)
@given(
    lang=languages,
    text=st.one_of(nasty_text, st.just("Vi vil have en skaterbane 🛹 <3")),
    school_choice=st.one_of(st.just(""), st.just("known"), nasty_text, number_text),
    age_band=st.one_of(st.just(""), st.sampled_from(AgeBand.values), nasty_text),
    theme=st.one_of(st.just(""), st.sampled_from(Theme.values), nasty_text),
)
def test_postcard_form_never_fails(school, lang, text, school_choice, age_band, theme):
    before = Postcard.objects.count()
    chosen = str(school.pk) if school_choice == "known" else school_choice
    data = {"text": text, "school": chosen, "age_band": age_band, "theme": theme}
    response = Client().post(f"{lang}/unge/", data)
    answered(response, allowed=(200,))
    html = response.content.decode()
    assert HTML_LANG[lang] in html
    if THANKS[lang] in html:
        event("sent")
        assert Postcard.objects.count() == before + 1
        return
    event("refused")
    form, html = check_form_errors(response, lang)
    for other in OTHER_LANGUAGE[lang]:
        assert other not in html
    if "\x00" in text:
        assert NULL_MESSAGE[lang] in html
    if text.strip():
        assert escape(text) in html  # kept in the textarea, escaped
    assert Postcard.objects.count() == before


@examples(40)
@given(
    lang=languages,
    name=st.sampled_from(["tema", "skole", "alder", "side"]),
    value=st.one_of(nasty_text, number_text),
)
def test_wall_filters_never_fail(school, lang, name, value):
    response = Client().get(f"{lang}/unge/vaeggen/", {name: value})
    answered(response, allowed=(200,))
    assert HTML_LANG[lang] in response.content.decode()


@pytest.fixture
def moderator_client(db):
    from tests.factories import RoleUserFactory

    client = Client()
    client.force_login(RoleUserFactory(roles=["moderator"]))
    return client


@examples(30)
@given(
    lang=languages,
    action=st.one_of(st.sampled_from(["save", "follow_up", "approve", "reject"]), nasty_text),
    text=nasty_text,
    note=nasty_text,
)
def test_moderation_form_never_fails(moderator_client, lang, action, text, note):
    from voices.services import postcard_submit

    card = postcard_submit(text="Et postkort")
    response = moderator_client.post(
        f"{lang}/unge/moderation/{card.pk}/", {"action": action, "text": text, "note": note}
    )
    answered(response, allowed=(200, 302))
    event(f"HTTP {response.status_code}")
    if response.status_code == 200:
        check_form_errors(response, lang)
        if text.strip():
            assert escape(text) in response.content.decode()
