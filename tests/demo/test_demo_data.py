"""The demo data files: they parse, every entry loads, dates are relative, nothing is promised."""

import re
import shutil
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from alliance.models import AllianceMember, Partner, SecretariatContact
from demo.loader import (
    AREAS,
    DATA_DIR,
    OPTIONAL_AREAS,
    WEEKDAYS,
    DemoDataError,
    load_demo,
    read,
)
from initiatives.models import Event, Initiative, NewsPost
from pages.models import Page
from tracks.models import Goal, Imprint, ImprintStatus, Track

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
# Texts that promise the site something it cannot do yet (the volunteer page once said an online
# application was "on its way"). The portal says what exists, nothing else.
PROMISES = re.compile(
    r"\b(på vej|kommer snart|snart muligt|under udvikling|i drift|on its way|coming soon|"
    r"will soon|soon be|being developed|under development|is live)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19|20)\d\d\b")


def data() -> dict[str, dict]:
    return {area: read(area) for area in AREAS}


def values(node):
    """Every scalar value in a parsed file, however deeply nested."""
    if isinstance(node, dict):
        for value in node.values():
            yield from values(value)
    elif isinstance(node, list):
        for value in node:
            yield from values(value)
    else:
        yield node


def goals_imprints_statuses(tracks: list[dict]) -> tuple[list, list, list]:
    goals = [goal for track in tracks for goal in track.get("goal", [])]
    imprints = [imprint for goal in goals for imprint in goal.get("imprint", [])]
    statuses = [status for imprint in imprints for status in imprint.get("status", [])]
    return goals, imprints, statuses


def test_one_file_per_area():
    assert sorted(path.stem for path in DATA_DIR.glob("*.toml")) == sorted(AREAS + OPTIONAL_AREAS)


def test_references_point_at_entries_in_the_files():
    files = data()
    tracks = {entry["slug"] for entry in files["tracks"]["track"]}
    partners = {entry["name"] for entry in files["partners"]["partner"]}
    initiatives = {entry["slug"] for entry in files["initiatives"]["initiative"]}
    for entry in files["initiatives"]["initiative"]:
        assert set(entry["tracks"]) <= tracks, entry["slug"]
        assert set(entry["partners"]) <= partners, entry["slug"]
    for entry in files["news"]["news"] + files["events"]["event"]:
        assert set(entry["tracks"]) <= tracks, entry["slug"]
        assert set(entry["initiatives"]) <= initiatives, entry["slug"]


@pytest.mark.django_db
def test_every_entry_of_every_file_loads_with_its_relations():
    files = data()
    goals, imprints, statuses = goals_imprints_statuses(files["tracks"]["track"])
    load_demo()

    expected = {
        Partner: len(files["partners"]["partner"]),
        AllianceMember: len(files["alliance"]["member"]),
        SecretariatContact: len(files["alliance"]["secretariat"]),
        Track: len(files["tracks"]["track"]),
        Goal: len(goals),
        Imprint: len(imprints),
        ImprintStatus: len(statuses),
        Initiative: len(files["initiatives"]["initiative"]),
        NewsPost: len(files["news"]["news"]),
        Event: len(files["events"]["event"]),
        Page: len(files["pages"]["page"]),
    }
    assert {model: model.objects.count() for model in expected} == expected
    for entry in files["initiatives"]["initiative"]:
        initiative = Initiative.objects.get(slug=entry["slug"])
        assert set(initiative.tracks.values_list("slug", flat=True)) == set(entry["tracks"])
        assert set(initiative.partners.values_list("name", flat=True)) == set(entry["partners"])
    for model, area, table in ((NewsPost, "news", "news"), (Event, "events", "event")):
        for entry in files[area][table]:
            row = model.objects.get(slug=entry["slug"])
            assert set(row.tracks.values_list("slug", flat=True)) == set(entry["tracks"])
            assert set(row.initiatives.values_list("slug", flat=True)) == set(entry["initiatives"])


@pytest.mark.django_db
def test_wrapped_lines_are_joined_into_one_line_of_text():
    load_demo()
    about = Page.objects.get(key="about")
    assert "\n" not in about.intro_da and "\n" not in about.body_en
    assert about.intro_da.startswith("Lejre Kommune, Socialt Udviklingscenter SUS og Helsefonden")


@pytest.mark.django_db
def test_a_misspelt_field_is_refused_rather_than_lost(tmp_path):
    shutil.copytree(DATA_DIR, tmp_path, dirs_exist_ok=True)
    partners = tmp_path / "partners.toml"
    partners.write_text(
        partners.read_text(encoding="utf-8").replace("\ndescription_da =", "\ndescripton_da =", 1),
        encoding="utf-8",
    )
    with pytest.raises(DemoDataError, match="partners.toml.*descripton_da"):
        load_demo(tmp_path)
    assert not Partner.objects.exists()


# --- dates relative to the first load ---------------------------------------------------------


def test_the_files_hold_no_calendar_dates():
    for area, content in data().items():
        for value in values(content):
            assert not isinstance(value, date | datetime | time), (area, value)
            if isinstance(value, str):
                assert not YEAR.search(value), (area, value)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 3, 10, 12, 0, tzinfo=COPENHAGEN),
        datetime(2031, 11, 21, 7, 30, tzinfo=COPENHAGEN),
    ],
    ids=["spring-2026", "autumn-2031"],
)
def test_news_and_events_are_dated_relative_to_the_first_load(moment):
    files = data()
    with time_machine.travel(moment, tick=False):
        load_demo()
        now = timezone.now()

        upcoming = Event.objects.published().filter(starts_at__gt=now)
        assert upcoming.count() == sum(e["days_from_now"] > 0 for e in files["events"]["event"])
        assert upcoming.count() >= 3
        for entry in files["events"]["event"]:
            event = Event.objects.get(slug=entry["slug"])
            day = timezone.localtime(event.starts_at).date()
            assert (event.starts_at > now) == (entry["days_from_now"] > 0), entry["slug"]
            assert 0 <= (day - moment.date()).days - entry["days_from_now"] <= 6, entry["slug"]
            if "weekday" in entry:
                assert WEEKDAYS[day.weekday()] == entry["weekday"], entry["slug"]
            assert event.is_live, entry["slug"]

        for entry in files["news"]["news"]:
            post = NewsPost.objects.get(slug=entry["slug"])
            assert post.publish_from == now - timedelta(days=entry["days_ago"])
            assert post.is_live
        newest = NewsPost.objects.order_by("-publish_from").first()
        assert now - newest.publish_from < timedelta(days=31)

        years = set(ImprintStatus.objects.values_list("year", flat=True))
        assert moment.year in years and years <= {moment.year, moment.year - 1}


# --- wording --------------------------------------------------------------------------------


def test_no_text_promises_a_feature_that_is_not_there():
    for area, content in data().items():
        for value in values(content):
            if isinstance(value, str):
                assert not PROMISES.search(" ".join(value.split())), (area, value)
