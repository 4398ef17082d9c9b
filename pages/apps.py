from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Sider")

    def ready(self):
        from core.registry import SearchFields, SitemapEntry, content

        from .models import HelpLine, Page

        def pages_without_fixed_url():
            # The front page, the contact page and the volunteer page (volunteers/ lists it) are
            # fixed pages: they exist even before an editor writes their text.
            fixed = [Page.Key.VISION, Page.Key.CONTACT, Page.Key.VOLUNTEER]
            return Page.objects.published().exclude(key__in=fixed)

        content.register_app(
            self,
            search={Page: SearchFields("title", "intro", "body")},
            sitemap=[SitemapEntry(Page, items=pages_without_fixed_url)],
            fixed_pages=["pages:vision", "pages:contact"],
            # The help lines show in every page's footer. The words behind "Mente du …?" are
            # rebuilt from the content (pages/signals.py), whose change has cleared the cache.
            shown=[Page, HelpLine],
        )
        from . import signals

        signals.connect(self)
