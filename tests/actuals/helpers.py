"""Helpers for the actuals tests: database dumps and synthetic files in any encoding.

All figures made here are synthetic ("DỮ LIỆU MINH HỌA"), invented for the tests.
"""

from __future__ import annotations

import io
import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

from bhxh_geo.paths import is_db_url

DATA = Path(__file__).resolve().parent.parent / "data" / "actuals"
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def snapshot(db: Path | str) -> list[str]:
    """Every schema object and row of the database, as text (empty when it does not exist).

    SQLite: its SQL dump. PostgreSQL: the tables, columns, triggers and every row of the
    schema the URL's search_path names.
    """
    if is_db_url(db):
        return _pg_snapshot(str(db))
    if not Path(db).exists():
        return []
    with closing(sqlite3.connect(db)) as conn:
        return list(conn.iterdump())


def _pg_snapshot(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema() ORDER BY table_name"
            )
        ]
        out = [
            repr(row)
            for row in conn.execute(
                "SELECT table_name, column_name, data_type, is_nullable, column_default"
                " FROM information_schema.columns WHERE table_schema = current_schema()"
                " ORDER BY table_name, ordinal_position"
            )
        ]
        out += [
            repr(row)
            for row in conn.execute(
                "SELECT event_object_table, trigger_name, event_manipulation, action_timing"
                " FROM information_schema.triggers WHERE trigger_schema = current_schema()"
                " ORDER BY 1, 2, 3"
            )
        ]
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
            out += [f"{table}: {row!r}" for row in rows]
    return out


def raw_connect(db: Path | str):
    """A plain DB-API connection to the test database, around the store (to try what the
    database itself refuses)."""
    if is_db_url(db):
        import psycopg

        return psycopg.connect(str(db), autocommit=True)
    return sqlite3.connect(db, isolation_level=None)


def integrity_errors() -> tuple[type[Exception], ...]:
    """What either database raises when a trigger or constraint refuses a statement."""
    import psycopg

    return (sqlite3.IntegrityError, psycopg.errors.IntegrityError)


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
