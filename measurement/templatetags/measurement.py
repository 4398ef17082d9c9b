"""Template tags: one published figure, and the indicator sections of track and initiative pages."""

from datetime import datetime
from decimal import Decimal

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .. import selectors, tables

register = template.Library()


@register.simple_tag
def cell(cell) -> str:
    """A figure as the page shows it: »skjult« when the disclosure rule hides it."""
    if cell.suppressed:
        return _("skjult")
    value = cell.published
    if value is None:
        return "–"
    if isinstance(value, datetime):
        # Stored in UTC; shown in the portal's time, as the "Beregnet" line beside it.
        return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, Decimal | int | float):
        return tables.number(value)
    return str(value)


@register.simple_tag
def cycle_label(columns, index: int) -> str:
    """A column's label and unit, repeated on each cell: a phone shows a row as a list of
    label and figure instead of a table wider than the screen."""
    column = columns[index] if index < len(columns) else None
    if column is None:
        return ""
    label, unit = str(column.label), str(column.unit or "")
    return f"{label} ({unit})" if unit and unit.lower() not in label.lower() else label


@register.inclusion_tag("measurement/includes/indicator_section.html")
def indicators_of_track(track):
    """Two queries whatever the number of indicators and values."""
    return _section(selectors.indicators_for_track(track))


@register.inclusion_tag("measurement/includes/indicator_section.html")
def indicators_of_initiative(initiative):
    return _section(selectors.indicators_for_initiative(initiative))


def _section(indicators):
    return {"items": [{"indicator": i, "table": tables.indicator_table(i)} for i in indicators]}
