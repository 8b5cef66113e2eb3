"""Benchmark baseline, NOT the product: the naive way to put this map in Streamlit.

Unsimplified upstream boundaries, ``GeoDataFrame.explore()`` rebuilt on every rerun, passed to
``st_folium`` with its defaults (tiles and Leaflet from the internet, every interaction reruns).
"""

import streamlit as st
from streamlit_folium import st_folium

from bhxh_geo.boundaries import districts_from_upstream, fetch_upstream
from bhxh_geo.targets import targets_for

st.set_page_config(layout="wide")
year = st.segmented_control("Năm", [2023, 2024, 2025], default=2025, key="year")
frame = districts_from_upstream(fetch_upstream()[0])
values = targets_for(year or 2025, "bhxh")["target_pct"]
frame["value"] = frame["code"].map(values)
# A continuous colour scale fixed over the three years, so a toggle always changes colours.
st_folium(frame.explore(column="value", cmap="YlGnBu", vmin=5, vmax=45), height=760, width=1100)
