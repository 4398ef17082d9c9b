"""Rate limits for the portal's own forms, on the same mechanism as the logins (allauth's).

Limits are named in `ACCOUNT_RATE_LIMITS` next to allauth's own, keyed on the client address
that allauth reads (only from the configured proxy header), and counted in the cache.
"""

from allauth.core import ratelimit


def limited(request, action: str, *, key: str | None = None) -> bool:
    """Count one attempt at `action`; True when the limit is reached (answer 429)."""
    return not ratelimit.consume(request, action=action, key=key)
