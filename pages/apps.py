from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Sider")

    def ready(self):
        from core.registry import SearchFields, SitemapEntry, content

        from .models import Page

        def pages_without_fixed_url():
            # The front page and the contact page are listed as fixed pages: they exist even
            # before an editor writes their text.
            return Page.objects.published().exclude(key__in=[Page.Key.VISION, Page.Key.CONTACT])

        content.register_app(
            self,
            search={Page: SearchFields("title", "intro", "body")},
            sitemap=[SitemapEntry(Page, items=pages_without_fixed_url)],
            fixed_pages=["pages:vision", "pages:contact"],
        )
        from . import signals

        signals.connect(self)
