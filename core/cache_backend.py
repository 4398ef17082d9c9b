"""A Redis cache that the site survives: Redis down or hanging is a slower cache, never an error.

Django's `RedisCache` lets every connection error or timeout escape, so with Redis gone each
cached page, each login (allauth keeps its rate limits in the cache) and each admin save (the
page-cache version is bumped after commit) would answer 500, or hang as long as the socket does.
This backend:

- gives the sockets short connect and read timeouts (`SOCKET_TIMEOUT`, a few hundred ms), with
  no retries, so a hanging server costs one timeout, not a stalled worker;
- catches every Redis error and answers from a process-local `LocMemCache` instead (same key
  prefix and version), so the page cache keeps working and allauth's rate limits, which take a
  lock with `cache.add` and would otherwise wait a second for it on every request, keep counting
  per process;
- keeps a circuit breaker per Redis server and per process (module level, shared by the threads:
  Django makes one cache object per thread): after a failure Redis is left alone for
  `RETRY_AFTER` seconds, so an outage costs one timeout every few seconds rather than one per
  request. The change is logged once when Redis goes down and once when it is back.

During an outage each process caches on its own: an edit shows in the other processes once
their copies expire (within `PAGE_CACHE_SECONDS`). When Redis is back its copies from before the
outage are used again; they too are at most `PAGE_CACHE_SECONDS` old.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

DEFAULT_SOCKET_TIMEOUT = 0.3
DEFAULT_RETRY_AFTER = 5.0
# Errors that mean "Redis cannot answer now". redis-py wraps socket errors in its own, but an
# OSError from a half-closed socket can still slip through.
UNAVAILABLE = (RedisError, OSError)


class _Breaker:
    """Whether to try Redis now; one per server, shared by every thread of the process."""

    def __init__(self, location: str, retry_after: float):
        self.location = location
        self.retry_after = retry_after
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._down = False

    def allows_attempt(self) -> bool:
        return not self._down or time.monotonic() >= self._down_until

    def record_failure(self, error: Exception) -> None:
        with self._lock:
            self._down_until = time.monotonic() + self.retry_after
            went_down, self._down = not self._down, True
        if went_down:
            logger.warning(
                "Redis cache at %s is unavailable (%s: %s); using a per-process cache and "
                "trying again every %g s.",
                self.location,
                type(error).__name__,
                error,
                self.retry_after,
            )

    def record_success(self) -> bool:
        """True when this success ends an outage."""
        if not self._down:  # the common case, without taking the lock
            return False
        with self._lock:
            came_back, self._down = self._down, False
        if came_back:
            logger.warning("Redis cache at %s is available again.", self.location)
        return came_back

    @property
    def is_down(self) -> bool:
        return self._down


_breakers: dict[str, _Breaker] = {}
_breakers_lock = threading.Lock()


def _breaker_for(location: str, retry_after: float) -> _Breaker:
    with _breakers_lock:
        breaker = _breakers.get(location)
        if breaker is None:
            breaker = _breakers[location] = _Breaker(location, retry_after)
        return breaker


def reset_breakers() -> None:
    """Forget every outage (for tests, which point caches at servers that are not there)."""
    with _breakers_lock:
        _breakers.clear()


class FailSafeRedisCache(RedisCache):
    """`RedisCache` whose operations fall back to a local-memory cache while Redis is away.

    OPTIONS, besides redis-py's own connection options:
    `SOCKET_TIMEOUT` (seconds, connect and read; default 0.3), `RETRY_AFTER` (seconds Redis is
    left alone after a failure; default 5), `FALLBACK_MAX_ENTRIES` (default 300).
    """

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        socket_timeout = float(options.pop("SOCKET_TIMEOUT", DEFAULT_SOCKET_TIMEOUT))
        retry_after = float(options.pop("RETRY_AFTER", DEFAULT_RETRY_AFTER))
        fallback_entries = int(options.pop("FALLBACK_MAX_ENTRIES", 300))
        options.setdefault("socket_connect_timeout", socket_timeout)
        options.setdefault("socket_timeout", socket_timeout)
        super().__init__(server, {**params, "OPTIONS": options})
        location = ",".join(self._servers)
        self._breaker = _breaker_for(location, retry_after)
        # LocMemCache objects with the same name share their storage, so every thread of the
        # process sees the same fallback entries, as they would see the same Redis.
        self._fallback = LocMemCache(
            f"failsafe-fallback:{location}",
            {
                "TIMEOUT": params.get("TIMEOUT", 300),
                "KEY_PREFIX": params.get("KEY_PREFIX", ""),
                "VERSION": params.get("VERSION", 1),
                "KEY_FUNCTION": params.get("KEY_FUNCTION"),
                "OPTIONS": {"MAX_ENTRIES": fallback_entries},
            },
        )

    @property
    def redis_available(self) -> bool:
        """False while the breaker keeps this process off Redis."""
        return not self._breaker.is_down

    def _call(self, name: str, *args, **kwargs):
        if self._breaker.allows_attempt():
            try:
                result = getattr(super(), name)(*args, **kwargs)
            except UNAVAILABLE as error:
                self._breaker.record_failure(error)
            else:
                if self._breaker.record_success():
                    # Entries made during the outage are not Redis's; drop them so the next
                    # outage does not start from them.
                    self._fallback.clear()
                return result
        return getattr(self._fallback, name)(*args, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version)

    def clear(self):
        # The fallback too: after `clear()` nothing cached before may come back.
        self._fallback.clear()
        return self._call("clear")
