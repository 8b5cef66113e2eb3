"""Where the actuals live: a SQLite file (the embedded default) or a PostgreSQL database (a URL).

Every difference between the two is in this package; :mod:`bhxh_geo.actuals.store` writes its
SQL once, with ``?`` placeholders, against :class:`Conn`. A backend gives:

- ``reader()``: a read-only connection inside one snapshot (every statement of a read sees the
  same data); it never migrates, never takes the write lock, and never creates a database;
- ``connect_writer(create=…)``: a connection for migrations and writes (the caller closes it),
  whose ``begin_write()`` opens
  the one write transaction at a time (SQLite ``BEGIN IMMEDIATE``; PostgreSQL an advisory
  lock), waiting at most :data:`WRITE_WAIT_S`;
- ``fault(error, writing)``: the driver's exception as a :class:`StoreError` with a message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from bhxh_geo.paths import db_path, is_db_url

# How long a writer waits for another writer before "the database is busy", and a reader for
# anything at all (in WAL mode and under PostgreSQL's MVCC a reader does not wait for writers).
WRITE_WAIT_S = 5.0
READ_WAIT_S = 2.0
DIALECTS = ("sqlite", "postgresql")


class Cursor(Protocol):
    @property
    def description(self) -> Any: ...

    def fetchone(self) -> tuple | None: ...

    def fetchall(self) -> list[tuple]: ...


class Conn(Protocol):
    """A connection as the store uses it: ``?`` placeholders whatever the dialect."""

    dialect: str

    def execute(self, sql: str, params: list | tuple = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: list[tuple]) -> None: ...

    def begin_write(self) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def has_table(self, name: str) -> bool: ...

    def run_script(self, script: str) -> None: ...

    def close(self) -> None: ...


class Backend(Protocol):
    dialect: str
    location: str  # the database as people may see it: a path, or a URL without its password

    def exists(self) -> bool: ...

    def reader(self): ...

    def connect_writer(self, create: bool = False) -> Conn: ...

    def fault(self, error: BaseException, writing: bool): ...

    def backup(self, output: Path) -> None: ...


def open_backend(target: Path | str | None = None) -> Backend:
    """The backend for ``target``: a PostgreSQL URL, a SQLite file, or None for ``$BHXH_GEO_DB``.

    Examples
    --------
    >>> open_backend("postgresql://bhxh:s3cret@db.example/bhxh_geo").location
    'postgresql://bhxh@db.example/bhxh_geo'
    >>> open_backend("var/x.sqlite3").dialect
    'sqlite'
    """
    target = db_path() if target is None else target
    if is_db_url(target):
        from bhxh_geo.actuals.backends.postgres import PostgresBackend

        return PostgresBackend(str(target).strip())
    from bhxh_geo.actuals.backends.sqlite import SqliteBackend

    return SqliteBackend(Path(target))
