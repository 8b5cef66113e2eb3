"""Which districts border which, and each district against the mean of its neighbours.

Contiguity is read from the boundaries: two districts are neighbours when their boundaries share
a line (rook contiguity), measured in metres in the projected CRS. Districts that meet at a
single point are not neighbours. The boundaries are simplified as a coverage, so a shared edge is
the same line in both districts and its length is exact, not a tolerance game; the contiguity is
the same as the upstream (unsimplified) file's.
"""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd

from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.coverage import coverage_table
from bhxh_geo.i18n import format_number, format_pct, t
from bhxh_geo.paths import CRS_PROJECTED, CRS_WGS84

# A shared boundary shorter than this (metres) is a touching point blown up by rounding, not an edge.
MIN_SHARED_M = 1.0
ABOVE, BELOW, EQUAL = "above", "below", "equal"
COLUMNS = [
    "unit_code",
    "name",
    "short_label",
    "value",
    "neighbours",
    "neighbour_count",
    "neighbours_reporting",
    "neighbours_mean",
    "difference_pp",
    "position",
    "source",
]


def shared_edges(boundaries: gpd.GeoDataFrame | None = None) -> pd.DataFrame:
    """Every pair of districts whose boundaries share a line: ``code_a < code_b, length_m``.

    Examples
    --------
    >>> edges = shared_edges()
    >>> len(edges), edges.iloc[0].code_a, edges.iloc[0].code_b
    (34, '622', '626')
    """
    boundaries = load_boundaries() if boundaries is None else boundaries
    if not isinstance(boundaries, gpd.GeoDataFrame) or "code" not in boundaries.columns:
        raise TypeError(
            f"shared_edges expects a GeoDataFrame with a 'code' column, got {type(boundaries).__name__}"
        )
    if boundaries.crs is None or not boundaries.crs.equals(CRS_WGS84):
        raise ValueError(f"shared_edges expects boundaries in {CRS_WGS84}, got {boundaries.crs}")
    projected = boundaries.to_crs(CRS_PROJECTED)
    codes = projected["code"].astype(str).tolist()
    geometries = projected.geometry.values
    rows = []
    for i, j in projected.sindex.query(geometries, predicate="intersects").T:
        if codes[i] >= codes[j]:
            continue
        length = float(geometries[i].intersection(geometries[j]).length)
        if length > MIN_SHARED_M:
            rows.append((codes[i], codes[j], length))
    edges = pd.DataFrame(rows, columns=["code_a", "code_b", "length_m"])
    return edges.sort_values(["code_a", "code_b"], ignore_index=True)


def contiguity(boundaries: gpd.GeoDataFrame | None = None) -> dict[str, tuple[str, ...]]:
    """Each district's neighbours (codes, sorted): symmetric, no district its own neighbour.

    Examples
    --------
    >>> contiguity()["622"]
    ('626', '627', '628', '632')
    """
    boundaries = load_boundaries() if boundaries is None else boundaries
    neighbours: dict[str, set[str]] = {str(code): set() for code in boundaries["code"]}
    for edge in shared_edges(boundaries).itertuples(index=False):
        neighbours[edge.code_a].add(edge.code_b)
        neighbours[edge.code_b].add(edge.code_a)
    return {code: tuple(sorted(found)) for code, found in sorted(neighbours.items())}


def neighbour_comparison(
    year: int,
    indicator: str,
    measure: str = "target",
    actuals: pd.DataFrame | None = None,
    period: str = "full",
    neighbours: dict[str, tuple[str, ...]] | None = None,
) -> pd.DataFrame:
    """Each district's value against the plain mean of its neighbours' values.

    Columns: ``unit_code, name, short_label, value, neighbours`` (codes), ``neighbour_count``,
    ``neighbours_reporting`` (neighbours with a value), ``neighbours_mean``, ``difference_pp``
    (value − mean, rounded to 2 decimals), ``position`` (``above``, ``equal``, ``below``; empty
    when the district or all its neighbours lack a value) and ``source``. Districts in plan order.
    The mean is unweighted: each neighbour counts once, whatever its labour force.

    Examples
    --------
    >>> row = neighbour_comparison(2025, "bhxh").set_index("unit_code").loc["632"]
    >>> float(row.value), round(float(row.neighbours_mean), 4), row.position
    (10.82, 15.725, 'below')
    """
    neighbours = contiguity() if neighbours is None else neighbours
    table = coverage_table(year, indicator, measure, actuals, period)
    districts = table[~table["is_province"]].set_index("unit_code")
    missing = sorted(set(districts.index) ^ set(neighbours))
    if missing:
        raise ValueError(f"contiguity and the district table differ on codes {missing}")
    rows = []
    for code, row in districts.iterrows():
        around = neighbours[code]
        values = districts.loc[list(around), "value"].dropna() if around else pd.Series(dtype=float)
        mean = float(values.mean()) if len(values) else math.nan
        difference = (
            round(float(row["value"]) - mean, 2)
            if not (pd.isna(row["value"]) or math.isnan(mean))
            else math.nan
        )
        rows.append(
            {
                "unit_code": code,
                "name": row["name"],
                "short_label": row["short_label"],
                "value": row["value"],
                "neighbours": around,
                "neighbour_count": len(around),
                "neighbours_reporting": len(values),
                "neighbours_mean": mean,
                "difference_pp": difference,
                "position": _position(difference),
                "source": row["source"],
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def _position(difference: float) -> str:
    if math.isnan(difference):
        return ""
    return ABOVE if difference > 0 else (BELOW if difference < 0 else EQUAL)


def neighbour_sentence(row: pd.Series | dict, lang: str, indicator_text: str) -> str:
    """One line for a district profile: its value against the mean of its neighbours.

    ``row`` is a row of :func:`neighbour_comparison`.

    Examples
    --------
    >>> row = neighbour_comparison(2025, "bhxh").set_index("unit_code").loc["632"]
    >>> neighbour_sentence(row, "vi", "BHXH")
    'BHXH: 10,82%, thấp hơn bình quân 6 địa bàn giáp ranh (15,73%) 4,91 điểm %.'
    """
    if not row["position"]:
        return t("profile.neighbours.none", lang, indicator=indicator_text)
    return t(
        f"profile.neighbours.{row['position']}",
        lang,
        indicator=indicator_text,
        value=format_pct(row["value"], lang),
        mean=format_pct(row["neighbours_mean"], lang),
        points=format_number(abs(row["difference_pp"]), lang),
        count=row["neighbours_reporting"],
    )
