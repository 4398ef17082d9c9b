"""The identity, the help path and the footer on every page; /was, /favicon.ico, Open Graph tags;
Danish dates, numbers, prices, map links and age ranges."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import Context, Template
from django.utils import translation

from pages.models import HelpLine
from tests.factories import EventFactory, InitiativeFactory
from tests.pages.test_public_pages import LANGUAGE_NEUTRAL, PUBLIC_URLS

pytestmark = pytest.mark.django_db

HTML_URLS = [u for u in PUBLIC_URLS if u not in LANGUAGE_NEUTRAL]
HEADING = {"": "Er du bekymret for et barn?", "/en": "Are you worried about a child?"}


@pytest.fixture
def help_lines(db):
    HelpLine.objects.create(
        name_da="BørneTelefonen",
        name_en="BørneTelefonen (the children's helpline)",
        number="116 111",
        audience=HelpLine.Audience.YOUNG,
        hours_da="Hele døgnet",
        hours_en="Day and night",
    )
    HelpLine.objects.create(
        name_da="Alarm 112", name_en="Emergency 112", number="112", is_emergency=True
    )


@pytest.mark.parametrize("lang", ["", "/en"])
def test_help_path_and_footer_are_on_every_public_page(client, content, help_lines, lang):
    for url in HTML_URLS:
        html = client.get(lang + url).content.decode()
        assert HEADING[lang] in html, lang + url
        assert 'href="tel:116111"' in html and 'href="tel:112"' in html, lang + url
        # The footer: the secretariat's contact, the partners, the accessibility statement.
        assert "Sine Jung Gormsen" in html and "Helsefonden" in html, lang + url
        statement = "Tilgængelighedserklæring" if not lang else "Accessibility statement"
        assert statement in html, lang + url
    english = client.get("/en/kontakt/").content.decode()
    assert "Day and night" in english and "For children and young people" in english


def test_contact_page_has_the_help_path_in_its_own_text_too(client, content, help_lines):
    html = client.get("/kontakt/").content.decode()
    assert html.count("Er du bekymret for et barn?") == 2
    assert 'id="contact-help-heading"' in html and 'id="help-path-heading"' in html


def test_help_path_without_help_lines_still_points_to_112(client, content):
    html = client.get("/").content.decode()
    assert "Er et barn i akut fare, så ring 112." in html


def test_editing_a_help_line_shows_on_cached_pages(
    client, content, help_lines, django_capture_on_commit_callbacks
):
    assert "116 111" in client.get("/om/").content.decode()
    line = HelpLine.objects.get(number="116 111")
    line.hours_da = "Døgnet rundt, også i weekenden"
    with django_capture_on_commit_callbacks(execute=True):
        line.save()
    assert "Døgnet rundt, også i weekenden" in client.get("/om/").content.decode()


def test_was_goes_to_the_own_page_while_no_statement_is_published(client, content, settings):
    settings.ACCESSIBILITY_STATEMENT_URL = ""
    response = client.get("/was")
    assert response.status_code == 302 and response["Location"] == "/tilgaengelighed/"
    html = client.get("/tilgaengelighed/").content.decode()
    assert "WAS-tool" in html


def test_was_redirects_to_the_statement_when_it_is_set(client, content, settings):
    address = "https://www.was.digst.dk/plusdig-lejre-dk"
    settings.ACCESSIBILITY_STATEMENT_URL = address
    response = client.get("/was")
    assert response.status_code == 302 and response["Location"] == address


def test_favicon_ico_is_an_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"


def test_open_graph_and_twitter_tags_name_the_page(client, content, settings):
    settings.SITE_URL = "https://plusdig.example.dk"
    event = content["event"]
    html = client.get(event.get_absolute_url()).content.decode()
    assert f'<meta property="og:title" content="{event.title}">' in html
    assert '<meta property="og:description" content="Kom og vær med.">' in html
    url = f"https://plusdig.example.dk{event.get_absolute_url()}"
    assert f'<meta property="og:url" content="{url}">' in html
    assert 'content="https://plusdig.example.dk/static/img/og-image.png"' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="og:locale" content="da_DK">' in html


def render(source: str, **context) -> str:
    return Template("{% load humanize content %}" + source).render(Context(context))


def test_dates_and_numbers_read_danish_and_english():
    when = datetime(2026, 12, 8, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    with translation.override("da"):
        assert render('{{ when|date:"DATETIME_FORMAT" }}', when=when) == (
            "tirsdag 8. december 2026 kl. 19.00"
        )
        assert intcomma(6000) == "6.000"
    with translation.override("en"):
        assert render('{{ when|date:"DATETIME_FORMAT" }}', when=when) == (
            "Tuesday 8 December 2026, 7 p.m."
        )
        assert intcomma(6000) == "6,000"


@pytest.mark.parametrize(
    ("ages", "danish", "english"),
    [
        ((0, 6), "børn fra 0 til 6 år", "children aged 0 to 6"),
        ((13, 17), "unge fra 13 til 17 år", "young people aged 13 to 17"),
        ((6, 17), "børn og unge fra 6 til 17 år", "children and young people aged 6 to 17"),
    ],
)
def test_age_range_says_who_and_how_old(ages, danish, english):
    initiative = InitiativeFactory.build(age_from=ages[0], age_to=ages[1])
    with translation.override("da"):
        assert render("{{ i|age_range }}", i=initiative) == danish
    with translation.override("en"):
        assert render("{{ i|age_range }}", i=initiative) == english


def test_initiative_page_says_the_age_range(client, content):
    html = client.get(content["initiative"].get_absolute_url()).content.decode()
    assert "Børn fra 2 til 6 år" in html
    html = client.get("/en" + content["initiative"].get_absolute_url()).content.decode()
    assert "Children aged 2 to 6" in html


def test_event_shows_price_map_link_and_how_to_take_part(client):
    event = EventFactory(
        location="Hvalsø Bibliotek", address="4330 Hvalsø", price_da="Gratis", price_en="Free"
    )
    html = client.get(event.get_absolute_url()).content.decode()
    assert "Gratis" in html
    assert (
        'href="https://www.openstreetmap.org/search?query=Hvals%C3%B8%20Bibliotek%2C%204330%20Hvals%C3%B8"'
        in html
    )
    assert "Ingen tilmelding – bare mød op." in html
    assert "Free" in client.get("/en" + event.get_absolute_url()).content.decode()
