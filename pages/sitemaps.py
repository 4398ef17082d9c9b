"""The sitemap: the fixed pages and the published rows the content apps registered
(core/registry.py), each in Danish and English."""

from functools import partial

from django.urls import reverse

from core import registry
from core.registry import ContentRegistry, SitemapEntry
from core.site import SiteURLSitemap


class _Translated(SiteURLSitemap):
    i18n = True
    alternates = True
    x_default = True


class FixedPagesSitemap(_Translated):
    changefreq = "weekly"

    def __init__(self, names: list[str]):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)


class ContentSitemap(_Translated):
    def __init__(self, entry: SitemapEntry):
        self.entry = entry

    def items(self):
        return self.entry.rows()

    def lastmod(self, item):
        return item.updated_at


def sitemaps(content: ContentRegistry | None = None) -> dict:
    """The sections of /sitemap.xml, from the registry (the site's own unless given).

    Each value makes its Sitemap when called, as Django's view does once per request: a sitemap
    keeps state while it renders, so requests must not share one.
    """
    content = content or registry.content
    sections = {"fixed": partial(FixedPagesSitemap, content.fixed_pages())}
    for entry in content.sitemap_entries():
        sections[entry.model._meta.label_lower] = partial(ContentSitemap, entry)
    return sections
