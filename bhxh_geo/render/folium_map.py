"""The web map: a constant folium base map, and a small per-view style layer.

``base_map`` never changes between toggles (same JavaScript, same streamlit-folium key), so the
iframe and the geometry stay loaded. ``style_script`` carries only what a view changes: each
district's fill, printed value, tooltip lines and selection, for each year, as JSON for
``static/bhxh/district_map.js``; streamlit-folium evaluates it in the iframe in place of a
feature group. It adds no layer and empties ``window.feature_group``, so nothing accumulates
from toggle to toggle (streamlit-folium's feature groups otherwise leak browser memory).
"""

from __future__ import annotations

import dataclasses
import json
import urllib.parse

import folium
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from bhxh_geo import colours
from bhxh_geo.classify import Classes
from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.i18n import MISSING, t
from bhxh_geo.indicators import YEARS
from bhxh_geo.map_view import MapView
from bhxh_geo.render import assets
from bhxh_geo.view_text import format_value, title

# The frame's height until the map's script has measured the screen (it then takes the height
# left below it, or what the province needs at its width).
MAP_HEIGHT = 560
PRESENT_HEIGHT = 600
# South-west and north-east corners of the 17 districts (the built boundaries' extent, rounded out).
PROVINCE_BOUNDS = [[12.99, 107.44], [14.61, 108.88]]


class _DistrictLayer(MacroElement):
    _template = Template(
        """{% macro script(this, kwargs) %}
        window.bhxhMap.init({{ this._parent.get_name() }}, {{ this.options | tojson }});
        {% endmacro %}"""
    )

    def __init__(self, geometry_url: str, layout: dict):
        super().__init__()
        self._name = "DistrictLayer"
        self.options = {
            "geometryUrl": geometry_url,
            "layout": layout,
            "bounds": PROVINCE_BOUNDS,
            "colours": colours.map_script_colours(),
        }


def layout_payload(layout: pd.DataFrame, districts: pd.DataFrame) -> dict:
    """What the browser keeps for the whole session, per code: anchor, label position, leader,
    the official name (tooltips) and the short label printed on the map."""
    return {
        code: {
            "anchor": [row.anchor_lat, row.anchor_lon],
            "label": [row.label_lat, row.label_lon],
            "leader": bool(row.leader),
            "name": districts.loc[code, "official_name"],
            "short": districts.loc[code, "short_label"],
        }
        for code, row in layout.iterrows()
    }


def base_map(geometry_url: str, layout: dict) -> folium.Map:
    """The constant map: no tiles, Leaflet and our script served by the app, fixed bounds."""
    m = folium.Map(
        location=[13.8, 108.16],
        zoom_start=9,
        tiles=None,
        zoom_snap=0.1,
        zoom_control=True,
        attribution_control=False,
        # No keyboard panning: Leaflet would focus (and the browser scroll to) the whole map on
        # every mouse press, so a first click moved the page instead of selecting. Tab reaches
        # each district instead (static/bhxh/district_map.js).
        keyboard=False,
        max_bounds=True,
        min_zoom=7,
        max_zoom=13,
    )
    leaflet = f"{assets.STATIC_URL}/vendor/leaflet-{assets.LEAFLET_VERSION}"
    script = assets.static_url("bhxh/district_map.js")
    m.default_js = [
        ("leaflet", f"{leaflet}/leaflet.js"),
        ("bhxh_district_labels", assets.static_url("bhxh/district_labels.js")),
        ("bhxh_district_map", f"{script}&geo={urllib.parse.quote(geometry_url, safe='')}"),
    ]
    m.default_css = [
        ("leaflet_css", f"{leaflet}/leaflet.css"),
        ("bhxh_district_map_css", assets.static_url("bhxh/district_map.css")),
    ]
    _DistrictLayer(geometry_url, layout).add_to(m)
    return m


def year_payloads(
    view: MapView, lang: str, selected: str | None, actuals: pd.DataFrame | None = None
) -> dict[int, dict]:
    """The payload of ``view`` in each of the plan's years (``view.year`` aside; the classes are
    the same in every year), so the map's year buttons switch without waiting for the server."""
    classes = fixed_classes(view.indicator, view.scheme, view.measure, actuals, view.period)
    payloads = {}
    for year in YEARS:
        table = coverage_table(year, view.indicator, view.measure, actuals, view.period)
        payloads[year] = map_payload(
            table, classes, dataclasses.replace(view, year=year), lang, selected
        )
    return payloads


def style_script(payloads: dict[int, dict], year: int, lang: str, present: bool = False) -> str:
    """The JavaScript a view sends: the payload of every year, and the year to show.

    The map's own year buttons switch between the payloads at once, in the browser; the rerun
    they then start only brings the rest of the page up to date. ``present``: the map fills the
    screen below the title, its labels sized from the screen's height."""
    views = {str(y): payload for y, payload in payloads.items()}
    options = payload_json(
        {
            "year": year,
            "label": t("control.year", lang),
            "lang": lang,
            "present": present,
            "text": map_text(lang),
            "views": views,
        }
    )
    return f"window.feature_group = [];\nwindow.bhxhMap.show({options});\n"


def map_text(lang: str) -> dict[str, str]:
    """What the map says to a screen reader (and its zoom buttons' names), in ``lang``."""
    return {
        "description": t("map.a11y.description", lang),
        "districts": t("map.a11y.districts", lang),
        "zoomIn": t("map.a11y.zoom_in", lang),
        "zoomOut": t("map.a11y.zoom_out", lang),
    }


def map_payload(
    table: pd.DataFrame, classes: Classes, view: MapView, lang: str, selected: str | None
) -> dict:
    """Per district: fill, the value printed under its name, tooltip lines, selection.

    Plain text only; the browser escapes it when it builds the label and tooltip, so a name or
    source that came from an imported file can never become markup. A missing value prints as
    "–"; when no district has one (nothing reported yet) the labels print names only, and the
    page says once that there is no data.
    """
    districts = table[~table["is_province"]]
    province = table[table["is_province"]].iloc[0]
    none_reported = bool(districts["value"].isna().all())
    units = {}
    for row in districts.itertuples(index=False):
        missing = bool(pd.isna(row.value))
        if missing:
            value = "" if none_reported else MISSING
        else:
            value = format_value(row.value, view.measure, lang, compact=True)
        units[row.unit_code] = {
            "fill": classes.colour_of(row.value),
            "missing": missing,
            "selected": row.unit_code == selected,
            "value": value,
            "tip": _tooltip_lines(row, province, len(districts), view.measure, lang),
        }
    return {
        "view": f"{view.key}-{lang}-{selected or ''}",
        "title": t("map.a11y.title", lang, title=title(view, lang)),
        "units": units,
    }


def _tooltip_lines(row, province, count: int, measure: str, lang: str) -> list[str]:
    lines = [format_value(row.value, measure, lang)]
    if not pd.isna(row.value):
        lines.append(t("tooltip.rank", lang, rank=row.rank, count=count))
        if not pd.isna(row.change_pp):
            lines.append(t("tooltip.change", lang, change=format_value(row.change_pp, "gap", lang)))
        if measure != "people_needed" and not pd.isna(province.value):
            diff, whole = (
                format_value(row.vs_province_pp, "gap", lang),
                format_value(province.value, measure, lang),
            )
            lines.append(t("tooltip.vs_province", lang, diff=diff, province=whole))
    # The plan is cited under the title; a reported figure names its own report.
    if measure != "target" and row.report_source:
        lines.append(t("source.report", lang, sources=row.report_source))
    return lines


def payload_json(payload: dict) -> str:
    """The payload as compact JSON (what the browser receives per toggle), safe inside a script."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
