from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TracksConfig(AppConfig):
    name = "tracks"
    verbose_name = _("Indsatsspor")

    def ready(self):
        from core.registry import SearchFields, SitemapEntry, content

        from .models import Goal, Imprint, ImprintStatus, Strategy, Track
        from .selectors import track_list

        content.register_app(
            self,
            # Another municipality's focus areas show under its results, not as +DIG's tracks.
            search={
                Track: SearchFields("title", "short_description", "description", rows=track_list)
            },
            sitemap=[SitemapEntry(Track, items=lambda: track_list().order_by("pk"))],
            fixed_pages=["tracks:list"],
            shown=[Strategy, Track, Goal, Imprint, ImprintStatus],
        )
