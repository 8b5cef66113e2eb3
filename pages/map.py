"""Map page: read the view from widgets and the URL, call bhxh_geo through ui.cached, render."""

from __future__ import annotations

import streamlit as st

from bhxh_geo.boundaries import BoundaryError
from bhxh_geo.i18n import t
from bhxh_geo.render.folium_map import MAP_HEIGHT, PRESENT_HEIGHT
from ui import cached, components, map_component, map_first, router, share, state

router.ensure_router()
lang = state.lang()
present = state.presenting()

try:
    base = cached.base_map(cached.boundaries_version(), state.MAP_KEY)
except (BoundaryError, FileNotFoundError):
    st.error(t("error.boundaries_missing", lang))
    st.stop()

# The controls are drawn last, into this container above the map: Streamlit sends elements in
# script order and the browser re-renders the page once per element, so the map's new colours
# arrive first.
controls = st.container()


@st.fragment
def map_and_figures() -> bool:
    """The map and what a click on it changes (header, legend, drill-down, share, table): a year
    or a district clicked on the map, the colour classes or the table's order rerun this part
    alone, not the page's frame and controls. False while the map has not drawn yet."""
    stamp = cached.db_stamp()
    if (
        map_first.frame_pending()
        or present != state.presenting()
        or not router.frame_is_current(stamp)
    ):
        # The map has drawn after a page open (the frame's last parts are still to come),
        # presentation mode was entered or left, or the banner of a demo or faulty store
        # changed: the whole page runs, frame included.
        st.rerun(scope="app")
    view = state.slide_view() if present else state.current_view()
    selected = None if present else state.from_url(state.DISTRICT)
    if present:
        state.write_slide(view)
    else:
        state.write_view(view)
    summary = cached.view_summary(view, lang, stamp)

    header = st.container()
    # Wide screens: the legend and the drill-down beside the map, where the eye is; phones: under it.
    map_column, side_column = st.columns([2, 1] if present else [3, 2], gap="medium")
    with map_column:
        map_component.district_map(
            base,
            cached.map_script(view, lang, selected, stamp, present),
            key=state.MAP_KEY,
            height=PRESENT_HEIGHT if present else MAP_HEIGHT,
            on_change=components.on_map_event,
        )
    with header:
        heading = (summary.heading, summary.unit, summary.source)
        if present:
            left, right = st.columns([5, 2], gap="medium")
            with left:
                components.view_header(*heading, lang, present)
            with right:
                components.presentation_controls(view, lang)
        else:
            components.view_header(*heading, lang, present)
            if summary.nothing_reported:
                st.info(t("map.no_actuals", lang))

    if not map_first.map_drawn():
        # A page open: the map gets the browser to itself; its "drawn" report reruns the page.
        # What follows is beside or below the map, so nothing above it moves once it has drawn.
        map_first.wait_for_map()
        return False

    with side_column:
        # A clicked district's figures first, at the map's top (under it on a phone), then the legend.
        if selected:
            components.drilldown(selected, cached.district_profile(selected, stamp), lang)
        components.legend(summary.legend, t("map.legend", lang), summary.legend_note)
        if not selected and not present:
            st.caption(t("map.click_hint", lang))
        if not present:
            components.scheme_control(lang, view.measure, view.scheme)
            components.presentation_button(lang)
        st.caption(t("note.districts_2025", lang))
        share.panel(view, lang, stamp)

    if not present:
        components.district_table(view, lang, selected, stamp)
    return True


drawn = map_and_figures()
if not present:
    with controls:
        # Year on the map, scheme by the legend.
        components.map_controls(lang, year=False, scheme=False, compact=True)
if not drawn:
    map_first.stop_until_drawn()  # the frame's last parts come with the run the map starts
