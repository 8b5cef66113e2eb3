"""Benchmark baseline, NOT the product: the "careful" app of the notes.

Coverage-simplified boundaries, a constant base map, and the coloured districts (geometry
included) sent as ``feature_group_to_add`` on every toggle.
"""

import folium
import streamlit as st
from streamlit_folium import st_folium

from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.coverage import fixed_classes
from bhxh_geo.targets import targets_for

st.set_page_config(layout="wide")
year = st.segmented_control("Năm", [2023, 2024, 2025], default=2025, key="year")
frame = load_boundaries()
classes = fixed_classes("bhxh")
frame["value"] = frame["code"].map(targets_for(year or 2025, "bhxh")["target_pct"])
frame["fill"] = frame["value"].map(classes.colour_of)
base = folium.Map(location=[13.8, 108.16], zoom_start=9, tiles=None)
group = folium.FeatureGroup(name="districts")
folium.GeoJson(
    frame[["code", "value", "fill", "geometry"]].to_json(),
    style_function=lambda f: {
        "fillColor": f["properties"]["fill"],
        "color": "#fff",
        "weight": 1,
        "fillOpacity": 1,
    },
).add_to(group)
st_folium(base, key="map", height=760, width=1100, feature_group_to_add=group, returned_objects=[])
