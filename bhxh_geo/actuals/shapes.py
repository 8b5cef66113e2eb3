"""Read the figures of a table in the file's layout (the header is found by ``header.py``).

Three layouts come in: **long** (a row per district × period × indicator, with ``Chỉ tiêu`` and
``Tỷ lệ`` columns), **wide** (a row per district, a rate column per indicator) and **counts**
(a row per district with people insured per indicator and the labour force). Wide and counts
are read by one function: a row-per-district table may hold rates, counts or both.
"""

from __future__ import annotations

from dataclasses import dataclass

from bhxh_geo.actuals import columns as col
from bhxh_geo.actuals.header import NUMBERING, Header, display
from bhxh_geo.actuals.issues import FileProblem
from bhxh_geo.actuals.reader import Grid
from bhxh_geo.districts import UnknownDistrict, load_districts, match_unit, name_key


@dataclass
class Figure:
    """One value read from the file, before the file-wide checks."""

    row: int
    column: str
    raw: object
    unit_code: str
    year: int
    period: str
    indicator: str
    value_pct: float | None = None
    explicit_pct: bool = False
    insured: int | None = None
    labour_force: int | None = None
    count_column: str | None = None


def read_figures(grid: Grid, header: Header, *, year: int | None, period: str | None):
    """Every figure of the table, and every row-level problem (all of them, not the first)."""
    figures: list[Figure] = []
    problems: list[FileProblem] = []
    width = max(header.roles) + 1
    for index in range(header.last_row + 1, len(grid.rows)):
        cells = (grid.rows[index] + [None] * width)[: max(width, len(grid.rows[index]))]
        number = grid.numbers[index]
        if all(col.is_blank(c) for c in cells) or _is_numbering(cells):
            continue
        extra = [c for c in cells[header.width :] if not col.is_blank(c)]
        if grid.format == "csv" and extra:
            # "15,24" unquoted in a comma-separated file splits into two cells: never guess.
            problems.append(
                FileProblem("extra_cells", row=number, value=extra[0], count=len(extra))
            )
            continue
        try:
            figures.extend(_row_figures(cells, number, header, year, period))
        except FileProblem as problem:
            problem.row = problem.row or number
            problems.append(problem)
        except _RowProblems as many:
            problems.extend(many.problems)
    return figures, problems


class _RowProblems(Exception):
    def __init__(self, problems):
        self.problems = problems


def _is_numbering(cells: list[object]) -> bool:
    texts = [str(c) for c in cells if not col.is_blank(c)]
    return bool(texts) and all(NUMBERING.match(t) for t in texts)


def _row_figures(cells, number, header: Header, year, period) -> list[Figure]:
    data_cols = [j for j, r in header.roles.items() if r.kind in ("value", "pct", "count")]
    has_figures = any(not col.is_blank(cells[j]) for j in data_cols)
    unit = _unit(cells, number, header, has_figures)
    if unit is None:
        return []  # a section title, note or signature line: no district, no figures
    when = _when(cells, number, header, year, period)
    if header.shape == "long":
        return _long_figures(cells, number, header, unit, when)
    return _wide_figures(cells, number, header, unit, when)


def _unit(cells, number, header: Header, has_figures: bool) -> str | None:
    found: dict[int, str] = {}
    for j in (header.find("code"), header.find("unit")):
        if j is None or col.is_blank(cells[j]):
            continue
        try:
            found[j] = match_unit(cells[j])
        except UnknownDistrict as unknown:
            if not has_figures:
                return None
            raise _unknown_unit(cells[j], unknown, number, display(header, j)) from None
    if not found:
        if has_figures:
            j = header.find("unit")
            j = header.position("code") if j is None else j
            raise FileProblem("missing_district", row=number, column=display(header, j), value="")
        return None
    codes = set(found.values())
    if len(codes) > 1:
        (j1, _c1), (j2, _c2) = found.items()
        raise FileProblem(
            "code_name_conflict",
            row=number,
            column=display(header, j2),
            value=cells[j2],
            other=display(header, j1),
            first=cells[j1],
        )
    return codes.pop()


def _unknown_unit(text, unknown: UnknownDistrict, number: int, column: str) -> FileProblem:
    key = name_key(text)
    names = load_districts()["official_name"].tolist()
    # A fragment shared by several districts ("Chư", "Ia") is ambiguous, not unknown.
    sharing = [n for n in names if key and len(key) >= 2 and name_key(n).startswith(key)]
    if len(sharing) > 1:
        return FileProblem(
            "ambiguous_district", row=number, column=column, value=text, names=sharing
        )
    return FileProblem(
        "unknown_district", row=number, column=column, value=text, names=unknown.suggestions
    )


def _when(cells, number, header: Header, year, period) -> tuple[int, str]:
    problems = []
    resolved: dict[str, int | str] = {}
    for kind, parse, given in (
        ("year", col.parse_year, year),
        ("period", col.parse_period, period),
    ):
        j = header.find(kind)
        value = None
        if j is not None:
            try:
                value = parse(cells[j])
            except FileProblem as problem:
                problem.row, problem.column = number, display(header, j)
                problems.append(problem)
                continue
            if value is not None and given is not None and value != given:
                problems.append(
                    FileProblem(
                        f"{kind}_conflict",
                        row=number,
                        column=display(header, j),
                        value=cells[j],
                        given=given,
                    )
                )
                continue
        value = value if value is not None else given
        if value is None and kind == "period":
            value = col.FULL
        if value is None:
            problems.append(
                FileProblem(
                    "year_missing", row=number, column=display(header, j) if j is not None else None
                )
            )
            continue
        resolved[kind] = value
    if problems:
        raise _RowProblems(problems)
    return int(resolved["year"]), str(resolved["period"])


def _long_figures(cells, number, header: Header, unit, when: tuple[int, str]) -> list[Figure]:
    value_col, indicator_col = header.position("value"), header.position("indicator")
    raw = cells[value_col]
    problems = []
    try:
        value, explicit = col.parse_percent(raw)
    except FileProblem as problem:
        problem.row, problem.column = number, display(header, value_col)
        problems.append(problem)
        value, explicit = None, False
    try:
        indicator = col.parse_indicator(cells[indicator_col])
    except FileProblem as problem:
        problem.row, problem.column = number, display(header, indicator_col)
        problems.append(problem)
    if problems:
        raise _RowProblems(problems)
    if value is None:
        return []
    return [
        Figure(number, display(header, value_col), raw, unit, *when, indicator, value, explicit)
    ]


def _wide_figures(cells, number, header: Header, unit, when: tuple[int, str]) -> list[Figure]:
    problems = []
    labour_force = None
    lf_col = header.find("labour_force")
    if lf_col is not None:
        try:
            labour_force = col.parse_count(cells[lf_col])
        except FileProblem as problem:
            problem.row, problem.column = number, display(header, lf_col)
            problems.append(problem)
    by_indicator: dict[str, Figure] = {}
    for j, role in sorted(header.roles.items()):
        if role.kind not in ("pct", "count") or role.indicator is None:
            continue
        try:
            if role.kind == "pct":
                value, explicit = col.parse_percent(cells[j])
                insured = None
            else:
                insured, value, explicit = col.parse_count(cells[j]), None, False
        except FileProblem as problem:
            problem.row, problem.column = number, display(header, j)
            problems.append(problem)
            continue
        if value is None and insured is None:
            continue
        figure = by_indicator.setdefault(
            role.indicator,
            Figure(number, display(header, j), cells[j], unit, *when, role.indicator),
        )
        if role.kind == "pct":
            figure.value_pct, figure.explicit_pct = value, explicit
            figure.column, figure.raw = display(header, j), cells[j]
        else:
            figure.insured, figure.count_column = insured, display(header, j)
            figure.labour_force = labour_force
    if problems:
        raise _RowProblems(problems)
    return list(by_indicator.values())
