"""Fuzzing the reading barometer's forms and the results pages.

The barometer form and the goal form get generated input in both languages: never a 500, only
a redirect (stored) or the form back (400) in the page's language with every message shown and
the typed book title kept, escaped. The public CSV and strategy addresses answer made-up keys
with a 404, and a stored entry can never be a future date, negative or over the bounds.
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from hypothesis import event, given
from hypothesis import strategies as st

from measurement.models import MAX_CHILDREN, MAX_MINUTES, ReadingEntry
from tests.fuzz.test_properties import answered, examples, languages, nasty_text, number_text
from tests.fuzz.test_properties_volunteers import rejected
from tests.measurement.helpers import contact, institution

pytestmark = pytest.mark.django_db


@pytest.fixture
def barometer_contact(db):
    person = contact()
    place = institution(contact=person)
    client = Client()
    client.force_login(person)
    return client, place


day = st.one_of(
    st.builds(
        lambda days: (timezone.localdate() + timedelta(days=days)).isoformat(),
        st.integers(-400, 400),
    ),
    nasty_text,
)
FIELDS = ("institution", "date", "minutes", "children", "book_title")


@examples(60)
@given(
    lang=languages,
    institution=st.one_of(st.sampled_from(["real", "999999", "", "-1"]), nasty_text),
    date=day,
    minutes=st.one_of(st.integers(-10, 1000).map(str), number_text, nasty_text),
    children=st.one_of(st.integers(-5, 20_000).map(str), number_text, nasty_text),
    book_title=st.one_of(st.just(""), nasty_text, st.just('=HYPERLINK("http://x","y")')),
    fuzzed=st.sets(st.sampled_from(FIELDS), max_size=3),
)
def test_the_barometer_form_never_fails(
    barometer_contact, lang, institution, date, minutes, children, book_title, fuzzed
):
    client, place = barometer_contact
    generated = {
        "institution": place.pk if institution == "real" else institution,
        "date": date,
        "minutes": minutes,
        "children": children,
        "book_title": book_title,
    }
    good = {
        "institution": place.pk,
        "date": timezone.localdate().isoformat(),
        "minutes": "20",
        "children": "12",
        "book_title": "",
    }
    posted = {key: generated[key] if key in fuzzed else good[key] for key in FIELDS}
    response = client.post(f"{lang}/institution/barometer/", posted)
    answered(response, allowed=(302, 400))
    event("stored" if response.status_code == 302 else "refused")
    if response.status_code == 400:
        rejected(response, lang, posted, ("book_title",))
    for stored in ReadingEntry.objects.all():
        assert stored.date <= timezone.localdate()
        assert 1 <= stored.minutes <= MAX_MINUTES and 1 <= stored.children <= MAX_CHILDREN


@examples(30)
@given(lang=languages, goal=st.one_of(st.integers(-10, 10**7).map(str), number_text, nasty_text))
def test_the_goal_form_never_fails(barometer_contact, lang, goal):
    client, place = barometer_contact
    response = client.post(
        f"{lang}/institution/barometer/{place.pk}/indstillinger/", {"goal_minutes": goal}
    )
    answered(response, allowed=(302, 400))


@pytest.mark.parametrize(
    "path",
    [
        "/resultater/data/indikator-.csv",
        "/resultater/data/indikator-1e9.csv",
        "/resultater/data/%3Dcmd.csv",
        "/resultater/data/indikator-99999999999999999999.csv",
        "/resultater/strategi/%C3%A6%C3%B8%C3%A5/",
        "/institution/barometer/ret/99999999999999999999/",
    ],
)
def test_made_up_addresses_are_404(client, path):
    client.force_login(contact())
    assert client.get(path).status_code == 404
