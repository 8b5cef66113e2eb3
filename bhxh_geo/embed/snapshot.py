"""The figures a published view is made from, and the signal that they changed.

A snapshot holds the current imported actuals (none before any import), a version that changes
whenever an import lands or is reverted (the store's change signal,
:func:`~bhxh_geo.actuals.store.change_stamp`), when the boundaries or the plan's file change,
and the time of the last change (for ``Last-Modified``). The store's signal is asked at most
once every :data:`RECHECK_S` seconds per database, so thousands of readers cost one indexed
query a second, not one each; the figures are read again only when the signal changed.
"""

from __future__ import annotations

import datetime
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from bhxh_geo.paths import BOUNDARIES_PATH, TARGETS_CSV, db_path

# How stale a published page may be after an import: within its Cache-Control max-age anyway.
RECHECK_S = 1.0


@dataclass(frozen=True)
class Snapshot:
    actuals: pd.DataFrame | None  # current actuals; None when no database exists
    version: str  # changes with every import, revert, boundary or plan file change
    last_modified: datetime.datetime  # UTC, whole seconds
    demo: bool  # any batch is demo data (every page then says so)
    stamp: tuple  # what it was read at (the store's signal, the plan's and boundaries' files)


_lock = threading.Lock()
_cache: dict[str, Snapshot] = {}
_checked: dict[str, tuple[float, tuple]] = {}  # database → (when asked, stamp)


def _stat(path: Path):
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def _stamp(db: Path | str) -> tuple:
    """The store's change signal (asked at most every RECHECK_S) and the plan's and boundaries'
    files."""
    from bhxh_geo.actuals import store

    key, now = str(db), time.monotonic()
    asked = _checked.get(key)
    if asked is None or now - asked[0] >= RECHECK_S:
        asked = (now, store.change_stamp(db))
        _checked[key] = asked
    return (asked[1], _stat(TARGETS_CSV), _stat(BOUNDARIES_PATH))


def current(path: Path | str | None = None) -> Snapshot:
    """The snapshot of the database at ``path`` (default: :func:`bhxh_geo.paths.db_path`)."""
    db = path if path is not None else db_path()
    with _lock:
        stamp = _stamp(db)
        found = _cache.get(str(db))
        if found is None or found.stamp != stamp:
            found = _read(db, stamp)
            _cache[str(db)] = found
        return found


def forget() -> None:
    """Ask the store again at the next look-up (after an import in the same process)."""
    with _lock:
        _checked.clear()


def _read(db: Path | str, stamp: tuple) -> Snapshot:
    from bhxh_geo.actuals import store
    from bhxh_geo.demo import DEMO_LABEL

    files = [TARGETS_CSV, BOUNDARIES_PATH]
    times = [
        datetime.datetime.fromtimestamp(f.stat().st_mtime, datetime.UTC)
        for f in files
        if f.exists()
    ]
    if stamp[0][1] is None:  # no database yet: the plan's targets only
        return Snapshot(None, _version(stamp, (0, 0)), _whole(max(times)), False, stamp)
    batches = store.batches(db)
    for column in ("imported_at", "reverted_at"):
        times += [datetime.datetime.fromisoformat(v) for v in batches[column].dropna() if v]
    demo = bool((batches["source"] == DEMO_LABEL).any())
    return Snapshot(
        store.current_actuals(path=db),
        _version(stamp, (int(stamp[0][1]), int(stamp[0][3]))),
        _whole(max(times)),
        demo,
        stamp,
    )


def _version(stamp: tuple, db_version: tuple[int, int]) -> str:
    """Short text naming the state: the store's version and the plan and boundary files."""
    import hashlib

    files = repr((stamp[0][0], stamp[1], stamp[2])).encode()
    return f"{db_version[0]}.{db_version[1]}-{hashlib.sha256(files).hexdigest()[:8]}"


def _whole(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(datetime.UTC).replace(microsecond=0)
