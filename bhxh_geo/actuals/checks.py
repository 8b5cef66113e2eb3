"""File-wide checks on the figures read: scale, range, counts, duplicates, BHXH = parts.

Each check returns every problem it finds, so an officer fixes a file in one pass.
"""

from __future__ import annotations

from bhxh_geo.actuals.issues import FileProblem
from bhxh_geo.actuals.shapes import Figure
from bhxh_geo.indicators import PARTS_OF

# BHXH may differ from compulsory + voluntary by rounding only: two decimals, 0.01 points.
SUM_TOLERANCE = 0.01
# A rate given beside its counts may be rounded to two decimals; more than this is a mistake.
COUNTS_TOLERANCE = 0.05
SCALES = ("percent", "fraction")


def apply_scale(figures: list[Figure], scale: str | None) -> list[FileProblem]:
    """Turn fractions into percentages when asked; refuse a file that only looks like fractions.

    Rates written with ``%`` (or formatted as percent in XLSX) are never rescaled.
    """
    bare = [(f, f.value_pct) for f in figures if f.value_pct is not None and not f.explicit_pct]
    if scale == "fraction":
        for figure, value in bare:
            figure.value_pct = value * 100
        return []
    if scale is None and bare and all(abs(value) <= 1 for _, value in bare):
        sample = ", ".join(str(f.raw) for f, _ in bare[:3])
        return [FileProblem("looks_fraction", value=sample, count=len(bare))]
    return []


def check_ranges(figures: list[Figure]) -> list[FileProblem]:
    """Every rate within 0-100 and no more people insured than in the labour force."""
    problems = []
    for f in figures:
        if f.insured is not None and f.labour_force is not None and f.insured > f.labour_force:
            problems.append(
                FileProblem(
                    "insured_over_lf",
                    row=f.row,
                    column=f.count_column,
                    value=f.insured,
                    labour_force=f.labour_force,
                )
            )
        elif f.value_pct is not None and not 0 <= f.value_pct <= 100:
            problems.append(FileProblem("out_of_range", row=f.row, column=f.column, value=f.raw))
    return problems


def apply_counts(figures: list[Figure]) -> list[FileProblem]:
    """Rates from counts where the labour force is known; a rate given beside them must agree."""
    problems = []
    for f in figures:
        if f.insured is None or not f.labour_force:
            continue
        computed = 100 * f.insured / f.labour_force
        if f.value_pct is not None and abs(f.value_pct - computed) > COUNTS_TOLERANCE:
            problems.append(
                FileProblem(
                    "counts_mismatch",
                    row=f.row,
                    column=f.column,
                    value=f.raw,
                    computed=round(computed, 2),
                )
            )
        f.value_pct = computed
    return problems


def check_duplicates(figures: list[Figure]) -> list[FileProblem]:
    """The same district × year × period × indicator may appear once per file."""
    first_row: dict[tuple, int] = {}
    problems = []
    for f in figures:
        key = (f.unit_code, f.year, f.period, f.indicator)
        if key in first_row:
            problems.append(
                FileProblem(
                    "duplicate", row=f.row, column=f.column, value=f.raw, other=first_row[key]
                )
            )
        else:
            first_row[key] = f.row
    return problems


def check_sums(figures: list[Figure]) -> list[FileProblem]:
    """BHXH = compulsory + voluntary (within 0.01 points) wherever all three are given."""
    by_key = {
        (f.unit_code, f.year, f.period, f.indicator): (f, f.value_pct)
        for f in figures
        if f.value_pct is not None
    }
    problems = []
    for (unit, year, period, indicator), (total, value) in by_key.items():
        keys = [(unit, year, period, p) for p in PARTS_OF.get(indicator, ())]
        if not keys or not all(key in by_key for key in keys):
            continue
        parts = [by_key[key] for key in keys]
        added = sum(part_value for _, part_value in parts)
        if abs(value - added) > SUM_TOLERANCE + 1e-9:
            problems.append(
                FileProblem(
                    "sum_mismatch",
                    row=total.row,
                    column=total.column,
                    value=total.raw,
                    parts=round(added, 4),
                    rows=sorted({part.row for part, _ in parts}),
                )
            )
    return problems
