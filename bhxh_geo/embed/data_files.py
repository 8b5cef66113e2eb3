"""The data behind a published view, as files: the CSV and JSON a journalist downloads.

The CSV of a view is ``export table`` for its year and indicator, byte for byte
(:func:`bhxh_geo.table_export.table_bytes`: every target exactly as stored, each reported figure
with its source; UTF-8 with BOM, comma, dot decimals, formula-looking text neutralised). The
JSON holds the same rows, and the view's own figures (value, rank, changes) as the map shows
them, with the sources and notes. ``targets.csv`` is all 216 targets of the plan.

Examples
--------
>>> from bhxh_geo.map_view import MapView
>>> data = view_csv(MapView(2025, "bhtn"))
>>> data[:3] == b"\\xef\\xbb\\xbf", data.count(b"\\r\\n")
(True, 19)
"""

from __future__ import annotations

import json
import math

import pandas as pd

from bhxh_geo import spreadsheets, table_export
from bhxh_geo.coverage import coverage_table
from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.i18n import LANGS, t
from bhxh_geo.map_view import MapView
from bhxh_geo.paths import TARGETS_CSV
from bhxh_geo.targets import load_targets
from bhxh_geo.view_text import title, unit_line

VALUE_COLUMNS = ["unit_code", "name", "value", "rank", "change_pp", "vs_province_pp", "source"]


def view_csv(view: MapView, actuals: pd.DataFrame | None = None) -> bytes:
    """``python -m bhxh_geo export table --year Y --indicator I --format csv``, as bytes."""
    return table_export.table_bytes("csv", view.year, actuals, indicator=view.indicator)


def targets_csv() -> bytes:
    """All 216 targets under the export rules, each figure as ``data/targets.csv`` writes it
    (``2.60``, as the plan prints ``2,60%``), after the file's checks (:func:`load_targets`)."""
    load_targets()
    return spreadsheets.csv_bytes(pd.read_csv(TARGETS_CSV, dtype=str, keep_default_na=False))


def view_json(view: MapView, actuals: pd.DataFrame | None = None) -> bytes:
    """The view's figures and the table's rows as JSON (UTF-8, no BOM; null = no figure)."""
    frame = table_export.table_frame(view.year, actuals, view.indicator)
    sources = table_export.table_sources(frame)
    table = coverage_table(view.year, view.indicator, view.measure, actuals, view.period)
    document = {
        "view": {
            "year": view.year,
            "indicator": view.indicator,
            "measure": view.measure,
            "period": view.period,
        },
        "title": {lang: title(view, lang) for lang in LANGS},
        "unit": {lang: unit_line(view, lang) for lang in LANGS},
        "demo": DEMO_LABEL if DEMO_LABEL in sources else None,
        "sources": sources,
        "notes": [
            t(key, lang) for key in ("note.districts_2025", "note.excluded") for lang in LANGS
        ],
        "values": _records(table[VALUE_COLUMNS]),
        "columns": list(frame.columns),
        "rows": _records(frame),
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _records(frame: pd.DataFrame) -> list[dict]:
    return [
        {column: _plain(value) for column, value in row.items()}
        for row in frame.to_dict(orient="records")
    ]


def _plain(value):
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value
