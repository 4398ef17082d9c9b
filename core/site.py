"""The portal's own address, `SITE_URL`, for every absolute URL, never the request's Host.

A Host header is whatever the client sent (any of `ALLOWED_HOSTS`, or a proxy's internal name),
so links in e-mails, the sitemap and robots.txt are built from the configured address instead.
Three pieces do that: `SiteURLMiddleware` (core/middleware.py) for `request.build_absolute_uri`,
the `Site` row kept in step with the settings for what asks `get_current_site` (the sitemap view,
allauth's e-mails: "current_site.name/domain"), and `SiteURLSitemap` for the sitemap's URLs.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap


def site_scheme() -> str:
    return urlsplit(settings.SITE_URL).scheme


def site_domain() -> str:
    """Host and port, as a `Site.domain` holds it: "plusdig.lejre.dk", "127.0.0.1:8000"."""
    return urlsplit(settings.SITE_URL).netloc


def sync_site(*, using="default", **kwargs) -> None:
    """Keep the `SITE_ID` row's domain and name those of the settings; run after every migrate.

    A post_migrate receiver rather than a data migration: the address differs per deployment
    and may change, and every deployment runs `migrate` before it serves (the test database is
    migrated too). Django's own receiver creates the row as "example.com" first.
    """
    from django.contrib.sites.models import Site

    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": site_domain(), "name": settings.SITE_NAME}
    )
    if using == "default":
        # Saving cleared Django's per-process Site cache; fill it again so the first page that
        # asks (the sitemap) needs no query more than the next one.
        Site.objects.get_current()


class SiteURLSitemap(Sitemap):
    """Sitemap URLs with `SITE_URL`'s scheme and host, whatever the request came in on."""

    def get_protocol(self, protocol=None):
        return site_scheme()

    def get_domain(self, site=None):
        return site_domain()


def absolute_url(path: str) -> str:
    """`path` on the configured site address, for links that leave the site (e-mails, feeds)."""
    return settings.SITE_URL.rstrip("/") + path
