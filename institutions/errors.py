"""Why a booking step cannot be taken now (core/errors.py)."""

from django.utils.translation import gettext_lazy as _

from core.errors import register

register(
    "institutions",
    {
        "gone": _(
            "Forslaget gælder ikke længere: det er besvaret, givet til en anden eller aflyst."
        ),
        "cancelled": _("Besøget er aflyst."),
        "started": _("Besøget er allerede begyndt eller overstået."),
        "not-fitting": _("Du kan ikke tage besøget lige nu. Kontakt koordinatoren."),
        "not-contact": _("Du er ikke kontaktperson for den institution."),
        # To the coordinator in the admin, whatever stands in the way.
        "not-proposable": _("Den frivillige kan ikke foreslås til besøget nu."),
    },
)
