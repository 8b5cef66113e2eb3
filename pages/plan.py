"""The plan page: what the plan is, what each indicator means, the province targets."""

from __future__ import annotations

import streamlit as st

from bhxh_geo.i18n import t
from ui import state

lang = state.lang()

st.markdown(f"## {t('nav.plan', lang)}")
st.caption(t("source.plan", lang))
st.write(t("note.excluded", lang))
st.write(t("note.districts_2025", lang))
