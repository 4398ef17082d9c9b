"""Search that forgives: ae/oe/aa for æ/ø/å, "Mente du …?", people by name, hashtags, a count
and pages, a fixed number of queries, and what search engines are told."""

import re

import pytest
from django.core.management import call_command
from django.test import Client

from pages.models import SearchWord
from pages.search import rebuild_search_words
from tests.factories import (
    AllianceMemberFactory,
    InitiativeFactory,
    NewsPostFactory,
)

pytestmark = pytest.mark.django_db


def search(client, query, **params):
    response = client.get("/soeg/", {"q": query, **params})
    assert response.status_code == 200
    return response.context["results"], response.content.decode()


def titles(results):
    return [hit.title for hit in results]


def test_ae_oe_aa_find_the_danish_letters_and_back(client):
    InitiativeFactory(title="Frivillige oplæsere", summary="Vores læseheste besøger mødregrupper.")
    InitiativeFactory(title="Gammel stavemåde", summary="Besøg i Aalborg og Roskilde.")
    results, html = search(client, "laesehest")
    assert titles(results) == ["Frivillige oplæsere"]
    # The excerpt still shows the Danish word, highlighted.
    assert "<mark>læseheste</mark>" in html
    assert titles(search(client, "moedregrupper")[0]) == ["Frivillige oplæsere"]
    # A Danish query finds text written without the letters too.
    assert titles(search(client, "Ålborg")[0]) == ["Gammel stavemåde"]


def test_danish_queries_still_use_the_danish_stemmer(client):
    InitiativeFactory(title="Læseheste", summary="Læsehestene læser højt.")
    assert titles(search(client, "læsehest")[0]) == ["Læseheste"]


def test_a_misspelling_gets_a_suggestion_that_finds_results(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        InitiativeFactory(title="Frivillige Læseheste", summary="Bliv læsehest i Lejre.")
    results, html = search(client, "læshest")
    assert list(results) == []
    assert results.suggestion == "læsehest"
    assert "Mente du:" in html
    link = re.search(r'Mente du: <a href="([^"]+)">læsehest</a>\?', html)
    assert link, html
    followed = client.get(link.group(1).replace("&amp;", "&"))
    assert titles(followed.context["results"]) == ["Frivillige Læseheste"]


def test_no_suggestion_when_the_words_are_right_or_nothing_is_close(client):
    InitiativeFactory(title="Læseheste")
    rebuild_search_words()
    assert search(client, "læsehest")[0].suggestion is None
    assert search(client, "xyzzy")[0].suggestion is None


def test_words_of_drafts_are_never_suggested(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        InitiativeFactory(title="Hemmeligholdelsesaftale", status="draft")
    assert not SearchWord.objects.filter(word__startswith="hemmelig").exists()
    assert search(client, "hemmeligholdelsesaftal")[0].suggestion is None


def test_the_words_follow_the_content(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        initiative = InitiativeFactory(title="Sommerlæsning")
    assert SearchWord.objects.filter(word="sommerlæsning").exists()
    with django_capture_on_commit_callbacks(execute=True):
        initiative.delete()
    assert not SearchWord.objects.filter(word="sommerlæsning").exists()


def test_alliance_members_are_found_by_name(client):
    member = AllianceMemberFactory(
        name="Burak Ulrik Ulucan", title="Formand", organisation="Lejre Kommune", role="chair"
    )
    results, _ = search(client, "Burak")
    assert [(hit.title, hit.url) for hit in results] == [
        ("Burak Ulrik Ulucan", f"/alliancen/#medlem-{member.pk}")
    ]
    # The link leads to the member on the alliance page.
    assert f'id="medlem-{member.pk}"' in client.get("/alliancen/").content.decode()


def test_a_hashtag_name_is_found_with_or_without_the_hash(client):
    InitiativeFactory(title="#Ungebussen", summary="#Ungebussen kører rundt til skolerne.")
    NewsPostFactory(title="Nyt fra bussen", body="<p>Da #Ungebussen holdt ved skolen …</p>")
    assert set(titles(search(client, "Ungebussen")[0])) == {"#Ungebussen", "Nyt fra bussen"}
    assert set(titles(search(client, "#Ungebussen")[0])) == {"#Ungebussen", "Nyt fra bussen"}


def test_results_have_a_count_and_pages_of_ten(client):
    for number in range(23):
        InitiativeFactory(title=f"Læsegruppe {number}", summary="Højtlæsning for de mindste")
    results, html = search(client, "højtlæsning")
    assert results.count == 23 and len(results) == 10
    assert "23 resultater for »højtlæsning«" in html
    assert "Side 1 af 3" in html
    third, html = search(client, "højtlæsning", side=3)
    assert len(third) == 3
    seen = set(titles(results)) | set(titles(search(client, "højtlæsning", side=2)[0]))
    assert seen.isdisjoint(titles(third)) and len(seen) == 20


def test_excerpts_are_made_only_for_the_rows_on_the_page(client, django_assert_num_queries):
    for number in range(15):
        InitiativeFactory(title=f"Oplæsning {number}", body="<p>Oplæsning i biblioteket</p>")
    results, _ = search(client, "oplæsning")
    assert all("<mark>" in str(hit.excerpt) for hit in results)
    assert len(results) == 10


@pytest.mark.parametrize("matches", [5, 200])
def test_search_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, matches):
    from initiatives.models import Initiative

    InitiativeFactory.create_batch(matches, summary="Fællesskab for alle")
    call_command("update_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Initiative.objects.count() == matches
    client.get("/soeg/")  # the footer's rows, read once per content version
    # Rank (1), excerpts for the page's one kind (1), the popularity marker is a cache call.
    with django_assert_max_num_queries(3):
        results, _ = search(client, "fællesskab")
    assert results.count == matches


def test_search_pages_carry_noindex_and_their_own_description(client):
    html = client.get("/soeg/", {"q": "læsehest"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert 'content="Søgeresultater for »læsehest« på +DIG' in html


@pytest.mark.parametrize(
    ("url", "noindex"),
    [
        ("/initiativer/", False),
        ("/initiativer/?spor=relationer", True),
        ("/initiativer/?alder=0-5", True),
        ("/nyheder/", False),
        ("/arrangementer/", False),
        ("/indsatsspor/", False),
    ],
)
def test_list_pages_carry_a_canonical_link_and_noindex_when_filtered(
    client, settings, url, noindex
):
    html = client.get(url).content.decode()
    path = url.split("?")[0]
    assert f'<link rel="canonical" href="{settings.SITE_URL}{path}">' in html
    assert ('<meta name="robots" content="noindex">' in html) == noindex
    default = "+DIG er Lejres alliance for børn og unges trivsel"
    assert f'<meta name="description" content="{default}' not in html


def test_a_popular_query_is_served_from_the_page_cache(django_assert_num_queries):
    InitiativeFactory(title="Læseheste")
    visitor = Client()
    first = visitor.get("/soeg/", {"q": "læsehest"})
    second = visitor.get("/soeg/", {"q": "læsehest"})  # asked again: now worth a copy
    with django_assert_num_queries(0):
        third = visitor.get("/soeg/", {"q": "læsehest"})
    assert first.content == second.content == third.content


def test_a_query_asked_once_is_not_stored(django_assert_num_queries):
    from django.core.cache import cache

    from core.cache import _ENTRY_PREFIX

    visitor = Client()
    visitor.get("/soeg/", {"q": "engangsord"})
    keys = cache.keys(_ENTRY_PREFIX + "*") if hasattr(cache, "keys") else None
    if keys is not None:
        assert keys == []
    # Rendered again, not served from a copy.
    with django_assert_num_queries(1):
        visitor.get("/soeg/", {"q": "engangsord2"})


@pytest.mark.parametrize(
    "query",
    ["", " ", "!!!", "'; DROP TABLE x; --", "😀", "a & !b | (c <-> d)", "ø" * 10_000, "a\x00b"],
)
def test_bad_input_never_fails(client, query):
    response = client.get("/soeg/", {"q": query})
    assert response.status_code == 200


def test_the_demo_content_finds_what_a_person_means(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    hits = titles(search(client, "laesehest")[0])
    assert "Frivillige Læseheste" in hits
    results, html = search(client, "læshest")
    assert results.suggestion == "læsehest"
    assert titles(search(client, "Burak")[0]) == ["Burak Ulrik Ulucan"]
    ungebussen = titles(search(client, "Ungebussen")[0])
    assert "#Ungebussen" in ungebussen
    assert "#Ungebussen: 500 unge har sagt deres mening" in ungebussen
