"""bhxh-geo: the router. Pages are listed here explicitly; ui.router frames every page."""

from __future__ import annotations

import streamlit as st

from bhxh_geo.i18n import t
from ui import map_first, memory, router, state

lang = state.lang()
present = router.frame_top()

map_page = st.Page(
    "pages/map.py",
    title=t("nav.map", lang),
    icon=router.NAV_ICONS["map"],
    url_path="map",
    default=True,
)
pages = [
    map_page,
    st.Page(
        "pages/compare.py",
        title=t("nav.compare", lang),
        icon=router.NAV_ICONS["compare"],
        url_path="compare",
    ),
    st.Page(
        "pages/district.py",
        title=t("nav.district", lang),
        icon=router.NAV_ICONS["district"],
        url_path="district",
    ),
    st.Page(
        "pages/plan.py", title=t("nav.plan", lang), icon=router.NAV_ICONS["plan"], url_path="plan"
    ),
    st.Page(
        "pages/export.py",
        title=t("nav.export", lang),
        icon=router.NAV_ICONS["export"],
        url_path="export",
    ),
    st.Page(
        "pages/import_actuals.py",
        title=t("nav.import", lang),
        icon=router.NAV_ICONS["import_actuals"],
        url_path="import_actuals",
    ),
]
page = st.navigation(pages, position="hidden" if present else "sidebar")
if page.url_path != map_page.url_path:
    map_first.forget()  # the map page waits for its map again when it reopens
# The map page stops early on a page open (ui/map_first.py): then the language picker and the
# freeze come with the rerun its map starts.
page.run()
router.frame_bottom()
memory.freeze_long_lived()
