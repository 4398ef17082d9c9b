"""The sign-up mechanism's reasons for refusing (core/errors.py). An owner app that speaks of
its occasions in its own words (a session, a meeting, an event) recasts them with
`error.for_app(...)`; these are the words when it does not."""

from django.utils.translation import gettext_lazy as _

from core.errors import register

register(
    "signups",
    {
        "cancelled": _("Det er aflyst."),
        "started": _("Det er begyndt, så tilmeldingen er lukket."),
        "closed": _("Der er lukket for tilmelding."),
        "offer-gone": _("Der er ikke længere en plads holdt til dig."),
        "offer-lapsed": _(
            "Tilbuddet er udløbet, og pladsen er gået videre til den næste på ventelisten."
        ),
    },
)
