"""Map page: read the view from widgets and the URL, call bhxh_geo through ui.cached, render."""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from bhxh_geo.boundaries import BoundaryError
from bhxh_geo.classify import SCHEMES
from bhxh_geo.i18n import indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.render.folium_map import MAP_HEIGHT, PRESENT_HEIGHT, base_map, map_payload, style_layer
from bhxh_geo.tables import district_table, styled
from ui import cached, components, state

lang = state.lang()
present = st.query_params.get(state.PRESENT) == "1"

try:
    geometry_url, layout = cached.map_assets(cached.boundaries_version())
except (BoundaryError, FileNotFoundError):
    st.error(t("error.boundaries_missing", lang))
    st.stop()

controls = st.columns([2, 3, 2])
year = controls[0].segmented_control(
    t("control.year", lang), YEARS, key=state.YEAR, default=state.initial(state.YEAR), required=True
) or state.initial(state.YEAR)
indicator = controls[1].selectbox(
    t("control.indicator", lang), INDICATORS, key=state.INDICATOR,
    index=INDICATORS.index(state.initial(state.INDICATOR)),
    format_func=lambda code: indicator_label(code, lang),
)
scheme = controls[2].selectbox(
    t("control.scheme", lang), SCHEMES, key=state.SCHEME, index=SCHEMES.index(state.initial(state.SCHEME)),
    format_func=lambda code: t(f"scheme.{code}", lang),
)
selected = state.from_url(state.DISTRICT)
state.write_url(year=year, indicator=indicator, scheme=scheme, district=selected)

table = cached.coverage_table(year, indicator)
classes = cached.classes(indicator, scheme)

st.markdown(f"## {t('map.title.target', lang, indicator=indicator_label(indicator, lang), year=year)}")
st.caption(f"{t('unit.pct_labour_force', lang)} · {t('source.plan', lang)}")

map_column, legend_column = st.columns([4, 1])
with map_column:
    payload = map_payload(table, classes, lang, selected, view=f"{year}-{indicator}-{scheme}-{lang}")
    st_folium(
        base_map(geometry_url, layout),
        key=state.MAP_KEY,
        height=PRESENT_HEIGHT if present else MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
        feature_group_to_add=style_layer(payload),
    )
with legend_column:
    district_values = table.loc[~table["is_province"], "value"].tolist()
    components.legend(classes.legend(district_values, lang), t("map.legend", lang))
    st.caption(t("note.districts_2025", lang))

st.markdown(f"### {t('table.heading', lang)}")
st.dataframe(styled(district_table(table, lang), lang, selected), width="stretch", height=680)
