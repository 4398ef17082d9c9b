"""Why an invitation link cannot be used (core/errors.py)."""

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
    },
)
