"""The figures a published view is made from, and the signal that they changed.

A snapshot holds the current imported actuals (none before any import), a version that changes
whenever an import lands or is reverted (the store's :func:`~bhxh_geo.actuals.store.db_version`),
when the boundaries or the plan's file change, and the time of the last change (for
``Last-Modified``). Looking one up costs a few ``stat`` calls; the store is read again only when
its files changed, so thousands of readers never query it.
"""

from __future__ import annotations

import datetime
import threading
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from bhxh_geo.paths import BOUNDARIES_PATH, TARGETS_CSV, db_path


@dataclass(frozen=True)
class Snapshot:
    actuals: pd.DataFrame | None  # current actuals; None when no database exists
    version: str  # changes with every import, revert, boundary or plan file change
    last_modified: datetime.datetime  # UTC, whole seconds
    demo: bool  # any batch is demo data (every page then says so)


_lock = threading.Lock()
_cache: dict[tuple, Snapshot] = {}


def _stat(path: Path):
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def _stamp(db: Path) -> tuple:
    return (
        str(db),
        _stat(db),
        _stat(db.with_name(db.name + "-wal")),
        _stat(TARGETS_CSV),
        _stat(BOUNDARIES_PATH),
    )


def current(path: Path | str | None = None) -> Snapshot:
    """The snapshot of the database at ``path`` (default: :func:`bhxh_geo.paths.db_path`)."""
    db = Path(path) if path is not None else db_path()
    stamp = _stamp(db)
    with _lock:
        found = _cache.get(stamp)
        if found is None:
            found = _read(db, stamp)
            _cache.clear()  # one state is current; older ones are never asked for again
            _cache[stamp] = found
        return found


def _read(db: Path, stamp: tuple) -> Snapshot:
    files = [TARGETS_CSV, BOUNDARIES_PATH]
    times = [
        datetime.datetime.fromtimestamp(f.stat().st_mtime, datetime.UTC)
        for f in files
        if f.exists()
    ]
    if not db.exists():
        return Snapshot(None, _version(stamp, (0, 0)), _whole(max(times)), False)
    from bhxh_geo.actuals import store
    from bhxh_geo.demo import DEMO_LABEL

    batches = store.batches(db)
    for column in ("imported_at", "reverted_at"):
        times += [datetime.datetime.fromisoformat(v) for v in batches[column].dropna() if v]
    demo = bool((batches["source"] == DEMO_LABEL).any())
    return Snapshot(
        store.current_actuals(path=db),
        _version(stamp, store.db_version(db)),
        _whole(max(times)),
        demo,
    )


def _version(stamp: tuple, db_version: tuple[int, int]) -> str:
    """Short text naming the state: the store's version and the plan and boundary files."""
    import hashlib

    files = repr((stamp[0], stamp[3], stamp[4])).encode()
    return f"{db_version[0]}.{db_version[1]}-{hashlib.sha256(files).hexdigest()[:8]}"


def _whole(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(datetime.UTC).replace(microsecond=0)
