"""Contiguity from the boundaries' shared edges, checked against facts read from the geometry,
and each district against the mean of its neighbours, recomputed from data/targets.csv."""

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import box

from bhxh_geo.districts import district_codes
from bhxh_geo.measures import empty_actuals
from bhxh_geo.neighbours import contiguity, neighbour_comparison, shared_edges
from bhxh_geo.paths import CRS_PROJECTED, TARGETS_CSV

PLEIKU, CHU_PRONG, CHU_SE, AYUN_PA, MANG_YANG = "622", "632", "633", "624", "629"


@pytest.fixture(scope="module")
def neighbours(boundaries):
    return contiguity(boundaries)


@pytest.fixture(scope="module")
def projected(boundaries):
    return boundaries.to_crs(CRS_PROJECTED).set_index("code").geometry


def test_every_district_has_a_neighbour_and_the_relation_is_symmetric(neighbours):
    assert sorted(neighbours) == sorted(district_codes())
    for code, around in neighbours.items():
        assert around, code
        assert code not in around
        for other in around:
            assert code in neighbours[other], (code, other)
    assert sum(len(a) for a in neighbours.values()) == 2 * 34


def test_each_district_boundary_is_its_shared_edges_plus_the_province_edge(boundaries, projected):
    """Nothing is missed: every metre of a boundary is shared with a listed neighbour or lies on
    the province's outer edge (so two districts touching along a line are always neighbours)."""
    edges = shared_edges(boundaries)
    outline = shapely.union_all(projected.values).boundary
    for code, geometry in projected.items():
        shared = edges.loc[(edges.code_a == code) | (edges.code_b == code), "length_m"].sum()
        on_edge = geometry.boundary.intersection(outline).length
        assert shared + on_edge == pytest.approx(geometry.boundary.length, rel=1e-6), code


def test_pleiku_is_enclosed_by_its_four_neighbours(neighbours, projected):
    # Read from the geometry, not assumed: Pleiku shares no metre with the province's edge, and
    # its four neighbours' boundaries cover all of its own. Chư Sê does not touch it at all.
    assert neighbours[PLEIKU] == ("626", "627", "628", CHU_PRONG)
    pleiku = projected[PLEIKU]
    around = shapely.union_all(projected[list(neighbours[PLEIKU])].values)
    assert pleiku.boundary.difference(around.buffer(1)).length == pytest.approx(0, abs=1e-6)
    assert pleiku.distance(projected[CHU_SE]) > 1_000
    outline = shapely.union_all(projected.values).boundary
    assert pleiku.boundary.intersection(outline).length == 0


def test_enclosed_and_border_districts(projected, neighbours):
    outline = shapely.union_all(projected.values).boundary
    on_edge = {
        code: geometry.boundary.intersection(outline).length for code, geometry in projected.items()
    }
    assert sorted(code for code, length in on_edge.items() if length == 0) == [
        PLEIKU,
        MANG_YANG,
        CHU_SE,
    ]
    # Ayun Pa is not enclosed: about 28 km of its boundary is the province's (with Đắk Lắk).
    assert 25_000 < on_edge[AYUN_PA] < 31_000
    assert neighbours[AYUN_PA] == ("635", "637", "638")


def test_touching_at_a_point_is_not_a_neighbour():
    squares = gpd.GeoDataFrame(
        {"code": ["a", "b", "c", "d"]},
        geometry=[
            box(108.0, 14.0, 108.1, 14.1),
            box(108.1, 14.0, 108.2, 14.1),
            box(108.0, 13.9, 108.1, 14.0),
            box(108.1, 13.9, 108.2, 14.0),
        ],
        crs="EPSG:4326",
    )
    assert contiguity(squares) == {
        "a": ("b", "c"),
        "b": ("a", "d"),
        "c": ("a", "d"),
        "d": ("b", "c"),
    }


def test_the_boundaries_must_be_in_wgs84(boundaries):
    with pytest.raises(ValueError, match="EPSG:4326.*EPSG:32649"):
        shared_edges(boundaries.to_crs(CRS_PROJECTED))


def test_simplification_kept_the_upstream_contiguity(boundaries):
    from bhxh_geo.boundaries import BoundaryError, districts_from_upstream, fetch_upstream

    try:
        data, _ = fetch_upstream(timeout=10)
    except BoundaryError as error:
        pytest.skip(str(error))
    raw = districts_from_upstream(data)
    raw["geometry"] = shapely.make_valid(raw.geometry.values)
    projected = raw.to_crs(CRS_PROJECTED).set_index("code").geometry
    pairs = {
        (a, b)
        for a in projected.index
        for b in projected.index
        if a < b and projected[a].intersection(projected[b]).length > 1
    }
    assert pairs == set(zip(shared_edges(boundaries).code_a, shared_edges(boundaries).code_b))


def _targets(year, indicator):
    frame = pd.read_csv(TARGETS_CSV, dtype={"unit_code": str})
    rows = frame[(frame.year == year) & (frame.indicator == indicator)]
    return rows.set_index("unit_code")["target_pct"]


@pytest.mark.parametrize(
    "year, indicator", [(2025, "bhxh"), (2023, "bhtn"), (2024, "bhxh_tu_nguyen")]
)
def test_each_district_against_the_mean_of_its_neighbours(neighbours, year, indicator):
    targets = _targets(year, indicator)
    table = neighbour_comparison(year, indicator, neighbours=neighbours).set_index("unit_code")
    assert len(table) == 17
    for code, row in table.iterrows():
        mean = sum(targets[n] for n in neighbours[code]) / len(neighbours[code])
        assert row.value == targets[code]
        assert row.neighbours_mean == pytest.approx(mean)
        assert row.difference_pp == round(targets[code] - mean, 2)
        assert row.position == (
            "above" if row.difference_pp > 0 else "below" if row.difference_pp < 0 else "equal"
        )
        assert "69/NQ-CP" in row.source


def test_chu_prong_2025_bhxh_is_below_its_neighbours(neighbours):
    row = (
        neighbour_comparison(2025, "bhxh", neighbours=neighbours)
        .set_index("unit_code")
        .loc[CHU_PRONG]
    )
    # (44.66 + 10.03 + 10.64 + 9.73 + 10.43 + 8.86) / 6 = 15.725
    assert row.neighbours == ("622", "626", "628", "631", "633", "639")
    assert row.neighbours_mean == pytest.approx(15.725)
    assert (row.value, row.difference_pp, row.position) == (10.82, -4.91, "below")


def test_missing_actuals_stay_missing(neighbours):
    actuals = pd.concat(
        [
            empty_actuals(),
            pd.DataFrame(
                [
                    {
                        "unit_code": code,
                        "year": 2024,
                        "period": "full",
                        "indicator": "bhtn",
                        "value_pct": value,
                        "insured": None,
                        "labour_force": None,
                        "source": "Báo cáo thử",
                    }
                    for code, value in (("622", 30.0), ("626", 3.5), ("627", 4.0))
                ]
            ),
        ],
        ignore_index=True,
    )
    table = neighbour_comparison(2024, "bhtn", "actual", actuals, neighbours=neighbours).set_index(
        "unit_code"
    )
    pleiku = table.loc[PLEIKU]
    assert pleiku.neighbours_reporting == 2 and pleiku.neighbours_mean == pytest.approx(3.75)
    assert pleiku.difference_pp == 26.25 and pleiku.position == "above"
    assert table.loc[CHU_PRONG].position == ""  # no actual for Chư Prông itself
    assert table.loc["637"].neighbours_reporting == 0 and table.loc["637"].position == ""
