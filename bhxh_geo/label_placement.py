"""Where each district's printed label goes, so all 17 read on a projector without hovering.

Each label (short name over value, ~15 px bold) is placed at the district's pole of
inaccessibility (centre of the largest inscribed circle). Where the label's box does not fit
inside the district or would cover another label (Pleiku, An Khê, Ayun Pa are small and
crowded), it is moved to the nearest free position around the district and drawn with a leader
line. Placement is computed once, in metres, at the zoom the province fills a screen; the static
exports and the compare page's maps draw it as it is. The web map starts from it and measures
its rendered labels at whatever size the screen gives it (``static/bhxh/district_map.js``):
where a label collides there, it moves, prints its value only, or becomes a numbered key entry.
"""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import box

from bhxh_geo.districts import load_districts
from bhxh_geo.paths import CRS_PROJECTED, CRS_WGS84

# The province fills a 760 px map at zoom ~9.25; presentation mode zooms in further.
REFERENCE_ZOOM = 9.25
IMPROVEMENT_PASSES = 3
FONT_PX = 15
LINE_PX = 19
# Longest second line planned for: "44,66%" or "−10,25 đ%"; widths are estimates, bold sans.
VALUE_CHARS = 7
CHAR_PX = 0.62 * FONT_PX
PADDING_PX = 6


def metres_per_pixel(latitude: float, zoom: float = REFERENCE_ZOOM) -> float:
    """Ground metres per screen pixel in Web Mercator at ``latitude`` and ``zoom``."""
    return 156543.03392 * math.cos(math.radians(latitude)) / 2**zoom


def _box_size_m(label: str, mpp: float) -> tuple[float, float]:
    width_px = max(len(label), VALUE_CHARS) * CHAR_PX + 2 * PADDING_PX
    height_px = 2 * LINE_PX + PADDING_PX
    return width_px * mpp, height_px * mpp


def label_layout(boundaries: gpd.GeoDataFrame) -> pd.DataFrame:
    """Anchor (inside the district), label position and leader flag for each of the 17 districts.

    Returns a frame indexed by code with ``anchor_lat, anchor_lon, label_lat, label_lon, leader``
    in EPSG:4326.
    """
    if boundaries.crs is None:
        raise ValueError("label_layout needs boundaries with a CRS (EPSG:4326)")
    projected = boundaries.to_crs(CRS_PROJECTED).set_index("code")
    short = load_districts()["short_label"]
    centre_lat = float(boundaries.geometry.union_all().centroid.y)
    mpp = metres_per_pixel(centre_lat)
    anchors = {code: _pole(geom) for code, geom in projected.geometry.items()}
    sizes = {code: _box_size_m(short[code], mpp) for code in projected.index}
    # Place the districts whose label fits first, then re-place each label against all the
    # others a few times: a small district placed last can still push a neighbour aside.
    order = sorted(
        projected.index, key=lambda c: -_fit_share(projected.geometry[c], anchors[c], sizes[c])
    )
    placed: dict[str, shapely.Polygon] = {}
    for _ in range(1 + IMPROVEMENT_PASSES):
        for code in order:
            others = {c: box_ for c, box_ in placed.items() if c != code}
            placed[code] = _best_box(code, projected, anchors[code], sizes[code], others, mpp)
    rows = []
    for code in projected.index:
        anchor, label = anchors[code], placed[code].centroid
        # A leader line only where the label no longer covers the point it names.
        leader = not placed[code].buffer(-0.15 * sizes[code][1]).contains(anchor)
        rows.append({"code": code, "anchor": anchor, "label": label, "leader": leader})
    return _to_wgs84(pd.DataFrame(rows).set_index("code"))


def _pole(geometry) -> shapely.Point:
    largest = max(getattr(geometry, "geoms", [geometry]), key=lambda g: g.area)
    return shapely.maximum_inscribed_circle(largest, 50).interpolate(0)


def _label_box(centre: shapely.Point, size: tuple[float, float]) -> shapely.Polygon:
    w, h = size
    return box(centre.x - w / 2, centre.y - h / 2, centre.x + w / 2, centre.y + h / 2)


def _fit_share(geometry, anchor: shapely.Point, size) -> float:
    label = _label_box(anchor, size)
    return geometry.intersection(label).area / label.area


def _best_box(code, projected, anchor, size, placed, mpp) -> shapely.Polygon:
    geometry = projected.geometry[code]
    others = projected.geometry.drop(code)
    best, best_cost = _label_box(anchor, size), math.inf  # the first candidate is the anchor
    for candidate in _candidates(anchor, size, mpp):
        label = _label_box(candidate, size)
        overlap = sum(label.intersection(b).area for b in placed.values()) / label.area
        outside_own = 1 - geometry.intersection(label).area / label.area
        # Covering a small neighbour hides its colour; covering a big one barely matters.
        covered = sum(label.intersection(g).area / g.area for g in others)
        distance = anchor.distance(candidate) / size[1]
        cost = 30 * overlap + 0.6 * outside_own + 4 * covered + 0.5 * distance
        if cost < best_cost:
            best, best_cost = label, cost
    return best


def _candidates(anchor: shapely.Point, size, mpp):
    yield anchor
    w, h = size
    for steps in (0.6, 1.0, 1.4, 1.9, 2.5):
        for angle in range(0, 360, 30):
            dx = math.cos(math.radians(angle)) * (w / 2 + h / 2) * steps
            dy = math.sin(math.radians(angle)) * h * steps
            yield shapely.Point(anchor.x + dx, anchor.y + dy)


def _to_wgs84(frame: pd.DataFrame) -> pd.DataFrame:
    anchors = gpd.GeoSeries(frame["anchor"], crs=CRS_PROJECTED).to_crs(CRS_WGS84)
    labels = gpd.GeoSeries(frame["label"], crs=CRS_PROJECTED).to_crs(CRS_WGS84)
    return pd.DataFrame(
        {
            "anchor_lat": anchors.y.round(5),
            "anchor_lon": anchors.x.round(5),
            "label_lat": labels.y.round(5),
            "label_lon": labels.x.round(5),
            "leader": frame["leader"].astype(bool),
        },
        index=frame.index,
    )
