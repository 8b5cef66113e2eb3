"""Numbered schema migrations in ``bhxh_geo/migrations``, applied in order, recorded.

A migration is ``NNN_name``: one portable file ``NNN_name.sql`` run by both dialects, or, where
the dialects differ, one file per dialect, ``NNN_name.sqlite.sql`` and
``NNN_name.postgresql.sql`` (both are needed). Portable SQL: ``TEXT``, ``INTEGER``,
``DOUBLE PRECISION`` (PostgreSQL's ``REAL`` has 6 digits), ``CHECK``, ``REFERENCES``,
``CREATE INDEX``, natural keys; generated ids and triggers need a file per dialect. The ledger
records ``NNN_name.sql`` whichever file ran.

Each migration and its ``_migrations`` row go in one write transaction (SQLite
``BEGIN IMMEDIATE``; PostgreSQL an advisory lock, and its DDL is transactional too), so a
crash leaves a migration either fully applied and recorded or not at all, and two processes
starting at once apply it once. Never edit an applied file: add the next number instead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bhxh_geo.actuals.backends import DIALECTS, Conn

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_NAME = re.compile(r"^(?P<stem>[0-9]{3}_[a-z0-9_]+)(?:\.(?P<dialect>[a-z]+))?\.sql$")
_LEDGER = """CREATE TABLE IF NOT EXISTS _migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""


def utc_now() -> str:
    """The current time as ISO-8601 UTC text, e.g. ``2025-07-01T08:30:00.123456+00:00``."""
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class Migration:
    """One numbered migration: its ledger name and its file for each dialect."""

    name: str  # NNN_name.sql, as the ledger records it
    files: dict[str, Path]

    def script(self, dialect: str) -> str:
        return self.files[dialect].read_text(encoding="utf-8")


def migration_files(folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migrations in the order they apply; a misnamed or incomplete one is an error."""
    found: dict[str, dict[str, Path]] = defaultdict(dict)
    bad = []
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.match(path.name)
        dialect = match and (match["dialect"] or "*")
        if not match or (dialect != "*" and dialect not in DIALECTS):
            bad.append(path.name)
            continue
        found[match["stem"]][str(dialect)] = path
    if bad:
        raise ValueError(
            f"{folder}: migration files must be named NNN_name.sql or NNN_name.<dialect>.sql"
            f" ({', '.join(DIALECTS)}), not {bad}"
        )
    numbers: dict[str, str] = {}
    migrations = []
    for stem, files in sorted(found.items()):
        if stem[:3] in numbers:
            raise ValueError(
                f"{folder}: {numbers[stem[:3]]} and {stem} share the number {stem[:3]}"
            )
        numbers[stem[:3]] = stem
        if "*" in files and len(files) > 1:
            raise ValueError(f"{folder}: {stem} has a portable file and dialect files; keep one")
        if "*" in files:
            per_dialect = dict.fromkeys(DIALECTS, files["*"])
        else:
            missing = [d for d in DIALECTS if d not in files]
            if missing:
                raise ValueError(f"{folder}: {stem} has no file for {', '.join(missing)}")
            per_dialect = files
        migrations.append(Migration(f"{stem}.sql", per_dialect))
    return migrations


def applied(conn: Conn) -> list[tuple[str, str]]:
    """(name, applied_at) of every applied migration, oldest first (reads only)."""
    if not conn.has_table("_migrations"):
        return []
    rows = conn.execute("SELECT name, applied_at FROM _migrations ORDER BY name").fetchall()
    return [(str(name), str(when)) for name, when in rows]


def pending(conn: Conn, folder: Path = MIGRATIONS_DIR) -> list[str]:
    """Names of the migrations not applied yet, in order (reads only)."""
    done = {name for name, _ in applied(conn)}
    return [m.name for m in migration_files(folder) if m.name not in done]


def apply_migrations(
    conn: Conn, folder: Path = MIGRATIONS_DIR, stop_before: str | None = None
) -> list[str]:
    """Apply pending migrations (up to, not including, ``stop_before``); return their names.

    ``conn`` is a writer's connection in autocommit mode: transactions are explicit.
    """
    migrations = migration_files(folder)
    if not pending(conn, folder):
        return []
    done = []
    for migration in migrations:
        if migration.name == stop_before:
            break
        conn.begin_write()
        try:
            # Checked inside the write lock: another process may have just applied it.
            conn.execute(_LEDGER)
            already = conn.execute("SELECT 1 FROM _migrations WHERE name = ?", [migration.name])
            if already.fetchone() is None:
                conn.run_script(migration.script(conn.dialect))
                conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                    [migration.name, utc_now()],
                )
                done.append(migration.name)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    return done
