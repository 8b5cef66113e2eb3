"""The actuals in force, read for an export or the map without creating a database."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from bhxh_geo.actuals import store
from bhxh_geo.paths import db_path


def stored_actuals(path: Path | str | None = None) -> pd.DataFrame | None:
    """The current imported actuals, or None when no database exists (an export never creates one)."""
    path = Path(path) if path is not None else db_path()
    return store.current_actuals(path=path) if path.exists() else None
