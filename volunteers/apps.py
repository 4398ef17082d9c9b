from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Frivillige")

    def ready(self):
        from core import dashboard
        from core.registry import content

        from . import errors, notices  # noqa: F401 - errors registers its reasons
        from .selectors import waiting_applications

        notices.register_all()
        # Roles show on the cached /bliv-frivillig/ page: a change to them clears the cache.
        content.register_app(self, fixed_pages=["volunteers:roles"])
        # The editors' front page lists the applications waiting for a coordinator.
        dashboard.register(
            _("Ansøgninger der venter"),
            waiting_applications,
            permission="volunteers.view_application",
        )
