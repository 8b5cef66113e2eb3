"""The join: districts × values for one year and indicator, with ranks, changes and sources.

``coverage_table`` is the map's data without geometry (what a toggle needs); ``coverage_frame``
joins it to the boundaries. A code that fails to join is an error, never a silent gap.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.classify import DEFAULT_SCHEME, Classes, classify, classify_diverging
from bhxh_geo.districts import PROVINCE_CODE, load_districts
from bhxh_geo.indicators import YEARS, check_year
from bhxh_geo.measures import DIVERGING_MEASURES, measure_values


class JoinError(ValueError):
    """Districts, values and boundaries do not line up code for code."""


def fixed_classes(
    indicator: str,
    scheme: str = DEFAULT_SCHEME,
    measure: str = "target",
    actuals: pd.DataFrame | None = None,
    period: str = "full",
) -> Classes:
    """Class breaks fixed across the three years, shared by the web map, legend and exports.

    Targets and actuals share the breaks of the plan's targets (pooled over every district and
    year), so a colour means the same coverage whichever year or measure is shown. The gap gets
    diverging classes centred on zero; people still needed, sequential classes of its own.
    """
    basis = "target" if measure in ("target", "actual") else measure
    values = measure_values(indicator, basis, actuals, period)
    district_values = values.loc[values["unit_code"] != PROVINCE_CODE, "value"].tolist()
    if measure in DIVERGING_MEASURES:
        return classify_diverging(district_values)
    return classify(district_values, scheme)


def coverage_table(
    year: int,
    indicator: str,
    measure: str = "target",
    actuals: pd.DataFrame | None = None,
    period: str = "full",
) -> pd.DataFrame:
    """The province and the 17 districts for one year: value, source, rank, changes.

    Columns: ``unit_code, name, short_label, is_province, value, source``, the parts the value
    comes from (``target, actual, insured, labour_force``), ``rank`` (1 = highest of the 17), ``previous`` and ``change_pp`` (vs the year before; NaN for 2023),
    ``province_value`` and ``vs_province_pp``. Districts in plan order, province first.

    Examples
    --------
    >>> row = coverage_table(2025, "bhxh").set_index("unit_code").loc["628"]
    >>> float(row.value), int(row["rank"]), round(float(row.change_pp), 2)
    (10.64, 10, 0.89)
    """
    year = check_year(year)
    values = measure_values(indicator, measure, actuals, period)
    table = _units().merge(_for_year(values, year), on="unit_code", how="left", validate="1:1")
    if year - 1 in YEARS:
        previous = _for_year(values, year - 1)[["unit_code", "value"]].rename(
            columns={"value": "previous"}
        )
        table = table.merge(previous, on="unit_code", how="left", validate="1:1")
    else:
        table["previous"] = np.nan
    table["change_pp"] = (table["value"] - table["previous"]).round(2)
    districts = ~table["is_province"]
    table["rank"] = (
        table["value"].where(districts).rank(ascending=False, method="min").astype("Int64")
    )
    province_value = table.loc[table["is_province"], "value"].iloc[0]
    table["province_value"] = province_value
    table["vs_province_pp"] = (table["value"] - province_value).round(2)
    return table


def _units() -> pd.DataFrame:
    districts = load_districts().reset_index(drop=True)
    units = districts.rename(columns={"code": "unit_code", "official_name": "name"})
    province = pd.DataFrame(
        [
            {
                "unit_code": PROVINCE_CODE,
                "name": "Toàn tỉnh",
                "short_label": "Toàn tỉnh",
                "plan_row": 0,
            }
        ]
    )
    units = pd.concat([province, units], ignore_index=True)
    units["is_province"] = units["unit_code"] == PROVINCE_CODE
    return units[["unit_code", "name", "short_label", "is_province", "plan_row"]].sort_values(
        "plan_row"
    )


def _for_year(values: pd.DataFrame, year: int) -> pd.DataFrame:
    return values[values["year"] == year].drop(columns="year")


def coverage_frame(
    year: int,
    indicator: str,
    measure: str = "target",
    boundaries: gpd.GeoDataFrame | None = None,
    actuals: pd.DataFrame | None = None,
    period: str = "full",
) -> gpd.GeoDataFrame:
    """The 17 districts' boundaries joined to :func:`coverage_table` (EPSG:4326)."""
    boundaries = load_boundaries() if boundaries is None else boundaries
    table = coverage_table(year, indicator, measure, actuals, period)
    districts = table[~table["is_province"]]
    missing = sorted(set(boundaries["code"]) ^ set(districts["unit_code"]))
    if missing:
        raise JoinError(f"codes without a boundary or without a value: {missing}")
    joined = boundaries[["code", "geometry"]].merge(
        districts, left_on="code", right_on="unit_code", how="inner", validate="1:1"
    )
    return gpd.GeoDataFrame(joined, geometry="geometry", crs=boundaries.crs)
