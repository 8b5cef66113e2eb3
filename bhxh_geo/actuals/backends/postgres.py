"""PostgreSQL (``BHXH_GEO_DB=postgresql://user:password@host:port/database``), for several app
replicas sharing one store; psycopg 3.

Readers come from a small pool per process (a new connection checks the password, ~20 ms),
each read one ``READ ONLY`` ``REPEATABLE READ`` transaction: a snapshot that never waits for a
writer (MVCC). Writers take a fresh connection and serialise on a transaction-level advisory
lock, waiting at most :data:`WRITE_WAIT_S` (``lock_timeout``). The database itself is made by
its administrator (``createdb``); the store creates its tables in it (migrations).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import threading
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
import psycopg_pool
from psycopg import conninfo

from bhxh_geo.actuals import backends
from bhxh_geo.actuals.errors import StoreError

# One lock for every write of the store (imports, reverts, migrations): b"bhxhgeo" as a number.
WRITE_LOCK = int.from_bytes(b"bhxhgeo", "big")
POOL_SIZE = 4
STATEMENT_TIMEOUT_S = 60
_POOLS: dict[str, psycopg_pool.ConnectionPool] = {}
_POOLS_LOCK = threading.Lock()
_MISSING_DB = re.compile(r'database "[^"]*" does not exist')

# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_FAULTS = {
    "55P03": "busy",  # lock_not_available: another writer held the lock past lock_timeout
    "40001": "busy",  # serialization_failure
    "40P01": "busy",  # deadlock_detected
    "57014": "busy",  # query_canceled: statement_timeout
    "53100": "disk_full",
    "25006": "read_only",  # read_only_sql_transaction (a standby, or a read-only database)
    "42501": "read_only",  # insufficient_privilege: an account that may only read
    "3D000": "no_server_db",
    "42P01": "missing_db",  # undefined_table: a database the store never created its tables in
    "XX001": "corrupt",
    "XX002": "corrupt",
}


def redact(url: str) -> str:
    """``url`` without its password (in the address or as ``password=``), for messages.

    Examples
    --------
    >>> redact("postgresql://bhxh:s3cret@db.example:5433/bhxh_geo?password=x&sslmode=require")
    'postgresql://bhxh@db.example:5433/bhxh_geo?sslmode=require'
    """
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _with_options(url: str, **settings: object) -> str:
    """The connection string with server settings added to any ``options`` the URL has."""
    params = conninfo.conninfo_to_dict(url)
    extra = " ".join(f"-c {k}={v}" for k, v in settings.items())
    params["options"] = f"{params.get('options', '')} {extra}".strip()
    params.setdefault("connect_timeout", str(int(backends.READ_WAIT_S * 2)))
    params.setdefault("application_name", "bhxh-geo")
    return conninfo.make_conninfo("", **params)


class PostgresConn:
    """A psycopg connection with the store's ``?`` placeholders (there are no ``?`` in its
    SQL text otherwise)."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection):
        self.raw = raw

    def execute(self, sql: str, params: list | tuple = ()):
        if not params:
            return self.raw.execute(sql)
        return self.raw.execute(_placeholders(sql), list(params))

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        with self.raw.cursor() as cursor:
            cursor.executemany(_placeholders(sql), rows)

    def begin_write(self) -> None:
        self.raw.execute("BEGIN")
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            self.raw.execute("ROLLBACK")

    def has_table(self, name: str) -> bool:
        found = self.raw.execute("SELECT to_regclass(%s) IS NOT NULL", [name]).fetchone()
        return bool(found and found[0])

    def run_script(self, script: str) -> None:
        # Without parameters psycopg sends the whole file at once; function bodies ($$…$$) stay
        # whole. It runs inside the caller's transaction.
        self.raw.execute(script.encode("utf-8"))

    def close(self) -> None:
        self.raw.close()


def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresBackend:
    dialect = "postgresql"

    def __init__(self, url: str):
        self.url = url
        self.location = redact(url)

    def exists(self) -> bool:
        try:
            with self.reader() as conn:
                return conn.has_table("batches")
        except StoreError as error:
            if error.key == "missing_db":
                return False
            raise

    def _pool(self) -> psycopg_pool.ConnectionPool:
        with _POOLS_LOCK:
            pool = _POOLS.get(self.url)
            if pool is None:
                pool = psycopg_pool.ConnectionPool(
                    _with_options(
                        self.url,
                        default_transaction_read_only="on",
                        statement_timeout=f"{STATEMENT_TIMEOUT_S}s",
                        lock_timeout=f"{int(backends.READ_WAIT_S * 1000)}ms",
                        idle_in_transaction_session_timeout="60s",
                    ),
                    min_size=1,
                    max_size=POOL_SIZE,
                    timeout=backends.READ_WAIT_S,
                    max_idle=300,
                    check=psycopg_pool.ConnectionPool.check_connection,
                    configure=_configure_reader,
                    name="bhxh-geo-read",
                    open=True,
                )
                _POOLS[self.url] = pool
            return pool

    @contextmanager
    def reader(self):
        try:
            with self._pool().connection() as raw:
                try:
                    yield PostgresConn(raw)
                finally:
                    # Read-only, nothing to keep; a broken connection is dropped by the pool.
                    with suppress(psycopg.Error):
                        raw.rollback()
        except psycopg_pool.PoolTimeout:
            # No connection came in time: say why (server down, wrong password, no such
            # database) from one direct attempt, or that every connection is in use.
            with psycopg.connect(self.url, connect_timeout=int(backends.READ_WAIT_S * 2)):
                pass
            raise StoreError("busy", db=self.location) from None

    def connect_writer(self, create: bool = False) -> PostgresConn:
        """A connection for migrations and writes; ``create``: its tables may not exist yet."""
        raw = psycopg.connect(
            _with_options(
                self.url,
                lock_timeout=f"{int(backends.WRITE_WAIT_S * 1000)}ms",
                statement_timeout=f"{STATEMENT_TIMEOUT_S}s",
            ),
            autocommit=True,
        )
        conn = PostgresConn(raw)
        if not create and not conn.has_table("batches"):
            raw.close()
            raise StoreError("missing_db", db=self.location)
        return conn

    def backup(self, output: Path) -> None:
        """``pg_dump`` of the database in its custom format at ``output`` (restore it with
        ``pg_restore``); the password goes in the environment, not on the command line."""
        if not self.exists():
            raise StoreError("missing_db", db=self.location)
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            raise StoreError("no_pg_dump", db=self.location)
        params = conninfo.conninfo_to_dict(self.url)
        password = params.pop("password", None)
        env = dict(os.environ, **({"PGPASSWORD": str(password)} if password else {}))
        partial = output.with_name(output.name + ".partial")
        done = subprocess.run(
            [
                pg_dump,
                "--format=custom",
                "--file",
                str(partial),
                conninfo.make_conninfo("", **params),
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            partial.unlink(missing_ok=True)
            raise StoreError(
                "failed", db=self.location, detail=_last_line(done.stderr or "pg_dump")
            )
        partial.replace(output)

    def fault(self, error: BaseException, writing: bool) -> StoreError | None:
        """The message for a psycopg error (None: not the database's)."""
        if isinstance(error, psycopg_pool.PoolTimeout):
            return StoreError("busy", db=self.location)
        if not isinstance(error, psycopg.Error):
            return None
        code = error.sqlstate or ""
        if code in _FAULTS:
            return StoreError(_FAULTS[code], db=self.location)
        text = str(error)
        if isinstance(error, psycopg.OperationalError) and not code:
            if _MISSING_DB.search(text):
                return StoreError("no_server_db", db=self.location)
            return StoreError("unreachable", db=self.location, detail=_last_line(text))
        if code.startswith(("08", "57P")):  # connection exceptions, server shutting down
            return StoreError("unreachable", db=self.location, detail=_last_line(text))
        return StoreError("failed", db=self.location, detail=_last_line(text))


def _configure_reader(raw: psycopg.Connection) -> None:
    raw.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    raw.read_only = True


def _last_line(text: str) -> str:
    """The server's own words in a libpq message (after "failed: "), on one line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    first = lines[0] if lines else text
    return first.rsplit("failed: ", 1)[-1].removeprefix("FATAL:").strip()


@atexit.register
def close_pools() -> None:
    """Close every reader pool of this process (at exit, or when a server stops)."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.close(timeout=1)
