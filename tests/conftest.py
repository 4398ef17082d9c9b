import os

import pytest
from django.core.cache import cache
from django.utils import translation

REQUIRE_SERVICES = os.environ.get("DIG_REQUIRE_SERVICES") == "1"


def pytest_sessionstart(session):
    """In CI the real Redis is required: fail at once rather than test the in-process cache.

    (PostgreSQL is always required: the settings refuse to start without it.)
    """
    if not REQUIRE_SERVICES:
        return
    from django.conf import settings

    problems = []
    if "redis" not in settings.CACHES["default"]["BACKEND"].lower():
        problems.append("REDIS_URL is not set")
    else:
        try:
            cache.set("ci-ping", "pong", 5)
            if cache.get("ci-ping") != "pong":
                problems.append("Redis did not answer")
        except Exception as error:  # noqa: BLE001 - any failure means Redis is unusable
            problems.append(f"Redis cannot be reached: {error}")
    if problems:
        pytest.exit("Required services missing: " + "; ".join(problems), returncode=1)


@pytest.fixture(autouse=True)
def _danish_by_default():
    # A request to /en/ leaves English active in the thread; each test starts in Danish.
    translation.activate("da")
    yield
    translation.activate("da")


@pytest.fixture(autouse=True)
def _clean_cache():
    # Page cache and rate limits must not leak from one test into the next.
    cache.clear()
    yield
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
