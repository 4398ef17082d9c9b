from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Frivillige")

    def ready(self):
        from signups import owners

        from . import notices_visits  # noqa: F401 - registers the booking notices' renderers
        from .services.bookings import on_signup_cancelled

        # A cancelled sign-up to a visit (either side's e-mail link) calls the visit off.
        owners.register("booking", on_signup_cancelled)
