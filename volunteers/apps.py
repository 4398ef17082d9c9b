from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Frivillige")

    def ready(self):
        from core.registry import content

        from . import notices

        notices.register_all()
        # Roles show on the cached /bliv-frivillig/ page: a change to them clears the cache.
        content.register_app(self, fixed_pages=["volunteers:roles"])
