"""The one disclosure rule: every published figure about people passes through here.

A count under 5 is never shown. Where a total is shown beside the parts, one hidden part could be
worked out by subtraction, so the next smallest part is hidden too (complementary suppression).
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
    if total_shown and len(hide) == 1:
        # The total minus the shown rows would give the hidden one: hide the next smallest.
        rest = sorted((count, index) for index, count in enumerate(counts) if index not in hide)
        if rest:
            hide.add(rest[0][1])
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
