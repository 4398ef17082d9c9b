"""The content registry: one registration makes a model searchable, sitemapped and a reason to
clear the page cache; nothing else needs to change."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django_celery_beat.models import IntervalSchedule

from core import registry
from core.cache import VERSION_KEY
from core.registry import ContentRegistry, SearchFields, SitemapEntry
from initiatives.models import Initiative
from pages.models import Page
from pages.search import search
from pages.sitemaps import sitemaps
from tests.factories import (
    InitiativeFactory,
    NewsPostFactory,
    PageFactory,
    StaffUserFactory,
    TrackFactory,
)
from tracks.models import Track

pytestmark = pytest.mark.django_db


def sitemap_xml(content: ContentRegistry) -> str:
    from django.contrib.sitemaps.views import sitemap

    response = sitemap(RequestFactory().get("/sitemap.xml"), sitemaps=sitemaps(content))
    return response.render().content.decode()


def test_registering_a_model_makes_it_searchable_with_nothing_else_changed():
    InitiativeFactory(title="Læsehold for de mindste")
    NewsPostFactory(title="Nyt læsehold", body="<p>Læsehold i Hvalsø.</p>")
    PageFactory(key="volunteer", title="Bliv frivillig", body="<p>Hjælp på et læsehold.</p>")
    throwaway = ContentRegistry()
    throwaway.register_app(
        "initiatives", search={Initiative: SearchFields("title", "summary", "body")}, shown=[]
    )
    assert [hit.kind for hit in search("læsehold", language="da", content=throwaway)] == [
        "Initiativ"
    ]

    throwaway.register_app("pages", search={Page: SearchFields("title", "intro", "body")}, shown=[])
    hits = search("læsehold", language="da", content=throwaway)
    assert sorted(hit.kind for hit in hits) == ["Initiativ", "Side"]


def test_the_sites_registry_searches_every_content_app():
    searchable = {model._meta.label for model in registry.content.searchable()}
    assert searchable == {
        "tracks.Track",
        "initiatives.Initiative",
        "initiatives.NewsPost",
        "initiatives.Event",
        "pages.Page",
        "alliance.AllianceMember",
    }


def test_registering_a_model_puts_it_in_the_sitemap():
    track = TrackFactory(title="Trivsel")
    initiative = InitiativeFactory(title="Fritidspas")
    throwaway = ContentRegistry()
    throwaway.register_app(
        "initiatives", sitemap=[Initiative], fixed_pages=["initiatives:list"], shown=[]
    )
    xml = sitemap_xml(throwaway)
    assert initiative.get_absolute_url() in xml and "/initiativer/</loc>" in xml
    assert track.get_absolute_url() not in xml

    throwaway.register_app("tracks", sitemap=[Track], shown=[])
    assert track.get_absolute_url() in sitemap_xml(throwaway)


def test_a_sitemap_entry_can_narrow_what_is_listed():
    about = PageFactory(key="about", title="Om +DIG")
    privacy = PageFactory(key="privacy", title="Privatliv")
    throwaway = ContentRegistry()
    throwaway.register_app(
        "pages",
        sitemap=[SitemapEntry(Page, items=lambda: Page.objects.filter(key="about"))],
        shown=[],
    )
    xml = sitemap_xml(throwaway)
    assert about.get_absolute_url() in xml
    assert privacy.get_absolute_url() not in xml


def test_an_app_registers_once():
    throwaway = ContentRegistry()
    throwaway.register_app("tracks", shown=[Track])
    with pytest.raises(ValueError, match="already registered"):
        throwaway.register_app("tracks", shown=[Track])


def test_an_app_says_which_of_its_own_models_show():
    throwaway = ContentRegistry()
    # No default: leaving `shown` out used to make every model of the app clear the cache.
    with pytest.raises(TypeError, match="shown"):
        throwaway.register_app("tracks")
    with pytest.raises(ValueError, match="other apps' models"):
        throwaway.register_app("tracks", shown=[Track, Initiative])
    throwaway.register_app("initiatives", shown=[])
    assert not throwaway.is_content(Initiative)


def saving_bumps_the_page_cache(save, django_capture_on_commit_callbacks) -> bool:
    cache.set(VERSION_KEY, "before", timeout=None)
    with django_capture_on_commit_callbacks(execute=True):
        save()
    return cache.get(VERSION_KEY) != "before"


def test_a_registered_apps_change_clears_the_page_cache(django_capture_on_commit_callbacks):
    # alliance's partners are neither searched nor in the sitemap: registering is enough.
    from tests.factories import PartnerFactory

    assert saving_bumps_the_page_cache(PartnerFactory, django_capture_on_commit_callbacks)


def test_an_unregistered_apps_change_leaves_the_page_cache(
    django_capture_on_commit_callbacks, monkeypatch
):
    def save_schedule():
        IntervalSchedule.objects.create(every=5, period=IntervalSchedule.MINUTES)

    assert not saving_bumps_the_page_cache(StaffUserFactory, django_capture_on_commit_callbacks)
    assert not saving_bumps_the_page_cache(save_schedule, django_capture_on_commit_callbacks)

    # The same save counts once the app is registered, with no other change.
    throwaway = ContentRegistry()
    throwaway.register_app("django_celery_beat", shown=[IntervalSchedule])
    monkeypatch.setattr(registry, "content", throwaway)
    assert saving_bumps_the_page_cache(save_schedule, django_capture_on_commit_callbacks)
