"""The compare and district pages' cache wrappers (Altair's charts, neighbours, story leads)."""

from __future__ import annotations

import streamlit as st

from bhxh_geo import charts, leads, neighbours
from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.districts import load_districts
from ui.cached import actuals, labels_layout


@st.cache_data(show_spinner=False, max_entries=2)
def chart_geometry(version: str) -> dict:
    """The boundaries as compact GeoJSON for the Altair maps (once per boundary file)."""
    return charts.chart_geometry(load_boundaries())


@st.cache_data(show_spinner=False, max_entries=2)
def chart_places(version: str):
    """Where the compare page's big maps print names and values (the map's label layout)."""
    return charts.map_places(labels_layout(version), load_districts()["short_label"])


@st.cache_data(show_spinner=False, max_entries=2)
def contiguity(version: str) -> dict:
    """Each district's neighbours, from the boundaries' shared edges (once per boundary file)."""
    return neighbours.contiguity(load_boundaries())


@st.cache_data(show_spinner=False, max_entries=64)
def neighbour_comparison(year: int, indicator: str, version: str):
    return neighbours.neighbour_comparison(year, indicator, neighbours=contiguity(version))


@st.cache_data(show_spinner=False, max_entries=64)
def story_leads(year: int, indicator: str, lang: str, stamp: tuple) -> list:
    return leads.story_leads(year, indicator, lang, actuals(stamp))
