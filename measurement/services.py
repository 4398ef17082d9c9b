"""What changes measurement data: logging read-aloud, barometer settings, computed values and
the quiet-barometer reminders. Each action runs in one transaction."""

from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Greatest, TruncDate
from django.utils import timezone

from institutions.models import Institution
from notices.services import notice_schedule

from . import sources
from .models import (
    CORRECTION_DAYS,
    BarometerGoal,
    BarometerSettings,
    Indicator,
    IndicatorValue,
    ReadingEntry,
)

QUIET_DAYS = 14
REMINDER_KIND = "barometer-quiet"


def today() -> date:
    return timezone.localdate()


def may_correct(entry: ReadingEntry) -> bool:
    """Entries can be corrected for a week after they were logged."""
    return timezone.now() - entry.created_at <= timedelta(days=CORRECTION_DAYS)


@transaction.atomic
def reading_entry_log(*, user, institution: Institution, **fields) -> ReadingEntry:
    entry = ReadingEntry(institution=institution, logged_by=user, **fields)
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def reading_entry_correct(*, entry: ReadingEntry, **fields) -> ReadingEntry:
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def barometer_settings_save(
    *, institution: Institution, year: int, goal_minutes: int | None, reminders: bool
) -> None:
    BarometerSettings.objects.update_or_create(
        institution=institution, defaults={"reminders": reminders}
    )
    if goal_minutes:
        BarometerGoal.objects.update_or_create(
            institution=institution, year=year, defaults={"minutes": goal_minutes}
        )
    else:
        BarometerGoal.objects.filter(institution=institution, year=year).delete()


def year_period(year: int) -> tuple[date, date]:
    """A calendar year, cut at today for the year that is running."""
    return date(year, 1, 1), min(date(year, 12, 31), today())


@transaction.atomic
def indicator_values_compute(*, years, now=None) -> int:
    """Store each computed indicator's value for each of `years`, saying when and from what."""
    now = now or timezone.now()
    stored = 0
    for indicator in Indicator.objects.exclude(source=""):
        source = sources.get(indicator.source)
        if source is None:
            continue
        for year in years:
            start, end = year_period(year)
            # The baseline year has its figure (often from before the portal counted anything:
            # a computed 0 there would read as a collapse).
            if start > end or year <= indicator.baseline_year:
                continue
            value = Decimal(source.compute(start, end))
            IndicatorValue.objects.update_or_create(
                indicator=indicator,
                period_start=start,
                defaults={
                    "period_end": end,
                    "value": value,
                    # The public reads this: the data's name, not the code's key.
                    "source": str(source.label),
                    "computed_at": now,
                    "entered_by": None,
                },
            )
            stored += 1
    return stored


def quiet_period_start(last_entry: date) -> date:
    return last_entry + timedelta(days=1)


def last_activity():
    """The later of the last session's date and the day the last one was logged (local time):
    a session logged today for a day weeks back is activity too, and must neither start a
    new quiet spell nor draw a reminder the same day."""
    logged = Max(TruncDate("reading_entries__created_at", tzinfo=timezone.get_current_timezone()))
    return Greatest(Max("reading_entries__date"), logged)


def barometer_quiet_reminders(*, on: date | None = None) -> int:
    """Schedule one reminder per quiet spell to each contact of an institution that has used
    the barometer, wants reminders and has logged nothing for two weeks. The key names the
    spell (the day after the last activity), so a spell gets one reminder however often this
    runs."""
    on = on or today()
    cutoff = on - timedelta(days=QUIET_DAYS)
    quiet = (
        Institution.objects.annotate(last=last_activity())
        .filter(last__lte=cutoff)
        .exclude(barometer__reminders=False)
        .prefetch_related("contacts")
    )
    scheduled = 0
    for institution in quiet:
        start = quiet_period_start(institution.last)
        for contact in institution.contacts.all():
            if not (contact.is_active and contact.email):
                continue
            notice = notice_schedule(
                key=f"{REMINDER_KIND}:{institution.pk}:{start.isoformat()}:{contact.pk}",
                kind=REMINDER_KIND,
                object_id=institution.pk,
                recipient=contact.email,
            )
            scheduled += notice is not None
    return scheduled
