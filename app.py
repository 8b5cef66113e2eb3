"""bhxh-geo: the router. Pages are listed here explicitly; ui.router frames every page."""

from __future__ import annotations

import streamlit as st

from bhxh_geo.i18n import t
from ui import map_first, memory, router, state

lang = state.lang()
present = router.frame_top()

map_page = st.Page("pages/map.py", title=t("nav.map", lang), icon="🗺️", url_path="map", default=True)
pages = [
    map_page,
    st.Page("pages/compare.py", title=t("nav.compare", lang), icon="📊", url_path="compare"),
    st.Page("pages/district.py", title=t("nav.district", lang), icon="📍", url_path="district"),
    st.Page("pages/plan.py", title=t("nav.plan", lang), icon="📄", url_path="plan"),
    st.Page("pages/export.py", title=t("nav.export", lang), icon="⬇️", url_path="export"),
    st.Page(
        "pages/import_actuals.py", title=t("nav.import", lang), icon="📥", url_path="import_actuals"
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
