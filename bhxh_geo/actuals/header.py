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
MAX_HEADER_ROWS = 3
_FIGURE = re.compile(r"^-?[0-9][0-9.,\s]*%?$")
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

    def position(self, kind: str) -> int:
        """The column of ``kind``, which a complete header always has (``unit`` or ``code``;
        ``value`` and ``indicator`` in the long layout)."""
        j = self.find(kind)
        if j is None:
            raise LookupError(f"the header has no {kind!r} column")
        return j

    @property
    def shape(self) -> str:
        kinds = {role.kind for role in self.roles.values()}
        if {"indicator", "value"} <= kinds:
            return "long"
        return "counts" if "count" in kinds else "wide"


def column_letter(position: int) -> str:
    """How a spreadsheet names the column at 0-based ``position``.

    Examples
    --------
    >>> column_letter(0), column_letter(27)
    ('A', 'AB')
    """
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def locate_header(grid: Grid) -> Header | None:
    """The first row naming a district column and at least one data column, with the rows
    under it that complete it (up to :data:`MAX_HEADER_ROWS` in all)."""
    rows = grid.rows
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles = _roles(row)
        if not {"unit", "code"} & {r.kind for r in roles.values()}:
            continue
        levels, found = [row], ((roles, i) if _is_complete(roles) else None)
        for k in range(i + 1, min(i + MAX_HEADER_ROWS, len(rows))):
            merged = _merge_level(levels, rows[k], roles)
            if merged is None:
                break
            levels.append(rows[k])
            roles = merged
            if _is_complete(roles):
                found = (roles, k)
        if found:
            roles, last = found
            used = rows[i : last + 1]
            titles = [" ".join(str(c) for c in r if c is not None) for r in rows[:i]]
            return Header(
                last,
                grid.numbers[last],
                roles,
                _names(used),
                [t for t in titles if t],
                max(_width(r) for r in used),
            )
    return None


def _width(row: list[object]) -> int:
    filled = [j for j, cell in enumerate(row) if not col.is_blank(cell)]
    return filled[-1] + 1 if filled else 0


def _roles(row: list[object]) -> dict[int, col.Role]:
    return {j: role for j, cell in enumerate(row) if (role := col.classify_header(cell))}


def _is_complete(roles: dict[int, col.Role]) -> bool:
    kinds = {role.kind for role in roles.values()}
    return bool({"unit", "code"} & kinds) and (
        {"indicator", "value"} <= kinds or bool({"pct", "count"} & kinds)
    )


def _own(row: list[object], j: int) -> str | None:
    cell = row[j] if j < len(row) else None
    if cell is None or isinstance(cell, (int, float)) or NUMBERING.match(str(cell)):
        return None
    return str(cell)


def _filled(row: list[object], j: int) -> str | None:
    # A merged cell's text sits in its first column only: carry it to the right.
    return next((text for k in range(min(j, len(row) - 1), -1, -1) if (text := _own(row, k))), None)


def _merge_level(levels: list[list[object]], sub: list[object], roles: dict[int, col.Role]):
    """Roles once ``sub`` is read under ``levels`` (``Tỷ lệ (%)`` over ``BHXH | Bắt buộc``),
    or None when ``sub`` is not a header row (a district in it, or nothing new)."""
    unit_col = next(j for j, r in roles.items() if r.kind in ("unit", "code"))
    if not col.is_blank(sub[unit_col] if unit_col < len(sub) else None):
        return None
    if any(_is_figure(cell) for cell in sub):
        return None  # a figure: this is the first data row, not more header
    merged = dict(roles)
    for j in range(len(sub)):
        text = _own(sub, j)
        if text is None:
            continue
        parents = " ".join(dict.fromkeys(p for level in levels if (p := _filled(level, j))))
        role = col.classify_header(f"{parents} {text}") or col.classify_header(text)
        if role:
            merged[j] = role
    changed = {j for j, r in merged.items() if roles.get(j) != r}
    data = {j for j in changed if merged[j].kind in ("pct", "count", "labour_force")}
    return merged if data else None


def _is_figure(cell: object) -> bool:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return True
    return isinstance(cell, str) and bool(_FIGURE.match(cell.strip()))


def _names(levels: list[list[object]]) -> dict[int, str]:
    names = {}
    for j in range(max(len(level) for level in levels)):
        deepest = max((d for d, level in enumerate(levels) if _own(level, j)), default=None)
        if deepest is None:
            continue
        parts = [_filled(level, j) for level in levels[:deepest]] + [_own(levels[deepest], j)]
        names[j] = " ".join(dict.fromkeys(p for p in parts if p))
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
                problems.append(
                    FileProblem(
                        "duplicate_column",
                        row=header.row_number,
                        column=display(header, j),
                        other=display(header, seen[key]),
                    )
                )
            else:
                seen[key] = j
    return problems


def display(header: Header, position: int) -> str:
    """A column as a person finds it: its header text, or its letter when the header is empty."""
    return header.names.get(position) or column_letter(position)
