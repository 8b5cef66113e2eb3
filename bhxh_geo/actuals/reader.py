"""Bytes → grid of cells, whatever the file's extension says.

The format comes from the content: ``PK\\x03\\x04`` is an XLSX workbook (read with openpyxl),
anything else must decode as text (UTF-8 with or without BOM, UTF-16, or Windows-1258) and is
read as CSV. The separator (``,`` ``;`` tab) is not guessed here once and for all: a CSV gives
one candidate grid per plausible separator and the importer keeps the one whose header it
recognises, because ``15,24`` in a ``;`` file fools frequency-based sniffing.

Work is bounded before it starts: a file is read only when it is a regular file, and at most
:data:`MAX_BYTES` + 1 bytes of it (:func:`read_file`); a CSV stops at :data:`MAX_ROWS` rows or
:data:`MAX_CELLS` cells; a workbook's size is measured from its zip directory and its sheet's XML
before openpyxl parses it (:mod:`bhxh_geo.actuals.xlsx_scan`; the limits are in :mod:`bhxh_geo.actuals.limits`). A formula cell is kept with its
formula (:class:`Formula`) so that the importer refuses it, saved value or not.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from bhxh_geo.actuals import xlsx_scan
from bhxh_geo.actuals.issues import FileProblem
from bhxh_geo.actuals.limits import MAX_BYTES, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SECONDS

XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls 97-2003, .doc
_DELIMITERS = (",", ";", "\t")
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}
# A formula that reads another workbook: ``=[1]Sheet1!B2`` (openpyxl keeps the link's number).
_EXTERNAL_LINK = re.compile(r"\[[0-9]+\]")


@dataclass(frozen=True)
class Formula:
    """A workbook cell that holds a formula: its reference, the formula, the value saved with it
    (None when the file was never recalculated), and whether it reads another workbook."""

    cell: str
    text: str
    saved: object

    @property
    def external(self) -> bool:
        return bool(_EXTERNAL_LINK.search(self.text))

    def problem(self, sheet: str | None, row: int, column: str) -> FileProblem:
        """The refusal of this cell: it must hold the value itself, typed or pasted as a value."""
        if self.external:
            key = "xlsx_external_link"
        elif self.saved is None:
            key = "xlsx_formula_no_value"
        else:
            key = "xlsx_formula"
        saved = "–" if self.saved is None else self.saved
        return FileProblem(
            key, row=row, column=column, value=self.text, cell=self.cell, sheet=sheet, saved=saved
        )


@dataclass
class Grid:
    """The cells of a sheet or CSV, row by row, with each row's number as a spreadsheet shows it.

    Cells are ``str`` (NFC, stripped), ``int``, ``float`` or ``None``.
    """

    rows: list[list[object]]
    numbers: list[int]
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    # (row index, column index) in ``rows`` → the formula that cell holds (workbooks only).
    formulas: dict[tuple[int, int], Formula] = field(default_factory=dict)


def read_file(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    A FIFO, a device (``/dev/zero``), a socket or a directory is refused without reading from
    it; it is opened non-blocking so that a FIFO with no writer cannot hang the caller, and at
    most ``limit`` + 1 bytes are read whatever the file claims its size is.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise FileProblem("unreadable", detail=error.strerror or type(error).__name__) from error
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise FileProblem("not_regular", kind=_file_kind(mode))
        chunks, size = [], 0
        while size <= limit and (chunk := os.read(fd, min(1 << 20, limit + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileProblem("over_limit", max_mb=limit // 10**6)
    return data


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "directory"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
    )
    return next((kind for test, kind in kinds if test(mode)), "special file")


def read_grids(data: bytes, sheet: str | None = None) -> list[Grid]:
    """Candidate grids for ``data``: one for a workbook, one per plausible separator for a CSV.

    Raises :class:`FileProblem` for an empty, oversized, binary or unreadable file.
    """
    if len(data) > MAX_BYTES:
        raise FileProblem("too_large", size_mb=round(len(data) / 1e6, 1), max_mb=MAX_BYTES // 10**6)
    if data.startswith(XLSX_MAGIC):
        return [_read_xlsx(data, sheet)]
    if data.startswith(_OLE_MAGIC):
        raise FileProblem("old_excel")
    if sheet is not None:
        raise FileProblem("sheet_in_csv", sheet=sheet)
    text, encoding = decode_text(data)
    if not text.strip():
        raise FileProblem("empty")
    return [_read_csv(text, encoding, delimiter) for delimiter in _candidate_delimiters(text)]


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and encoding name: BOMs first, then UTF-16 by its zero bytes, UTF-8, Windows-1258."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif utf16 := _utf16_without_bom(data):
        candidates = [utf16]
    else:
        # UTF-8 and Windows-1258 keep ASCII as is: a control byte here means binary data.
        _refuse_control_bytes(data)
        candidates = ["utf-8", "cp1258"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Windows-1258 writes tone marks as combining characters; compose them so names match.
        text = unicodedata.normalize("NFC", text)
        _refuse_binary(text)
        return text, encoding
    raise FileProblem("encoding")


def _utf16_without_bom(data: bytes) -> str | None:
    # ASCII digits, separators and most Vietnamese letters have a zero high byte in UTF-16.
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    if sample[1::2].count(0) > 0.3 * pairs and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if sample[0::2].count(0) > 0.3 * pairs and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def _refuse_binary(text: str) -> None:
    for position, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and char not in _ALLOWED_CONTROLS:
            line = text.count("\n", 0, position) + 1
            raise FileProblem("binary", row=line, value=f"U+{ord(char):04X}")


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _refuse_control_bytes(data: bytes) -> None:
    found = _CONTROL_BYTES.search(data)
    if found:
        line = data.count(b"\n", 0, found.start()) + 1
        raise FileProblem("binary", row=line, value=f"0x{found.group()[0]:02X}")


def _candidate_delimiters(text: str) -> list[str]:
    sample = text[:20_000]
    present = [d for d in _DELIMITERS if d in sample] or [","]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        return present
    return [sniffed] + [d for d in present if d != sniffed]


def _read_csv(text: str, encoding: str, delimiter: str) -> Grid:
    rows: list[list[object]] = []
    cells = 0
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False):
            if len(rows) >= MAX_ROWS:
                raise FileProblem("too_many_rows", max_rows=MAX_ROWS)
            cells += len(record)
            if len(record) > MAX_COLUMNS:
                raise FileProblem("too_many_columns", row=len(rows) + 1, max_columns=MAX_COLUMNS)
            if cells > MAX_CELLS:
                raise FileProblem("too_many_cells", row=len(rows) + 1, max_cells=MAX_CELLS)
            rows.append([_clean(cell) for cell in record])
    except csv.Error as error:
        raise FileProblem("csv_unreadable", row=len(rows) + 1, detail=str(error)) from error
    # Spreadsheets number CSV records from 1, a quoted line break staying inside its record.
    return Grid(rows, list(range(1, len(rows) + 1)), "csv", encoding, delimiter)


def _clean(cell: object) -> object:
    if isinstance(cell, str):
        cell = unicodedata.normalize("NFC", cell).replace("\u00a0", " ").strip()
        return cell or None
    return cell


def _read_xlsx(data: bytes, sheet: str | None) -> Grid:
    deadline = time.monotonic() + MAX_SECONDS
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found = xlsx_scan.scan(archive, sheet)
    except FileProblem:
        raise
    except NotImplementedError as error:  # zipfile: "zip file version 6.4", an unknown method
        raise FileProblem("xlsx_zip_unsupported", detail=_zip_detail(error)) from error
    except Exception as error:  # untrusted bytes: zipfile, zlib and expat raise many types
        raise FileProblem("xlsx_unreadable", detail=type(error).__name__) from error
    import openpyxl  # imported here: CSV-only callers do not pay for it

    try:
        # The values saved with the workbook; the formulas came from the scan.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except NotImplementedError as error:
        raise FileProblem("xlsx_zip_unsupported", detail=_zip_detail(error)) from error
    except Exception as error:  # untrusted bytes: openpyxl raises many types on bad input
        raise FileProblem("xlsx_unreadable", detail=type(error).__name__) from error
    try:
        rows, formulas = _sheet_rows(workbook[found.sheet], found.formulas, deadline)
    except FileProblem:
        raise
    except NotImplementedError as error:
        raise FileProblem("xlsx_zip_unsupported", detail=_zip_detail(error)) from error
    except Exception as error:  # malformed sheet XML surfaces only while iterating
        raise FileProblem("xlsx_unreadable", detail=type(error).__name__) from error
    finally:
        workbook.close()
    return Grid(rows, list(range(1, len(rows) + 1)), "xlsx", sheet=found.sheet, formulas=formulas)


def _zip_detail(error: NotImplementedError) -> str:
    """What zipfile could not do, in its words, cut short (its text names no path)."""
    return " ".join(str(error).split())[:80] or "NotImplementedError"


def _sheet_rows(
    sheet, formula_texts: dict[tuple[int, int], str], deadline: float
) -> tuple[list[list[object]], dict[tuple[int, int], Formula]]:
    # A stale <dimension> can claim a million rows; read only the rows that exist.
    sheet.reset_dimensions()
    rows: list[list[object]] = []
    formulas: dict[tuple[int, int], Formula] = {}
    # From row 1 and column 1, missing rows and cells filled in: position + 1 is the number.
    for index, cells in enumerate(sheet.iter_rows(min_row=1)):
        if index >= MAX_ROWS:
            raise FileProblem("too_many_rows", max_rows=MAX_ROWS)
        if time.monotonic() > deadline:
            raise FileProblem("xlsx_too_slow", seconds=round(MAX_SECONDS))
        row = []
        for position, cell in enumerate(cells):
            value = getattr(cell, "value", None)
            text = formula_texts.get((index + 1, position + 1))
            if text is not None:
                cell_ref = xlsx_scan.cell_name(position + 1, index + 1)
                formulas[(index, position)] = Formula(cell_ref, text, value)
                # Without a saved value the formula itself is shown; with one, what Excel shows
                # (so a header written as a formula is still recognised); refused either way.
                row.append(text if value is None else _xlsx_cell(value, None))
                continue
            row.append(_xlsx_cell(value, getattr(cell, "number_format", None)))
        rows.append(row)
    return rows, formulas


def _xlsx_cell(value: object, number_format: str | None) -> object:
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, (int, float)):
        if number_format and "%" in number_format:
            # Shown as 15.24% in Excel, stored as 0.1524: read what the officer sees.
            return f"{round(value * 100, 8):.10g}%"
        return value
    if value is None:
        return None
    return _clean(str(value))
