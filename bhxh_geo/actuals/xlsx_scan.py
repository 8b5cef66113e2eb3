"""How big a workbook is, found out before openpyxl parses it, in bounded time and memory.

A district report is a few KB (see :mod:`bhxh_geo.actuals.limits`). openpyxl builds every cell
of a sheet as an object, and on opening a workbook it parses every sheet that lacks a
``<dimension>`` and all its shared strings, with ElementTree (~12 µs an element): a 60 KB file
holding one row of two million cells took over a minute and 1.6 GB. Here the zip's directory
is read first (number of parts, declared sizes: zipfile stops at the declared size and then
fails the CRC, so a lying size cannot make a part longer), then every XML part is streamed
through expat (~1 µs an element) and counted: all elements together, and in each worksheet the
rows and cells as openpyxl will see them (a cell without a reference is the next column, a row
without one the next row, a row is as long as its last cell). The first limit passed refuses
the file, with a time limit as a last resort. No DOCTYPE is accepted (no entity expansion).

The same pass collects the chosen sheet's formulas (openpyxl gives either the values saved with
a workbook or its formulas, not both, and a second full parse would double the work).
"""

from __future__ import annotations

import posixpath
import re
import time
import zipfile
from dataclasses import dataclass, field
from xml.parsers import expat

from bhxh_geo.actuals.issues import FileProblem
from bhxh_geo.actuals.limits import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_PARTS,
    MAX_ROWS,
    MAX_SECONDS,
    MAX_UNZIPPED_BYTES,
    MAX_XML_ELEMENTS,
)

_CHUNK = 64 * 1024
_XML_PARTS = (".xml", ".rels", ".vml")
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")
_OFFICE_DOCUMENT = "/officeDocument"


@dataclass
class Scan:
    """The sheet to read and its formulas: (row, column) numbered from 1 → the formula text."""

    sheet: str
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)


def scan(archive: zipfile.ZipFile, wanted: str | None) -> Scan:
    """Check ``archive`` whole against the limits; the sheet to read (``wanted`` or the first)."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise FileProblem("xlsx_parts", count=len(infos), max_parts=MAX_PARTS)
    unzipped = sum(info.file_size for info in infos)
    if unzipped > MAX_UNZIPPED_BYTES:
        raise FileProblem(
            "xlsx_unzipped", size_mb=round(unzipped / 1e6, 1), max_mb=MAX_UNZIPPED_BYTES // 10**6
        )
    sheets = sheet_parts(archive)
    result = Scan(pick_sheet(list(sheets), wanted))
    names = {part: name for name, part in sheets.items()}
    budget = _Budget(time.monotonic() + MAX_SECONDS)
    for info in infos:
        if not info.filename.lower().endswith(_XML_PARTS):
            continue
        name = names.get(info.filename)
        if name is None:
            _stream(archive, info.filename, _Elements(budget))
        else:
            counter = _Sheet(name, budget, result.formulas if name == result.sheet else None)
            _stream(archive, info.filename, counter)
            counter.close_row()
    return result


def pick_sheet(names: list[str], wanted: str | None) -> str:
    """``wanted`` (case and spaces aside) among ``names``, or the first sheet."""
    if not names:
        raise FileProblem("xlsx_unreadable", detail="no worksheet")
    if wanted is None:
        return names[0]
    for name in names:
        if name == wanted or name.strip().casefold() == wanted.strip().casefold():
            return name
    raise FileProblem("sheet_missing", value=wanted, sheets=names)


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet's name → its part in the archive, in the workbook's order."""
    workbook = _office_document(archive)
    sheets: list[tuple[str, str]] = []

    def start(name, attrs):
        if _local(name) == "sheet":
            rid = next((v for k, v in attrs.items() if _local(k) == "id"), None)
            sheets.append((attrs.get("name", ""), rid or ""))

    _parse_whole(archive, workbook, start)
    folder, base = posixpath.split(workbook)
    targets = _relationships(archive, posixpath.join(folder, "_rels", base + ".rels"), folder)
    return {name: targets[rid] for name, rid in sheets if rid in targets}


@dataclass
class _Budget:
    """What every part of one workbook shares: the element count and the deadline."""

    deadline: float
    elements: int = 0

    def spend(self) -> None:
        self.elements += 1
        if self.elements > MAX_XML_ELEMENTS:
            raise FileProblem("xlsx_elements", max_elements=MAX_XML_ELEMENTS)


class _Elements:
    """Any XML part: only its elements are counted."""

    def __init__(self, budget: _Budget):
        self.budget = budget

    def start(self, name: str, attrs: dict) -> None:
        self.budget.spend()

    def end(self, name: str) -> None:
        pass

    def text(self, data: str) -> None:
        pass


class _Sheet(_Elements):
    """A worksheet: rows and cells as openpyxl's reader numbers them, and (for the sheet to
    read) each formula with the cell it is in."""

    def __init__(self, sheet: str, budget: _Budget, formulas: dict | None):
        super().__init__(budget)
        self.sheet, self.formulas = sheet, formulas
        self.row = 0  # the current (or last) row's number
        self.column = 0  # the current row's last column so far
        self.cells = 0
        self._formula: list[str] | None = None  # text of the <f> being read
        self._shared: dict[str, tuple[str, str]] = {}  # si → (formula, its cell)
        self._formula_attrs: dict = {}

    def start(self, name: str, attrs: dict) -> None:
        self.budget.spend()
        local = _local(name)
        if local == "row":
            self.close_row()
            number = attrs.get("r")
            # Rows skipped before this one come out as empty rows, which cost nothing.
            self.row = int(number) if number and number.isdigit() else self.row + 1
            if self.row > MAX_ROWS:
                raise FileProblem("xlsx_rows", sheet=self.sheet, max_rows=MAX_ROWS)
        elif local == "c":
            ref = _REF.match(attrs.get("r", ""))
            self.column = _column_index(ref.group(1)) if ref else self.column + 1
            if self.column > MAX_COLUMNS:
                raise FileProblem(
                    "xlsx_columns",
                    sheet=self.sheet,
                    row=self.row,
                    cell=cell_name(self.column, self.row),
                    max_columns=MAX_COLUMNS,
                )
            if self.cells + self.column > MAX_CELLS:
                raise FileProblem("xlsx_cells", sheet=self.sheet, row=self.row, max_cells=MAX_CELLS)
        elif local == "f" and self.formulas is not None:
            self._formula, self._formula_attrs = [], attrs

    def text(self, data: str) -> None:
        if self._formula is not None:
            self._formula.append(data)

    def end(self, name: str) -> None:
        local = _local(name)
        if local == "row":
            self.close_row()
        elif local == "f" and self._formula is not None and self.formulas is not None:
            self.formulas[(self.row, self.column)] = self._formula_text("".join(self._formula))
            self._formula = None

    def _formula_text(self, text: str) -> str:
        cell = cell_name(self.column, self.row)
        attrs = self._formula_attrs
        if attrs.get("t") == "shared" and "si" in attrs:
            if text:
                self._shared[attrs["si"]] = (text, cell)
            elif attrs["si"] in self._shared:
                from openpyxl.formula.translate import Translator

                master, origin = self._shared[attrs["si"]]
                return Translator("=" + master, origin).translate_formula(cell)
        return "=" + text if text else "=…"

    def close_row(self) -> None:
        # A row is as long as its last cell: openpyxl fills the columns before it.
        self.cells += self.column
        self.column = 0


def _stream(archive: zipfile.ZipFile, part: str, handler: _Elements) -> None:
    parser = _parser()
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    if isinstance(handler, _Sheet) and handler.formulas is not None:
        parser.CharacterDataHandler = handler.text
    with archive.open(part) as source:
        while chunk := source.read(_CHUNK):
            if time.monotonic() > handler.budget.deadline:
                raise FileProblem("xlsx_too_slow", seconds=round(MAX_SECONDS))
            _feed(parser, chunk)
        _feed(parser, b"", final=True)


def _office_document(archive: zipfile.ZipFile) -> str:
    targets = {}

    def start(name, attrs):
        if _local(name) == "Relationship" and attrs.get("Type", "").endswith(_OFFICE_DOCUMENT):
            targets["main"] = attrs.get("Target", "")

    if "_rels/.rels" in archive.NameToInfo:
        _parse_whole(archive, "_rels/.rels", start)
    return posixpath.normpath(targets.get("main", "xl/workbook.xml")).lstrip("/")


def _relationships(archive: zipfile.ZipFile, part: str, folder: str) -> dict[str, str]:
    targets: dict[str, str] = {}

    def start(name, attrs):
        if _local(name) == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            targets[attrs.get("Id", "")] = posixpath.normpath(path)

    _parse_whole(archive, part, start)
    return targets


def _parse_whole(archive: zipfile.ZipFile, part: str, start) -> None:
    """A small part (the workbook, its relationships), read at once: the directory already
    capped its size."""
    if part not in archive.NameToInfo:
        raise FileProblem("xlsx_unreadable", detail=f"no part {part}")
    parser = _parser()
    parser.StartElementHandler = start
    _feed(parser, archive.read(part), final=True)


def _parser():
    parser = expat.ParserCreate()

    def refuse_doctype(*_):
        raise FileProblem("xlsx_unreadable", detail="DOCTYPE")

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    return parser


def _feed(parser, data: bytes, final: bool = False) -> None:
    try:
        parser.Parse(data, final)
    except expat.ExpatError as error:
        raise FileProblem("xlsx_unreadable", detail=f"XML: {error}") from error


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


def _column_index(letters: str) -> int:
    """``A`` → 1, ``AA`` → 27.

    >>> _column_index("A"), _column_index("Z"), _column_index("AA"), _column_index("XFD")
    (1, 26, 27, 16384)
    """
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index


def cell_name(column: int, row: int) -> str:
    """``(3, 7)`` → ``C7``.

    >>> cell_name(3, 7), cell_name(27, 1)
    ('C7', 'AA1')
    """
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"
