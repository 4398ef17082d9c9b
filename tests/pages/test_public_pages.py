"""The public site as an anonymous visitor and as staff previewing unpublished content."""

from datetime import timedelta

import pytest
from django.utils import timezone

from pages.models import Page
from tests.factories import (
    AllianceMemberFactory,
    EventFactory,
    GoalFactory,
    ImprintFactory,
    InitiativeFactory,
    NewsPostFactory,
    PageFactory,
    PartnerFactory,
    SecretariatContactFactory,
    TrackFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    track = TrackFactory(title="Relationer i den tidlige barndom")
    goal = GoalFactory(track=track, title="Flere børn hører højtlæsning hver dag")
    ImprintFactory(goal=goal, text="Alle daginstitutioner bruger læsebarometeret")
    initiative = InitiativeFactory(title="Lejre Læser", tracks=[track], age_from=2, age_to=6)
    news = NewsPostFactory(title="Åbent værksted")
    news.initiatives.add(initiative)
    event = EventFactory(title="Læsehest-aften")
    event.initiatives.add(initiative)
    for key in Page.Key.values:
        PageFactory(key=key, title=f"Side {key}")
    AllianceMemberFactory(name="Burak Ulrik Ulucan", role="chair")
    AllianceMemberFactory(name="Peter Roland Christensen", role="vice_chair")
    AllianceMemberFactory(name="Jan Dehn", is_current=False)
    PartnerFactory(name="Helsefonden", is_founding_partner=True)
    SecretariatContactFactory(name="Sine Jung Gormsen")
    return {"track": track, "initiative": initiative, "news": news, "event": event}


PUBLIC_URLS = [
    "/",
    "/indsatsspor/",
    "/initiativer/",
    "/nyheder/",
    "/arrangementer/",
    "/alliancen/",
    "/om/",
    "/kontakt/",
    "/privatliv/",
    "/tilgaengelighed/",
    "/bliv-frivillig/",
    "/soeg/?q=l%C3%A6ser",
    "/sitemap.xml",
    "/robots.txt",
]


LANGUAGE_NEUTRAL = ("/sitemap.xml", "/robots.txt")


@pytest.mark.parametrize(
    "url", PUBLIC_URLS + ["/en" + u for u in PUBLIC_URLS if u not in LANGUAGE_NEUTRAL]
)
def test_every_public_url_answers(client, content, url):
    assert client.get(url).status_code == 200


def test_detail_pages_answer(client, content):
    for item in content.values():
        response = client.get(item.get_absolute_url())
        assert response.status_code == 200
        assert item.title in response.content.decode()


def test_html_pages_have_one_h1_lang_and_no_inline_style_or_script(client, content):
    urls = [u for u in PUBLIC_URLS if not u.endswith((".xml", ".txt"))]
    urls += [item.get_absolute_url() for item in content.values()]
    for url in urls:
        html = client.get(url).content.decode()
        assert html.count("<h1") == 1, url
        assert '<html lang="da">' in html, url
        assert "style=" not in html and "<style" not in html, url
        assert "<script" not in html, url
        assert 'href="#indhold"' in html and 'id="indhold"' in html, url


def test_alliance_page_marks_chair_vice_chair_and_former(client, content):
    html = client.get("/alliancen/").content.decode()
    assert "Formand" in html and "Næstformand" in html
    current, former = html.split("Tidligere medlemmer")
    assert "Burak Ulrik Ulucan" in current
    assert "Jan Dehn" in former and "Jan Dehn" not in current
    assert "Helsefonden" in html and "Sine Jung Gormsen" in html


def test_front_page_shows_tracks_events_news_and_volunteering(client, content):
    content["initiative"].is_featured = True
    content["initiative"].save()
    html = client.get("/").content.decode()
    for text in (
        "Relationer i den tidlige barndom",
        "Lejre Læser",
        "Læsehest-aften",
        "Åbent værksted",
    ):
        assert text in html
    assert 'href="/bliv-frivillig/"' in html


def test_track_page_lists_goals_imprints_and_initiatives(client, content):
    html = client.get(content["track"].get_absolute_url()).content.decode()
    assert "Flere børn hører højtlæsning hver dag" in html
    assert "Alle daginstitutioner bruger læsebarometeret" in html
    assert "Lejre Læser" in html


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
    assert client.get("/nyheder/?side=2").status_code == 200
    # Malformed and huge page numbers give a valid page, not an error.
    assert client.get("/nyheder/?side=999999").status_code == 200
    assert client.get("/nyheder/?side=abc").status_code == 200


@pytest.mark.parametrize(
    "factory", [TrackFactory, InitiativeFactory, NewsPostFactory, EventFactory]
)
def test_unpublished_and_scheduled_items_are_hidden_but_staff_can_preview(
    client, staff_client, factory
):
    draft = factory(status="draft")
    scheduled = factory(publish_from=timezone.now() + timedelta(hours=2))
    for item in (draft, scheduled):
        assert client.get(item.get_absolute_url()).status_code == 404
        preview = staff_client.get(item.get_absolute_url())
        assert preview.status_code == 200
        assert "Forhåndsvisning" in preview.content.decode()


def test_unpublished_items_stay_out_of_lists(client):
    InitiativeFactory(title="Hemmeligt udkast", status="draft")
    InitiativeFactory(title="Kommer senere", publish_from=timezone.now() + timedelta(days=1))
    html = client.get("/initiativer/").content.decode()
    assert "Hemmeligt udkast" not in html and "Kommer senere" not in html


def test_unpublished_page_is_404(client):
    PageFactory(key=Page.Key.PRIVACY, status="draft")
    assert client.get("/privatliv/").status_code == 404


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


def test_english_version_uses_translation_and_falls_back_to_danish(client):
    InitiativeFactory(title="Lejre Læser", title_en="Lejre Reads", slug="lejre-laeser")
    InitiativeFactory(title="Kun på dansk", slug="kun-dansk")
    html = client.get("/en/initiativer/").content.decode()
    assert '<html lang="en">' in html
    assert "Lejre Reads" in html and "Kun på dansk" in html
    assert "Initiatives" in html  # the UI itself is translated


def test_language_switch_is_plain_links_to_the_same_page(client, content):
    html = client.get("/initiativer/").content.decode()
    assert 'href="/en/initiativer/"' in html and 'href="/initiativer/"' in html
    assert "/i18n/setlang" not in html


def test_missing_page_is_a_danish_404(client):
    response = client.get("/findes-ikke/")
    assert response.status_code == 404
    assert "Siden findes ikke" in response.content.decode()


def test_robots_names_the_sitemap_and_sitemap_lists_content(client, content):
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert content["initiative"].get_absolute_url() in sitemap
    assert "/en/initiativer/" in sitemap


def test_rich_text_is_sanitised_on_save():
    initiative = InitiativeFactory(
        body='<p onclick="steal()">Hej <strong>med</strong> dig<script>alert(1)</script></p>'
        '<a href="javascript:alert(1)">link</a><iframe src="x"></iframe>'
    )
    initiative.refresh_from_db()
    assert "<strong>med</strong>" in initiative.body
    for bad in ("onclick", "<script", "javascript:", "<iframe"):
        assert bad not in initiative.body


def test_server_error_page_is_danish_and_needs_no_database(rf, django_assert_num_queries):
    from core.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Der skete en fejl" in response.content.decode()


def test_initiative_list_paginates_and_keeps_the_filters(client):
    track = TrackFactory(title="Småbørn")
    for number in range(30):
        InitiativeFactory(title=f"Læseinitiativ {number:02}", tracks=[track], age_from=2, age_to=6)
    html = client.get(f"/initiativer/?spor={track.slug}&alder=0-5").content.decode()
    assert "Side 1 af 2" in html
    assert f"?spor={track.slug}&amp;alder=0-5&amp;side=2" in html
    second = client.get(f"/initiativer/?spor={track.slug}&alder=0-5&side=2").content.decode()
    assert "Læseinitiativ 29" in second and "Læseinitiativ 00" not in second


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
