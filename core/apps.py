from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Fælles")

    def ready(self):
        from . import checks, signals  # noqa: F401  (deploy checks; page cache clearing)
        from .site import sync_site

        # Sent for core after django.contrib.sites (listed above it) has made its row.
        post_migrate.connect(sync_site, sender=self)
