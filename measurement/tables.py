"""The published tables: each figure passes the disclosure rule once, here, and the HTML
table, the SVG chart and the CSV file are all drawn from the same `Table`."""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from . import charts, disclosure, sources
from .disclosure import HIDDEN, Cell


@dataclass
class Column:
    label: str
    unit: str = ""
    definition: str = ""


@dataclass
class Row:
    label: str
    cells: list[Cell]


@dataclass
class Table:
    key: str  # names its CSV file
    title: str
    columns: list[Column]
    rows: list[Row]
    source: str
    period: str
    computed_at: datetime
    total: Row | None = None
    # Further published figures the table stands on (an indicator's baseline): label and cell.
    figures: list[tuple[str, Cell]] = field(default_factory=list)
    summary: str = ""
    chart: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    live: bool = False  # follows every new entry; otherwise computed at night or entered

    @property
    def has_hidden(self) -> bool:
        rows = [*self.rows, *([self.total] if self.total else [])]
        cells = [cell for row in rows for cell in row.cells] + [cell for _, cell in self.figures]
        return any(cell.suppressed for cell in cells)


def number(value) -> str:
    if value is None:
        return ""
    return formats.number_format(
        value, decimal_pos=0 if value == int(value) else 1, use_l10n=True, force_grouping=True
    )


def barometer_table(rows: list[dict], year: int) -> Table:
    """Read-aloud per area in `year` and for the whole municipality."""
    raw = [[r["institutions"], r["sessions"], r["minutes"] or 0, r["children"] or 0] for r in rows]
    totals = [sum(column) for column in zip(*raw, strict=True)] if raw else [0, 0, 0, 0]
    total_hidden = disclosure.is_small(totals[3])
    cells = disclosure.protect_rows(raw, people_column=3, total_shown=not total_hidden)
    # The total of children is itself rounded (not the sum of the rounded areas).
    total = [HIDDEN] * 4 if total_hidden else [*map(Cell, totals[:3]), disclosure.figure(totals[3])]
    table = Table(
        key="laesebarometer",
        title=_("Læsebarometret %(year)s: højtlæsning pr. område") % {"year": year},
        columns=[
            Column(
                _("Institutioner"),
                _("antal"),
                _("Institutioner, der har registreret mindst én højtlæsning."),
            ),
            Column(_("Højtlæsninger"), _("antal"), _("Registrerede højtlæsningsstunder.")),
            Column(_("Minutter"), _("minutter"), _("Samlet tid med højtlæsning.")),
            Column(
                _("Børn læst for"),
                _("børn (summeret)"),
                _("Antal børn ved hver højtlæsning lagt sammen; samme barn tælles ved hver stund."),
            ),
        ],
        rows=[Row(r["institution__area"], c) for r, c in zip(rows, cells, strict=True)],
        total=Row(_("Hele kommunen"), total),
        source=_("Læsebarometret: institutionernes egne registreringer på portalen"),
        period=_("1. januar–i dag, %(year)s") % {"year": year},
        computed_at=timezone.now(),
        live=True,
    )
    table.chart = charts.bar_chart(
        [(row.label, row.cells[2]) for row in table.rows], unit=_("minutter")
    )
    total_minutes = table.total.cells[2]
    if total_minutes.shown:
        table.summary = _(
            "I %(year)s er der indtil nu læst højt i %(minutes)s minutter i %(areas)s områder."
        ) % {"year": year, "minutes": number(total_minutes.value), "areas": len(rows)}
        shown = [row for row in table.rows if row.cells[2].shown]
        if shown:
            top = max(shown, key=lambda row: row.cells[2].value)
            table.summary += " " + _("Mest i %(area)s med %(minutes)s minutter.") % {
                "area": top.label,
                "minutes": number(top.cells[2].value),
            }
    else:
        table.summary = _("Der er endnu ikke tal nok til at vise noget for %(year)s.") % {
            "year": year
        }
    if table.has_hidden:
        table.notes.append(hidden_note())
    table.notes.append(rounding_note())
    return table


def hidden_note() -> str:
    return _(
        "»Skjult«: tallet bygger på færre end 5 børn eller personer, eller det ville kunne "
        "regnes ud fra totalen. Så vises det ikke, af hensyn til privatlivet."
    )


def rounding_note() -> str:
    return _(
        "Antal børn og andre personer er afrundet til nærmeste 5, så ingen kan regne et lille "
        "tal ud ved at trække ét tal fra et andet."
    )


def indicator_table(indicator) -> Table:
    values = list(indicator.values.all())
    cells = [disclosure.indicator_figure(indicator, v.value) for v in values]
    baseline = disclosure.indicator_figure(indicator, indicator.baseline_value)
    unit = indicator.unit
    rows = [
        Row(_period_label(v), [cell, Cell(v.source), Cell(v.computed_at)])
        for v, cell in zip(values, cells, strict=True)
    ]
    table = Table(
        key=f"indikator-{indicator.pk}",
        title=indicator.name,
        columns=[
            Column(_("Værdi"), unit, indicator.definition),
            Column(_("Kilde"), "", ""),
            Column(_("Beregnet/indtastet"), "", ""),
        ],
        rows=rows,
        source=indicator.source_note or _("Portalens egne data"),
        period=", ".join(row.label for row in rows),
        computed_at=max((v.computed_at for v in values), default=timezone.now()),
        figures=[
            (_("Udgangspunkt %(year)s") % {"year": indicator.baseline_year}, baseline),
            (_("Mål %(year)s") % {"year": indicator.target_year}, Cell(indicator.target_value)),
        ],
    )
    points = [(v.period_start.year, cell) for v, cell in zip(values, cells, strict=True)]
    table.chart = charts.line_chart(points, indicator, baseline=baseline)
    table.summary = indicator_summary(indicator, points, baseline=baseline)
    if table.has_hidden:
        table.notes.append(hidden_note())
    if sources.counts_people(indicator):
        table.notes.append(rounding_note())
    if indicator.source:
        # Beside a live table the same figure can read a little lower: say why.
        table.notes.append(
            _(
                "Portalen beregner tallet hver nat. Det, der er registreret siden, kommer med i "
                "næste beregning, så tallet kan være lidt lavere end de løbende tal på siden."
            )
        )
    return table


def _period_label(value) -> str:
    start, end = value.period_start, value.period_end
    if (start.month, start.day) == (1, 1) and end.year == start.year:
        if (end.month, end.day) == (12, 31):
            return str(start.year)
        return _("%(year)s (til %(day)s)") % {
            "year": start.year,
            "day": formats.date_format(end, "j. F"),
        }
    return f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"


def indicator_summary(indicator, points, *, baseline: Cell) -> str:
    if baseline.shown:
        start = _("Udgangspunktet i %(year)s var %(value)s %(unit)s.") % {
            "year": indicator.baseline_year,
            "value": number(baseline.value),
            "unit": indicator.unit,
        }
    else:
        start = _("Udgangspunktet i %(year)s er skjult (færre end 5).") % {
            "year": indicator.baseline_year
        }
    target = _("Målet er %(value)s %(unit)s i %(year)s.") % {
        "year": indicator.target_year,
        "value": number(indicator.target_value),
        "unit": indicator.unit,
    }
    shown = [(year, cell) for year, cell in points if cell.shown]
    if not shown:
        latest = _("Der er endnu ingen tal at vise.")
    else:
        year, cell = shown[-1]
        latest = _("Seneste tal (%(year)s): %(value)s %(unit)s.") % {
            "year": year,
            "value": number(cell.value),
            "unit": indicator.unit,
        }
    return f"{start} {latest} {target}"
