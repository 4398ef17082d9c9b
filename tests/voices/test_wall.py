"""The wall: approved cards only, newest first, filters as links, nothing for small groups,
cached and cleared on approval."""

import pytest
from django.test import Client

from voices.models import Postcard
from voices.services import postcard_approve, postcard_submit

pytestmark = pytest.mark.django_db

URL = "/unge/vaeggen/"


def approved(n, **fields):
    cards = []
    for i in range(n):
        card = postcard_submit(text=f"Kort {'-'.join(map(str, fields.values()))} nr. {i}", **fields)
        postcard_approve(card.pk)
        cards.append(card)
    return cards


def test_only_approved_cards_newest_first(client, schools):
    cards = approved(5, theme="skole")
    postcard_submit(text="Venter stadig")
    page = client.get(URL).content.decode()
    assert "Venter stadig" not in page
    positions = [page.index(c.text) for c in cards]
    assert positions == sorted(positions, reverse=True)


def test_a_filter_with_fewer_than_five_cards_shows_none(client, schools):
    approved(5, theme="skole", school=schools[0], age_band="13-15")
    approved(3, theme="fritid", school=schools[0], age_band="13-15")
    approved(4, theme="fritid", school=schools[0], age_band="16-18")
    page = client.get(URL).content.decode()
    assert page.count('class="postcard"') == 8  # not the four from a group of four
    page = client.get(f"{URL}?tema=skole").content.decode()
    assert page.count('class="postcard"') == 5
    page = client.get(f"{URL}?tema=fritid").content.decode()
    assert page.count('class="postcard"') == 0 and "for få postkort" in page
    page = client.get(f"{URL}?skole={schools[0].pk}&alder=16-18").content.decode()
    assert page.count('class="postcard"') == 0
    page = client.get(f"{URL}?skole={schools[0].pk}&alder=13-15&tema=skole").content.decode()
    assert page.count('class="postcard"') == 5


def test_no_card_from_a_small_group_shows_whatever_the_filters(client, schools):
    """Each card shows its school and age band: the unfiltered wall, or any filter that holds
    enough cards, must not show the one card from a school and age band that few share."""
    approved(5, theme="skole", school=schools[0], age_band="13-15")
    approved(5, theme="droem", age_band="o18")
    lone = postcard_submit(text="Kun mig", school=schools[1], age_band="o18", theme="droem")
    postcard_approve(lone.pk)
    queries = [
        "",
        "?tema=droem",
        "?alder=o18",
        f"?skole={schools[1].pk}",
        f"?skole={schools[1].pk}&alder=o18&tema=droem",
    ]
    for query in queries:
        page = client.get(URL + query).content.decode()
        assert "Kun mig" not in page, query
        assert "Hvalsø Skole · 19 år" not in page, query
    assert client.get(URL).content.decode().count('class="postcard"') == 10
    approved(4, theme="skole", school=schools[1], age_band="o18")  # now a group of five
    assert "Kun mig" in client.get(f"{URL}?alder=o18&tema=droem").content.decode()  # not cached


def test_too_few_cards_in_all_shows_none_with_a_kind_word(client):
    approved(4)
    page = client.get(URL).content.decode()
    assert 'class="postcard"' not in page and "mindst fem" in page


def test_filters_are_links_that_combine(client, schools):
    page = client.get(f"{URL}?tema=skole").content.decode()
    assert f'href="?tema=skole&amp;skole={schools[0].pk}"' in page
    assert 'href="./" aria-current="true"' in page  # choosing it again takes it away


@pytest.mark.parametrize("query", ["?tema=<script>", "?skole=abc", "?alder=99", "?skole=1%00"])
def test_unknown_filter_values_are_ignored_not_500(client, query):
    response = client.get(URL + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[-1]


def test_approval_shows_on_the_cached_wall_at_once(
    client, schools, django_capture_on_commit_callbacks
):
    approved(5)
    assert client.get(URL).content.decode().count('class="postcard"') == 5
    assert client.get(URL).content.decode().count('class="postcard"') == 5  # now from the cache
    card = postcard_submit(text="Det nyeste kort")
    assert "Det nyeste kort" not in client.get(URL).content.decode()
    moderator = Client()
    from tests.factories import RoleUserFactory

    moderator.force_login(RoleUserFactory(roles=["moderator"]))
    with django_capture_on_commit_callbacks(execute=True):
        moderator.post(f"/unge/moderation/{card.pk}/", {"action": "approve", "text": card.text})
    assert "Det nyeste kort" in client.get(URL).content.decode()


def test_an_anonymous_postcard_does_not_clear_the_page_cache(client):
    from django.core.cache import cache

    from core.cache import VERSION_KEY

    client.get("/")
    before = cache.get(VERSION_KEY)
    client.post("/unge/", {"text": "Hej med jer"})
    assert Postcard.objects.count() == 1
    assert cache.get(VERSION_KEY) == before


@pytest.mark.parametrize("path", [URL, "/unge/ungebussen/", "/unge/sadan-laeser-vi-postkortene/"])
def test_public_pages_use_a_fixed_number_of_queries(client, django_assert_max_num_queries, path):
    approved(30)
    with django_assert_max_num_queries(8):
        assert client.get(path).status_code == 200


def test_public_pages_are_listed_in_the_sitemap(client):
    page = client.get("/sitemap.xml").content.decode()
    for path in (
        "/unge/",
        "/unge/vaeggen/",
        "/unge/ungebussen/",
        "/unge/sadan-laeser-vi-postkortene/",
    ):
        assert path in page


def test_the_policy_says_small_groups_wait(client):
    page = client.get("/en/unge/sadan-laeser-vi-postkortene/").content.decode()
    assert "from the same school and age group" in page
