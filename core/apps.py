from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Fælles")

    def ready(self):
        from . import checks, signals  # noqa: F401  (deploy checks; page cache clearing)
