"""SQLite: one file in WAL mode, the embedded default.

Readers open the file read-only (``mode=ro``): in WAL mode they read a snapshot and never wait
for a writer. On read-only storage (a read-only mount, or a folder this account cannot write)
SQLite cannot make the ``-shm`` file a WAL reader needs; the file is then opened ``immutable``,
which is right because nothing can write it there. Writers run one at a time
(``BEGIN IMMEDIATE``), each waiting at most :data:`WRITE_WAIT_S` for the one before.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path

from bhxh_geo.actuals import backends
from bhxh_geo.actuals.errors import StoreError

# SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes add high bits.
_FAULTS = {5: "busy", 6: "busy", 8: "read_only", 11: "corrupt", 13: "disk_full", 26: "corrupt"}
_CANTOPEN = 14


class SqliteConn:
    """A ``sqlite3`` connection in autocommit mode (transactions are explicit)."""

    dialect = "sqlite"

    def __init__(self, raw: sqlite3.Connection):
        self.raw = raw

    def execute(self, sql: str, params: list | tuple = ()) -> sqlite3.Cursor:
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        self.raw.executemany(sql, rows)

    def begin_write(self) -> None:
        self.raw.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("ROLLBACK")

    def has_table(self, name: str) -> bool:
        found = self.raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        )
        return found.fetchone() is not None

    def run_script(self, script: str) -> None:
        # executescript would commit on its own: statement by statement keeps the caller's
        # transaction (a migration and its ledger row commit together).
        for statement in split_statements(script):
            self.raw.execute(statement)

    def close(self) -> None:
        self.raw.close()


class SqliteBackend:
    dialect = "sqlite"

    def __init__(self, path: Path):
        self.path = Path(path).expanduser()
        self.location = str(path)

    def exists(self) -> bool:
        return self.path.is_file()

    @contextmanager
    def reader(self):
        if not self.path.is_file():
            raise StoreError("missing_db", db=self.location)
        raw = self._open_read_only()
        try:
            raw.execute("BEGIN")  # one snapshot for every statement of this read
            yield SqliteConn(raw)
        finally:
            raw.close()

    def _open_read_only(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri()
        raw = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, timeout=backends.READ_WAIT_S, isolation_level=None
        )
        try:
            raw.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return raw
        except sqlite3.OperationalError as error:
            raw.close()
            if (error.sqlite_errorcode & 0xFF) != _CANTOPEN or self._writable():
                raise
        raw = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        raw.execute("PRAGMA query_only = ON")
        return raw

    def connect_writer(self, create: bool = False) -> SqliteConn:
        """A connection for migrations and writes (creating the file when ``create``)."""
        if not create and not self.path.is_file():
            raise StoreError("missing_db", db=self.location)
        if not self._writable():
            raise StoreError("read_only", db=self.location)
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        raw = sqlite3.connect(self.path, timeout=backends.WRITE_WAIT_S, isolation_level=None)
        try:
            raw.execute("PRAGMA journal_mode = WAL")
            raw.execute("PRAGMA foreign_keys = ON")
            # FULL: a committed batch survives a power cut too, not only a killed process.
            raw.execute("PRAGMA synchronous = FULL")
        except BaseException:
            raw.close()
            raise
        return SqliteConn(raw)

    def backup(self, output: Path) -> None:
        """A consistent copy of the database at ``output`` (SQLite's online backup API: the
        app may go on reading and writing meanwhile); written beside it, then renamed."""
        if not self.path.is_file():
            raise StoreError("missing_db", db=self.location)
        partial = output.with_name(output.name + ".partial")
        source = self._open_read_only()
        try:
            with closing(sqlite3.connect(partial)) as target:
                source.backup(target)
        finally:
            source.close()
        partial.replace(output)

    def _writable(self) -> bool:
        """False on read-only storage or without write permission (to the file and its folder:
        SQLite writes its ``-wal`` and ``-shm`` files beside the database)."""
        folder = self.path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            return False
        return not self.path.exists() or os.access(self.path, os.W_OK)

    def fault(self, error: BaseException, writing: bool) -> StoreError | None:
        """The message for a ``sqlite3`` or file-system error (None: not the database's)."""
        if isinstance(error, OSError):
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return StoreError("read_only", db=self.location)
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                return StoreError("disk_full", db=self.location)
            return StoreError("failed", db=self.location, detail=error.strerror or str(error))
        if not isinstance(error, sqlite3.Error):
            return None
        primary = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if primary in _FAULTS:
            return StoreError(_FAULTS[primary], db=self.location)
        if primary == _CANTOPEN:
            if not self.path.exists():
                return StoreError("missing_db", db=self.location)
            if writing and not self._writable():
                return StoreError("read_only", db=self.location)
        if "no such table" in str(error):
            # A SQLite file that never held actuals (an empty file, another program's database).
            return StoreError("missing_db", db=self.location)
        return StoreError("failed", db=self.location, detail=str(error))


def split_statements(script: str) -> list[str]:
    """The complete SQL statements of ``script`` (trigger bodies stay whole).

    Examples
    --------
    >>> split_statements("CREATE TABLE a (x);\\n-- note\\nCREATE TRIGGER t BEFORE DELETE ON a\\n"
    ...                  "BEGIN SELECT RAISE(ABORT, 'no'); END;\\n")[1].splitlines()[0]
    'CREATE TRIGGER t BEFORE DELETE ON a'
    """
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if _code_of(buffer):
                statements.append(_code_of(buffer))
            buffer = ""
    if _code_of(buffer):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer.strip()!r}")
    return statements


def _code_of(text: str) -> str:
    return "\n".join(
        line for line in text.splitlines() if not line.strip().startswith("--")
    ).strip()
