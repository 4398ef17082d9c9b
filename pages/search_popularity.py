"""Which search queries are popular enough to keep a copy of their result page in the page
cache (core/cache.py).

A query counts as popular when it was asked before within `WINDOW` seconds. Caching every query
would let anyone fill the cache with made-up ones; this way a made-up query leaves one small
marker that expires by itself, and only queries people repeat get a page copy. The copy is
invalidated with every content change like any cached page, and lives at most
`PAGE_CACHE_SECONDS`.
"""

import hashlib

from django.core.cache import cache

WINDOW = 300
_PREFIX = "search:asked:"


def is_popular(query: str, language: str) -> bool:
    """Whether `query` was asked in `language` within the last `WINDOW` seconds (and note that
    it was asked now). One cache round trip."""
    digest = hashlib.sha256(f"{language}\n{query.lower()}".encode()).hexdigest()
    # add() stores only when absent: True means this is the first time in the window.
    return not cache.add(_PREFIX + digest, 1, timeout=WINDOW)
