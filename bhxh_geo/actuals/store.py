"""The actuals database: the only module that runs SQL (always with ``?`` placeholders).

SQLite in WAL mode at :func:`bhxh_geo.paths.db_path`. Append-only: an import is a batch with
its file's name and SHA-256, time, officer and source document; the current value of a
district × year × period × indicator is the one from the latest batch not reverted. Each call
opens a short connection and closes it, so callers (CLI, Streamlit threads) never share one.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path

import pandas as pd

from bhxh_geo.actuals.importer import ImportResult
from bhxh_geo.actuals.migrate import apply_migrations, utc_now
from bhxh_geo.districts import PROVINCE_CODE, district_codes
from bhxh_geo.i18n import t
from bhxh_geo.indicators import INDICATORS
from bhxh_geo.paths import db_path

KEY = ["unit_code", "year", "period", "indicator"]
BUSY_TIMEOUT_S = 10.0


class StoreError(RuntimeError):
    """A refused store operation; ``key``/``params`` give the message in any language."""

    def __init__(self, key: str, **params: object):
        self.key, self.params = key, params
        super().__init__(self.message("vi"))

    def message(self, lang: str = "vi") -> str:
        return t(f"actuals.error.{self.key}", lang, **self.params)


def connect(path: Path | str | None = None) -> sqlite3.Connection:
    """A new autocommit connection (explicit transactions) in WAL mode; the caller closes it."""
    path = Path(path) if path is not None else db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a committed batch survives a power cut too, not only a killed process.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def migrate(path: Path | str | None = None) -> list[str]:
    """Apply pending migrations; return the names applied now (empty when up to date)."""
    with closing(connect(path)) as conn:
        return apply_migrations(conn)


@contextmanager
def _session(path):
    with closing(connect(path)) as conn:
        apply_migrations(conn)
        yield conn


@contextmanager
def _transaction(conn: sqlite3.Connection):
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def import_batch(
    result: ImportResult,
    *,
    filename: str,
    sha256: str,
    source: str,
    by: str,
    force: bool = False,
    path: Path | str | None = None,
) -> int:
    """Store a clean file's rows as one batch, in one transaction; return the batch id.

    Refuses (:class:`StoreError`) a file with errors or no rows, and a file whose SHA-256 is
    already stored unless ``force``.
    """
    if not result.ok:
        raise StoreError("not_clean", file=filename, count=len(result.errors))
    if result.rows.empty:
        raise StoreError("no_rows", file=filename)
    rows = [_row_values(row) for row in result.rows.itertuples(index=False)]
    with _session(path) as conn, _transaction(conn):
        earlier = conn.execute(
            "SELECT id, imported_at FROM batches WHERE sha256 = ? ORDER BY id", [sha256]
        ).fetchone()
        if earlier and not force:
            raise StoreError(
                "duplicate_file", file=filename, batch=earlier[0], when=earlier[1], sha=sha256[:12]
            )
        cursor = conn.execute(
            "INSERT INTO batches (filename, sha256, shape, source, imported_by, imported_at,"
            " row_count, forced) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [filename, sha256, result.shape, source, by, utc_now(), len(rows), int(bool(earlier))],
        )
        batch_id = cursor.lastrowid
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


def batch_with_sha256(sha256: str, path: Path | str | None = None) -> int | None:
    """The first batch that stored a file with this SHA-256, or None (for previews)."""
    with _session(path) as conn:
        row = conn.execute("SELECT MIN(id) FROM batches WHERE sha256 = ?", [sha256]).fetchone()
    return row[0]


_CURRENT = """
WITH ranked AS (
    SELECT v.unit_code, v.year, v.period, v.indicator, v.value_pct, v.insured, v.labour_force,
           v.batch_id, b.source, b.imported_at, b.filename,
           ROW_NUMBER() OVER (PARTITION BY v.unit_code, v.year, v.period, v.indicator
                              ORDER BY v.batch_id DESC) AS rank
    FROM actual_values v JOIN batches b ON b.id = v.batch_id
    WHERE NOT EXISTS (SELECT 1 FROM reverts r WHERE r.batch_id = v.batch_id)
      AND (? IS NULL OR v.year = ?)
)
SELECT unit_code, year, period, indicator, value_pct, insured, labour_force, batch_id, source,
       imported_at, filename
FROM ranked WHERE rank = 1
"""


def current_actuals(year: int | None = None, path: Path | str | None = None) -> pd.DataFrame:
    """The current value of every unit × year × period × indicator, with where it came from."""
    with _session(path) as conn:
        frame = _query(conn, _CURRENT, [year, year])
    return _typed(frame)


def preview(result: ImportResult, path: Path | str | None = None) -> pd.DataFrame:
    """What importing ``result`` would change: old → new per unit × year × period × indicator.

    ``status`` is ``new`` (no current value), ``changed`` or ``same``.
    """
    result.raise_for_errors()
    old = current_actuals(path=path)[
        [*KEY, "value_pct", "insured", "labour_force", "batch_id", "source"]
    ]
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


def history(unit_code: str, path: Path | str | None = None) -> pd.DataFrame:
    """Every value a unit has had, oldest batch first, with its batch, source and revert."""
    sql = """
        SELECT v.year, v.period, v.indicator, v.value_pct, v.insured, v.labour_force,
               v.batch_id, v.source_row, b.filename, b.source, b.imported_by, b.imported_at,
               r.reverted_at
        FROM actual_values v JOIN batches b ON b.id = v.batch_id
        LEFT JOIN reverts r ON r.batch_id = v.batch_id
        WHERE v.unit_code = ?
        ORDER BY v.year, v.period, v.indicator, v.batch_id"""
    with _session(path) as conn:
        frame = _query(conn, sql, [str(unit_code)])
        current = _query(conn, _CURRENT, [None, None])
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


def batches(path: Path | str | None = None) -> pd.DataFrame:
    """Every import batch, oldest first, with ``reverted_at`` (empty when still live)."""
    sql = """
        SELECT b.id AS batch_id, b.imported_at, b.filename, b.sha256, b.shape, b.source,
               b.imported_by, b.row_count, b.forced, r.reverted_at, r.reverted_by
        FROM batches b LEFT JOIN reverts r ON r.batch_id = b.id ORDER BY b.id"""
    with _session(path) as conn:
        frame = _query(conn, sql, [])
    frame["forced"] = frame["forced"].astype(bool)
    return frame


def revert(batch_id: int, path: Path | str | None = None, *, by: str = "") -> None:
    """Mark a batch reverted (its rows stay; they stop being current)."""
    with _session(path) as conn, _transaction(conn):
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


def db_version(path: Path | str | None = None) -> tuple[int, int]:
    """(latest batch id, number of reverts): changes on every write; a cache key for the app."""
    path = Path(path) if path is not None else db_path()
    if not path.exists():
        return (0, 0)
    with _session(path) as conn:
        row = conn.execute(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM batches), (SELECT COUNT(*) FROM reverts)"
        ).fetchone()
    return (int(row[0]), int(row[1]))


def _query(conn: sqlite3.Connection, sql: str, params: list) -> pd.DataFrame:
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
