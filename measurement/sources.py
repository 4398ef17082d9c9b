"""Figures the portal computes from its own data, for indicators whose `source` names one.

Each source is `key -> Source(label, function(start, end) -> number)`, counting what happened
on days `start` to `end` (both included). A new source is one `register(...)` call, e.g. the
young voices' postcards:

    register("postcards", _("Postkort fra unge"), postcards_received)

The queries read other apps' tables with one aggregate each (nothing is loaded into Python).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from voices.selectors import postcards_received


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    compute: Callable[[date, date], int]


SOURCES: dict[str, Source] = {}


def register(key: str, label, compute: Callable[[date, date], int]) -> None:
    SOURCES[key] = Source(key, label, compute)


def choices() -> list[tuple[str, str]]:
    return [("", _("Indtastes af sekretariatet"))] + [(s.key, s.label) for s in SOURCES.values()]


def _moments(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, the day after end 00:00) in the site's time zone."""
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


def read_aloud_minutes(start: date, end: date) -> int:
    from .models import ReadingEntry

    rows = ReadingEntry.objects.filter(date__range=(start, end))
    return rows.aggregate(total=Sum("minutes"))["total"] or 0


def children_reached(start: date, end: date) -> int:
    """Children read to: in the barometer's sessions and at confirmed Læsehest visits."""
    from institutions.models import BookingRequest

    from .models import ReadingEntry

    read = ReadingEntry.objects.filter(date__range=(start, end)).aggregate(n=Sum("children"))
    visits = BookingRequest.objects.filter(
        date__range=(start, end), status=BookingRequest.Status.CONFIRMED
    ).aggregate(n=Sum("children"))
    return (read["n"] or 0) + (visits["n"] or 0)


def _confirmed_session_signups(start: date, end: date):
    from signups.models import SignUp

    begin, stop = _moments(start, end)
    return SignUp.objects.filter(
        status=SignUp.Status.CONFIRMED,
        occasion__volunteer_session__isnull=False,
        occasion__cancelled_at__isnull=True,
        occasion__starts_at__gte=begin,
        occasion__starts_at__lt=stop,
    )


def active_volunteers(start: date, end: date) -> int:
    """Volunteers (Læseheste) who took at least one session in the period."""
    signups = _confirmed_session_signups(start, end)
    return signups.aggregate(n=Count("user", distinct=True))["n"] or 0


def sessions_held(start: date, end: date) -> int:
    """Volunteer sessions in the period that went ahead with a volunteer signed up."""
    signups = _confirmed_session_signups(start, end)
    return signups.aggregate(n=Count("occasion", distinct=True))["n"] or 0


def _events(start: date, end: date):
    from initiatives.models import Event

    begin, stop = _moments(start, end)
    return Event.objects.published().filter(starts_at__gte=begin, starts_at__lt=stop)


def events_held(start: date, end: date) -> int:
    return _events(start, end).count()


def event_participants(start: date, end: date) -> int:
    from signups.models import SignUp

    events = _events(start, end).exclude(occasion=None).values("occasion")
    confirmed = SignUp.objects.filter(status=SignUp.Status.CONFIRMED, occasion__in=events)
    return confirmed.count()


register("read_aloud_minutes", _("Minutters højtlæsning (læsebarometret)"), read_aloud_minutes)
register("children_reached", _("Børn læst for (barometer og læsehestebesøg)"), children_reached)
register("active_volunteers", _("Aktive læseheste"), active_volunteers)
register("sessions_held", _("Frivilligvagter gennemført"), sessions_held)
register("events_held", _("Arrangementer afholdt"), events_held)
register("event_participants", _("Deltagere i arrangementer"), event_participants)
register("postcards", _("Postkort fra unge"), postcards_received)
