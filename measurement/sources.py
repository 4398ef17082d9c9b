"""Figures the portal computes from its own data, for indicators whose `source` names one.

The apps that hold the data declare them in the measure registry (`core.registry.measures`),
each from its own `AppConfig.ready()`: volunteer sessions in volunteers, events in initiatives,
postcards in voices, the Læseheste's visits as their share of "children read to". This module
reads the registry and declares only the barometer's own figures; it imports no other app, so
measurement stands above the apps it measures without naming them.

Each figure counts what happened on days `start` to `end` (both included), with one aggregate
query per part (nothing is loaded into Python).
"""

from datetime import date

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from core.registry import Measure, measures


def get(key: str) -> Measure | None:
    return measures.get(key)


def counts_people(indicator) -> bool:
    """Whether the indicator's figures count people: as the editors say, and always when its
    source is a count of people (the source's app says so), whatever the editors ticked."""
    measure = get(indicator.source) if indicator.source else None
    return indicator.counts_people or (measure is not None and measure.counts_people)


def choices() -> list[tuple[str, str]]:
    return [("", _("Indtastes af sekretariatet"))] + [
        (measure.key, measure.label) for measure in measures.values()
    ]


def read_aloud_minutes(start: date, end: date) -> int:
    from .models import ReadingEntry

    rows = ReadingEntry.objects.filter(date__range=(start, end))
    return rows.aggregate(total=Sum("minutes"))["total"] or 0


def barometer_children(start: date, end: date) -> int:
    """Children read to in the barometer's sessions (summed over sessions)."""
    from .models import ReadingEntry

    rows = ReadingEntry.objects.filter(date__range=(start, end))
    return rows.aggregate(n=Sum("children"))["n"] or 0


def register(app) -> None:
    """The barometer's figures; called from measurement's ready()."""
    measures.register(
        app,
        "read_aloud_minutes",
        _("Minutters højtlæsning (læsebarometret)"),
        read_aloud_minutes,
        counts_people=False,
    )
    # The Læseheste's visits add their children to this one (the visits' app contributes).
    measures.register(
        app,
        "children_reached",
        _("Børn læst for (barometer og læsehestebesøg)"),
        barometer_children,
        counts_people=True,
    )
