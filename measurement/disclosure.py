"""The one disclosure rule: every published figure about people passes through here.

A count under 5 is never shown, and 0 counts as under 5 (an empty area is hidden like a small
one, so "hidden" never tells whether anyone was there). Where a total is shown beside the parts,
the hidden parts could be worked out by subtraction, so the next smallest parts are hidden too
until at least two are hidden and together they count 5 or more (complementary suppression).
A whole row goes when its count of people goes, so its other figures (minutes, say) cannot be
subtracted from the column totals either.

Suppression alone holds within one table at one moment only. A figure on another table, or the
same table read again after one new entry, can be subtracted from a shown one: "children read
to" (barometer and visits) minus the barometer's total gave the visits' 3, and a total read
before and after one entry gave both the entry's size and, once an area came out of hiding, the
count it had hidden. So every count of people that is shown is also rounded to the nearest
multiple of 5 (`STEP`), each figure on its own (a total is the rounded true total, not the sum
of rounded parts). Every shown count is then a multiple of 5, and so is every difference of
shown counts, between two figures on a page, between two pages, a page and its CSV, or two
reads of one page: none comes to 1–4. A figure is off by at most 2 and says so.

Charts, tables, CSV files and single figures on a page are all made from the `Cell`s this module
returns, so they cannot disagree. A hidden cell holds no value at all: nothing after this module
can show it by mistake.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from . import sources

THRESHOLD = 5
STEP = 5


@dataclass(frozen=True)
class Cell:
    """A published figure: its value as published (a count of people rounded), or nothing when
    the rule hides it."""

    published: Decimal | int | object | None
    suppressed: bool = False

    @property
    def value(self):
        return None if self.suppressed else self.published

    @property
    def shown(self) -> bool:
        return not self.suppressed and self.published is not None


HIDDEN = Cell(None, suppressed=True)


def is_small(count) -> bool:
    return count is not None and count < THRESHOLD


def rounded(count):
    """`count` to the nearest multiple of `STEP` (halves up), in its own type."""
    if isinstance(count, int):
        return STEP * ((count + STEP // 2) // STEP)
    steps = (Decimal(count) / STEP).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return steps * STEP


def hidden_rows(counts: Sequence[int], *, total_shown: bool) -> set[int]:
    """Indexes of the rows to hide, given each row's count of people."""
    hide = {index for index, count in enumerate(counts) if is_small(count)}
    if not total_shown or not hide:
        return hide
    # The total minus the shown rows gives the sum of the hidden ones. One hidden row would be
    # given away exactly; hidden rows summing to under 5 (a 3 and a 1, say) are a small group
    # together, and anyone who knows one of them gets the other. So hide the next smallest
    # rows until at least two are hidden and they add up to 5 or more.
    rest = sorted((count, index) for index, count in enumerate(counts) if index not in hide)
    while rest and (len(hide) < 2 or sum(counts[i] or 0 for i in hide) < THRESHOLD):
        hide.add(rest.pop(0)[1])
    return hide


def figure(value, *, counts_people: bool = True) -> Cell:
    """A single figure (a total, a value in a series, a baseline): a count of people under 5 is
    hidden, a larger one rounded to the nearest 5; any other figure is shown as it is."""
    if not counts_people or value is None:
        return Cell(value)
    if is_small(value):
        return HIDDEN
    return Cell(rounded(value))


def indicator_figure(indicator, value) -> Cell:
    """One of an indicator's figures (a value, its baseline) as published: counting people
    when the editors say so or its source is a count of people."""
    return figure(value, counts_people=sources.counts_people(indicator))


def protect_rows(
    rows: Sequence[Sequence], *, people_column: int, total_shown: bool
) -> list[list[Cell]]:
    """Cells for a table's rows; a row whose people count is small goes entirely, and the
    people count of a row that stays is rounded."""
    hide = hidden_rows([row[people_column] for row in rows], total_shown=total_shown)
    return [
        [HIDDEN] * len(row)
        if index in hide
        else [
            figure(value) if column == people_column else Cell(value)
            for column, value in enumerate(row)
        ]
        for index, row in enumerate(rows)
    ]
