"""Why a volunteer action cannot be done now (core/errors.py): applications, and sessions (the
sign-up mechanism's refusals in a session's words)."""

from django.utils.translation import gettext_lazy as _

from core.errors import register

register(
    "volunteers",
    {
        # Applications
        "guardian-needed": _("Under 15 år kræver en forælders e-mail."),
        "account-closed": _("Kontoen er lukket. Kontakt sekretariatet."),
        "not-ready": _("Kun ansøgninger, der er klar til behandling, kan godkendes."),
        "attest-remarks": _(
            "Børneattesten har anmærkninger. Rollen indebærer fast kontakt med børn under 15, "
            "så ansøgningen kan ikke godkendes – afslå den med en begrundelse."
        ),
        "attest-missing": _(
            "Rollen indebærer fast kontakt med børn under 15: registrér først en modtaget "
            "børneattest uden anmærkninger for den frivillige."
        ),
        "reason-needed": _("Skriv en begrundelse; den sendes til ansøgeren."),
        "not-rejectable": _("Ansøgningen kan ikke afslås i sin nuværende status."),
        "question-needed": _("Skriv dit spørgsmål; det sendes til ansøgeren."),
        "not-ready-for-question": _("Kun ansøgninger, der er klar, kan få et spørgsmål."),
        "not-waiting": _("Ansøgningen venter ikke på svar fra dig."),
        # Sessions
        "attest": _(
            "Vagten er med børn under 15, og din børneattest dækker ikke den dag. "
            "Kontakt koordinatoren om en ny attest."
        ),
        "not-approved": _("Du er ikke godkendt til den rolle, vagten hører til."),
        "closed": _("Vagten er lukket for tilmelding. Koordinatoren fordeler pladserne."),
        "started": _("Vagten er begyndt, så du kan ikke længere melde dig."),
        "cancelled": _("Vagten er aflyst."),
        "not-all-assignable": _("Nogle af de valgte frivillige kan ikke tage vagten."),
    },
)
