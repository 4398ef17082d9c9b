import os

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import translation

REQUIRE_SERVICES = os.environ.get("DIG_REQUIRE_SERVICES") == "1"


def pytest_sessionstart(session):
    """In CI the real PostgreSQL and Redis are required: fail at once rather than skip."""
    if not REQUIRE_SERVICES:
        return
    from django.conf import settings

    problems = []
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        problems.append("DATABASE_URL does not point at PostgreSQL")
    if "redis" not in settings.CACHES["default"]["BACKEND"].lower():
        problems.append("REDIS_URL is not set")
    else:
        # Asked directly: the portal's cache would quietly fall back to local memory.
        import redis

        try:
            client = redis.Redis.from_url(
                settings.CACHES["default"]["LOCATION"], socket_connect_timeout=2
            )
            client.ping()
            client.close()
        except redis.RedisError as error:
            problems.append(f"Redis cannot be reached: {error}")
    if problems:
        pytest.exit("Required services missing: " + "; ".join(problems), returncode=1)


def pytest_collection_modifyitems(config, items):
    """`postgres` tests need PostgreSQL: skipped with a notice on a laptop's SQLite, never in CI."""
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    if on_postgres:
        return
    if REQUIRE_SERVICES:
        return  # pytest_sessionstart has already failed the run
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL); CI runs it")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _danish_by_default():
    # A request to /en/ leaves English active in the thread; each test starts in Danish.
    translation.activate("da")
    yield
    translation.activate("da")


@pytest.fixture(autouse=True)
def _clean_cache():
    # Page cache and rate limits must not leak from one test into the next, nor an outage that
    # a test staged (core/cache_backend.py keeps one per process).
    from core.cache_backend import reset_breakers

    reset_breakers()
    cache.clear()
    yield
    reset_breakers()
    cache.clear()


@pytest.fixture
def staff_user(db):
    from tests.factories import StaffUserFactory

    return StaffUserFactory()


@pytest.fixture
def staff_client(staff_user):
    """A logged-in editor, separate from the anonymous `client` of the same test."""
    from django.test import Client

    editor = Client()
    editor.force_login(staff_user)
    return editor


@pytest.fixture
def on_postgres():
    return connection.vendor == "postgresql"
