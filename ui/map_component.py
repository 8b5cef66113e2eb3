"""The district map as a streamlit-folium component whose constant part is rendered once.

``st_folium`` renders the whole folium map to HTML and JavaScript on every rerun, a cost paid
on every toggle. Our base map never changes, so its rendered arguments are computed once per session
resource and each rerun passes only the small restyling script as the component's
``feature_group``. The arguments, the component key and the on-change handling are exactly
those ``st_folium`` builds (streamlit-folium 0.27.4, pinned in requirements.txt); tests read them
through AppTest and drive the component in a real browser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import folium
import streamlit as st
import streamlit_folium as sf

# What a click returns: the clicked feature (its code) and a counter, so that clicking the
# same district twice still reruns (and clears the selection).
RETURNED = ("last_object_clicked_count", "last_active_drawing")
# What the component holds before any click, as its script starts (key order included: it
# compares JSON text). With any other default it would send this state back as soon as the map
# has loaded, and every page open would run the page twice.
UNCLICKED = {"last_object_clicked_count": 0, "last_active_drawing": None}


@dataclass(frozen=True)
class StaticMap:
    script: str
    header: str
    html: str
    id: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]
    component_key: str


def render_static(base: folium.Map, key: str) -> StaticMap:
    """Render the constant base map once, as ``st_folium`` would."""
    base.get_root().render()
    base.render()
    html, header = sf._get_html(base), sf._get_header(base)
    script = sf._get_map_string(base)
    return StaticMap(
        script=script,
        header=header,
        html=html,
        id=sf.get_full_id(base),
        css_links=tuple(href for _, href in base.default_css),
        js_links=tuple(src for _, src in base.default_js),
        component_key=sf.generate_js_hash(script, key, False),
    )


def district_map(
    static: StaticMap, style_script: str, key: str, height: int, on_change: Callable[[], None]
) -> None:
    """Show the map with this view's restyling script; ``on_change`` runs after a click."""

    def _on_change() -> None:
        st.session_state[key] = st.session_state.get(static.component_key, {})
        on_change()

    sf._component_func(
        script=static.script,
        header=static.header,
        html=static.html,
        id=static.id,
        key=static.component_key,
        height=height,
        width=None,
        returned_objects=list(RETURNED),
        default=UNCLICKED,
        zoom=None,
        center=None,
        feature_group=style_script,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        css_links=list(static.css_links),
        js_links=list(static.js_links),
        on_change=_on_change,
        wrap_longitude=False,
    )
