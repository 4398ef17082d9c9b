from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TracksConfig(AppConfig):
    name = "tracks"
    verbose_name = _("Indsatsspor")

    def ready(self):
        from core.registry import SearchFields, content

        from .models import Track

        content.register_app(
            self,
            search={Track: SearchFields("title", "short_description", "description")},
            sitemap=[Track],
            fixed_pages=["tracks:list"],
        )
