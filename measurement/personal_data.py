"""The measurement's part of a person's export and erasure (core/personal_data.py): the
read-aloud sessions they logged in the reading barometer and the indicator values they typed in.

The entries are the institution's counts and the values the alliance's figures: they stay.
Erasure forgets who logged a barometer entry; an indicator value keeps its link to the
account, which is the pseudonymised one by then (who typed a published figure is part of
the secretariat's record, as in the audit trail).
"""

from django.utils.translation import gettext as _

from core.personal_data import Part, Person

from .models import IndicatorValue, ReadingEntry


def measurement_export(person: Person) -> Part | None:
    entries = list(
        ReadingEntry.objects.filter(logged_by=person.user)
        .select_related("institution")
        .order_by("date", "pk")
    )
    values = list(
        IndicatorValue.objects.filter(entered_by=person.user)
        .select_related("indicator")
        .order_by("period_start", "pk")
    )
    if not entries and not values:
        return None
    summary = []
    if entries:
        summary.append(
            _(
                "Du har registreret %(count)d højtlæsninger i læsebarometeret, fra %(first)s "
                "til %(last)s. De siger, hvor længe og for hvor mange børn der blev læst, "
                "aldrig hvilke børn."
            )
            % {
                "count": len(entries),
                "first": entries[0].date.strftime("%d.%m.%Y"),
                "last": entries[-1].date.strftime("%d.%m.%Y"),
            }
        )
    if values:
        summary.append(
            _("Du har indtastet %(count)d værdier for indikatorer.") % {"count": len(values)}
        )
    data = {
        "reading_entries": [
            {
                "institution": e.institution.name,
                "date": e.date.isoformat(),
                "minutes": e.minutes,
                "children": e.children,
                "book_title": e.book_title,
                "logged_at": e.created_at.isoformat(),
            }
            for e in entries
        ],
        "indicator_values": [
            {
                "indicator": v.indicator.name,
                "period": [v.period_start.isoformat(), v.period_end.isoformat()],
                "value": str(v.value),
                "source": v.source,
            }
            for v in values
        ],
    }
    return Part(data=data, summary=summary)


def measurement_erase(person: Person) -> None:
    # An update: the entries' sums do not change, so the results page keeps its cache.
    ReadingEntry.objects.filter(logged_by=person.user).update(logged_by=None)
