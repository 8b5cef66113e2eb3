"""Bytes → grid of cells, whatever the file's extension says.

The format comes from the content: ``PK\\x03\\x04`` is an XLSX workbook (read with openpyxl),
anything else must decode as text (UTF-8 with or without BOM, UTF-16, or Windows-1258) and is
read as CSV. The separator (``,`` ``;`` tab) is not guessed here once and for all: a CSV gives
one candidate grid per plausible separator and the importer keeps the one whose header it
recognises, because ``15,24`` in a ``;`` file fools frequency-based sniffing.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from bhxh_geo.actuals.issues import FileProblem

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
# A workbook this big once unzipped is not a district report; refuse before parsing (zip bombs).
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls 97-2003, .doc
_DELIMITERS = (",", ";", "\t")
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


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
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False):
            if len(rows) >= MAX_ROWS:
                raise FileProblem("too_many_rows", max_rows=MAX_ROWS)
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
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise FileProblem("xlsx_unreadable", detail=type(error).__name__) from error
    if unzipped > MAX_UNZIPPED_BYTES:
        raise FileProblem(
            "too_large", size_mb=round(unzipped / 1e6, 1), max_mb=MAX_UNZIPPED_BYTES // 10**6
        )
    import openpyxl  # imported here: CSV-only callers do not pay for it

    try:
        # Two views of one workbook: cached results for formulas, and the formulas themselves,
        # so a formula saved without a result is shown (and refused) rather than read as empty.
        values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # untrusted bytes: openpyxl raises many types on bad input
        raise FileProblem("xlsx_unreadable", detail=type(error).__name__) from error
    try:
        name = _pick_sheet(values.sheetnames, sheet)
        rows = _sheet_rows(values[name], formulas[name])
    except FileProblem:
        raise
    except Exception as error:  # malformed sheet XML surfaces only while iterating
        raise FileProblem("xlsx_unreadable", detail=type(error).__name__) from error
    finally:
        values.close()
        formulas.close()
    return Grid(rows, list(range(1, len(rows) + 1)), "xlsx", sheet=name)


def _pick_sheet(names: list[str], wanted: str | None) -> str:
    if not names:
        raise FileProblem("xlsx_unreadable", detail="no worksheet")
    if wanted is None:
        return names[0]
    for name in names:
        if name == wanted or name.strip().casefold() == wanted.strip().casefold():
            return name
    raise FileProblem("sheet_missing", value=wanted, sheets=names)


def _sheet_rows(value_sheet, formula_sheet) -> list[list[object]]:
    # A stale <dimension> can claim a million rows; read only the rows that exist.
    value_sheet.reset_dimensions()
    formula_sheet.reset_dimensions()
    rows: list[list[object]] = []
    pairs = zip(
        value_sheet.iter_rows(min_row=1), formula_sheet.iter_rows(min_row=1, values_only=True)
    )
    for cells, raw in pairs:
        if len(rows) >= MAX_ROWS:
            raise FileProblem("too_many_rows", max_rows=MAX_ROWS)
        row = []
        for position, cell in enumerate(cells):
            written = raw[position] if position < len(raw) else None
            row.append(
                _xlsx_cell(
                    getattr(cell, "value", None), getattr(cell, "number_format", None), written
                )
            )
        rows.append(row)
    return rows


def _xlsx_cell(value: object, number_format: str | None, written: object) -> object:
    if value is None and isinstance(written, str) and written.startswith("="):
        return written  # a formula without a saved result
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
