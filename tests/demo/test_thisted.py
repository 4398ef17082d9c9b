"""Another municipality's strategy loads into a fresh database without code changes."""

from io import StringIO

import pytest
from django.core.management import call_command

from tracks.models import Strategy, Track

pytestmark = pytest.mark.django_db

FOCUS_AREAS = [
    "Et værdsættende og tidssvarende børne- og ungesyn",
    "Tidlig indsats",
    "Tværfagligt samarbejde",
    "Kompetencer og viden",
]


def test_the_thisted_strategy_loads_and_shows_its_focus_areas_goals_and_imprints(client):
    # A fresh database: only what the migrations made (the home strategy, no tracks).
    assert not Track.objects.exists()
    call_command("load_demo", "--only", "thisted", stdout=StringIO())
    strategy = Strategy.objects.get(slug="thisted")
    assert not strategy.is_home and strategy.municipality == "Thisted"
    tracks = list(strategy.tracks.order_by("order"))
    assert [t.title for t in tracks] == FOCUS_AREAS
    assert [t.goals.count() for t in tracks] == [3, 2, 2, 2]
    imprints = [sum(g.imprints.count() for g in t.goals.all()) for t in tracks]
    assert imprints == [5, 5, 5, 5]
    page = client.get("/resultater/strategi/thisted/").content.decode()
    for track in tracks:
        assert track.title in page
        for goal in track.goals.all():
            assert goal.title in page
            for imprint in goal.imprints.all():
                assert imprint.text in page
    # The portal's own track list keeps to +DIG's tracks.
    assert "Tidlig indsats" not in client.get("/indsatsspor/").content.decode()
    # A second run adds nothing.
    call_command("load_demo", "--only", "thisted", stdout=StringIO())
    assert strategy.tracks.count() == 4


def test_an_unknown_area_is_refused():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="Ukendte"):
        call_command("load_demo", "--only", "kalundborg", stdout=StringIO())
