"""The one disclosure rule: every published figure about people passes through here.

A count under 5 is never shown, and 0 counts as under 5 (an empty area is hidden like a small
one, so "hidden" never tells whether anyone was there). Where a total is shown beside the parts,
the hidden parts could be worked out by subtraction, so the next smallest parts are hidden too
until at least two are hidden and together they count 5 or more (complementary suppression).
A whole row goes when its count of people goes, so its other figures (minutes, say) cannot be
subtracted from the column totals either. Charts, tables, CSV files and single figures on a page
are all made from the `Cell`s this module returns, so they cannot disagree.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

THRESHOLD = 5


@dataclass(frozen=True)
class Cell:
    """A published figure: its value, or nothing when the rule hides it."""

    raw: Decimal | int | None
    suppressed: bool = False

    @property
    def value(self):
        return None if self.suppressed else self.raw

    @property
    def shown(self) -> bool:
        return not self.suppressed and self.raw is not None


def is_small(count) -> bool:
    return count is not None and count < THRESHOLD


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
    """A single figure (a total, a value in a series): hidden when it counts under 5 people."""
    return Cell(value, counts_people and is_small(value))


def protect_rows(
    rows: Sequence[Sequence], *, people_column: int, total_shown: bool
) -> list[list[Cell]]:
    """Cells for a table's rows; a row whose people count is small goes entirely."""
    hide = hidden_rows([row[people_column] for row in rows], total_shown=total_shown)
    return [[Cell(value, index in hide) for value in row] for index, row in enumerate(rows)]
