"""The join: districts × values for one year and indicator, with ranks, changes and sources.

``coverage_table`` is the map's data without geometry (what a toggle needs); ``coverage_frame``
joins it to the boundaries. A code that fails to join is an error, never a silent gap.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.classify import DEFAULT_SCHEME, Classes, classify
from bhxh_geo.districts import PROVINCE_CODE, load_districts
from bhxh_geo.indicators import YEARS, check_indicator, check_year
from bhxh_geo.targets import load_targets

MEASURES = ("target",)


class JoinError(ValueError):
    """Districts, values and boundaries do not line up code for code."""


def measure_values(indicator: str, measure: str = "target") -> pd.DataFrame:
    """Values of one indicator for every unit and year: unit_code, year, value, source."""
    check_indicator(indicator)
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; expected one of {', '.join(MEASURES)}")
    targets = load_targets()
    selected = targets[targets["indicator"] == indicator]
    return selected.rename(columns={"target_pct": "value"})[["unit_code", "year", "value", "source"]]


def fixed_classes(indicator: str, scheme: str = DEFAULT_SCHEME, measure: str = "target") -> Classes:
    """Class breaks pooled over every district's value in all three years.

    One set per indicator and measure, so a colour means the same value whichever year is shown;
    the web map, its legend and the static export all use this result.
    """
    values = measure_values(indicator, measure)
    return classify(values.loc[values["unit_code"] != PROVINCE_CODE, "value"].tolist(), scheme)


def coverage_table(year: int, indicator: str, measure: str = "target") -> pd.DataFrame:
    """The province and the 17 districts for one year: value, source, rank, changes.

    Columns: ``unit_code, name, short_label, is_province, value, source, rank`` (1 = highest of
    the 17), ``previous`` and ``change_pp`` (vs the year before; NaN for 2023),
    ``province_value`` and ``vs_province_pp``. Districts in plan order, province first.

    Examples
    --------
    >>> row = coverage_table(2025, "bhxh").set_index("unit_code").loc["628"]
    >>> float(row.value), int(row["rank"]), round(float(row.change_pp), 2)
    (10.64, 9, 0.89)
    """
    year = check_year(year)
    values = measure_values(indicator, measure)
    table = _units().merge(_for_year(values, year), on="unit_code", how="left", validate="1:1")
    if year - 1 in YEARS:
        previous = _for_year(values, year - 1)[["unit_code", "value"]].rename(columns={"value": "previous"})
        table = table.merge(previous, on="unit_code", how="left", validate="1:1")
    else:
        table["previous"] = np.nan
    table["change_pp"] = (table["value"] - table["previous"]).round(2)
    districts = ~table["is_province"]
    table["rank"] = table["value"].where(districts).rank(ascending=False, method="min").astype("Int64")
    province_value = table.loc[table["is_province"], "value"].iloc[0]
    table["province_value"] = province_value
    table["vs_province_pp"] = (table["value"] - province_value).round(2)
    return table


def _units() -> pd.DataFrame:
    districts = load_districts().reset_index(drop=True)
    units = districts.rename(columns={"code": "unit_code", "official_name": "name"})
    province = pd.DataFrame(
        [{"unit_code": PROVINCE_CODE, "name": "Toàn tỉnh", "short_label": "Toàn tỉnh", "plan_row": 0}]
    )
    units = pd.concat([province, units], ignore_index=True)
    units["is_province"] = units["unit_code"] == PROVINCE_CODE
    return units[["unit_code", "name", "short_label", "is_province", "plan_row"]].sort_values("plan_row")


def _for_year(values: pd.DataFrame, year: int) -> pd.DataFrame:
    return values[values["year"] == year].drop(columns="year")


def coverage_frame(
    year: int, indicator: str, measure: str = "target", boundaries: gpd.GeoDataFrame | None = None
) -> gpd.GeoDataFrame:
    """The 17 districts' boundaries joined to :func:`coverage_table` (EPSG:4326)."""
    boundaries = load_boundaries() if boundaries is None else boundaries
    table = coverage_table(year, indicator, measure)
    districts = table[~table["is_province"]]
    missing = sorted(set(boundaries["code"]) ^ set(districts["unit_code"]))
    if missing:
        raise JoinError(f"codes without a boundary or without a value: {missing}")
    joined = boundaries[["code", "geometry"]].merge(
        districts, left_on="code", right_on="unit_code", how="inner", validate="1:1"
    )
    return gpd.GeoDataFrame(joined, geometry="geometry", crs=boundaries.crs)
