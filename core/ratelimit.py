"""Rate limits for the portal's own forms, on the same mechanism as the logins (allauth's).

Limits are named in `ACCOUNT_RATE_LIMITS` next to allauth's own, keyed on the client address
that allauth reads (only from the configured proxy header), and counted in the cache.

An anonymous form (young people's postcards) must not leave the address anywhere, not even in a
cache key: with `anonymous=True` the count is keyed on a keyed hash of the address whose secret
changes every hour and is never stored, so a key cannot be turned back into an address. Such an
action's rate is written per key ("30/m/key").
"""

import hashlib
import hmac
import time

from allauth.core import ratelimit
from django.conf import settings


def _hourly_secret(now: float | None = None) -> bytes:
    hour = int((now if now is not None else time.time()) // 3600)
    return hashlib.sha256(f"{settings.SECRET_KEY}:ratelimit:{hour}".encode()).digest()


def anonymous_key(request, now: float | None = None) -> str:
    # An IPv6 client is counted by its /64, as allauth counts logins: one household or phone
    # gets a whole /64 and could otherwise take a new address for every card.
    from allauth.core.internal.ratelimit import get_ip

    address = get_ip(request) or ""
    return hmac.new(_hourly_secret(now), address.encode(), hashlib.sha256).hexdigest()


def limited(request, action: str, *, key: str | None = None, anonymous: bool = False) -> bool:
    """Count one attempt at `action`; True when the limit is reached (answer 429)."""
    if anonymous:
        key = anonymous_key(request)
    return not ratelimit.consume(request, action=action, key=key)
