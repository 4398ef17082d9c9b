"""The track model holds another municipality's strategy as plain content."""

import pytest

from tests.factories import GoalFactory, ImprintFactory, TrackFactory
from tracks.models import ImprintStatus

pytestmark = pytest.mark.django_db

# Thisted Kommune's child and youth strategy 2024–27: four focus areas, each with goals and
# imprints, summarised in our own words.
FOCUS_AREAS = {
    "Et tidssvarende børne- og ungesyn": {
        "Alle fagfolk deler det samme syn på børn": ["Håndbogen for medarbejdere afspejler synet"],
        "Barnet inddrages i beslutninger om sit liv": ["Barnets perspektiv er med på alle møder"],
    },
    "Tidlig indsats": {"Børn i mistrivsel får hurtig hjælp": ["Samtale inden for en uge"]},
    "Tværfagligt samarbejde": {"Faggrupperne kender hinandens arbejde": ["Mødestrukturen virker"]},
    "Kompetencer og viden": {"Viden om det der virker bredes ud": ["Afprøvede tiltag udbredes"]},
}


def test_four_focus_areas_with_goals_and_imprints_load_and_render(client):
    for order, (area, goals) in enumerate(FOCUS_AREAS.items()):
        track = TrackFactory(title=area, order=order)
        for goal_title, imprints in goals.items():
            goal = GoalFactory(track=track, title=goal_title)
            for text in imprints:
                imprint = ImprintFactory(goal=goal, text=text)
                ImprintStatus.objects.create(imprint=imprint, year=2025, level="in_progress")

    listing = client.get("/indsatsspor/").content.decode()
    for area in FOCUS_AREAS:
        assert area in listing
    page = client.get("/indsatsspor/et-tidssvarende-boerne-og-ungesyn/").content.decode()
    assert "Barnet inddrages i beslutninger om sit liv" in page
    assert "Barnets perspektiv er med på alle møder" in page
    assert "2025: I gang" in page


def test_another_strategys_focus_areas_stay_out_of_the_portals_search_and_sitemap(client):
    from tracks.models import Strategy

    thisted = Strategy.objects.create(
        name="Børne- og ungeliv Thy", slug="thy", municipality="Thisted", period="2024-2027"
    )
    own = TrackFactory(title="Sprogsporet", short_description="Læsning og sprog for de små.")
    other = TrackFactory(
        title="Sprogtrappen i Thy", short_description="Læsning og sprog i Thy.", strategy=thisted
    )
    found = client.get("/soeg/", {"q": "læsning"}).content.decode()
    assert own.title in found and other.title not in found
    sitemap = client.get("/sitemap.xml").content.decode()
    assert own.get_absolute_url() in sitemap and other.get_absolute_url() not in sitemap
    # Its own page leads back to its strategy's results, not to +DIG's track list.
    page = client.get(other.get_absolute_url()).content.decode()
    assert "/resultater/strategi/thy/" in page
