"""Why something in the members' area cannot be done now (core/errors.py): an answer to a
meeting (the sign-up mechanism's refusals in a meeting's words) and an invitation."""

from django.utils.translation import gettext_lazy as _

from core.errors import register

register(
    "members",
    {
        "unknown-answer": _("Vælg dit svar."),
        "closed": _("Mødet er ikke sendt ud endnu."),
        "started": _("Mødet er begyndt, så svaret kan ikke længere ændres."),
        "cancelled": _("Mødet er aflyst."),
        "no-email": _("Skriv medlemmets e-mailadresse på medlemmet, før du inviterer."),
        "not-current": _("Kun nuværende medlemmer kan inviteres."),
        "has-account": _("Medlemmet har allerede en bruger."),
    },
)
