"""Parse and validate an actuals file: bytes → typed rows, or the complete list of errors.

The import is all-or-nothing: :func:`parse_actuals` returns rows only when the whole file is
clean; otherwise ``rows`` is empty and ``errors`` lists every problem, each naming the file,
the row as a spreadsheet numbers it, the column, the value and what was expected.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pandas as pd

from bhxh_geo.actuals import checks
from bhxh_geo.actuals import columns as col
from bhxh_geo.actuals.header import Header, check_columns, column_letter, display, locate_header
from bhxh_geo.actuals.issues import ActualsImportError, FileProblem, ImportIssue, localize
from bhxh_geo.actuals.reader import Grid, read_grids
from bhxh_geo.actuals.shapes import Figure, read_figures
from bhxh_geo.choices import check_choice
from bhxh_geo.i18n import check_lang
from bhxh_geo.indicators import check_year

ROW_COLUMNS = [
    "unit_code",
    "year",
    "period",
    "indicator",
    "value_pct",
    "insured",
    "labour_force",
    "source_row",
]

__all__ = ["ActualsImportError", "ImportIssue", "ImportResult", "empty_rows", "parse_actuals"]


@dataclass
class ImportResult:
    """What a file holds: ``rows`` when ``ok``, else ``errors`` (and no rows)."""

    rows: pd.DataFrame
    errors: list[ImportIssue]
    shape: str | None
    file: str
    sha256: str
    details: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise :class:`ActualsImportError` listing every problem, if there is any."""
        if self.errors:
            raise ActualsImportError(self.errors)


def empty_rows() -> pd.DataFrame:
    """A typed frame with the row columns and no rows (what a refused file yields)."""
    return _frame([])


def parse_actuals(
    data: bytes,
    filename: str,
    *,
    year: int | None = None,
    period: str | None = None,
    scale: str | None = None,
    sheet: str | None = None,
    lang: str = "vi",
) -> ImportResult:
    """Read ``data`` (CSV or XLSX bytes, whatever ``filename`` says) into actuals rows.

    Parameters
    ----------
    year, period : used where the file has no year or period column (period defaults to full).
    scale : ``"fraction"`` when bare values are fractions (0.15 = 15 %), ``"percent"`` to
        accept a file whose values are all ≤ 1 as percentages; None refuses such a file.
    sheet : the worksheet of an XLSX file (default: the first).

    Examples
    --------
    >>> data = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\\nTP Pleiku;2024;BHTN;15,24%\\n".encode()
    >>> result = parse_actuals(data, "pleiku.txt")
    >>> result.ok, result.shape, result.rows.loc[0, "unit_code"], float(result.rows.loc[0, "value_pct"])
    (True, 'long', '622', 15.24)
    """
    check_lang(lang)
    if period is not None:
        check_choice("period", period, col.PERIODS)
    if scale is not None:
        check_choice("scale", scale, checks.SCALES)
    year = check_year(year) if year is not None else None
    digest = hashlib.sha256(data).hexdigest()
    shape, details = None, {}
    try:
        grid, header = _pick_grid(read_grids(data, sheet))
        shape = header.shape
        details = {
            "format": grid.format,
            "encoding": grid.encoding,
            "delimiter": grid.delimiter,
            "sheet": grid.sheet,
            "header_row": header.row_number,
        }
        figures, problems = _read(grid, header, year, period, scale)
    except FileProblem as problem:
        figures, problems = [], [problem]
    # File-level problems first, then row by row as the officer reads the file.
    problems.sort(key=lambda problem: problem.row or 0)
    errors = [localize(problem, filename, lang) for problem in problems]
    rows = empty_rows() if errors else _frame(figures)
    return ImportResult(rows, errors, shape, filename, digest, details)


def _pick_grid(grids: list[Grid]) -> tuple[Grid, Header]:
    # Of the separators that give a recognisable header, keep the one recognising most columns.
    found = [(grid, header) for grid in grids if (header := locate_header(grid))]
    if not found:
        raise FileProblem("no_header")
    return max(found, key=lambda pair: len(pair[1].roles))


def _read(grid: Grid, header: Header, year, period, scale):
    problems = check_columns(header)
    if problems:
        return [], problems
    if header.find("year") is None and year is None:
        year = col.year_in_titles(header.titles)
        if year is None:
            return [], [FileProblem("year_missing")]
    if (
        header.find("period") is None
        and period is None
        and any(col.mentions_first_half(title) for title in header.titles)
    ):
        return [], [FileProblem("period_in_title", value=header.titles[0])]
    problems = _blank_formulas(grid, header)
    figures, row_problems = read_figures(grid, header, year=year, period=period)
    problems += row_problems
    problems += checks.apply_scale(figures, scale)
    for check in (
        checks.apply_counts,
        checks.check_ranges,
        checks.check_duplicates,
        checks.check_sums,
    ):
        problems += check(figures)
    if not problems and not figures:
        problems = [FileProblem("no_figures", row=header.row_number)]
    return figures, problems


def _blank_formulas(grid: Grid, header: Header) -> list[FileProblem]:
    """Report every formula-looking text cell, then blank it so the rest is still checked."""
    problems = []
    for index, row in enumerate(grid.rows):
        for j, cell in enumerate(row):
            if col.is_formula(cell):
                name = display(header, j) if index > header.last_row else column_letter(j)
                problems.append(
                    FileProblem("formula", row=grid.numbers[index], column=name, value=cell)
                )
                row[j] = None
    return problems


def _frame(figures: list[Figure]) -> pd.DataFrame:
    frame = pd.DataFrame(
        [
            (
                f.unit_code,
                f.year,
                f.period,
                f.indicator,
                float("nan") if f.value_pct is None else float(f.value_pct),
                f.insured,
                f.labour_force if f.insured is not None else None,
                f.row,
            )
            for f in figures
        ],
        columns=ROW_COLUMNS,
    )
    return frame.astype(
        {
            "unit_code": "object",
            "year": "int64",
            "period": "object",
            "indicator": "object",
            "value_pct": "float64",
            "insured": "Int64",
            "labour_force": "Int64",
            "source_row": "int64",
        }
    )
