"""With Redis unreachable or hanging the site keeps answering (core/cache_backend.py).

The cache is pointed at a closed local port (refused at once) or at a local server that accepts
connections and never answers (only the read timeout ends the wait), so these run anywhere and
never touch the machine's Redis.
"""

import logging
import socket
import threading
import time

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings
from redis.exceptions import ConnectionError as RedisConnectionError

from alliance.models import Partner
from core.cache_backend import FailSafeRedisCache
from tests.factories import InitiativeFactory, UserFactory

pytestmark = pytest.mark.django_db

PAGES = ["/", "/initiativer/", "/healthz", "/konto/login/"]
PASSWORD = "correct horse battery"
TIMEOUT = 0.2


def redis_cache_at(port: int, **options):
    return override_settings(
        CACHES={
            "default": {
                "BACKEND": "core.cache_backend.FailSafeRedisCache",
                "LOCATION": f"redis://127.0.0.1:{port}/1",
                "KEY_PREFIX": "outage-test",
                "OPTIONS": {"SOCKET_TIMEOUT": TIMEOUT, "RETRY_AFTER": 30, **options},
            }
        }
    )


@pytest.fixture
def redis_down():
    """Nothing listens on port 1: every connection is refused."""
    with redis_cache_at(1):
        yield


@pytest.fixture
def redis_hanging():
    """A server that accepts connections and never answers; yields the connections it got."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(32)
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    with redis_cache_at(server.getsockname()[1]):
        yield accepted
    server.close()
    thread.join(timeout=5)
    for connection in accepted:
        connection.close()


@pytest.fixture
def member():
    user = UserFactory(email="medlem@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_public_pages_healthz_and_login_answer_with_redis_down(client, redis_down, member):
    InitiativeFactory(title="Lejre Læser")
    for path in PAGES * 2:
        assert client.get(path).status_code == 200, path
    assert not cache.redis_available  # answered from the fallback, not from some other cache
    wrong = client.post("/konto/login/", {"login": member.email, "password": "forkert"})
    assert wrong.status_code == 200  # the form again, with its error
    right = client.post("/konto/login/", {"login": member.email, "password": PASSWORD})
    assert right.status_code == 302


def test_the_page_cache_still_works_per_process_with_redis_down(
    client, redis_down, django_assert_num_queries
):
    InitiativeFactory(title="Lejre Læser")
    client.get("/initiativer/")
    with django_assert_num_queries(0):
        assert "Lejre Læser" in client.get("/initiativer/").content.decode()


def test_rate_limits_keep_counting_with_redis_down(client, redis_down, member, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/5m/ip", "reset_password": "1/h/ip"}
    started = time.monotonic()
    for _attempt in range(3):
        response = client.post("/konto/login/", {"login": member.email, "password": "forkert"})
        assert response.status_code == 200
    # The limit is reached: even the right password is refused now.
    response = client.post("/konto/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert client.post("/konto/password/reset/", {"email": member.email}).status_code == 302
    assert client.post("/konto/password/reset/", {"email": member.email}).status_code == 429
    # No attempt waited for a cache lock that could never be taken.
    assert time.monotonic() - started < 3


def test_an_admin_save_commits_and_redirects_with_redis_down(
    staff_client, redis_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = staff_client.post(
            "/admin/alliance/partner/add/",
            {"name": "Lejre Bibliotek", "description_da": "", "description_en": "", "order": 0},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Partner.objects.filter(name="Lejre Bibliotek").exists()
    assert callbacks  # the page-cache version bump ran, against the missing Redis


def test_a_hanging_redis_costs_one_short_timeout_not_one_per_request(client, redis_hanging):
    InitiativeFactory(title="Lejre Læser")
    started = time.monotonic()
    assert client.get("/").status_code == 200
    assert time.monotonic() - started < 5  # bounded by the read timeout, not by the socket
    assert len(redis_hanging) == 1
    started = time.monotonic()
    for path in PAGES * 3:
        assert client.get(path).status_code == 200, path
    # The breaker keeps the process off the hanging server: no new connection, no new wait.
    assert len(redis_hanging) == 1
    assert time.monotonic() - started < 12 * TIMEOUT


def test_outage_and_recovery_are_each_logged_once(monkeypatch, caplog):
    cache = FailSafeRedisCache(
        "redis://127.0.0.1:6379/1", {"OPTIONS": {"RETRY_AFTER": 0.05}, "KEY_PREFIX": "log-test"}
    )
    calls = []

    def redis_get(self, key, default=None, version=None):
        calls.append(key)
        if fail:
            raise RedisConnectionError("Connection refused")
        return "from redis"

    monkeypatch.setattr(RedisCache, "get", redis_get)
    caplog.set_level(logging.INFO, logger="core.cache_backend")
    fail = True
    assert cache.get("k", "standard") == "standard"
    for _attempt in range(20):
        assert cache.get("k", "standard") == "standard"
    assert len(calls) == 1  # the breaker keeps it off Redis
    time.sleep(0.06)
    assert cache.get("k", "standard") == "standard"  # tried again, still down
    assert len(calls) == 2
    fail = False
    time.sleep(0.06)
    assert cache.get("k") == "from redis"
    assert cache.get("k") == "from redis"
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2, messages
    assert "unavailable" in messages[0] and "available again" in messages[1]
