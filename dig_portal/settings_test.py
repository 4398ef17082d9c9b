"""Settings for the test suite: the real settings in development mode, made fast and quiet.

`DATABASE_URL` and `REDIS_URL` still apply, so CI runs the suite against real PostgreSQL and Redis.
The suite clears the cache (a FLUSHDB of the cache's own Redis database) but never touches the
broker's database beyond the one queue its real-Redis test makes and removes.
"""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

os.environ.setdefault("DEBUG", "true")


def _own_redis_pair(url: str, worker: str) -> str:
    """Under pytest-xdist each worker gets its own broker and cache databases (n+2k, n+2k+1):
    the suite flushes its cache between tests, which must not empty another worker's."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        return url
    number = int(parts.path.strip("/") or 0) + 2 * int(worker.removeprefix("gw"))
    return urlunsplit(parts._replace(path=f"/{number}"))


if os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get("REDIS_URL"):
    os.environ["REDIS_URL"] = _own_redis_pair(
        os.environ["REDIS_URL"], os.environ["PYTEST_XDIST_WORKER"]
    )

from dig_portal.settings import *  # noqa: E402,F403
from dig_portal.settings import CACHES, CELERY_BROKER_URL  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The broker the settings chose from the environment; tests/core/test_redis_split.py enqueues
# there. The suite itself runs tasks inline.
CONFIGURED_BROKER_URL = CELERY_BROKER_URL
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"
# Tests share one cache server with nothing else; a prefix per run keeps parallel runs apart.
CACHES["default"]["KEY_PREFIX"] = f"dig-test-{os.getpid()}"
ACCOUNT_RATE_LIMITS = False
# The host Django's test client sends, so links in pages and e-mails match what tests request.
SITE_URL = "http://testserver"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Members' documents written by tests go to a folder of this run's own, not the project's var/.
PRIVATE_MEDIA_ROOT = Path(tempfile.gettempdir()) / f"dig-private-test-{os.getpid()}"
