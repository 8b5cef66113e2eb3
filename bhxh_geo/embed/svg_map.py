"""The district map as inline SVG, drawn on the server from the app's boundaries and labels.

Coordinates are the static export's (UTM 49N, :data:`bhxh_geo.paths.CRS_PROJECTED`) scaled so
one SVG unit is one pixel of the web map at the zoom its label layout was computed for
(:data:`bhxh_geo.label_placement.REFERENCE_ZOOM`): the labels of :func:`bhxh_geo.label_placement.label_layout` keep
their size and places relative to the districts, clear of each other, and the SVG scales as a
whole. Each district is one ``<path>`` with its GSO code (``data-code``) and its class colour as
``fill``; a missing value is hatched, as on the app's map. Text is escaped.

Examples
--------
>>> from bhxh_geo.boundaries import load_boundaries
>>> geometry = map_geometry(load_boundaries())
>>> len(geometry.paths), geometry.width > 500, geometry.height > 600
(17, True, True)
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from bhxh_geo import colours, label_placement
from bhxh_geo.districts import load_districts
from bhxh_geo.paths import CRS_PROJECTED
from bhxh_geo.render.map_data import project_places

PADDING = 10  # SVG units around the districts (room for a leader line's label at the edge)
HATCH_ID = "bhxh-hatch"


@dataclass(frozen=True)
class Place:
    label: tuple[float, float]  # centre of the printed label (SVG units)
    anchor: tuple[float, float]  # inside the district, where a leader line starts
    leader: bool


@dataclass(frozen=True)
class MapGeometry:
    """Everything constant about the map: outlines, label places, names; built once."""

    width: int
    height: int
    paths: dict[str, str]  # code → SVG path data
    places: dict[str, Place]
    names: dict[str, str]  # code → official name
    short: dict[str, str]  # code → the short label printed on the map


def map_geometry(boundaries: gpd.GeoDataFrame, layout: pd.DataFrame | None = None) -> MapGeometry:
    """Project the 17 districts and their label places (``layout`` from
    :func:`bhxh_geo.label_placement.label_layout`, computed when not given) into SVG units."""
    if boundaries.crs is None:
        raise ValueError("map_geometry needs boundaries with a CRS (EPSG:4326)")
    layout = label_placement.label_layout(boundaries) if layout is None else layout
    latitude = float(boundaries.geometry.union_all().centroid.y)
    per_unit = label_placement.metres_per_pixel(latitude)  # metres per SVG unit
    projected = boundaries.to_crs(CRS_PROJECTED).set_index("code")
    xmin, ymin, xmax, ymax = projected.total_bounds

    def to_svg(x, y):
        return (x - xmin) / per_unit + PADDING, (ymax - y) / per_unit + PADDING

    paths = {str(code): _path(geometry, to_svg) for code, geometry in projected.geometry.items()}
    places = {}
    for code, row in project_places(layout).iterrows():
        places[str(code)] = Place(
            label=_round(*to_svg(row.label_x, row.label_y)),
            anchor=_round(*to_svg(row.anchor_x, row.anchor_y)),
            leader=bool(row.leader),
        )
    districts = load_districts()
    width, height = to_svg(xmax, ymin)
    return MapGeometry(
        width=int(np.ceil(width + PADDING)),
        height=int(np.ceil(height + PADDING)),
        paths=paths,
        places=places,
        names={str(c): str(n) for c, n in districts["official_name"].items()},
        short={str(c): str(n) for c, n in districts["short_label"].items()},
    )


def _round(x: float, y: float) -> tuple[float, float]:
    return round(float(x), 1), round(float(y), 1)


def _path(geometry, to_svg) -> str:
    """Path data of a (multi)polygon: each ring from whole units, in relative steps (short)."""
    parts = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            xs, ys = to_svg(*np.asarray(ring.coords).T)
            points = np.column_stack([np.round(xs), np.round(ys)]).astype(int)
            keep = np.ones(len(points), dtype=bool)
            keep[1:] = np.any(points[1:] != points[:-1], axis=1)
            points = points[keep]
            if len(points) < 4:  # a ring smaller than a unit: nothing to see at this scale
                continue
            steps = np.diff(points[:-1], axis=0)  # the closing point is implied by "z"
            head = f"M{points[0][0]} {points[0][1]}"
            parts.append(head + "l" + " ".join(f"{dx} {dy}" for dx, dy in steps) + "z")
    return "".join(parts)


def svg(
    geometry: MapGeometry,
    units: dict[str, dict],
    aria: dict[str, str],
    title: str,
) -> str:
    """The map's SVG for one year: ``units`` per code as :func:`bhxh_geo.render.folium_map.map_payload`
    gives them (``fill``, ``missing``, ``value``); ``aria`` per code, the text a screen reader
    says for the district (its name and figures); ``title`` names the map."""
    e = html.escape
    defs = (
        f'<defs><pattern id="{HATCH_ID}" patternUnits="userSpaceOnUse" width="8" height="8"'
        ' patternTransform="rotate(45)">'
        f'<rect width="8" height="8" fill="{colours.MISSING_FILL}"/>'
        f'<line x1="0" y1="0" x2="0" y2="8" stroke="{colours.MISSING_HATCH}" stroke-width="3"/>'
        "</pattern></defs>"
    )
    districts = "".join(
        f'<path class="district" d="{d}" data-code="{e(code)}" fill="{_fill(units[code])}"'
        f' data-fill="{e(units[code]["fill"])}" tabindex="0" role="img"'
        f' aria-label="{e(aria[code])}"/>'
        for code, d in geometry.paths.items()
    )
    leaders = "".join(
        f'<line class="leader" x1="{p.anchor[0]}" y1="{p.anchor[1]}" x2="{p.label[0]}" y2="{p.label[1]}"/>'
        f'<circle cx="{p.anchor[0]}" cy="{p.anchor[1]}" r="2.5"/>'
        for p in geometry.places.values()
        if p.leader
    )
    # Two lines, name over value, centred on the layout's label place (LINE_PX apart).
    half = label_placement.LINE_PX / 2
    texts = "".join(
        f'<text x="{p.label[0]}" y="{round(p.label[1] - half + 5, 1)}" data-code="{e(code)}">'
        f"{e(geometry.short[code])}"
        f'<tspan class="value" x="{p.label[0]}" dy="{label_placement.LINE_PX}">'
        f"{e(units[code]['value'])}</tspan></text>"
        for code, p in geometry.places.items()
    )
    return (
        f'<svg class="map" viewBox="0 0 {geometry.width} {geometry.height}"'
        f' role="group" aria-label="{e(title)}">{defs}'
        f'<g class="districts">{districts}</g>'
        f'<g class="leaders" aria-hidden="true">{leaders}</g>'
        f'<g class="labels" aria-hidden="true">{texts}</g></svg>'
    )


def _fill(unit: dict) -> str:
    return f"url(#{HATCH_ID})" if unit["missing"] else html.escape(unit["fill"])
