"""Production settings: refuse insecure defaults, and pass Django's deployment checks.

The settings module decides everything at import from the environment, so each case runs
`manage.py` in a subprocess with production environment variables.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dig_portal.settings import _with_redis_database

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "x7#kq2!vR9pL0@zW4mN8$bT6^cY1&dF3*gH5(jK7)lQ9-sE2+uA4=oI6_eU8~rX0",
    "ALLOWED_HOSTS": "plusdig.example.org",
    "SITE_URL": "https://plusdig.example.org",
    "EMAIL_URL": "smtp+tls://portal:hemmelig@smtp.example.org:587",
    # Named, never connected to: `check` does not open the database.
    "DATABASE_URL": "postgres://dig@127.0.0.1:5432/dig_settings_check",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_SETTINGS_MODULE": "dig_portal.settings",
}
# Set by some environments (CI, .env) and read by the settings; each case names its own.
OPTIONAL = {"CELERY_BROKER_URL", "REDIS_CACHE_URL", "SECURE_SSL_REDIRECT"}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION and k not in OPTIONAL}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(env: dict[str, str]) -> dict[str, str]:
    """Every setting's value (as its repr) under `env`."""
    result = manage("diffsettings", "--all", **env)
    assert result.returncode == 0, result.stderr
    values = {}
    for line in result.stdout.splitlines():
        name, _sep, value = line.removeprefix("### ").partition(" = ")
        values[name] = value.removesuffix("  ###")
    return values


def test_check_deploy_passes_without_warnings_in_production():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNING" not in result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("missing", "override", "named"),
    [
        ("SECRET_KEY", {}, "SECRET_KEY"),
        ("ALLOWED_HOSTS", {}, "ALLOWED_HOSTS"),
        ("EMAIL_URL", {}, "EMAIL_URL"),
        ("SITE_URL", {}, "SITE_URL"),
        ("DATABASE_URL", {}, "DATABASE_URL"),
        (None, {"SECRET_KEY": "django-insecure-" + "a" * 60}, "SECRET_KEY"),
        (None, {"SECRET_KEY": "short"}, "SECRET_KEY"),
        (None, {"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
        (None, {"SITE_URL": "plusdig.example.org"}, "SITE_URL"),
        (None, {"SITE_URL": "https://andet.example.org"}, "ALLOWED_HOSTS"),
        (None, {"SITE_URL": "http://plusdig.example.org"}, "https://"),
    ],
)
def test_production_refuses_to_start_on_insecure_or_missing_settings(missing, override, named):
    env = {k: v for k, v in PRODUCTION.items() if k != missing} | override
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert named in result.stderr.split("ImproperlyConfigured")[-1]


def test_production_lists_every_problem_at_once():
    env = {k: v for k, v in PRODUCTION.items() if k not in {"SECRET_KEY", "SITE_URL"}}
    result = manage("check", **env)
    message = result.stderr.split("ImproperlyConfigured")[-1]
    assert "- SECRET_KEY" in message and "- SITE_URL" in message


def test_plain_http_site_url_is_allowed_when_the_proxy_does_not_redirect():
    env = PRODUCTION | {"SITE_URL": "http://plusdig.example.org", "SECURE_SSL_REDIRECT": "false"}
    assert manage("check", **env).returncode == 0


def test_production_trusts_the_proxy_for_https_and_secures_cookies():
    values = production_settings(PRODUCTION)
    assert values["SECURE_PROXY_SSL_HEADER"] == "('HTTP_X_FORWARDED_PROTO', 'https')"
    assert values["SESSION_COOKIE_SECURE"] == "True"
    assert values["CSRF_COOKIE_SECURE"] == "True"
    assert values["SECURE_HSTS_SECONDS"] == "31536000"
    assert "CompressedManifestStaticFilesStorage" in values["STORAGES"]


def test_deploy_check_warns_when_production_has_no_redis():
    env = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode != 0
    assert "dig.W001" in result.stderr + result.stdout


def test_broker_and_cache_get_separate_redis_databases():
    values = production_settings(PRODUCTION | {"REDIS_URL": "redis://redis.example:6380/4"})
    assert values["CELERY_BROKER_URL"] == "'redis://redis.example:6380/4'"
    assert values["REDIS_CACHE_URL"] == "'redis://redis.example:6380/5'"
    assert "'LOCATION': 'redis://redis.example:6380/5'" in values["CACHES"]
    assert "FailSafeRedisCache" in values["CACHES"]
    explicit = production_settings(
        PRODUCTION
        | {
            "CELERY_BROKER_URL": "redis://broker.example:6379/0",
            "REDIS_CACHE_URL": "redis://cache.example:6379/0",
        }
    )
    assert explicit["CELERY_BROKER_URL"] == "'redis://broker.example:6379/0'"
    assert explicit["REDIS_CACHE_URL"] == "'redis://cache.example:6379/0'"


def test_broker_and_cache_may_not_share_a_database():
    env = PRODUCTION | {"REDIS_CACHE_URL": "redis://127.0.0.1:6379/0"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "different Redis databases" in result.stderr


def test_without_redis_the_broker_is_a_folder_and_the_cache_local():
    env = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}
    values = production_settings(env)
    assert values["CELERY_BROKER_URL"] == "'filesystem://'"
    assert "LocMemCache" in values["CACHES"]


@pytest.mark.parametrize(
    ("url", "offset", "expected"),
    [
        ("redis://127.0.0.1:6379", 1, "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379/0", 0, "redis://127.0.0.1:6379/0"),
        ("redis://:hemmelig@redis:6379/8", 1, "redis://:hemmelig@redis:6379/9"),
        (
            "rediss://redis.example:6380/2?ssl_cert_reqs=none",
            1,
            "rediss://redis.example:6380/3?ssl_cert_reqs=none",
        ),
        ("unix:///run/redis.sock?db=3", 1, "unix:///run/redis.sock?db=4"),
    ],
)
def test_redis_database_numbers(url, offset, expected):
    assert _with_redis_database(url, offset) == expected
