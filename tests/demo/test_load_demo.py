"""`manage.py load_demo`: complete, published demo content, loaded idempotently.

The data files themselves (parsing, relative dates, wording) are tested in test_demo_data.py.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from alliance.models import AllianceMember, Partner, SecretariatContact
from initiatives.models import Event, Initiative, NewsPost
from pages.models import Page
from tracks.models import Goal, Imprint, ImprintStatus, Track
from voices.models import Postcard, RiskWord, School, TourPart

pytestmark = pytest.mark.django_db

MODELS = [
    Track,
    Goal,
    Imprint,
    ImprintStatus,
    Initiative,
    NewsPost,
    Event,
    Page,
    Partner,
    AllianceMember,
    SecretariatContact,
    School,
    RiskWord,
    TourPart,
    Postcard,
]

TRACK_TITLES = [
    "Relationer i den tidlige barndom",
    "Trivsel i dagtilbud, skole og SFO",
    "Inkluderende fritidsaktiviteter",
    "Unge viser vej",
    "En ekstra hånd",
]


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out, stderr=StringIO())
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_second_run_creates_nothing():
    load_demo()
    first = counts()
    output = load_demo()
    assert counts() == first
    assert all(first.values()), first
    assert "I alt: 0 oprettet" in output


def test_five_tracks_in_order_two_cross_cutting():
    load_demo()
    assert list(Track.objects.values_list("title_da", flat=True)) == TRACK_TITLES
    assert set(Track.objects.filter(is_cross_cutting=True).values_list("title_da", flat=True)) == {
        "Unge viser vej",
        "En ekstra hånd",
    }
    assert all(title for title in Track.objects.values_list("title_en", flat=True))


def test_every_track_has_a_goal_with_an_imprint():
    load_demo()
    for track in Track.objects.all():
        assert Imprint.objects.filter(goal__track=track).exists(), track
    this_year = timezone.localdate().year
    assert ImprintStatus.objects.filter(year=this_year, level="in_progress").exists()


def test_all_demo_content_is_live():
    load_demo()
    for model in (Track, Initiative, NewsPost, Event, Page):
        assert model.objects.published().count() == model.objects.count(), model


def test_initiatives_published_and_linked():
    load_demo()
    assert Initiative.objects.published().count() >= 5
    assert 3 <= Initiative.objects.filter(is_featured=True).count() <= 4

    readers = Initiative.objects.get(slug="frivillige-laeseheste")
    assert set(readers.tracks.values_list("slug", flat=True)) == {
        "relationer-i-den-tidlige-barndom",
        "en-ekstra-haand",
    }
    bus = Initiative.objects.get(slug="ungebussen")
    assert (bus.age_from, bus.age_to, bus.phase) == (12, 17, "completed")
    assert list(bus.tracks.values_list("slug", flat=True)) == ["unge-viser-vej"]
    reading = Initiative.objects.get(slug="lejre-laeser")
    assert (reading.age_from, reading.age_to) == (2, 6)


def test_chair_and_vice_chair():
    load_demo()
    assert AllianceMember.objects.current().get(role="chair").name == "Burak Ulrik Ulucan"
    assert (
        AllianceMember.objects.current().get(role="vice_chair").name == "Peter Roland Christensen"
    )


def test_former_members_present():
    load_demo()
    former = set(AllianceMember.objects.former().values_list("name", flat=True))
    assert {"Jan Dehn", "Pernille Tolderlund", "Lasse Møller Hansen"} <= former
    assert AllianceMember.objects.current().filter(name="Sine Jung Gormsen").exists()


def test_founding_partners():
    load_demo()
    founding = set(Partner.objects.filter(is_founding_partner=True).values_list("name", flat=True))
    assert founding == {"Lejre Kommune", "Socialt Udviklingscenter SUS", "Helsefonden"}
    assert Partner.objects.filter(is_founding_partner=False).count() >= 2


def test_secretariat_contact():
    load_demo()
    contact = SecretariatContact.objects.get(name="Sine Jung Gormsen")
    assert (contact.email, contact.phone) == ("sjgo@lejre.dk", "61 19 58 31")


def test_pages_for_every_key():
    load_demo()
    keys = {"vision", "about", "contact", "privacy", "accessibility", "volunteer"}
    assert keys <= set(Page.objects.values_list("key", flat=True))


def test_edited_title_survives_a_second_run():
    load_demo()
    Track.objects.filter(slug="unge-viser-vej").update(title_da="De unge går forrest")
    Initiative.objects.filter(slug="lejre-laeser").update(title_da="Hele Lejre læser")
    load_demo()
    assert Track.objects.get(slug="unge-viser-vej").title_da == "De unge går forrest"
    assert Initiative.objects.get(slug="lejre-laeser").title_da == "Hele Lejre læser"
    assert Track.objects.count() == 5


def test_deleted_goal_is_not_brought_back():
    load_demo()
    track = Track.objects.get(slug="en-ekstra-haand")
    track.goals.last().delete()
    goals = Goal.objects.count()
    load_demo()
    assert Goal.objects.count() == goals


def test_events_and_news():
    load_demo()
    now = timezone.now()
    assert Event.objects.filter(starts_at__gt=now).exists()
    assert NewsPost.objects.published().count() >= 3
    # The story keeps its order: kick-off (a Monday), the invitation, then the open workshop.
    kick_off = Event.objects.get(slug="kick-off-i-hvalsoe-kulturhus")
    invitation = NewsPost.objects.get(slug="invitation-til-aabent-vaerksted")
    workshop = Event.objects.get(slug="aabent-vaerksted")
    assert kick_off.starts_at < invitation.publish_from < workshop.starts_at < now
    assert timezone.localtime(kick_off.starts_at).weekday() == 0
    assert timezone.localtime(workshop.starts_at).weekday() == 5


def test_chair_taken_by_someone_else_does_not_break_the_load():
    AllianceMember.objects.create(name="Ny Formand", title="Borger", role="chair")
    load_demo()
    assert AllianceMember.objects.current().get(role="chair").name == "Ny Formand"
    assert AllianceMember.objects.get(name="Burak Ulrik Ulucan").role == "member"


def test_young_voices_demo():
    from voices.selectors import wall

    load_demo()
    load_demo()  # idempotent: nothing twice
    assert School.objects.count() == 7
    # The risk list is the portal's default, loaded by migrate; the demo adds none of its own.
    assert RiskWord.objects.exclude(default_key=None).count() > 100
    assert not RiskWord.objects.filter(default_key=None).exists()
    assert set(TourPart.objects.values_list("kind", flat=True)) == {
        "stop",
        "workshop",
        "article",
        "outcome",
    }
    assert Postcard.objects.approved().count() >= 5 and not wall().too_few
    track = Track.objects.get(slug="unge-viser-vej")
    assert 'href="/unge/ungebussen/"' in track.description_da


def test_the_measurement_demo_has_barometer_entries_and_indicators_with_values():
    from measurement.models import Indicator, IndicatorValue, ReadingEntry

    load_demo()
    assert ReadingEntry.objects.count() > 50
    assert Indicator.objects.count() == 5
    computed = IndicatorValue.objects.filter(indicator__source="read_aloud_minutes")
    assert computed.filter(value__gt=0).exists()
    assert IndicatorValue.objects.filter(indicator__source="").count() == 5
