from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllianceConfig(AppConfig):
    name = "alliance"
    verbose_name = _("Alliancen")

    def ready(self):
        from core.registry import content

        # Members, partners and the secretariat show on the alliance page, so changes to them
        # clear the page cache. Not searchable yet: that would take a search column on the model
        # (core.search_index.SearchIndexed) and a `search=` entry here.
        content.register_app(self, fixed_pages=["alliance:overview"])
