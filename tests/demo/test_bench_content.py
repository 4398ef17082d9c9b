"""`manage.py load_bench_content`: the benchmark's realistic amount of published content."""

from io import StringIO
from urllib.parse import quote

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from initiatives.models import Event, Initiative, NewsPost
from tracks.models import Track

pytestmark = pytest.mark.django_db

BENCH_MODELS = {"initiatives": Initiative, "news": NewsPost, "events": Event}


def load(**counts: int) -> str:
    out = StringIO()
    call_command("load_bench_content", *[f"--{k}={v}" for k, v in counts.items()], stdout=out)
    return out.getvalue()


def bench_counts() -> dict[str, int]:
    return {
        name: model.objects.filter(slug__startswith="bench-").count()
        for name, model in BENCH_MODELS.items()
    }


def test_creates_the_requested_counts_of_live_linked_content():
    load(initiatives=400, news=400, events=150)
    assert bench_counts() == {"initiatives": 400, "news": 400, "events": 150}
    for model in BENCH_MODELS.values():
        rows = model.objects.filter(slug__startswith="bench-")
        assert rows.published().count() == rows.count(), model
        assert not rows.filter(tracks=None).exists(), model
        assert not rows.filter(title_da="").exists() and not rows.filter(title_en="").exists()
    for model in (NewsPost, Event):
        assert not model.objects.filter(slug__startswith="bench-", initiatives=None).exists()
    # The demo content comes first: the bench rows hang on its five tracks.
    assert Track.objects.count() == 5
    assert Initiative.objects.filter(slug="frivillige-laeseheste").exists()
    events = Event.objects.filter(slug__startswith="bench-")
    upcoming = events.filter(starts_at__gte=timezone.now())
    assert 0 < upcoming.count() < events.count()


def test_second_run_creates_nothing_and_a_larger_count_only_adds():
    load(initiatives=8, news=6, events=4)
    first = bench_counts()
    output = load(initiatives=8, news=6, events=4)
    assert bench_counts() == first
    assert "I alt: 0 oprettet." in output
    load(initiatives=10, news=6, events=5)
    assert bench_counts() == {"initiatives": 10, "news": 6, "events": 5}


def test_refuses_a_negative_count():
    with pytest.raises(CommandError):
        load(initiatives=-1)


def test_pages_still_answer_with_the_bench_content(client, django_capture_on_commit_callbacks):
    # The list was cached before the load; the command clears the page cache once committed.
    assert client.get("/initiativer/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        load(initiatives=30, news=30, events=12)
    initiative = Initiative.objects.get(slug="bench-initiativ-0007")
    news = NewsPost.objects.get(slug="bench-nyhed-0003")
    event = Event.objects.get(slug="bench-arrangement-0002")

    listing = client.get("/initiativer/")
    assert listing.status_code == 200
    assert "/initiativer/bench-initiativ-" in listing.content.decode()
    for url in (
        "/",
        "/en/",
        initiative.get_absolute_url(),
        "/nyheder/",
        news.get_absolute_url(),
        "/arrangementer/",
        event.get_absolute_url(),
        "/indsatsspor/",
    ):
        assert client.get(url).status_code == 200, url

    search = client.get("/soeg/?q=" + quote("læsehest"))
    assert search.status_code == 200
    assert "/initiativer/bench-initiativ-" in search.content.decode()
