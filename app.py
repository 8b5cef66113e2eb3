"""bhxh-geo: the router. Pages are listed here explicitly; this file frames every page."""

from __future__ import annotations

import streamlit as st

from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.i18n import t
from ui import cached, components, state

st.set_page_config(page_title="BHXH Gia Lai", page_icon="🗺️", layout="wide")

lang = components.language_picker()
present = components.presentation_mode()

pages = [
    st.Page("pages/map.py", title=t("nav.map", lang), icon="🗺️", url_path="map", default=True),
    st.Page("pages/compare.py", title=t("nav.compare", lang), icon="📊", url_path="compare"),
    st.Page("pages/district.py", title=t("nav.district", lang), icon="📍", url_path="district"),
    st.Page("pages/plan.py", title=t("nav.plan", lang), icon="📄", url_path="plan"),
    st.Page("pages/export.py", title=t("nav.export", lang), icon="⬇️", url_path="export"),
    st.Page("pages/import_actuals.py", title=t("nav.import", lang), icon="📥", url_path="import_actuals"),
]
# A demo database (make demo) is labelled on every page, presentation mode included.
if cached.is_demo(cached.db_stamp()):
    st.warning(DEMO_LABEL, icon="⚠️")
st.navigation(pages, position="hidden" if present else "sidebar").run()
