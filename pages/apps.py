from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Sider")

    def ready(self):
        from django.db.models.signals import post_save

        from .search import KINDS, index_saved_row

        # Keeping the stored search document current is a side job of saving, like clearing
        # the page cache: no business rule depends on it.
        for kind in KINDS:
            post_save.connect(
                index_saved_row, sender=kind.model, dispatch_uid=f"search-{kind.model}"
            )
