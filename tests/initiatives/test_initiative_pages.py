"""The public pages of initiatives, news and events."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import EventFactory, InitiativeFactory, NewsPostFactory, TrackFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["initiative", "news", "event"])
def test_detail_pages_answer(client, content, kind):
    item = content[kind]
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    assert f">{item.title}</h1>" in response.content.decode()


def test_events_list_upcoming_before_past(client, content):
    EventFactory(title="Kick-off i Hvalsø", starts_at=timezone.now() - timedelta(days=400))
    html = client.get("/arrangementer/").content.decode()
    assert (
        html.index("Læsehest-aften")
        < html.index("Tidligere arrangementer")
        < html.index("Kick-off i Hvalsø")
    )


def test_news_list_is_paginated(client):
    NewsPostFactory.create_batch(12)
    first = client.get("/nyheder/").content.decode()
    assert "Side 1 af 2" in first and 'rel="next"' in first
    assert "Side 2 af 2" in client.get("/nyheder/?side=2").content.decode()
    # Malformed and huge page numbers give a valid page (the last, the first), not an error.
    huge = client.get("/nyheder/?side=999999")
    assert huge.status_code == 200 and "Side 2 af 2" in huge.content.decode()
    malformed = client.get("/nyheder/?side=abc")
    assert malformed.status_code == 200 and "Side 1 af 2" in malformed.content.decode()


def test_unpublished_items_stay_out_of_lists(client):
    InitiativeFactory(title="Offentligt initiativ")
    InitiativeFactory(title="Hemmeligt udkast", status="draft")
    InitiativeFactory(title="Kommer senere", publish_from=timezone.now() + timedelta(days=1))
    html = client.get("/initiativer/").content.decode()
    assert "Offentligt initiativ" in html
    assert "Hemmeligt udkast" not in html and "Kommer senere" not in html


def test_initiatives_filter_by_track_and_age_group(client):
    small = TrackFactory(title="Småbørn")
    youth = TrackFactory(title="Unge")
    InitiativeFactory(title="Læsning for de mindste", tracks=[small], age_from=2, age_to=6)
    InitiativeFactory(title="Ungebussen", tracks=[youth], age_from=13, age_to=17)

    by_track = client.get(f"/initiativer/?spor={small.slug}").content.decode()
    assert "Læsning for de mindste" in by_track and "Ungebussen" not in by_track

    by_age = client.get("/initiativer/?alder=13-17").content.decode()
    assert "Ungebussen" in by_age and "Læsning for de mindste" not in by_age

    both = client.get(f"/initiativer/?alder=0-5&spor={youth.slug}").content.decode()
    assert "Ingen initiativer passer" in both

    # Unknown values are ignored, so an old or mistyped link still shows every initiative.
    unknown = client.get("/initiativer/?alder=99-100&spor=findes-ikke").content.decode()
    assert "Ungebussen" in unknown and "Læsning for de mindste" in unknown


def test_initiative_list_paginates_and_keeps_the_filters(client):
    track = TrackFactory(title="Småbørn")
    for number in range(30):
        InitiativeFactory(title=f"Læseinitiativ {number:02}", tracks=[track], age_from=2, age_to=6)
    html = client.get(f"/initiativer/?spor={track.slug}&alder=0-5").content.decode()
    assert "Side 1 af 2" in html
    assert f"?spor={track.slug}&amp;alder=0-5&amp;side=2" in html
    second = client.get(f"/initiativer/?spor={track.slug}&alder=0-5&side=2").content.decode()
    assert "Læseinitiativ 29" in second and "Læseinitiativ 00" not in second


def test_english_version_uses_translation_and_falls_back_to_danish(client):
    InitiativeFactory(title="Lejre Læser", title_en="Lejre Reads", slug="lejre-laeser")
    InitiativeFactory(title="Kun på dansk", slug="kun-dansk")
    html = client.get("/en/initiativer/").content.decode()
    assert '<html lang="en">' in html
    assert "Lejre Reads" in html and "Kun på dansk" in html
    assert "Lejre Læser" not in html  # the translation replaces the Danish title
    assert "Initiatives" in html  # the UI itself is translated


def test_danish_fallback_text_on_english_pages_is_marked_danish(client):
    translated = InitiativeFactory(
        title="Lejre Læser", title_en="Lejre Reads", summary_en="Reading"
    )
    untranslated = InitiativeFactory(title="Kun på dansk", summary="Kun dansk resumé")
    listing = client.get("/en/initiativer/").content.decode()
    assert '<h3 lang="da"><a href="/en/initiativer/kun-paa-dansk/">Kun på dansk</a>' in listing
    assert '<h3><a href="/en/initiativer/lejre-laeser/">Lejre Reads</a>' in listing
    detail = client.get(f"/en/initiativer/{untranslated.slug}/").content.decode()
    assert '<h1 lang="da">Kun på dansk</h1>' in detail
    danish = client.get(translated.get_absolute_url()).content.decode()
    # On Danish pages nothing is marked: the page itself is Danish.
    assert '<h1 lang="da">' not in danish and 'class="lead" lang="da"' not in danish
