"""An event's sign-up refused, in the event page's words (core/errors.py)."""

from django.utils.translation import gettext_lazy as _

from core.errors import register

register(
    "initiatives",
    {
        "cancelled": _("Arrangementet er aflyst."),
        "closed": _("Der er lukket for tilmelding."),
        "started": _("Arrangementet er begyndt, så tilmeldingen er lukket."),
    },
)
