"""The actuals database: the only module that runs SQL (always with ``?`` placeholders).

A SQLite file in WAL mode (:func:`bhxh_geo.paths.db_path`, the default) or a PostgreSQL
database (``BHXH_GEO_DB=postgresql://…``); the dialects differ only in
:mod:`bhxh_geo.actuals.backends`. Append-only, enforced by the database: an import is a batch
with its file's name and SHA-256, time, officer and source document; the current value of a
district × year × period × indicator is the one from the latest batch not reverted.

Reads open a read-only snapshot: they never migrate, never wait for a writer, never create a
database (one that does not exist is :class:`StoreError` ``missing_db``, or simply empty for
:func:`preview`, :func:`batch_with_sha256`, :func:`db_version` and :func:`change_stamp`).
Writes (:func:`import_batch`, :func:`revert`, :func:`migrate`) apply pending migrations first,
then run one at a time. Every fault of the database is a :class:`StoreError` with a message;
nothing is half-written. Each call opens its own connection (PostgreSQL reads: from a pool),
so callers (CLI, Streamlit threads) never share one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from bhxh_geo.actuals.backends import Backend, Conn, open_backend
from bhxh_geo.actuals.errors import StoreError
from bhxh_geo.actuals.importer import ImportResult
from bhxh_geo.actuals.migrate import apply_migrations, pending, utc_now
from bhxh_geo.districts import PROVINCE_CODE, district_codes
from bhxh_geo.i18n import t
from bhxh_geo.indicators import INDICATORS

__all__ = ["KEY", "Readiness", "StoreError"]

KEY = ["unit_code", "year", "period", "indicator"]
Target = Path | str | None


def location(path: Target = None) -> str:
    """The database as messages name it: its file, or its URL without the password."""
    return open_backend(path).location


@contextmanager
def _faults(backend: Backend, writing: bool) -> Iterator[None]:
    """Turn the driver's exceptions into :class:`StoreError` (locked, read-only, disk full…)."""
    try:
        yield
    except StoreError:
        raise
    except Exception as error:
        fault = backend.fault(error, writing)
        if fault is None:
            raise
        raise fault from error


@contextmanager
def _reading(path: Target) -> Iterator[Conn]:
    backend = open_backend(path)
    with _faults(backend, writing=False), backend.reader() as conn:
        yield conn


@contextmanager
def _writing(path: Target, *, create: bool) -> Iterator[Conn]:
    """One write transaction, after any pending migration; rolled back whole on any error."""
    backend = open_backend(path)
    with _faults(backend, writing=True):
        conn = backend.connect_writer(create=create)
        try:
            apply_migrations(conn)
            conn.begin_write()
            try:
                yield conn
                conn.commit()
            except BaseException:
                with suppress(Exception):
                    conn.rollback()
                raise
        finally:
            conn.close()


def connect(path: Target = None) -> Conn:
    """A writer's connection (autocommit; transactions are explicit), creating a SQLite file
    when missing; the caller closes it. For migrations and tests: the store's functions open
    their own."""
    backend = open_backend(path)
    with _faults(backend, writing=True):
        return backend.connect_writer(create=True)


def exists(path: Target = None) -> bool:
    """True when the database exists and holds the store's tables (nothing is created)."""
    backend = open_backend(path)
    with _faults(backend, writing=False):
        return backend.exists()


def migrate(path: Target = None) -> list[str]:
    """Apply pending migrations, creating a SQLite file when missing; return the names applied
    now (empty when up to date)."""
    backend = open_backend(path)
    with _faults(backend, writing=True):
        conn = backend.connect_writer(create=True)
        try:
            return apply_migrations(conn)
        finally:
            conn.close()


def backup(output: Path | str, path: Target = None) -> Path:
    """A consistent backup of the database while the app runs; returns the file written.

    SQLite: a database file (SQLite's online backup API). PostgreSQL: ``pg_dump`` in its custom
    format. README "Run it as a service" says how to restore each.
    """
    backend = open_backend(path)
    output = Path(output)
    with _faults(backend, writing=False):
        backend.backup(output)
    return output


@dataclass(frozen=True)
class Readiness:
    """What :func:`prepare` found: ``state`` is ``ready``, ``absent`` (no database yet: the app
    shows no actuals, the first import creates it), ``read_only`` (reads only), ``old_schema``
    (read-only and behind the code) or ``fault`` (``error`` says which)."""

    db: str
    state: str
    applied: tuple[str, ...] = ()
    error: StoreError | None = field(default=None, compare=False)

    def message(self, lang: str = "en") -> str:
        """One line for the server's log."""
        if self.state == "ready":
            return (
                t("actuals.migrated", lang, db=self.db, names=", ".join(self.applied))
                if self.applied
                else t("actuals.ready", lang, db=self.db)
            )
        if self.state == "absent":
            return t("actuals.absent", lang, db=self.db)
        return self.error.message(lang) if self.error else self.state


def prepare(path: Target = None) -> Readiness:
    """Ready the store when the server starts: apply pending migrations where the database can
    be written. Never raises for a fault of the database (the app then runs without actuals and
    says why); safe on read-only storage, and creates no SQLite file (a path that does not
    exist is "no actuals yet"). A PostgreSQL database gets its tables here.

    Several replicas may call it at once: migrations are applied once, under the write lock.
    """
    backend = open_backend(path)
    try:
        with _faults(backend, writing=False):
            if backend.dialect == "sqlite" and not backend.exists():
                return Readiness(backend.location, "absent")
        try:
            return Readiness(backend.location, "ready", tuple(migrate(path)))
        except StoreError as error:
            if error.key != "read_only":
                raise
            with _reading(path) as conn:
                behind = bool(pending(conn))
            if behind:
                return Readiness(
                    backend.location, "old_schema", error=StoreError("old_schema", db=error.db)
                )
            return Readiness(backend.location, "read_only", error=error)
    except StoreError as error:
        return Readiness(backend.location, "fault", error=error)


def import_batch(
    result: ImportResult,
    *,
    filename: str,
    sha256: str,
    source: str,
    by: str,
    force: bool = False,
    path: Target = None,
) -> int:
    """Store a clean file's rows as one batch, in one transaction; return the batch id.

    Refuses (:class:`StoreError`) a file with errors or no rows, and a file whose SHA-256 is
    already stored unless ``force``. Creates a SQLite database that does not exist yet.
    """
    if not result.ok:
        raise StoreError("not_clean", file=filename, count=len(result.errors))
    if result.rows.empty:
        raise StoreError("no_rows", file=filename)
    rows = [_row_values(row) for row in result.rows.itertuples(index=False)]
    with _writing(path, create=True) as conn:
        earlier = conn.execute(
            "SELECT id, imported_at FROM batches WHERE sha256 = ? ORDER BY id", [sha256]
        ).fetchone()
        if earlier and not force:
            raise StoreError(
                "duplicate_file", file=filename, batch=earlier[0], when=earlier[1], sha=sha256[:12]
            )
        inserted = conn.execute(
            "INSERT INTO batches (filename, sha256, shape, source, imported_by, imported_at,"
            " row_count, forced) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [filename, sha256, result.shape, source, by, utc_now(), len(rows), int(bool(earlier))],
        ).fetchone()
        assert inserted is not None
        batch_id = int(inserted[0])
        conn.executemany(
            "INSERT INTO actual_values (batch_id, unit_code, year, period, indicator, value_pct,"
            " insured, labour_force, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(batch_id, *row) for row in rows],
        )
    return batch_id


def _row_values(row) -> tuple:
    def nullable(value, kind):
        return None if pd.isna(value) else kind(value)

    return (
        str(row.unit_code),
        int(row.year),
        str(row.period),
        str(row.indicator),
        nullable(row.value_pct, float),
        nullable(row.insured, int),
        nullable(row.labour_force, int),
        nullable(row.source_row, int),
    )


def batch_with_sha256(sha256: str, path: Target = None) -> int | None:
    """The first batch that stored a file with this SHA-256, or None (also when there is no
    database yet: for previews)."""
    try:
        with _reading(path) as conn:
            row = conn.execute("SELECT MIN(id) FROM batches WHERE sha256 = ?", [sha256]).fetchone()
    except StoreError as error:
        if error.key == "missing_db":
            return None
        raise
    return None if row is None or row[0] is None else int(row[0])


_CURRENT_COLUMNS = [
    "unit_code",
    "year",
    "period",
    "indicator",
    "value_pct",
    "insured",
    "labour_force",
    "batch_id",
    "source",
    "imported_at",
    "filename",
]
_CURRENT = """
WITH ranked AS (
    SELECT v.unit_code, v.year, v.period, v.indicator, v.value_pct, v.insured, v.labour_force,
           v.batch_id, b.source, b.imported_at, b.filename,
           ROW_NUMBER() OVER (PARTITION BY v.unit_code, v.year, v.period, v.indicator
                              ORDER BY v.batch_id DESC) AS rank
    FROM actual_values v JOIN batches b ON b.id = v.batch_id
    WHERE NOT EXISTS (SELECT 1 FROM reverts r WHERE r.batch_id = v.batch_id) {year}
)
SELECT {columns} FROM ranked WHERE rank = 1
"""


def _current(conn: Conn, year: int | None) -> pd.DataFrame:
    sql = _CURRENT.format(
        year="" if year is None else "AND v.year = ?", columns=", ".join(_CURRENT_COLUMNS)
    )
    return _query(conn, sql, [] if year is None else [int(year)])


def current_actuals(year: int | None = None, path: Target = None) -> pd.DataFrame:
    """The current value of every unit × year × period × indicator, with where it came from.

    Raises :class:`StoreError` ``missing_db`` when there is no database (nothing is created).
    """
    with _reading(path) as conn:
        frame = _current(conn, year)
    return _typed(frame)


def preview(result: ImportResult, path: Target = None) -> pd.DataFrame:
    """What importing ``result`` would change: old → new per unit × year × period × indicator.

    ``status`` is ``new`` (no current value), ``changed`` or ``same``. With no database yet,
    every value is new (and nothing is created).
    """
    result.raise_for_errors()
    try:
        current = current_actuals(path=path)
    except StoreError as error:
        if error.key != "missing_db":
            raise
        current = _typed(pd.DataFrame(columns=_CURRENT_COLUMNS))
    old = current[[*KEY, "value_pct", "insured", "labour_force", "batch_id", "source"]]
    old = old.rename(
        columns={
            "value_pct": "old_value_pct",
            "insured": "old_insured",
            "labour_force": "old_labour_force",
            "batch_id": "old_batch_id",
            "source": "old_source",
        }
    )
    new = result.rows[[*KEY, "value_pct", "insured", "labour_force"]].rename(
        columns={
            "value_pct": "new_value_pct",
            "insured": "new_insured",
            "labour_force": "new_labour_force",
        }
    )
    merged = new.merge(old, on=KEY, how="left")
    same_value = (merged["old_value_pct"] - merged["new_value_pct"]).abs().lt(1e-9) | (
        merged["old_value_pct"].isna() & merged["new_value_pct"].isna()
    )
    same_counts = (
        merged["old_insured"]
        .astype("Float64")
        .eq(merged["new_insured"])
        .fillna(merged["old_insured"].isna() & merged["new_insured"].isna())
    )
    merged["status"] = "changed"
    merged.loc[same_value & same_counts.astype(bool), "status"] = "same"
    merged.loc[merged["old_batch_id"].isna(), "status"] = "new"
    merged["change_pp"] = merged["new_value_pct"] - merged["old_value_pct"]
    return _in_plan_order(merged)


def history(unit_code: str, path: Target = None) -> pd.DataFrame:
    """Every value a unit has had, oldest batch first, with its batch, source and revert."""
    sql = """
        SELECT v.year, v.period, v.indicator, v.value_pct, v.insured, v.labour_force,
               v.batch_id, v.source_row, b.filename, b.source, b.imported_by, b.imported_at,
               r.reverted_at
        FROM actual_values v JOIN batches b ON b.id = v.batch_id
        LEFT JOIN reverts r ON r.batch_id = v.batch_id
        WHERE v.unit_code = ?
        ORDER BY v.year, v.period, v.indicator, v.batch_id"""
    with _reading(path) as conn:  # one snapshot: the history and what is current agree
        frame = _query(conn, sql, [str(unit_code)])
        current = _current(conn, None)
    live = set(
        current.loc[
            current["unit_code"] == str(unit_code), ["batch_id", "year", "period", "indicator"]
        ].itertuples(index=False, name=None)
    )
    frame["current"] = [
        (b, y, p, i) in live
        for b, y, p, i in frame[["batch_id", "year", "period", "indicator"]].itertuples(
            index=False, name=None
        )
    ]
    order = {code: i for i, code in enumerate(INDICATORS)}
    frame = (
        frame.assign(_order=frame["indicator"].map(order))
        .sort_values(["year", "period", "_order", "batch_id"], kind="stable")
        .drop(columns="_order")
    )
    return _typed(frame.reset_index(drop=True))


def batches(path: Target = None) -> pd.DataFrame:
    """Every import batch, oldest first, with ``reverted_at`` (empty when still live)."""
    sql = """
        SELECT b.id AS batch_id, b.imported_at, b.filename, b.sha256, b.shape, b.source,
               b.imported_by, b.row_count, b.forced, r.reverted_at, r.reverted_by
        FROM batches b LEFT JOIN reverts r ON r.batch_id = b.id ORDER BY b.id"""
    with _reading(path) as conn:
        frame = _query(conn, sql, [])
    frame["forced"] = frame["forced"].astype(bool)
    return frame


def revert(batch_id: int, path: Target = None, *, by: str = "") -> None:
    """Mark a batch reverted (its rows stay; they stop being current)."""
    with _writing(path, create=False) as conn:
        if conn.execute("SELECT 1 FROM batches WHERE id = ?", [int(batch_id)]).fetchone() is None:
            raise StoreError("no_such_batch", batch=batch_id)
        done = conn.execute(
            "SELECT reverted_at FROM reverts WHERE batch_id = ?", [int(batch_id)]
        ).fetchone()
        if done:
            raise StoreError("already_reverted", batch=batch_id, when=done[0])
        conn.execute(
            "INSERT INTO reverts (batch_id, reverted_by, reverted_at) VALUES (?, ?, ?)",
            [int(batch_id), by, utc_now()],
        )


def db_version(path: Target = None) -> tuple[int, int]:
    """(latest batch id, number of reverts), (0, 0) when there is no database yet."""
    stamp = change_stamp(path)
    return (0, 0) if stamp[1] is None else (int(stamp[1]), int(stamp[3]))


_STAMP = """SELECT (SELECT MAX(id) FROM batches),
       (SELECT imported_at FROM batches ORDER BY id DESC LIMIT 1),
       (SELECT COUNT(*) FROM reverts),
       (SELECT MAX(reverted_at) FROM reverts)"""


def change_stamp(path: Target = None) -> tuple:
    """The store's change signal: a tuple that changes on every import and revert, for caches.

    ``(database, latest batch id, its time, reverts, latest revert's time)``; the times keep it
    changing even when a restored backup hands out a batch id again. ``(database, None)`` when
    there is no database yet (nothing is created). Two indexed lookups on a read-only snapshot.
    """
    backend = open_backend(path)
    try:
        with _reading(path) as conn:
            row = conn.execute(_STAMP).fetchone()
    except StoreError as error:
        if error.key == "missing_db":
            return (backend.location, None)
        raise
    assert row is not None
    latest = 0 if row[0] is None else int(row[0])
    return (backend.location, latest, row[1], int(row[2]), row[3])


def _query(conn: Conn, sql: str, params: list) -> pd.DataFrame:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return pd.DataFrame(cursor.fetchall(), columns=names)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    types = {
        "year": "int64",
        "value_pct": "float64",
        "insured": "Int64",
        "labour_force": "Int64",
        "batch_id": "int64",
    }
    frame = frame.astype({k: v for k, v in types.items() if k in frame.columns})
    return _in_plan_order(frame) if "unit_code" in frame.columns else frame


def _in_plan_order(frame: pd.DataFrame) -> pd.DataFrame:
    units = {code: i for i, code in enumerate([PROVINCE_CODE, *district_codes()])}
    indicators = {code: i for i, code in enumerate(INDICATORS)}
    ranked = frame.assign(
        _unit=frame["unit_code"].map(units), _indicator=frame["indicator"].map(indicators)
    )
    return (
        ranked.sort_values(["year", "period", "_indicator", "_unit"], kind="stable")
        .drop(columns=["_unit", "_indicator"])
        .reset_index(drop=True)
    )


def close() -> None:
    """Release the connections the store keeps (PostgreSQL readers' pools; SQLite keeps none).
    For a server that stops; the next call opens new ones."""
    postgres = sys.modules.get("bhxh_geo.actuals.backends.postgres")
    if postgres is not None:
        postgres.close_pools()
