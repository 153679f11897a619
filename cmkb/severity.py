"""From the five criteria to the edition's own severity levels: one rule, computed, never restated.

Each criterion (influence, speed, media, approval, impact) is graded 0 (low), 1 (medium) or
2 (high). The highest grade sets the level; above the third level, each further level needs more
criteria graded high. The rule works for any number of levels an edition defines.
"""

from __future__ import annotations

from dataclasses import dataclass

CRITERIA = ("influence", "speed", "media", "approval", "impact")
GRADES = (0, 1, 2)


def level_number(grades: tuple[int, ...] | list[int], levels: int) -> int:
    """The level (1-based) that five grades give on a grid of ``levels`` levels."""
    if len(grades) != len(CRITERIA) or any(g not in GRADES for g in grades):
        raise ValueError(f"severity needs five grades among 0, 1, 2 (got {list(grades)})")
    if levels < 1:
        raise ValueError("an edition has at least one severity level")
    top = max(grades)
    if top == 0:
        return 1
    if top == 1 or levels <= 3:
        return min(1 + top, levels)
    high = sum(1 for g in grades if g == 2)  # 1..5 criteria graded high, spread over levels 3..L
    return 3 + (high - 1) * (levels - 2) // len(CRITERIA)


@dataclass(frozen=True)
class Row:
    """One line of the mapping table: a highest grade, how many criteria have it, the level."""

    top: int
    high_from: int  # with top == 2: the fewest criteria graded high for this row
    high_to: int
    level: int


def mapping(levels: int) -> list[Row]:
    """The whole rule as table rows, for a grid of ``levels`` levels."""
    rows = [Row(0, 0, 0, 1), Row(1, 0, 0, level_number((1, 0, 0, 0, 0), levels))]
    start = 1
    for high in range(1, len(CRITERIA) + 1):
        grades = (2,) * high + (0,) * (len(CRITERIA) - high)
        level = level_number(grades, levels)
        nxt = (
            level_number((2,) * (high + 1) + (0,) * (len(CRITERIA) - high - 1), levels)
            if high < len(CRITERIA)
            else None
        )
        if nxt != level:
            rows.append(Row(2, start, high, level))
            start = high + 1
    return rows
