"""Helpers for the actuals tests: database dumps and synthetic files in any encoding.

All figures made here are synthetic ("DỮ LIỆU MINH HỌA"), invented for the tests.
"""

from __future__ import annotations

import io
import sqlite3
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "actuals"
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def snapshot(path: Path) -> list[str]:
    """Every schema object and row of the database, as SQL text (empty when it does not exist)."""
    if not Path(path).exists():
        return []
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def fixture_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def encode_cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: precomposed base letters, tone marks as combining bytes."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def xlsx_bytes(sheets: dict[str, list[list[object]]], percent_cells: tuple[str, ...] = ()) -> bytes:
    """A workbook with the given sheets (rows of cells); ``percent_cells`` get a 0.00% format."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for ref in percent_cells:
            sheet[ref].number_format = "0.00%"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
