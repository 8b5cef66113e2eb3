"""One district on one page: every indicator × year, its rank, the province beside it,
reported actuals and the gap where imported, and the people still needed where the labour force
is known. The district profile page, its CSV download and the map's drill-down read this frame
(as :mod:`bhxh_geo.profile_tables` lays it out).
"""

from __future__ import annotations

import pandas as pd

from bhxh_geo.choices import check_choice
from bhxh_geo.coverage import coverage_table
from bhxh_geo.districts import district_codes
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.measures import measure_values

# The profile's own query parameter (``/district?code=632``), distinct from the map's ``district``.
CODE_PARAM = "code"
COLUMNS = [
    "unit_code",
    "name",
    "indicator",
    "year",
    "target",
    "change_pp",
    "rank",
    "province_target",
    "vs_province_pp",
    "actual",
    "gap_pp",
    "insured",
    "labour_force",
    "people_needed",
    "source",
    "plan_source",
    "report_source",
]


def parse_code(text: object) -> str | None:
    """The district code in ``text`` (``"632"``), or None when it names no district.

    Examples
    --------
    >>> parse_code("632"), parse_code(" 632 "), parse_code("64"), parse_code("abc"), parse_code(None)
    ('632', '632', None, None, None)
    """
    if text is None:
        return None
    code = str(text).strip()
    return code if code in district_codes() else None


def district_profile(
    code: str, actuals: pd.DataFrame | None = None, period: str = "full"
) -> pd.DataFrame:
    """Every indicator × year for one district (12 rows, plan order of indicators, then years).

    ``target`` and ``rank`` (of 17, 1 = highest), ``province_target`` and ``vs_province_pp``
    come from the plan; ``actual``, ``gap_pp`` (actual − target), ``insured``, ``labour_force``
    and ``people_needed`` from imported reports, NaN where none was imported. ``source`` names
    the plan and, where an actual is shown, the report.

    Examples
    --------
    >>> p = district_profile("632").set_index(["indicator", "year"])
    >>> float(p.loc[("bhxh", 2025), "target"]), int(p.loc[("bhxh", 2025), "rank"])
    (10.82, 8)
    """
    check_choice("district code", code, district_codes())
    rows = []
    for indicator in INDICATORS:
        reported = measure_values(indicator, "people_needed", actuals, period)
        reported = reported[reported["unit_code"] == code].set_index("year")
        for year in YEARS:
            table = coverage_table(year, indicator).set_index("unit_code")
            row, report = table.loc[code], reported.loc[year]
            actual = report["actual"]
            rows.append(
                {
                    "unit_code": code,
                    "name": row["name"],
                    "indicator": indicator,
                    "year": year,
                    "target": row["value"],
                    "change_pp": row["change_pp"],
                    "rank": int(row["rank"]),
                    "province_target": row["province_value"],
                    "vs_province_pp": row["vs_province_pp"],
                    "actual": actual,
                    "gap_pp": round(actual - row["value"], 2) if pd.notna(actual) else float("nan"),
                    "insured": report["insured"],
                    "labour_force": report["labour_force"],
                    "people_needed": report["value"],
                    "source": "; ".join(s for s in (report["report_source"], row["source"]) if s),
                    "plan_source": row["source"],
                    "report_source": report["report_source"],
                }
            )
    return pd.DataFrame(rows, columns=COLUMNS)


def has_actuals(profile: pd.DataFrame) -> bool:
    """True when any reported actual is in the profile."""
    return bool(profile["actual"].notna().any())


def report_sources(profile: pd.DataFrame) -> list[str]:
    """The source documents of the reported actuals in the profile (none before an import)."""
    return sorted({s for s in profile["report_source"] if s})
