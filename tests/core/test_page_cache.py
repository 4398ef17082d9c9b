"""Anonymous public pages are cached; edits, publishing and scheduled times show through."""

import hashlib
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from initiatives.models import Initiative
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db


def test_anonymous_page_is_served_from_cache(client, django_assert_num_queries):
    InitiativeFactory(title="Lejre Læser")
    first = client.get("/initiativer/")
    assert "Lejre Læser" in first.content.decode()
    with django_assert_num_queries(0):
        second = client.get("/initiativer/")
    assert second.content == first.content
    assert not second.cookies


def test_an_edit_clears_the_cache_once_committed(client, django_capture_on_commit_callbacks):
    initiative = InitiativeFactory(title="Lejre Læser")
    client.get("/initiativer/")
    with django_capture_on_commit_callbacks(execute=True):
        initiative.title = "Lejre Læser og læseheste"
        initiative.save()
    assert "Lejre Læser og læseheste" in client.get("/initiativer/").content.decode()


def test_unpublishing_removes_the_item_from_cached_pages(
    client, django_capture_on_commit_callbacks
):
    initiative = InitiativeFactory(title="Kortlivet initiativ")
    assert client.get(initiative.get_absolute_url()).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        initiative.status = "draft"
        initiative.save()
    assert client.get(initiative.get_absolute_url()).status_code == 404
    assert "Kortlivet initiativ" not in client.get("/initiativer/").content.decode()


def test_scheduled_item_appears_on_a_cached_page_without_any_write(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    publish_at = timezone.now() + timedelta(minutes=10)
    InitiativeFactory(title="Planlagt initiativ", publish_from=publish_at)
    with time_machine.travel(publish_at - timedelta(seconds=5), tick=False):
        assert "Planlagt initiativ" not in client.get("/initiativer/").content.decode()
    with time_machine.travel(publish_at + timedelta(seconds=1), tick=False):
        # The copy made five seconds before is still served: the page really is cached.
        assert "Planlagt initiativ" not in client.get("/initiativer/").content.decode()
    # No copy outlives PAGE_CACHE_SECONDS, so the item shows within that time of its own.
    with time_machine.travel(publish_at + timedelta(seconds=60), tick=False):
        assert "Planlagt initiativ" in client.get("/initiativer/").content.decode()


def test_logged_in_staff_never_get_or_fill_the_shared_cache(client, staff_client):
    initiative = InitiativeFactory(title="Lejre Læser")
    url = initiative.get_absolute_url()
    assert client.get(url).status_code == 200  # a visitor's copy is in the shared cache
    # Made a draft without a save (so no signal clears the cache): visitors keep the copy...
    Initiative.objects.filter(pk=initiative.pk).update(status="draft")
    assert client.get(url).status_code == 200
    # ...but staff get the page rendered for them: the draft, with its preview banner.
    assert "Forhåndsvisning" in staff_client.get(url).content.decode()

    # A draft only staff have seen: their preview is not stored and handed to visitors.
    draft = InitiativeFactory(title="Hemmeligt udkast", status="draft")
    assert "Hemmeligt udkast" in staff_client.get(draft.get_absolute_url()).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_public_page_carrying_a_csrf_token_or_cookie_is_not_shared(rf):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from core.cache import AnonymousPageCacheMiddleware, public_page

    calls = []

    @public_page
    def with_form(request):
        calls.append(1)
        return HttpResponse(get_token(request))

    @public_page
    def with_cookie(request):
        calls.append(1)
        response = HttpResponse("hej")
        response.set_cookie("valgt", "1")
        return response

    for view in (with_form, with_cookie):
        calls.clear()
        middleware = AnonymousPageCacheMiddleware(view)
        middleware(rf.get("/side/"))
        middleware(rf.get("/side/"))
        assert len(calls) == 2  # rendered both times: never served from the cache

    @public_page
    def plain(request):
        calls.append(1)
        return HttpResponse("hej")

    calls.clear()
    middleware = AnonymousPageCacheMiddleware(plain)
    middleware(rf.get("/ren/"))
    middleware(rf.get("/ren/"))
    assert len(calls) == 1


def test_sitemap_follows_publishing_at_once(client, django_capture_on_commit_callbacks):
    initiative = InitiativeFactory(title="Kortlivet")
    assert initiative.get_absolute_url() in client.get("/sitemap.xml").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        initiative.status = "draft"
        initiative.save()
    assert initiative.get_absolute_url() not in client.get("/sitemap.xml").content.decode()


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_one_request_renews_a_copy_about_to_expire_while_the_others_get_it(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    InitiativeFactory(title="Lejre Læser")
    assert queries_for(client, "/initiativer/") > 0
    assert queries_for(client, "/initiativer/") == 0
    with time_machine.travel(timezone.now() + timedelta(seconds=55)):
        # Another request is renewing the copy (holds the lock): this one gets the cached copy.
        renewing = "page-cache:renewing:" + hashlib.sha256(b"/initiativer/").hexdigest()
        cache.add(renewing, 1, timeout=10)
        assert queries_for(client, "/initiativer/") == 0
        cache.delete(renewing)
        # Nobody is renewing: this request renders a new copy, and the next one gets that.
        assert queries_for(client, "/initiativer/") > 0
        assert queries_for(client, "/initiativer/") == 0
    cache.clear()


def test_a_short_lifetime_is_not_renewed_early(client, settings):
    settings.PAGE_CACHE_SECONDS = 5
    cache.clear()
    InitiativeFactory(title="Lejre Læser")
    queries_for(client, "/initiativer/")
    with time_machine.travel(timezone.now() + timedelta(seconds=4)):
        assert queries_for(client, "/initiativer/") == 0
    cache.clear()


def test_visitor_with_a_waiting_message_gets_a_fresh_page(client):
    InitiativeFactory(title="Lejre Læser")
    client.get("/initiativer/")  # cached now
    client.cookies["messages"] = "x"
    with CaptureQueriesContext(connection) as queries:
        client.get("/initiativer/")
    assert len(queries) > 0


def test_unknown_query_parameters_are_answered_but_not_stored(client):
    InitiativeFactory(title="Lejre Læser")
    for attempt in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/initiativer/?utm_source=x{attempt}").status_code == 200
        assert len(queries) > 0
    client.get("/initiativer/?alder=0-5")
    with CaptureQueriesContext(connection) as queries:
        client.get("/initiativer/?alder=0-5")
    assert len(queries) == 0


def test_nul_in_a_query_string_is_a_400_not_a_database_error(staff_client):
    assert staff_client.get("/admin/alliance/alliancemember/?role__exact=%00").status_code == 400
    # Public pages answer with their own validation instead.
    assert staff_client.get("/initiativer/?spor=%00").status_code == 200
