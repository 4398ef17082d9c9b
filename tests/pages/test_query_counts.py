"""Every public page runs the same small number of queries with 5 items as with 500."""

import re
from datetime import timedelta

import pytest
from django.contrib.sites.models import Site
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alliance.models import AllianceMember, Partner
from core.registry import content
from core.search_index import update_search_vectors
from initiatives.models import Event, Initiative, NewsPost
from pages.models import Page
from tests.factories import PageFactory
from tracks.models import Goal, Imprint, Track

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10


def fill(amount: int) -> None:
    """`amount` of everything, each initiative, post and event linked to every track."""
    past = timezone.now() - timedelta(days=1)
    published = {"status": "published", "publish_from": past}
    start = Track.objects.count()
    tracks = Track.objects.bulk_create(
        Track(title=f"Spor {i}", slug=f"spor-{i}", short_description="Kort", **published)
        for i in range(start, start + min(amount, 8))
    )
    goals = Goal.objects.bulk_create(Goal(track=t, title="Mål") for t in tracks for _ in range(3))
    Imprint.objects.bulk_create(Imprint(goal=g, text="Aftryk") for g in goals for _ in range(3))
    partners = Partner.objects.bulk_create(
        Partner(name=f"Partner {start}-{i}") for i in range(min(amount, 20))
    )
    start = Initiative.objects.count()
    initiatives = Initiative.objects.bulk_create(
        Initiative(
            title=f"Initiativ {i}",
            slug=f"initiativ-{i}",
            summary="Resumé",
            is_featured=True,
            **published,
        )
        for i in range(start, start + amount)
    )
    posts = NewsPost.objects.bulk_create(
        NewsPost(title=f"Nyhed {i}", slug=f"nyhed-{i}", summary="Resumé", **published)
        for i in range(start, start + amount)
    )
    soon = timezone.now() + timedelta(days=3)
    events = Event.objects.bulk_create(
        Event(
            title=f"Arrangement {i}",
            slug=f"arrangement-{i}",
            summary="Resumé",
            starts_at=soon + timedelta(hours=i) * (1 if i % 2 else -100),
            location="Hvalsø",
            **published,
        )
        for i in range(start, start + amount)
    )
    for model, items in ((Initiative, initiatives), (NewsPost, posts), (Event, events)):
        through = model.tracks.through
        through.objects.bulk_create(
            through(**{f"{model._meta.model_name}_id": item.pk, "track_id": track.pk})
            for item in items
            for track in tracks
        )
    Initiative.partners.through.objects.bulk_create(
        Initiative.partners.through(initiative_id=i.pk, partner_id=p.pk)
        for i in initiatives
        for p in partners
    )
    for through, field in (
        (NewsPost.initiatives.through, "newspost_id"),
        (Event.initiatives.through, "event_id"),
    ):
        through.objects.bulk_create(
            through(**{field: item.pk, "initiative_id": initiatives[0].pk})
            for item in (posts if field == "newspost_id" else events)
        )
    members = AllianceMember.objects.bulk_create(
        AllianceMember(name=f"Medlem {i}", title="Titel", is_current=bool(i % 3))
        for i in range(amount)
    )
    # bulk_create sends no post_save, so the rows get their search documents here, as a save
    # would give them: the search row below must find what was planted.
    for model, rows in (
        (Track, tracks),
        (Initiative, initiatives),
        (NewsPost, posts),
        (Event, events),
        (AllianceMember, members),
    ):
        update_search_vectors(model, content.search_fields(model), pks=[row.pk for row in rows])


PAGES = [
    "/",
    "/indsatsspor/",
    "/indsatsspor/spor-0/",
    "/initiativer/",
    "/initiativer/?spor=spor-0&alder=6-12",
    "/initiativer/initiativ-0/",
    "/nyheder/",
    "/nyheder/nyhed-0/",
    "/arrangementer/",
    "/arrangementer/arrangement-0/",
    "/alliancen/",
    "/om/",
    "/kontakt/",
    "/soeg/?q=initiativ",
    "/en/initiativer/",
    "/sitemap.xml",
]


def count_queries(client, url: str) -> int:
    cache.clear()  # measure the page itself, not the page cache
    # The sitemap names the Site, which a process loads once; pytest-django forgets it per test.
    Site.objects.get_current()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def search_results(client, url: str) -> str:
    cache.clear()
    return re.search(r'<h2 id="results-heading">(.*?)</h2>', client.get(url).content.decode())[1]


def test_public_pages_run_a_fixed_small_number_of_queries(client):
    for key in (Page.Key.ABOUT, Page.Key.CONTACT, Page.Key.VISION):
        PageFactory(key=key)
    fill(5)
    # The search row counts a search that finds (a page of) what was planted, not an empty one.
    assert search_results(client, "/soeg/?q=initiativ") == "5 resultater for »initiativ«"
    few = {url: count_queries(client, url) for url in PAGES}
    fill(495)
    assert search_results(client, "/soeg/?q=initiativ") == "500 resultater for »initiativ«"
    many = {url: count_queries(client, url) for url in PAGES}
    assert many == few
    assert max(many.values()) <= MAX_QUERIES, many


def test_cached_page_needs_no_query(client, django_assert_num_queries):
    fill(5)
    client.get("/initiativer/")
    with django_assert_num_queries(0):
        assert client.get("/initiativer/").status_code == 200
