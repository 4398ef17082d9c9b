"""Settings for the test suite: the real settings in development mode, made fast and quiet.

`DATABASE_URL` and `REDIS_URL` still apply, so CI runs the suite against real PostgreSQL and Redis.
"""

import os

os.environ.setdefault("DEBUG", "true")

from dig_portal.settings import *  # noqa: E402,F403
from dig_portal.settings import CACHES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"
# Tests share one cache server with nothing else; a prefix per run keeps parallel runs apart.
CACHES["default"]["KEY_PREFIX"] = f"dig-test-{os.getpid()}"
ACCOUNT_RATE_LIMITS = False
LOGGING = {"version": 1, "disable_existing_loggers": False}
