"""The page cache and the Celery broker live in separate Redis databases (real Redis).

The suite itself runs tasks inline (`memory://`); this test sends one to the broker the settings
chose from REDIS_URL, on a queue of its own, and removes only that queue afterwards: the broker's
database is never flushed.
"""

import json
import os
import uuid

import pytest
import redis
from django.conf import settings
from django.core.cache import cache

from core.cache import bump_page_cache_version
from core.tasks import clear_expired_sessions
from dig_portal.celery import app


@pytest.fixture
def broker_url() -> str:
    url = settings.CONFIGURED_BROKER_URL
    if not url.startswith(("redis://", "rediss://", "unix://")):
        # `make test` starts a private Redis when REDIS_URL is unset, so this never skips.
        pytest.fail("REDIS_URL is not set; run `make test`, which provides a Redis")
    return url


def test_cache_and_broker_use_different_databases(broker_url):
    cache_client = cache._cache.get_client()
    broker_client = redis.Redis.from_url(broker_url)
    cache_db = cache_client.connection_pool.connection_kwargs.get("db", 0)
    broker_db = broker_client.connection_pool.connection_kwargs.get("db", 0)
    assert cache_db == broker_db + 1


def test_clearing_the_page_cache_leaves_a_queued_task_in_place(broker_url):
    queue = f"dig-test-queue-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    broker = redis.Redis.from_url(broker_url)
    # The test settings run tasks inline; this one must really go to the broker.
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        with app.connection_for_write(broker_url) as connection:
            clear_expired_sessions.apply_async(queue=queue, connection=connection)
        assert broker.llen(queue) == 1

        cache.set("page-cache:probe", "x")
        cache.clear()
        bump_page_cache_version()
        assert cache.get("page-cache:probe") is None  # the cache really was cleared...
        assert cache.redis_available  # ...in Redis, not in the fallback

        assert broker.llen(queue) == 1  # and the queued job is still there
        message = json.loads(broker.lindex(queue, 0))
        assert message["headers"]["task"] == "core.tasks.clear_expired_sessions"
    finally:
        app.conf.task_always_eager = eager
        # Only what this test made: its queue and kombu's bookkeeping for it, all named after
        # the queue's unique name.
        made = list(broker.scan_iter(match=f"*{queue}*"))
        if made:
            broker.delete(*made)
        broker.close()
