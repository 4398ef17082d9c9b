"""When an event counts as upcoming and when as past."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.cache import cache

from tests.factories import EventFactory, InitiativeFactory

pytestmark = pytest.mark.django_db

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
# A winter day, so Copenhagen is an hour ahead of UTC and the local and UTC dates part at 23:00.
EVENING = datetime(2026, 3, 10, 23, 30, tzinfo=COPENHAGEN)


def listed_as_upcoming(client, title: str) -> bool:
    html = client.get("/arrangementer/").content.decode()
    upcoming = html.split("Tidligere arrangementer")[0]
    assert title in html  # on the page either way: upcoming or past
    return title in upcoming


@pytest.fixture
def evening_events():
    """Events of one evening, created a week ahead, all under the same initiative."""
    with time_machine.travel(EVENING - timedelta(days=7), tick=False):
        initiative = InitiativeFactory(title="Lejre Læser")
        open_ended = EventFactory(
            title="Åben læsecafé", starts_at=EVENING.replace(hour=18, minute=0)
        )
        with_end = EventFactory(
            title="Højtlæsning med afslutning",
            starts_at=EVENING.replace(hour=17, minute=0),
            ends_at=EVENING.replace(hour=20, minute=0),
        )
        yesterday = EventFactory(
            title="Gårsdagens værksted", starts_at=EVENING.replace(hour=18) - timedelta(days=1)
        )
        for event in (open_ended, with_end, yesterday):
            event.initiatives.add(initiative)
    return initiative


@pytest.mark.parametrize("late", [EVENING, EVENING.replace(hour=23, minute=59)])
def test_event_without_an_end_time_is_current_for_the_rest_of_its_day(client, evening_events, late):
    with time_machine.travel(late, tick=False):
        assert listed_as_upcoming(client, "Åben læsecafé")
        # An event with an end time is over when it ends, one without from the day before too.
        assert not listed_as_upcoming(client, "Højtlæsning med afslutning")
        assert not listed_as_upcoming(client, "Gårsdagens værksted")

        front = client.get("/").content.decode()
        assert "Åben læsecafé" in front
        assert "Højtlæsning med afslutning" not in front

        initiative = client.get(evening_events.get_absolute_url()).content.decode()
        assert "Åben læsecafé" in initiative
        assert "Højtlæsning med afslutning" not in initiative


@pytest.mark.parametrize(
    "next_day",
    [
        # Just after local midnight, while it is still the same day in UTC.
        (EVENING + timedelta(days=1)).replace(hour=0, minute=5),
        (EVENING + timedelta(days=1)).replace(hour=8, minute=0),
    ],
)
def test_event_without_an_end_time_is_past_the_next_day(client, evening_events, next_day):
    with time_machine.travel(EVENING, tick=False):
        assert listed_as_upcoming(client, "Åben læsecafé")
    # The page cache's own expiry is tested in tests/core/test_page_cache.py.
    cache.clear()
    with time_machine.travel(next_day, tick=False):
        assert not listed_as_upcoming(client, "Åben læsecafé")
        assert "Åben læsecafé" not in client.get("/").content.decode()
        initiative = client.get(evening_events.get_absolute_url()).content.decode()
        assert "Åben læsecafé" not in initiative
