"""What a map or table can show for an indicator: the plan's target, the reported actual, the gap
between them, or the people still needed to reach the target.

Targets come from the plan; actuals only from imported reports (``store.current_actuals()``
passed in as ``actuals``, so this module stays pure). A missing actual stays missing (NaN), never
zero. Every value carries its source: the plan, the import's source document, or both.
A first-half (``h1``) actual is compared with that year's full-year target as progress.
"""

from __future__ import annotations

import math

import pandas as pd

from bhxh_geo.choices import check_choice
from bhxh_geo.indicators import check_indicator
from bhxh_geo.targets import load_targets

MEASURES = ("target", "actual", "gap", "people_needed")
PERIODS = ("full", "h1")
# Measures whose sign matters get a diverging palette centred on zero.
DIVERGING_MEASURES = ("gap",)
VALUE_COLUMNS = [
    "unit_code",
    "year",
    "value",
    "source",
    "report_source",
    "target",
    "actual",
    "insured",
    "labour_force",
]
ACTUAL_COLUMNS = [
    "unit_code",
    "year",
    "period",
    "indicator",
    "value_pct",
    "insured",
    "labour_force",
    "source",
]


def check_measure(measure: str) -> str:
    return check_choice("measure", measure, MEASURES)


def check_period(period: str) -> str:
    return check_choice("period", period, PERIODS)


def empty_actuals() -> pd.DataFrame:
    """An actuals frame with no rows (the app before any import)."""
    return pd.DataFrame({column: pd.Series(dtype="object") for column in ACTUAL_COLUMNS})


def measure_values(
    indicator: str,
    measure: str = "target",
    actuals: pd.DataFrame | None = None,
    period: str = "full",
) -> pd.DataFrame:
    """One indicator for every unit and year: ``unit_code, year, value, source`` and the parts
    (``target, actual, insured, labour_force``) the value was computed from.

    Examples
    --------
    >>> v = measure_values("bhxh", "target")
    >>> float(v[(v.unit_code == "628") & (v.year == 2025)].value.iloc[0])
    10.64
    """
    check_indicator(indicator)
    check_measure(measure)
    check_period(period)
    targets = load_targets()
    targets = targets[targets["indicator"] == indicator].rename(
        columns={"target_pct": "target", "source": "plan_source"}
    )[["unit_code", "year", "target", "plan_source"]]
    reported = _reported(actuals, indicator, period)
    frame = targets.merge(reported, on=["unit_code", "year"], how="left", validate="1:1")
    if measure == "target":
        frame["value"], frame["source"] = frame["target"], frame["plan_source"]
    elif measure == "actual":
        frame["value"], frame["source"] = frame["actual"], frame["report_source"]
    elif measure == "gap":
        frame["value"] = (frame["actual"] - frame["target"]).round(2)
        frame["source"] = _both_sources(frame)
    else:
        frame["value"] = [
            _people_needed(*row)
            for row in frame[["target", "insured", "labour_force"]].itertuples(index=False)
        ]
        frame["source"] = _both_sources(frame)
    frame["source"] = frame["source"].where(frame["value"].notna(), "")
    frame["report_source"] = frame["report_source"].fillna("")
    return frame[VALUE_COLUMNS].reset_index(drop=True)


def _reported(actuals: pd.DataFrame | None, indicator: str, period: str) -> pd.DataFrame:
    columns = ["unit_code", "year", "actual", "insured", "labour_force", "report_source"]
    if actuals is None or actuals.empty:
        return pd.DataFrame(
            {
                c: pd.Series(
                    dtype="float64" if c not in ("unit_code", "report_source") else "object"
                )
                for c in columns
            }
        ).astype({"year": "int64"})
    rows = actuals[(actuals["indicator"] == indicator) & (actuals["period"] == period)]
    rows = rows.rename(columns={"value_pct": "actual", "source": "report_source"})[columns].copy()
    rows["year"] = rows["year"].astype("int64")
    rows["actual"] = pd.to_numeric(rows["actual"], errors="coerce")
    for count in ("insured", "labour_force"):
        rows[count] = pd.to_numeric(rows[count], errors="coerce").astype("float64")
    return rows


def _both_sources(frame: pd.DataFrame) -> pd.Series:
    return frame["report_source"].fillna("").astype(str) + "; " + frame["plan_source"]


def _people_needed(target: float, insured: float, labour_force: float) -> float:
    """More people who must be insured for ``insured / labour_force`` to reach ``target`` %."""
    if any(pd.isna(v) for v in (target, insured, labour_force)):
        return math.nan
    return float(max(0, math.ceil(target / 100 * labour_force - insured - 1e-9)))
