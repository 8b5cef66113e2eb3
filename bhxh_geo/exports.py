"""What can be exported (formats, sizes, the checks of a request), and the data table.

The table a journalist downloads has every figure exactly as stored, each row with its source.
One row per area (the province ``64`` and the 17 districts) × year × indicator: the plan's
target (``data/targets.csv`` as it is) and, where reports have been imported, the reported rate,
the people insured, the labour force and the gap (reported − target, as the map computes it),
full year and first half (``_h1``) side by side. Written under the export rules of
:mod:`bhxh_geo.tabular` (CSV: UTF-8 with BOM, comma, dot decimals; XLSX: a sheet of sources and
notes; formula-looking text neutralised). Demo figures put the demo label on the first line.
"""

from __future__ import annotations

import datetime
import re
import tempfile
from pathlib import Path

import pandas as pd

from bhxh_geo import tabular
from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.districts import unit_name
from bhxh_geo.i18n import LANGS, format_date, indicator_label, t
from bhxh_geo.indicators import INDICATORS, check_indicator, check_year
from bhxh_geo.measures import PERIODS, measure_values
from bhxh_geo.targets import load_targets, plan_source

# Every file the app and the CLI export, and its MIME type (kept here: this module is light).
MAP_FORMATS = ("png", "svg", "pdf")
TABLE_FORMATS = ("csv", "xlsx")
DEFAULT_SIZE = (1920, 1080)  # screens
SOCIAL_SIZE = (1200, 675)  # social posts
SIZE_LIMITS = (300, 8000)
MIME_TYPES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
KEY = ["unit_code", "year", "indicator"]
REPORTED = ["actual_pct", "insured", "labour_force", "gap_pp", "actual_source"]


class ExportError(ValueError):
    """An export cannot be made as asked; the message says what was expected. Nothing is written."""


def parse_size(text: str, lang: str = "vi") -> tuple[int, int]:
    """``"1920x1080"`` → ``(1920, 1080)``; raise :class:`ExportError` for anything else.

    Examples
    --------
    >>> parse_size("1200x675")
    (1200, 675)
    """
    match = re.fullmatch(r"\s*(\d{1,5})\s*[x×X]\s*(\d{1,5})\s*", str(text))
    low, high = SIZE_LIMITS
    size = (int(match.group(1)), int(match.group(2))) if match else None
    if (
        size is None
        or not all(low <= side <= high for side in size)
        or not 1 <= size[0] / size[1] <= 3
    ):
        raise ExportError(t("export.error.size", lang, size=text, low=low, high=high))
    return size


def table_frame(
    year: int | None = None, actuals: pd.DataFrame | None = None, indicator: str | None = None
) -> pd.DataFrame:
    """The export's rows: all years when ``year`` is None (all indicators when ``indicator`` is
    None), targets first, then what was reported.

    Examples
    --------
    >>> frame = table_frame()
    >>> len(frame), list(frame.columns[:7])
    (216, ['year', 'unit_code', 'unit_name', 'official_name', 'indicator', 'indicator_name', 'target_pct'])
    """
    targets = load_targets()
    if year is not None:
        targets = targets[targets["year"] == check_year(year)]
    if indicator is not None:
        targets = targets[targets["indicator"] == check_indicator(indicator)]
    frame = targets.rename(columns={"source": "target_source"})
    frame["official_name"] = frame["unit_code"].map(unit_name)
    frame["indicator_name"] = frame["indicator"].map(indicator_label)
    frame = frame[
        [
            "year",
            "unit_code",
            "unit_name",
            "official_name",
            "indicator",
            "indicator_name",
            "target_pct",
            "target_source",
        ]
    ]
    for period in PERIODS:
        reported = _reported(actuals, period)
        if len(reported):
            frame = frame.merge(reported, on=KEY, how="left", validate="1:1")
    return frame.reset_index(drop=True)


def _reported(actuals: pd.DataFrame | None, period: str) -> pd.DataFrame:
    """The reported columns of one period (suffix ``_h1`` for the first half); empty when none."""
    if actuals is None or actuals.empty or not (actuals["period"] == period).any():
        return pd.DataFrame()
    parts = []
    for indicator in INDICATORS:
        values = measure_values(indicator, "gap", actuals, period)
        values = values[values["actual"].notna() | values["insured"].notna()]
        parts.append(
            pd.DataFrame(
                {
                    "unit_code": values["unit_code"],
                    "year": values["year"],
                    "indicator": indicator,
                    "actual_pct": values["actual"],
                    "insured": values["insured"].astype("Int64"),
                    "labour_force": values["labour_force"].astype("Int64"),
                    "gap_pp": values["value"],
                    "actual_source": values["report_source"],
                }
            )
        )
    reported = pd.concat(parts, ignore_index=True)
    suffix = "" if period == "full" else f"_{period}"
    return reported.rename(columns={c: c + suffix for c in REPORTED})


def table_sources(frame: pd.DataFrame) -> list[str]:
    """Every source of the table's figures: the plan, then each imported report."""
    reports = set()
    for column in [c for c in frame.columns if c.startswith("actual_source")]:
        reports |= {str(s) for s in frame[column].dropna() if str(s).strip()}
    return [plan_source(), *sorted(reports)]


def table_notes(made_on: datetime.date | None = None) -> list[str]:
    """The notes of the sources sheet, in Vietnamese then English."""
    made_on = made_on or datetime.date.today()
    return [
        t(key, lang, **({"date": format_date(made_on, lang)} if key == "export.made_on" else {}))
        for key in (
            "note.districts_2025",
            "note.excluded",
            "export.table.columns",
            "export.made_on",
        )
        for lang in LANGS
    ]


def table_bytes(
    fmt: str,
    year: int | None = None,
    actuals: pd.DataFrame | None = None,
    made_on: datetime.date | None = None,
    indicator: str | None = None,
) -> bytes:
    """The table as a ``csv`` or ``xlsx`` file, written by :func:`tabular.write_table`."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(
            f"unknown table format {fmt!r}; expected one of {', '.join(TABLE_FORMATS)}"
        )
    frame = table_frame(year, actuals, indicator)
    sources = table_sources(frame)
    title = DEMO_LABEL if DEMO_LABEL in sources else None
    with tempfile.TemporaryDirectory(prefix="bhxh-export-") as folder:
        path = tabular.write_table(
            frame,
            Path(folder) / f"table.{fmt}",
            sources=sources,
            notes=table_notes(made_on),
            title=title,
        )
        return path.read_bytes()


def stored_actuals(path: Path | str | None = None) -> pd.DataFrame | None:
    """The current imported actuals, or None when no database exists (an export never creates one)."""
    from bhxh_geo.actuals import store
    from bhxh_geo.paths import db_path

    path = Path(path) if path is not None else db_path()
    return store.current_actuals(path=path) if path.exists() else None
