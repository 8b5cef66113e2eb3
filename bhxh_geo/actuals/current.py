"""The actuals in force, read for an export or the map without creating a database."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from bhxh_geo.actuals import store


def stored_actuals(path: Path | str | None = None) -> pd.DataFrame | None:
    """The current imported actuals, or None when no database exists (an export never creates one)."""
    try:
        return store.current_actuals(path=path)
    except store.StoreError as error:
        if error.key == "missing_db":
            return None
        raise
