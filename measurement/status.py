"""A goal's yearly status, computed from its indicators' baseline, target and latest value."""

from decimal import Decimal

from .models import Status

# A value within this share of where a straight line from baseline to target would be by now
# still counts as on track: yearly figures wobble.
TOLERANCE = Decimal("0.9")


def indicator_status(indicator, latest, year: int, *, baseline=None) -> str:
    """`latest`: the indicator's most recent value up to and including `year`, or None;
    `baseline`: the baseline as published (default: the indicator's own)."""
    if latest is None:
        return Status.NO_DATA
    baseline = indicator.baseline_value if baseline is None else Decimal(baseline)
    span = indicator.target_value - baseline
    if span == 0:
        return Status.ON_TRACK
    progress = (Decimal(latest) - baseline) / span
    years = indicator.target_year - indicator.baseline_year
    expected = min(max(Decimal(year - indicator.baseline_year) / years, Decimal(0)), Decimal(1))
    if progress >= 1 or progress >= expected * TOLERANCE:
        return Status.ON_TRACK
    if progress > 0:
        return Status.SOME_PROGRESS
    return Status.NOT_YET


def goal_status(indicator_statuses) -> str:
    known = [s for s in indicator_statuses if s != Status.NO_DATA]
    if not known:
        return Status.NO_DATA
    if all(s == Status.ON_TRACK for s in known):
        return Status.ON_TRACK
    if any(s in (Status.ON_TRACK, Status.SOME_PROGRESS) for s in known):
        return Status.SOME_PROGRESS
    return Status.NOT_YET
