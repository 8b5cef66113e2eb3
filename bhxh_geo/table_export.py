"""The table of every figure, as a journalist downloads it (CSV or XLSX).

The table has every figure exactly as stored, each row with its source.
One row per area (the province ``64`` and the 17 districts) × year × indicator: the plan's
target (``data/targets.csv`` as it is) and, where reports have been imported, the reported rate,
the people insured, the labour force and the gap (reported − target, as the map computes it),
full year and first half (``_h1``) side by side. Written under the export rules of
:mod:`bhxh_geo.spreadsheets` (CSV: UTF-8 with BOM, comma, dot decimals; XLSX: a sheet of sources and
notes; formula-looking text neutralised). Demo figures put the demo label on the first line.
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import pandas as pd

from bhxh_geo import spreadsheets
from bhxh_geo.choices import check_choice
from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.districts import unit_name
from bhxh_geo.export_formats import TABLE_FORMATS, ExportError
from bhxh_geo.i18n import LANGS, format_date, indicator_label, t
from bhxh_geo.indicators import INDICATORS, check_indicator, check_year
from bhxh_geo.measures import PERIODS, measure_values
from bhxh_geo.targets import load_targets, plan_source

KEY = ["unit_code", "year", "indicator"]
REPORTED = ["actual_pct", "insured", "labour_force", "gap_pp", "actual_source"]


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
    """The table as a ``csv`` or ``xlsx`` file, written by :func:`spreadsheets.write_table`."""
    check_choice("table format", fmt, TABLE_FORMATS, ExportError)
    frame = table_frame(year, actuals, indicator)
    sources = table_sources(frame)
    title = DEMO_LABEL if DEMO_LABEL in sources else None
    with tempfile.TemporaryDirectory(prefix="bhxh-export-") as folder:
        path = spreadsheets.write_table(
            frame,
            Path(folder) / f"table.{fmt}",
            sources=sources,
            notes=table_notes(made_on),
            title=title,
        )
        return path.read_bytes()
