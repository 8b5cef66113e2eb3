"""Every path, environment override and CRS constant of the project."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DISTRICTS_CSV = DATA_DIR / "districts.csv"
TARGETS_CSV = DATA_DIR / "targets.csv"
GEO_DIR = ROOT / "geo"
BOUNDARIES_PATH = GEO_DIR / "gialai_districts.geojson"
STATIC_DIR = ROOT / "static"

# Boundaries are stored and drawn in WGS 84; areas, centroids and static maps use UTM 49N
# (Gia Lai spans 107.4-108.9 °E, almost all of it inside zone 49's band).
CRS_WGS84 = "EPSG:4326"
CRS_PROJECTED = "EPSG:32649"

MIRROR_ENV = "BHXH_GEO_MIRROR"
DB_ENV = "BHXH_GEO_DB"
DEFAULT_DB = ROOT / "var" / "bhxh_geo.sqlite3"
# A database given as one of these URLs is PostgreSQL; anything else is a SQLite file.
DB_URL_SCHEMES = ("postgresql://", "postgres://")


def mirror_dir() -> Path | None:
    """The offline mirror folder named by ``$BHXH_GEO_MIRROR``, or None when unset."""
    value = os.environ.get(MIRROR_ENV, "").strip()
    return Path(value).expanduser() if value else None


def is_db_url(value: object) -> bool:
    """True when ``value`` names a PostgreSQL database (a URL), not a SQLite file.

    Examples
    --------
    >>> is_db_url("postgresql://bhxh@db.example/bhxh_geo"), is_db_url("var/bhxh_geo.sqlite3")
    (True, False)
    """
    return isinstance(value, str) and value.strip().lower().startswith(DB_URL_SCHEMES)


def db_path() -> Path | str:
    """The actuals database: ``$BHXH_GEO_DB`` or ``var/bhxh_geo.sqlite3``.

    A SQLite file as a :class:`Path`, or a PostgreSQL URL (``postgresql://…``) as a ``str``.
    """
    value = os.environ.get(DB_ENV, "").strip()
    if is_db_url(value):
        return value
    return Path(value).expanduser() if value else DEFAULT_DB
