"""Anonymous public pages are cached; edits, publishing and scheduled times show through."""

import hashlib
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.cache import _ENTRY_PREFIX, page_key
from core.sessions import SessionStore
from initiatives.models import Initiative
from tests.factories import (
    InitiativeFactory,
    NewsPostFactory,
    PageFactory,
    TrackFactory,
    UserFactory,
)

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
    Client().get("/initiativer/")  # cached now
    client.force_login(UserFactory())
    client.post("/konto/logout/")  # leaves "Du er logget ud" waiting in the messages cookie
    assert client.cookies["messages"].value
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/initiativer/")
    assert len(queries) > 0
    assert "logget ud" in page.content.decode()


def stored(path: str) -> bool:
    return cache.get(page_key(RequestFactory().get(path))) is not None


def stored_pages() -> int:
    """How many page copies the cache holds (the tests' cache is Redis)."""
    client = cache._cache.get_client(None)
    return sum(1 for _key in client.scan_iter(match=cache.make_key(_ENTRY_PREFIX + "*")))


def test_a_made_up_messages_cookie_gets_the_cached_page(client):
    InitiativeFactory(title="Lejre Læser")
    client.cookies["messages"] = "x"
    assert queries_for(client, "/initiativer/") > 0
    assert not stored("/initiativer/")  # nor does it fill the cache
    del client.cookies["messages"]
    queries_for(client, "/initiativer/")
    client.cookies["messages"] = "x"
    assert queries_for(client, "/initiativer/") == 0  # signature checked, no query needed


@pytest.mark.parametrize(
    "cookie",
    ["x" * 32, "abcdefghijklmnopqrstuvwxyz012345", "kort", "ø" * 32, "a\x00" * 16, ""],
)
def test_a_made_up_session_cookie_gets_the_cached_page_and_cannot_fill_it(client, cookie):
    InitiativeFactory(title="Lejre Læser")
    client.cookies["sessionid"] = cookie
    assert queries_for(client, "/initiativer/") > 1  # rendered: nothing cached yet
    assert not stored("/initiativer/")
    del client.cookies["sessionid"]
    first = client.get("/initiativer/")
    client.cookies["sessionid"] = cookie
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/initiativer/")
    # At most the one query that finds no such session; the page is the cached copy.
    assert len(queries) <= 1
    assert again.content == first.content


def test_an_expired_session_is_no_session_for_the_cache(client):
    InitiativeFactory(title="Lejre Læser")
    session = SessionStore()
    session["seen"] = True
    session.set_expiry(-60)
    session.save()
    client.get("/initiativer/")
    client.cookies["sessionid"] = session.session_key
    assert queries_for(client, "/initiativer/") == 1


def test_a_live_anonymous_session_still_gets_its_own_page(client):
    InitiativeFactory(title="Lejre Læser")
    session = SessionStore()
    session["seen"] = True
    session.save()
    client.get("/initiativer/")
    client.cookies["sessionid"] = session.session_key
    assert queries_for(client, "/initiativer/") > 1


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


@pytest.mark.parametrize(
    "path",
    [
        "/nyheder/?side=987654",
        "/nyheder/?side=abc",
        "/nyheder/?side=01",
        "/nyheder/?side=1",
        "/nyheder/?side=",
        "/nyheder/?side=2&side=2",
        "/arrangementer/?side=-1",
        "/initiativer/?side=99",
        "/initiativer/?spor=findes-ikke",
        "/initiativer/?spor=",
        "/initiativer/?alder=99-100",
        "/initiativer/?alder=0-5&alder=0-5",
    ],
)
def test_made_up_parameter_values_are_answered_without_filling_the_cache(client, path):
    TrackFactory(slug="laesning")
    NewsPostFactory.create_batch(11)
    assert queries_for(client, path) > 0
    assert not stored(path)
    assert queries_for(client, path) > 0


@pytest.mark.parametrize(
    "path",
    ["/nyheder/", "/nyheder/?side=2", "/initiativer/?spor=laesning", "/initiativer/?alder=0-5"],
)
def test_canonical_parameter_values_are_stored(client, path):
    TrackFactory(slug="laesning")
    NewsPostFactory.create_batch(11)
    assert queries_for(client, path) > 0
    assert stored(path)
    assert queries_for(client, path) == 0


def test_empty_pairs_in_a_query_string_share_the_one_copy_of_the_page(client):
    """`/?&`, `/?&&`, … each used to store a full copy of the front page."""
    PageFactory(key="vision", title="Et godt børneliv")
    InitiativeFactory(title="Lejre Læser")
    variants = ["/", "/?", "/?=", "/?=&=&", "/?side=", "/?side=&q=&&"]
    variants += ["/?" + "&" * n for n in range(1, 200)]
    for path in variants:
        assert client.get(path).status_code == 200
    assert stored_pages() == 1
    for path in variants:
        assert queries_for(client, path) == 0, path  # all answered from that one copy


def test_the_order_of_parameters_makes_no_page_of_its_own(client):
    TrackFactory(slug="laesning")
    InitiativeFactory(title="Lejre Læser")
    orders = [
        "/initiativer/?spor=laesning&alder=0-5",
        "/initiativer/?alder=0-5&spor=laesning",
        "/initiativer/?alder=0-5&&spor=laesning&",
        "/initiativer/?side=&alder=0-5&spor=laesning",
    ]
    assert queries_for(client, orders[0]) > 0
    for path in orders:
        assert queries_for(client, path) == 0, path
    # A parameter given twice is answered but never stored, however often it is repeated.
    for repeat in range(2, 30):
        assert client.get("/initiativer/?" + "alder=0-5&" * repeat).status_code == 200
    assert stored_pages() == 1
