"""The web map: a constant folium base map, and a small per-view style layer.

``base_map`` never changes between toggles (same JavaScript, same streamlit-folium key), so the
iframe and the geometry stay loaded. ``style_layer`` carries only what a view changes: each
district's fill, printed label, tooltip and selection, as a JSON payload for
``static/bhxh/district_map.js``. It also empties ``window.feature_group``, which
streamlit-folium would otherwise grow on every toggle (a browser memory leak).
"""

from __future__ import annotations

import html
import json

import folium
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from bhxh_geo.classify import Classes
from bhxh_geo.i18n import t
from bhxh_geo.render import assets
from bhxh_geo.view import MapView, format_value

MAP_HEIGHT = 760
PRESENT_HEIGHT = 900
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
        self.options = {"geometryUrl": geometry_url, "layout": layout, "bounds": PROVINCE_BOUNDS}


class _DistrictStyle(MacroElement):
    _template = Template(
        """{% macro script(this, kwargs) %}
        window.feature_group = [];
        window.bhxhMap.apply({{ this.payload | tojson }});
        {% endmacro %}"""
    )

    def __init__(self, payload: dict):
        super().__init__()
        self._name = "DistrictStyle"
        self.payload = payload


def layout_payload(layout: pd.DataFrame, names: dict[str, str]) -> dict:
    """The label layout as the browser reads it: anchor, label position, leader, name per code."""
    return {
        code: {
            "anchor": [row.anchor_lat, row.anchor_lon],
            "label": [row.label_lat, row.label_lon],
            "leader": bool(row.leader),
            "name": names[code],
        }
        for code, row in layout.iterrows()
    }


def base_map(geometry_url: str, layout: dict) -> folium.Map:
    """The constant map: no tiles, Leaflet and our script served by the app, fixed bounds."""
    m = folium.Map(
        location=[13.8, 108.16],
        zoom_start=9,
        tiles=None,
        zoom_snap=0.25,
        zoom_control=True,
        attribution_control=False,
        max_bounds=True,
        min_zoom=7,
        max_zoom=13,
    )
    leaflet = f"{assets.STATIC_URL}/vendor/leaflet-{assets.LEAFLET_VERSION}"
    m.default_js = [
        ("leaflet", f"{leaflet}/leaflet.js"),
        ("bhxh_district_map", assets.static_url("bhxh/district_map.js")),
    ]
    m.default_css = [
        ("leaflet_css", f"{leaflet}/leaflet.css"),
        ("bhxh_district_map_css", assets.static_url("bhxh/district_map.css")),
    ]
    _DistrictLayer(geometry_url, layout).add_to(m)
    return m


def style_layer(payload: dict) -> folium.FeatureGroup:
    """The per-view layer: no geometry, only the payload that restyles the constant districts."""
    group = folium.FeatureGroup(name="bhxh-style", control=False)
    group.add_child(_DistrictStyle(payload))
    return group


def map_payload(table: pd.DataFrame, classes: Classes, view: MapView, lang: str, selected: str | None) -> dict:
    """Fill, printed label, tooltip and selection for each district of ``coverage_table``'s output."""
    districts = table[~table["is_province"]]
    province = table[table["is_province"]].iloc[0]
    units = {}
    for row in districts.itertuples(index=False):
        units[row.unit_code] = {
            "fill": classes.colour_of(row.value),
            "missing": bool(pd.isna(row.value)),
            "selected": row.unit_code == selected,
            "label": _label_html(row.short_label, format_value(row.value, view.measure, lang, compact=True)),
            "tooltip": _tooltip_html(row, province, len(districts), view.measure, lang),
        }
    return {"view": f"{view.key}-{lang}-{selected or ''}", "units": units}


def _label_html(short_label: str, value_text: str) -> str:
    return f'{html.escape(short_label)}<br><span class="bhxh-value">{html.escape(value_text)}</span>'


def _tooltip_html(row, province, count: int, measure: str, lang: str) -> str:
    lines = [format_value(row.value, measure, lang)]
    if not pd.isna(row.value):
        lines.append(t("tooltip.rank", lang, rank=row.rank, count=count))
        if not pd.isna(row.change_pp):
            lines.append(t("tooltip.change", lang, change=format_value(row.change_pp, "gap", lang)))
        if measure != "people_needed" and not pd.isna(province.value):
            diff, whole = format_value(row.vs_province_pp, "gap", lang), format_value(province.value, measure, lang)
            lines.append(t("tooltip.vs_province", lang, diff=diff, province=whole))
    if row.source:
        lines.append(f"{t('table.source', lang)}: {row.source}")
    return f"<b>{html.escape(row.name)}</b><br>" + "<br>".join(html.escape(line) for line in lines)


def payload_json(payload: dict) -> str:
    """The payload as compact JSON (what the browser receives per toggle)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
