"""Find a table's header under any title rows, and name its columns as a person would.

A header is the first row naming a district column (name or code) and at least one data
column; a second header row below it (``Tỷ lệ (%)`` over ``BHXH | Bắt buộc | …``, merged
cells) is read with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bhxh_geo.actuals import columns as col
from bhxh_geo.actuals.issues import FileProblem
from bhxh_geo.actuals.reader import Grid

HEADER_SEARCH_ROWS = 60
_SINGLE_KINDS = ("unit", "code", "year", "period", "indicator", "value", "labour_force")
# Column-number rows under government table headers: "(1) (2) (3)=(4)+(5)".
NUMBERING = re.compile(r"^\(\s*\w{1,3}\s*\)(\s*[=+\-*/]\s*\(\s*\w{1,3}\s*\))*$")


@dataclass
class Header:
    """Where the table starts and what each used column holds (by 0-based column position)."""

    last_row: int
    row_number: int
    roles: dict[int, col.Role]
    names: dict[int, str]
    titles: list[str] = field(default_factory=list)
    width: int = 0  # columns up to the last non-empty header cell

    def find(self, kind: str) -> int | None:
        return next((j for j, role in self.roles.items() if role.kind == kind), None)

    @property
    def shape(self) -> str:
        kinds = {role.kind for role in self.roles.values()}
        if {"indicator", "value"} <= kinds:
            return "long"
        return "counts" if "count" in kinds else "wide"


def column_letter(position: int) -> str:
    """``0`` → ``A``, ``27`` → ``AB``: how a spreadsheet names a column."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def locate_header(grid: Grid) -> Header | None:
    """The first row (or pair of rows) naming a district column and at least one data column."""
    rows = grid.rows
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles = _roles(row)
        if not roles or not ({"unit", "code"} & {r.kind for r in roles.values()}):
            continue
        merged = _merge_subheader(row, rows[i + 1], roles) if i + 1 < len(rows) else None
        for candidate, last in ((merged, i + 1), (roles, i)):
            if candidate and _is_complete(candidate):
                names = _names(rows[i], rows[last] if last != i else None, candidate)
                titles = [" ".join(str(c) for c in r if c is not None) for r in rows[:i]]
                width = max(_width(rows[i]), _width(rows[last]))
                return Header(last, grid.numbers[last], candidate, names,
                              [t for t in titles if t], width)
    return None


def _width(row: list[object]) -> int:
    filled = [j for j, cell in enumerate(row) if not col.is_blank(cell)]
    return filled[-1] + 1 if filled else 0


def _roles(row: list[object]) -> dict[int, col.Role]:
    return {j: role for j, cell in enumerate(row) if (role := col.classify_header(cell))}


def _is_complete(roles: dict[int, col.Role]) -> bool:
    kinds = {role.kind for role in roles.values()}
    return bool({"unit", "code"} & kinds) and (
        {"indicator", "value"} <= kinds or bool({"pct", "count"} & kinds))


def _merge_subheader(top: list[object], sub: list[object], roles: dict[int, col.Role]):
    """Roles of a two-row header (``Tỷ lệ (%)`` over ``BHXH | Bắt buộc | …``), else None."""
    unit_col = next(j for j, r in roles.items() if r.kind in ("unit", "code"))
    if unit_col < len(sub) and not col.is_blank(sub[unit_col]):
        return None
    merged, parent = dict(roles), None
    for j in range(max(len(top), len(sub))):
        if j < len(top) and top[j] is not None:
            parent = top[j]
        text = sub[j] if j < len(sub) else None
        if text is None or isinstance(text, (int, float)) or NUMBERING.match(str(text)):
            continue
        role = col.classify_header(f"{parent or ''} {text}") or col.classify_header(text)
        if role:
            merged[j] = role
    added = {j for j, r in merged.items() if r.kind in ("pct", "count", "labour_force")}
    return merged if added - set(roles) else None


def _names(top, sub, roles) -> dict[int, str]:
    names, parent = {}, ""
    for j in range(max(len(top), len(sub or []))):
        if j < len(top) and top[j] is not None:
            parent = str(top[j])
        below = sub[j] if sub is not None and j < len(sub) else None
        own = top[j] if j < len(top) else None
        if below is not None:
            names[j] = f"{parent} {below}".strip() if own is None else f"{own} {below}"
        elif own is not None:
            names[j] = str(own)
    return names


def check_columns(header: Header) -> list[FileProblem]:
    """Two columns with one meaning (two ``Tỷ lệ``, two ``BHXH bắt buộc``) cannot be read."""
    seen: dict[tuple, int] = {}
    problems = []
    for j, role in sorted(header.roles.items()):
        if role.kind == "ignored":
            continue
        if role.kind in _SINGLE_KINDS or role.kind in ("pct", "count"):
            key = (role.kind, role.indicator)
            if key in seen:
                problems.append(FileProblem("duplicate_column", row=header.row_number,
                                            column=display(header, j),
                                            other=display(header, seen[key])))
            else:
                seen[key] = j
    return problems


def display(header: Header, position: int) -> str:
    """A column as a person finds it: its header text, or its letter when the header is empty."""
    return header.names.get(position) or column_letter(position)
