"""Chart geometry for server-drawn SVG (templates/measurement/includes/*_chart.svg.html).

Only numbers that passed the disclosure rule reach here (as `Cell`s); a hidden one is drawn as
a gap with the word »skjult«, never as a bar or a point.
"""

from decimal import Decimal

WIDTH = 640
LEFT = 150  # room for the bar labels
RIGHT = 80
ROW = 28
TOP = 10


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
    """Horizontal bars, one per (label, Cell)."""
    top = _nice_max(max((float(c.value) for _, c in rows if c.shown), default=0))
    span = WIDTH - LEFT - RIGHT
    bars = []
    for index, (label, cell) in enumerate(rows):
        y = TOP + index * ROW
        length = float(cell.value) / top * span if cell.shown else 0
        bars.append(
            {
                "label": label,
                "cell": cell,
                "y": y,
                "text_y": y + ROW / 2 + 4,
                "width": round(length, 1),
                "value_x": round(LEFT + length + 6, 1),
                "height": ROW - 8,
            }
        )
    return {
        "width": WIDTH,
        "height": TOP * 2 + ROW * max(len(rows), 1),
        "left": LEFT,
        "label_x": LEFT - 8,
        "bars": bars,
        "unit": unit,
    }


def line_chart(points, indicator, *, width=WIDTH, height=240) -> dict:
    """Yearly values (year, Cell) against the baseline, the target and the straight line
    from one to the other (the trend the goal asks for)."""
    left, right, top, bottom = 56, 24, 16, 36
    shown = [(year, float(cell.value)) for year, cell in points if cell.shown]
    years = [indicator.baseline_year, indicator.target_year, *(y for y, _ in points)]
    first, last = min(years), max(years)
    values = [
        float(indicator.baseline_value),
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

    hidden = [{"x": x(year), "label_y": y(low) - 6} for year, cell in points if not cell.shown]
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "bottom": height - bottom,
        "baseline": {"x": x(indicator.baseline_year), "y": y(indicator.baseline_value)},
        "target": {"x": x(indicator.target_year), "y": y(indicator.target_value)},
        "line": " ".join(f"{x(year)},{y(value)}" for year, value in shown),
        "points": [
            {"x": x(year), "y": y(value), "year": year, "value": Decimal(str(value))}
            for year, value in shown
        ],
        "hidden": hidden,
        "ticks": [{"x": x(year), "year": year} for year in range(first, last + 1)],
        "grid": [
            {"y": y(low + (high - low) * share), "value": round(low + (high - low) * share)}
            for share in (0, 0.5, 1)
        ],
    }
