"""PostgreSQL is the only database: the settings refuse to start without it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def check_with(database_url: str) -> subprocess.CompletedProcess:
    # An empty value counts as unset, also when a developer's .env sets one.
    env = {**os.environ, "DEBUG": "true", "DATABASE_URL": database_url}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_database_url_the_settings_say_what_to_do():
    result = check_with("")
    assert result.returncode != 0
    assert "ImproperlyConfigured: DATABASE_URL is not set" in result.stderr
    assert "make run" in result.stderr and "make test" in result.stderr


@pytest.mark.parametrize("url", ["sqlite:///db.sqlite3", "mysql://dig@localhost/dig"])
def test_other_databases_are_refused(url):
    result = check_with(url)
    assert result.returncode != 0
    assert "DATABASE_URL must point at PostgreSQL" in result.stderr
