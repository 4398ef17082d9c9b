"""The public site as a whole (every page, the shared layout, errors, robots and sitemap) and the
pages app's own pages. Each content app's pages are tested in its own folder."""

import pytest

from pages.models import Page
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db


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


def test_unpublished_page_is_404(client):
    PageFactory(key=Page.Key.PRIVACY, status="draft")
    assert client.get("/privatliv/").status_code == 404


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


def test_server_error_page_is_danish_and_needs_no_database(rf, django_assert_num_queries):
    from core.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Der skete en fejl" in response.content.decode()
