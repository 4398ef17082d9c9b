"""Chart geometry for server-drawn SVG (templates/measurement/includes/*_chart.svg.html).

Only numbers that passed the disclosure rule reach here (as `Cell`s); a hidden one is drawn as
a gap with the word »skjult«, never as a bar or a point.
"""

from decimal import Decimal

from django.utils import formats


def _svg(number) -> str:
    """A coordinate as SVG wants it. Templates localise numbers (Danish: "28,5" and "2.025"),
    which breaks attributes, so geometry leaves here as plain strings."""
    return f"{round(float(number), 1):g}"


# Drawn for a phone: at 390 px the text is as large as the page's own; a desktop shows the
# chart no wider than the stylesheet allows. A bar's label stands above it.
WIDTH = 400
RIGHT = 70  # room for the value after the longest bar
ROW = 46
LABEL = 17  # the label's baseline within its row
BAR = 22  # where the bar starts within its row
TOP = 4


def _nice_max(value) -> float:
    value = float(value or 0)
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


def bar_chart(rows, *, unit: str) -> dict:
    """Horizontal bars, one per (label, Cell), each under its label."""
    top = _nice_max(max((float(c.value) for _, c in rows if c.shown), default=0))
    span = WIDTH - RIGHT
    bars = []
    for index, (label, cell) in enumerate(rows):
        y = TOP + index * ROW
        length = float(cell.value) / top * span if cell.shown else 0
        bars.append(
            {
                "label": label,
                "cell": cell,
                "label_y": _svg(y + LABEL),
                "y": _svg(y + BAR),
                "text_y": _svg(y + BAR + 15),
                "width": _svg(length),
                "value_x": _svg(length + 6),
                "height": _svg(20),
            }
        )
    return {
        "width": _svg(WIDTH),
        "height": _svg(TOP * 2 + ROW * max(len(rows), 1)),
        "left": "0",
        "label_x": "0",
        "bars": bars,
        "unit": unit,
    }


def _grouped(value) -> str:
    """An axis label as text (not an attribute): with the language's thousands separator."""
    return formats.number_format(round(value), use_l10n=True, force_grouping=True)


def line_chart(points, indicator, *, baseline, width=WIDTH, height=240) -> dict:  # noqa: C901
    """Yearly values (year, Cell) against the baseline (a Cell: a hidden one is not drawn),
    the target and the straight line from one to the other (the trend the goal asks for)."""
    left, right, top, bottom = 60, 18, 16, 36
    shown = [(year, float(cell.value)) for year, cell in points if cell.shown]
    years = [indicator.baseline_year, indicator.target_year, *(y for y, _ in points)]
    first, last = min(years), max(years)
    values = [
        *([float(baseline.value)] if baseline.shown else []),
        float(indicator.target_value),
        *(v for _, v in shown),
    ]
    high = _nice_max(max(values))
    low = 0.0 if min(values) >= 0 else min(values)

    def x(year):
        return round(left + (year - first) / max(last - first, 1) * (width - left - right), 1)

    def y(value):
        value = float(value)
        return round(top + (1 - (value - low) / (high - low or 1)) * (height - top - bottom), 1)

    hidden = [
        {"x": _svg(x(year)), "label_y": _svg(y(low) - 6)} for year, cell in points if not cell.shown
    ]
    target_x, target_y = x(indicator.target_year), y(indicator.target_value)
    return {
        "width": _svg(width),
        "height": _svg(height),
        "left": _svg(left),
        "label_x": _svg(left - 6),
        "right": _svg(width - right),
        "tick_y": _svg(height - bottom + 20),
        "baseline": {
            "x": _svg(x(indicator.baseline_year)),
            "y": _svg(y(baseline.value)),
        }
        if baseline.shown
        else None,
        "target": {
            "x": _svg(target_x),
            "y": _svg(target_y),
            "corner_x": _svg(target_x - 5),
            "corner_y": _svg(target_y - 5),
        },
        "line": " ".join(f"{_svg(x(year))},{_svg(y(value))}" for year, value in shown),
        "points": [
            {"x": _svg(x(year)), "y": _svg(y(value)), "year": year, "value": Decimal(str(value))}
            for year, value in shown
        ],
        "hidden": hidden,
        # Years as text: a localised 2025 would read "2.025". Every other year when there are
        # many, so that they do not run together on a phone.
        "ticks": [
            {"x": _svg(x(year)), "year": str(year)}
            for year in range(first, last + 1, 1 if last - first <= 6 else 2)
        ],
        "grid": [
            {
                "y": _svg(y(low + (high - low) * share)),
                "value": _grouped(low + (high - low) * share),
            }
            for share in (0, 0.5, 1)
        ],
    }
