"""Production settings: refuse insecure defaults, and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "x7#kq2!vR9pL0@zW4mN8$bT6^cY1&dF3*gH5(jK7)lQ9-sE2+uA4=oI6_eU8~rX0",
    "ALLOWED_HOSTS": "plusdig.example.org",
    "EMAIL_URL": "smtp+tls://portal:hemmelig@smtp.example.org:587",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_SETTINGS_MODULE": "dig_portal.settings",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_without_warnings_in_production():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNING" not in result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("missing", "override"),
    [
        ("SECRET_KEY", {}),
        ("ALLOWED_HOSTS", {}),
        ("EMAIL_URL", {}),
        (None, {"SECRET_KEY": "django-insecure-" + "a" * 60}),
        (None, {"SECRET_KEY": "short"}),
        (None, {"ALLOWED_HOSTS": "*"}),
    ],
)
def test_production_refuses_to_start_on_insecure_or_missing_settings(missing, override):
    env = {k: v for k, v in PRODUCTION.items() if k != missing} | override
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_production_trusts_the_proxy_for_https_and_secures_cookies():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_PROXY_SSL_HEADER, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.STORAGES['staticfiles']['BACKEND'])"
    )
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **PRODUCTION},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "('HTTP_X_FORWARDED_PROTO', 'https') True True 31536000" in result.stdout
    assert "CompressedManifestStaticFilesStorage" in result.stdout


def test_deploy_check_warns_when_production_has_no_redis():
    env = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode != 0
    assert "dig.W001" in result.stderr + result.stdout
