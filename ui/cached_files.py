"""The Downloads page's cache wrappers: each file built once per view, language, database state
and day (Matplotlib is imported here, not by the map page)."""

from __future__ import annotations

import datetime

import streamlit as st

from bhxh_geo import table_export
from bhxh_geo.actuals import current
from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.map_view import MapView
from bhxh_geo.render import briefing, map_data, static
from ui.cached import labels_layout


@st.cache_resource(show_spinner=False)
def export_geometry(version: str):
    """Boundaries and label layout for the static exports (once per boundary file; never mutated)."""
    return load_boundaries(), labels_layout(version)


@st.cache_data(show_spinner=False, max_entries=48)
def map_file(
    year: int,
    indicator: str,
    measure: str,
    period: str,
    scheme: str,
    fmt: str,
    lang: str,
    size: tuple[int, int],
    db_version: tuple,
    today: str,
    version: str,
) -> bytes:
    """The map as PNG/SVG/PDF; raises ``ExportError`` for an actuals measure with nothing imported."""
    boundaries, layout = export_geometry(version)
    view = MapView(year, indicator, measure, period, scheme)
    data = map_data.map_data(view, current.stored_actuals(), lang, boundaries, layout)
    return static.render_map(data, fmt, lang, size, datetime.date.fromisoformat(today))


@st.cache_data(show_spinner=False, max_entries=8)
def table_file(fmt: str, db_version: tuple, today: str) -> bytes:
    """Every target and imported actual, all years, as CSV or XLSX."""
    return table_export.table_bytes(
        fmt, None, current.stored_actuals(), datetime.date.fromisoformat(today)
    )


@st.cache_data(show_spinner=False, max_entries=16)
def briefing_file(year: int, indicator: str, lang: str, today: str, version: str) -> bytes:
    """The one-page briefing (PDF) of the plan's targets."""
    boundaries, layout = export_geometry(version)
    return briefing.render_briefing(
        year, lang, indicator, datetime.date.fromisoformat(today), boundaries, layout
    )
