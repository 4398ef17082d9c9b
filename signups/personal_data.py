"""The sign-ups' part of a person's export and erasure (core/personal_data.py): every sign-up
made by their account or address (events, sessions, visits, meetings' answers) and their
private calendar address.

Erasure runs after the owners' apps above (a visit has been handed back already): the person's
places still to come are given up as any cancellation would (a freed place is offered on, the
owner hears of it), then every sign-up keeps its row, and so the counts, without the person.
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.personal_data import Part, Person

from .models import CalendarFeed, SignUp
from .services import signup_cancel, signups_erase

ERASED_NAME = "Slettet"


def _mine(person: Person):
    query = Q(user=person.user)
    for email in person.emails:
        query |= Q(email__iexact=email)
    return SignUp.objects.filter(query)


def signups_export(person: Person) -> Part | None:
    signups = list(_mine(person).select_related("occasion").order_by("occasion__starts_at"))
    feed = CalendarFeed.objects.filter(user=person.user).exists()
    if not signups and not feed:
        return None
    summary = [
        _("%(title)s, %(when)s: %(status)s.")
        % {
            "title": s.occasion.title,
            "when": timezone.localtime(s.occasion.starts_at).strftime("%d.%m.%Y %H.%M"),
            "status": s.get_status_display(),
        }
        for s in signups
    ]
    if signups:
        summary.insert(
            0,
            _("Ved hver tilmelding gemmer vi det navn, den e-mail og det telefonnummer, du opgav."),
        )
    if feed:
        summary.append(_("Du har en privat kalenderadresse til dine aftaler."))
    data = {
        "signups": [
            {
                "occasion": s.occasion.title,
                "starts_at": s.occasion.starts_at.isoformat(),
                "status": s.status,
                "answer": s.answer,
                "name": s.name,
                "email": s.email,
                "phone": s.phone,
                "created_at": s.created_at.isoformat(),
            }
            for s in signups
        ],
        "calendar_feed": feed,
    }
    return Part(data=data, summary=summary)


def signups_erase_person(person: Person) -> None:
    mine = _mine(person)
    for name, email, phone in mine.values_list("name", "email", "phone"):
        person.remember(name, phone)
        person.remember(email, email=True)
    upcoming = mine.filter(status__in=SignUp.ACTIVE, occasion__starts_at__gt=person.now)
    for signup_id in list(upcoming.values_list("pk", flat=True)):
        signup_cancel(signup_id=signup_id)
    signups_erase(signup_ids=list(mine.values_list("pk", flat=True)), name=ERASED_NAME)
    CalendarFeed.objects.filter(user=person.user).delete()
