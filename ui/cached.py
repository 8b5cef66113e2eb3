"""Every st.cache_data / st.cache_resource wrapper, each over a plain bhxh_geo function."""

from __future__ import annotations

import streamlit as st

from bhxh_geo import classify, coverage
from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.districts import load_districts
from bhxh_geo.labels import label_layout
from bhxh_geo.paths import BOUNDARIES_PATH
from bhxh_geo.render import assets
from bhxh_geo.render.folium_map import layout_payload


def boundaries_version() -> str:
    """Changes when the boundary file is rebuilt, so caches keyed on it refresh."""
    stat = BOUNDARIES_PATH.stat()
    return f"{stat.st_mtime_ns}-{stat.st_size}"


@st.cache_resource(show_spinner=False)
def map_assets(version: str) -> tuple[str, dict]:
    """The geometry URL the browser fetches and the label layout (computed once per file)."""
    boundaries = load_boundaries()
    names = load_districts()["official_name"].to_dict()
    return assets.publish_geometry(), layout_payload(label_layout(boundaries), names)


@st.cache_data(show_spinner=False, max_entries=256)
def coverage_table(year: int, indicator: str, measure: str = "target"):
    return coverage.coverage_table(year, indicator, measure)


@st.cache_data(show_spinner=False, max_entries=64)
def classes(indicator: str, scheme: str, measure: str = "target") -> classify.Classes:
    return coverage.fixed_classes(indicator, scheme, measure)
