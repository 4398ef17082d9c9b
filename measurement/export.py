"""CSV files for researchers: the published tables (with definitions, units, sources and a
suppression flag per cell) and an institution's own entries. Never any personal data.

Numbers carry the language's decimal mark and no thousands separator; the columns are split by
semicolons, as Danish spreadsheet programs expect. A text cell starting with = + - @ or a tab or
carriage return would run as a formula in a spreadsheet, also behind leading spaces; it gets a
leading apostrophe (the OWASP advice), so it shows as typed.
"""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal | int | float):
        # Numbers are written plainly (a negative number is a number, not a formula), with the
        # language's decimal mark: "28,5" for Danish Excel, which reads "28.5" as text or a date.
        plain = format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
        return plain.replace(".", formats.get_format("DECIMAL_SEPARATOR"))
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # Some spreadsheets skip leading spaces before looking for a formula: check behind them too.
    if text.startswith(FORMULA_PREFIXES) or text.lstrip().startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def _writer():
    buffer = io.StringIO()
    # A byte-order mark so spreadsheet programs read æøå right.
    buffer.write("\ufeff")
    return buffer, csv.writer(buffer, delimiter=";", lineterminator="\r\n")


def _row(writer, values):
    writer.writerow([neutralise(v) for v in values])


def table_csv(table) -> str:
    buffer, writer = _writer()
    _row(writer, [_("Tabel"), table.title])
    _row(writer, [_("Periode"), table.period])
    _row(writer, [_("Kilde"), table.source])
    _row(writer, [_("Beregnet"), table.computed_at])
    _row(
        writer,
        [
            _("Regel"),
            _("Tal under 5 og tal, der kan regnes ud fra en total, er skjult (skjult=1)."),
        ],
    )
    _row(writer, [_("Regel"), _("Antal personer er afrundet til nærmeste 5.")])
    for column in table.columns:
        _row(writer, [_("Kolonne"), column.label, column.unit, column.definition])
    for label, cell in table.figures:
        _row(writer, [label, cell.value, cell.suppressed])
    _row(writer, [])
    header = [""]
    for column in table.columns:
        header += [column.label, f"{column.label} " + _("skjult")]
    _row(writer, header)
    for row in [*table.rows, *([table.total] if table.total else [])]:
        values = [row.label]
        for cell in row.cells:
            values += [cell.value, cell.suppressed]
        _row(writer, values)
    return buffer.getvalue()


def entries_csv(entries) -> str:
    buffer, writer = _writer()
    _row(writer, [_("Dato"), _("Minutter"), _("Antal børn"), _("Bogens titel"), _("Registreret")])
    for entry in entries:
        _row(
            writer,
            [entry.date, entry.minutes, entry.children, entry.book_title, entry.created_at],
        )
    return buffer.getvalue()
