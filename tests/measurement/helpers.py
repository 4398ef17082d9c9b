"""Test data for the barometer and the indicators."""

from datetime import timedelta
from decimal import Decimal
from itertools import count

from django.utils import timezone

from institutions.models import Institution
from measurement.models import Indicator, IndicatorValue, ReadingEntry
from tests.factories import GoalFactory, ImprintFactory, RoleUserFactory

_n = count(1)


def institution(*, area="Hvalsø", contact=None, kind="daycare", **extra) -> Institution:
    place = Institution.objects.create(
        name=extra.pop("name", f"Børnehuset {next(_n)}"), kind=kind, area=area, **extra
    )
    if contact is not None:
        place.contacts.add(contact)
    return place


def contact(**extra):
    return RoleUserFactory(roles=["institution"], second_factor=False, **extra)


def entry(place, *, days_ago=0, minutes=20, children=10, **extra) -> ReadingEntry:
    return ReadingEntry.objects.create(
        institution=place,
        date=timezone.localdate() - timedelta(days=days_ago),
        minutes=minutes,
        children=children,
        **extra,
    )


def indicator(*, imprint=None, track=None, values=(), **extra) -> Indicator:
    if imprint is None:
        goal = GoalFactory(track=track) if track is not None else GoalFactory()
        imprint = ImprintFactory(goal=goal)
    fields = {
        "name": "Børn, der læses for",
        "unit": "børn",
        "definition": "Antal børn ved højtlæsning i dagtilbud.",
        "kind": Indicator.Kind.HOW_MUCH,
        "baseline_year": 2022,
        "baseline_value": Decimal(100),
        "target_year": 2027,
        "target_value": Decimal(600),
    } | extra
    made = Indicator.objects.create(imprint=imprint, **fields)
    for year, value in values:
        IndicatorValue.objects.create(
            indicator=made,
            period_start=f"{year}-01-01",
            period_end=f"{year}-12-31",
            value=Decimal(value),
            source="Trivselsmålingen",
            computed_at=timezone.now(),
        )
    return made


def visit(place, *, children, days_ago=0, status=None):
    """A Læsehest visit to `place` (confirmed unless told otherwise), as the visits' app keeps
    it: the children there count among those read to."""
    from datetime import time

    from institutions.models import BookingRequest
    from tests.factories import VolunteerRoleFactory

    return BookingRequest.objects.create(
        institution=place,
        role=VolunteerRoleFactory(),
        date=timezone.localdate() - timedelta(days=days_ago),
        time_from=time(9),
        time_to=time(10),
        place="Læsehjørnet",
        children=children,
        status=status or BookingRequest.Status.CONFIRMED,
    )
