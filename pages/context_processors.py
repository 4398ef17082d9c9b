"""What every page's footer shows: the help path, the secretariat and the partners.

The footer is on every page, so its rows are read at most once per content version: kept in the
cache under the page cache's version stamp, which any content change bumps (core/cache.py).
A stored copy costs one cache read and lives no longer than a cached page; a miss costs
three small queries. Nothing is read
until a template actually uses `footer` (a redirect or a feed never does).
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from alliance.models import Partner, SecretariatContact
from core.cache import VERSION_KEY, ensure_page_cache_version

from .models import HelpLine

FOOTER_KEY = "page-cache:footer"


def _read() -> dict:
    return {
        "help_lines": list(HelpLine.objects.all()),
        "secretariat": SecretariatContact.objects.first(),
        "partners": list(Partner.objects.filter(is_founding_partner=True)),
    }


def footer_content() -> dict:
    found = cache.get_many([VERSION_KEY, FOOTER_KEY])
    version, stored = found.get(VERSION_KEY), found.get(FOOTER_KEY)
    if stored is not None and version is not None and stored[0] == version:
        return stored[1]
    content = _read()
    version = ensure_page_cache_version(version)
    if version:
        cache.set(FOOTER_KEY, (version, content), timeout=settings.PAGE_CACHE_SECONDS)
    return content


def footer(request):
    return {"footer": SimpleLazyObject(footer_content)}
