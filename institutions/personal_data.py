"""The institutions' part of a person's export and erasure (core/personal_data.py): the
institutions they are a contact for, the visits they asked for and those booked with them as
a Læsehest.

An erased contact leaves the institution's contacts and gives up their own places at its
visits to come without calling the visits off: the institution still expects its Læsehest.
(A volunteer's visits are handed back through volunteers' leaving hook, services.py.) The
requests they made stay the institution's, tied to their pseudonymised account.
"""

from django.utils.translation import gettext as _

from core.personal_data import Part, Person
from signups import services as signups
from signups.models import SignUp

from .models import BookingRequest, Institution


def _day(booking: BookingRequest) -> str:
    return booking.date.strftime("%d.%m.%Y")


def institutions_export(person: Person) -> Part | None:
    user = person.user
    places = list(Institution.objects.filter(contacts=user).order_by("name"))
    requested = list(
        BookingRequest.objects.filter(requested_by=user).select_related("institution", "role")
    )
    visits = list(
        BookingRequest.objects.filter(volunteer__user=user).select_related("institution", "role")
    )
    if not (places or requested or visits):
        return None
    summary = [_("Du er kontaktperson for %(name)s.") % {"name": place.name} for place in places]
    summary += [
        _("Du bad om besøg af en læsehest hos %(place)s %(day)s (%(status)s).")
        % {"place": b.institution.name, "day": _day(b), "status": b.get_status_display()}
        for b in requested
    ]
    summary += [
        _("Som læsehest: besøg hos %(place)s %(day)s (%(status)s).")
        % {"place": b.institution.name, "day": _day(b), "status": b.get_status_display()}
        for b in visits
    ]

    def row(b):
        return {
            "institution": b.institution.name,
            "role": b.role.title,
            "date": b.date.isoformat(),
            "time": f"{b.time_from:%H:%M}-{b.time_to:%H:%M}",
            "place": b.place,
            "children": b.children,
            "note": b.note,
            "status": b.status,
        }

    data = {
        "contact_for": [place.name for place in places],
        "visits_requested": [row(b) for b in requested],
        "visits_as_volunteer": [row(b) for b in visits],
    }
    return Part(data=data, summary=summary)


def institutions_erase(person: Person) -> None:
    user = person.user
    # Their own places at their institutions' visits to come: given up, the visit kept.
    upcoming = SignUp.objects.filter(
        user=user,
        status__in=SignUp.ACTIVE,
        occasion__starts_at__gt=person.now,
        occasion__booking__institution__contacts=user,
    ).distinct()
    for signup_id in list(upcoming.values_list("pk", flat=True)):
        signups.signup_cancel(signup_id=signup_id, tell_owner=False)
    for place in Institution.objects.filter(contacts=user):
        place.contacts.remove(user)
