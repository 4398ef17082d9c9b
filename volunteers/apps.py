from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Frivillige")

    def ready(self):
        from core.registry import content
        from signups import owners

        from . import notices, notices_visits  # noqa: F401 - renderers of the visits' notices
        from .services.bookings import on_signup_cancelled

        notices.register_all()
        # Roles show on the cached /bliv-frivillig/ page: a change to them clears the cache.
        content.register_app(self, fixed_pages=["volunteers:roles"])
        # A cancelled sign-up to a visit (either side's e-mail link) calls the visit off.
        owners.register("booking", on_signup_cancelled)
