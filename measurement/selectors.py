"""Read queries for the barometer pages and the public results. Every page runs a fixed number
of queries: sums are made in SQL, relations are prefetched."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Prefetch, Q, Sum
from django.db.models.functions import ExtractMonth
from django.shortcuts import get_object_or_404

from institutions.models import Institution
from tracks.models import Goal, Imprint, Strategy, Track

from . import disclosure
from .models import (
    BarometerGoal,
    GoalAssessment,
    Indicator,
    IndicatorValue,
    ReadingEntry,
    Status,
)
from .services import may_correct, today
from .status import goal_status, indicator_status

# --- the institution's own barometer ---------------------------------------------------------


def institutions_of(user):
    """The institutions the signed-in person is a contact for: all they may see here."""
    if not user.is_authenticated:
        return Institution.objects.none()
    return Institution.objects.filter(contacts=user).order_by("name")


@dataclass
class Barometer:
    institution: Institution
    year: int
    minutes: int
    sessions: int
    goal: int | None
    reminders: bool
    recent: list = field(default_factory=list)

    @property
    def share(self) -> float | None:
        """How far along the goal (0..1), or None without a goal."""
        if not self.goal:
            return None
        return min(self.minutes / self.goal, 1.0)

    @property
    def expected_share(self) -> float:
        """Where an even pace through the year would be today."""
        start = date(self.year, 1, 1)
        days = (date(self.year, 12, 31) - start).days + 1
        return min(max((today() - start).days + 1, 0) / days, 1.0)

    @property
    def percent(self) -> int | None:
        return None if self.share is None else round(self.share * 100)


def barometers_for(user, *, recent: int = 10) -> list[Barometer]:
    """Each of the contact's institutions: this year's minutes against its goal, and the last
    entries (with whether each can still be corrected)."""
    year = today().year
    institutions = list(
        institutions_of(user)
        .select_related("barometer")
        .annotate(
            minutes=Sum("reading_entries__minutes", filter=Q(reading_entries__date__year=year)),
            sessions=Count("reading_entries", filter=Q(reading_entries__date__year=year)),
        )
        .prefetch_related(
            Prefetch(
                "barometer_goals",
                queryset=BarometerGoal.objects.filter(year=year),
                to_attr="this_year_goals",
            )
        )
    )
    entries = (
        ReadingEntry.objects.filter(institution__in=[i.pk for i in institutions])
        .order_by("institution", "-date", "-created_at")
        .only("pk", "institution_id", "date", "minutes", "children", "book_title", "created_at")
    )
    # The last `recent` per institution, in one query whatever the number of entries.
    entries = (
        entries.filter(pk__in=_recent_ids([i.pk for i in institutions], recent))
        if institutions
        else []
    )
    by_institution: dict[int, list] = {}
    for entry in entries:
        entry.correctable = may_correct(entry)
        by_institution.setdefault(entry.institution_id, []).append(entry)
    result = []
    for institution in institutions:
        settings = getattr(institution, "barometer", None)
        goals = institution.this_year_goals
        result.append(
            Barometer(
                institution=institution,
                year=year,
                minutes=institution.minutes or 0,
                sessions=institution.sessions,
                goal=goals[0].minutes if goals else None,
                reminders=settings.reminders if settings else True,
                recent=by_institution.get(institution.pk, []),
            )
        )
    return result


def _recent_ids(institution_ids, limit):
    from django.db.models import F, Window
    from django.db.models.functions import RowNumber

    ranked = ReadingEntry.objects.filter(institution__in=institution_ids).annotate(
        rank=Window(
            RowNumber(),
            partition_by=[F("institution")],
            order_by=[F("date").desc(), F("created_at").desc()],
        )
    )
    return ranked.filter(rank__lte=limit).values("pk")


def entry_for(user, pk: int) -> ReadingEntry | None:
    return (
        ReadingEntry.objects.filter(pk=pk, institution__in=institutions_of(user))
        .select_related("institution")
        .first()
    )


def institution_for(user, pk: int) -> Institution | None:
    return institutions_of(user).filter(pk=pk).select_related("barometer").first()


def entries_for_export(institution: Institution):
    return ReadingEntry.objects.filter(institution=institution).order_by("date", "pk")


# --- the public results --------------------------------------------------------------------


def barometer_by_area(year: int) -> list[dict]:
    """Per area: institutions taking part, sessions, minutes and children read to (summed over
    sessions) in `year`. Summed in SQL per institution (one query, no DISTINCT to sort), then
    the few institution rows are added up per area."""
    per_institution = (
        ReadingEntry.objects.filter(date__gte=date(year, 1, 1), date__lte=date(year, 12, 31))
        .values("institution_id", "institution__area")
        .annotate(sessions=Count("pk"), minutes=Sum("minutes"), children=Sum("children"))
        .order_by()
    )
    areas: dict[str, dict] = {}
    for row in per_institution:
        area = areas.setdefault(
            row["institution__area"],
            {
                "institution__area": row["institution__area"],
                "institutions": 0,
                "sessions": 0,
                "minutes": 0,
                "children": 0,
            },
        )
        area["institutions"] += 1
        for name in ("sessions", "minutes", "children"):
            area[name] += row[name]
    return [areas[name] for name in sorted(areas)]


def barometer_by_month(year: int) -> dict[int, int]:
    rows = (
        ReadingEntry.objects.filter(date__year=year)
        .annotate(month=ExtractMonth("date"))
        .values("month")
        .annotate(minutes=Sum("minutes"))
        .order_by("month")
    )
    return {row["month"]: row["minutes"] for row in rows}


def strategy_for(slug: str | None) -> Strategy | None:
    """The named strategy, or the home one (None when no strategy is marked home)."""
    if slug is None:
        return Strategy.objects.filter(is_home=True).first()
    return get_object_or_404(Strategy, slug=slug)


def _indicator_prefetch():
    return Prefetch(
        "indicators",
        queryset=Indicator.objects.prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("period_start"))
        ),
    )


def tracks_with_indicators(strategy: Strategy | None):
    """The strategy's published tracks with goals, imprints, indicators, values and the
    editors' assessments: six queries whatever the numbers."""
    tracks = Track.objects.published()
    if strategy is None or strategy.is_home:
        tracks = tracks.filter(Q(strategy=None) | Q(strategy=strategy))
    else:
        tracks = tracks.filter(strategy=strategy)
    return list(
        tracks.prefetch_related(
            Prefetch(
                "goals",
                queryset=Goal.objects.prefetch_related(
                    "assessments",
                    Prefetch(
                        "imprints", queryset=Imprint.objects.prefetch_related(_indicator_prefetch())
                    ),
                ),
            )
        )
    )


def other_strategies(strategy: Strategy | None):
    queryset = Strategy.objects.all()
    if strategy is not None:
        queryset = queryset.exclude(pk=strategy.pk)
    return queryset


def indicators_for_track(track) -> list[Indicator]:
    return list(
        Indicator.objects.filter(imprint__goal__track=track)
        .select_related("imprint__goal")
        .prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("period_start"))
        )
        .order_by("imprint__goal__order", "imprint__order", "order", "pk")
    )


def indicators_for_initiative(initiative) -> list[Indicator]:
    return list(
        Indicator.objects.filter(initiative=initiative)
        .select_related("imprint__goal")
        .prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("period_start"))
        )
    )


def indicator_for_csv(pk: int) -> Indicator:
    return get_object_or_404(
        Indicator.objects.filter(
            Q(imprint__goal__track__in=Track.objects.published())
        ).prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("period_start"))
        ),
        pk=pk,
    )


def latest_value(indicator, year: int):
    """The most recent value up to `year`, from the prefetched values."""
    latest = None
    for value in indicator.values.all():
        if value.period_start.year <= year:
            latest = value
    return latest


def goal_year_status(goal, year: int) -> tuple[str, GoalAssessment | None, str]:
    """(status shown, the editors' assessment for the year, computed status)."""
    statuses = []
    for imprint in goal.imprints.all():
        for indicator in imprint.indicators.all():
            latest = latest_value(indicator, year)
            # The status is a published figure too, so it is worked out from the published
            # figures only: a hidden value or baseline (under 5 people) must not show through
            # as "on track" against a small target, so it counts as no data.
            shown = latest and disclosure.indicator_figure(indicator, latest.value).value
            baseline = disclosure.indicator_figure(indicator, indicator.baseline_value).value
            statuses.append(
                indicator_status(indicator, shown, year, baseline=baseline)
                if baseline is not None
                else Status.NO_DATA
            )
    computed = goal_status(statuses)
    assessment = next((a for a in goal.assessments.all() if a.year == year), None)
    shown = assessment.override if assessment and assessment.override else computed
    return shown, assessment, computed
