from django.urls import reverse

from core.site import SiteURLSitemap
from initiatives.models import Event, Initiative, NewsPost
from tracks.models import Track

from .models import Page


class _Translated(SiteURLSitemap):
    i18n = True
    alternates = True
    x_default = True


class FixedPagesSitemap(_Translated):
    changefreq = "weekly"

    def items(self):
        return [
            "pages:vision",
            "tracks:list",
            "initiatives:list",
            "initiatives:news_list",
            "initiatives:event_list",
            "alliance:overview",
            "pages:contact",
        ]

    def location(self, item):
        return reverse(item)


class PagesSitemap(_Translated):
    def items(self):
        return Page.objects.published().exclude(key__in=[Page.Key.VISION, Page.Key.CONTACT])

    def lastmod(self, item):
        return item.updated_at


class _ContentSitemap(_Translated):
    model: type

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class TrackSitemap(_ContentSitemap):
    model = Track


class InitiativeSitemap(_ContentSitemap):
    model = Initiative


class NewsSitemap(_ContentSitemap):
    model = NewsPost


class EventSitemap(_ContentSitemap):
    model = Event


SITEMAPS = {
    "fixed": FixedPagesSitemap,
    "pages": PagesSitemap,
    "tracks": TrackSitemap,
    "initiatives": InitiativeSitemap,
    "news": NewsSitemap,
    "events": EventSitemap,
}
