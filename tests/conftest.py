import os

import pytest
from django.core.cache import cache
from django.utils import translation
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

REQUIRE_SERVICES = os.environ.get("DIG_REQUIRE_SERVICES") == "1"

# Hypothesis profiles for the fuzz tests: `ci` (the default), `dev` for a quick round while
# editing, `long` for a nightly run or after touching input handling. Chosen with
# `--hypothesis-profile=long` or HYPOTHESIS_PROFILE=long. Registered here, not in
# tests/fuzz/conftest.py, because Hypothesis loads the profile named on the command line before
# pytest imports conftests below this one. Each test's count is a share of max_examples (see
# tests/fuzz/test_properties.py). No deadline: how long a request takes depends on the
# database, not on the input.
_FUZZ_DEFAULTS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
hypothesis_settings.register_profile("ci", max_examples=100, **_FUZZ_DEFAULTS)
hypothesis_settings.register_profile("dev", max_examples=10, **_FUZZ_DEFAULTS)
hypothesis_settings.register_profile("long", max_examples=1_000, **_FUZZ_DEFAULTS)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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
def content(db):
    """One of every kind of public content, shared by the page tests of each app."""
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
