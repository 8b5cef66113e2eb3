"""Numbered schema migrations: ``bhxh_geo/migrations/NNN_name.sql``, applied in order, recorded.

Each file and its ``_migrations`` row go in one transaction, so a crash leaves a migration
either fully applied and recorded or not at all. Tracking is by file name: never edit an
applied file, add the next number instead. Applying twice does nothing.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_NAME = re.compile(r"^[0-9]{3}_[a-z0-9_]+\.sql$")
_LEDGER = """CREATE TABLE IF NOT EXISTS _migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""


def utc_now() -> str:
    """The current time as ISO-8601 UTC text, e.g. ``2025-07-01T08:30:00.123456+00:00``."""
    return datetime.now(UTC).isoformat()


def migration_files(folder: Path = MIGRATIONS_DIR) -> list[Path]:
    """The migration files in the order they apply; a misnamed ``.sql`` file is an error."""
    files = sorted(folder.glob("*.sql"))
    bad = [f.name for f in files if not _NAME.match(f.name)]
    if bad:
        raise ValueError(f"{folder}: migration files must be named NNN_name.sql, not {bad}")
    return files


def applied(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, applied_at) of every applied migration, oldest first."""
    conn.execute(_LEDGER)
    return conn.execute("SELECT name, applied_at FROM _migrations ORDER BY name").fetchall()


def pending(conn: sqlite3.Connection, folder: Path = MIGRATIONS_DIR) -> list[str]:
    """Names of the migrations not applied yet, in order."""
    done = {name for name, _ in applied(conn)}
    return [f.name for f in migration_files(folder) if f.name not in done]


def apply_migrations(
    conn: sqlite3.Connection, folder: Path = MIGRATIONS_DIR, stop_before: str | None = None
) -> list[str]:
    """Apply pending migrations (up to, not including, ``stop_before``); return their names.

    ``conn`` must be in autocommit mode (``isolation_level=None``): transactions are explicit.
    """
    conn.execute(_LEDGER)
    done = []
    for path in migration_files(folder):
        if path.name == stop_before:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Checked inside the write lock: another process may have just applied it.
            already = conn.execute("SELECT 1 FROM _migrations WHERE name = ?", [path.name])
            if already.fetchone() is None:
                for statement in split_statements(path.read_text(encoding="utf-8")):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                    [path.name, utc_now()],
                )
                done.append(path.name)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return done


def split_statements(script: str) -> list[str]:
    """The complete SQL statements of ``script`` (trigger bodies stay whole).

    ``executescript`` would commit on its own; running statements one by one keeps the file
    and its ledger row in the caller's transaction.
    """
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if _code_of(buffer):
                statements.append(buffer.strip())
            buffer = ""
    if _code_of(buffer):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer.strip()!r}")
    return statements


def _code_of(text: str) -> str:
    return "\n".join(
        line for line in text.splitlines() if not line.strip().startswith("--")
    ).strip()
