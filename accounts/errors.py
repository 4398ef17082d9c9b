"""Why an invitation link cannot be used, and why an erasure cannot be done (core/errors.py)."""

from django.utils.translation import gettext_lazy as _

from core.errors import register

register(
    "accounts",
    {
        "invitation-unknown": _(
            "Vi kender ikke dette link. Kontrollér, at du har kopieret hele adressen fra "
            "e-mailen, eller bed sekretariatet om en ny invitation."
        ),
        "invitation-used": _(
            "Invitationen er allerede brugt, og din bruger findes. Du kan logge ind med din "
            "e-mailadresse."
        ),
        "invitation-expired": _(
            "Linket i invitationen er udløbet. Bed sekretariatet om at sende en ny invitation."
        ),
        "erase-by-another": _(
            "Din konto har en rolle i sekretariatet, så du kan ikke selv slette den: det, du "
            "har gjort i portalen, skal blive stående i revisionsloggen. Bed en anden i "
            "sekretariatet om at slette dine data."
        ),
        "erase-not-allowed": _("Du kan ikke slette denne persons data."),
    },
)
