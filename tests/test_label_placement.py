"""Printed labels: each district's name and value readable without hovering, none on another."""

import itertools

import geopandas as gpd
import pytest
import shapely

from bhxh_geo import label_placement
from bhxh_geo.districts import load_districts
from bhxh_geo.paths import CRS_PROJECTED


@pytest.fixture(scope="module")
def layout(boundaries):
    return label_placement.label_layout(boundaries)


def _boxes(layout):
    short = load_districts()["short_label"]
    points = gpd.GeoSeries(
        gpd.points_from_xy(layout.label_lon, layout.label_lat), index=layout.index, crs=4326
    )
    points = points.to_crs(CRS_PROJECTED)
    mpp = label_placement.metres_per_pixel(13.8)
    return {
        code: label_placement._label_box(point, label_placement._box_size_m(short[code], mpp))
        for code, point in points.items()
    }


def test_every_anchor_lies_inside_its_district(layout, boundaries):
    geometries = boundaries.set_index("code").geometry
    for code, row in layout.iterrows():
        assert geometries[code].contains(shapely.Point(row.anchor_lon, row.anchor_lat)), code


def test_no_two_labels_overlap_at_the_briefing_zoom(layout):
    boxes = _boxes(layout)
    overlaps = {
        (a, b): boxes[a].intersection(boxes[b]).area / boxes[a].area
        for a, b in itertools.combinations(boxes, 2)
    }
    assert max(overlaps.values()) < 0.02, max(overlaps.items(), key=lambda kv: kv[1])


def test_leader_lines_only_where_the_label_left_its_point(layout):
    boxes = _boxes(layout)
    anchors = gpd.GeoSeries(
        gpd.points_from_xy(layout.anchor_lon, layout.anchor_lat), index=layout.index, crs=4326
    )
    anchors = anchors.to_crs(CRS_PROJECTED)
    for code, row in layout.iterrows():
        if not row.leader:
            assert boxes[code].contains(anchors[code]), (
                f"{code}: label left its point without a leader"
            )
    # The big districts keep their labels on their own point.
    assert not layout.loc[["625", "632", "637", "630"], "leader"].any()
