"""The plan page: what the plan is, what each indicator means and its denominator, the province
targets, who is not counted, the 2025 reorganisation, and links to the other pages."""

from __future__ import annotations

import streamlit as st

from bhxh_geo.districts import PROVINCE_CODE
from bhxh_geo.html_tables import stacked_html
from bhxh_geo.i18n import format_pct, indicator_label, t
from bhxh_geo.indicators import INDICATORS
from bhxh_geo.profile_tables import unit_targets
from bhxh_geo.targets import plan_source
from ui import router, state

router.ensure_router()
lang = state.lang()

st.markdown(f"## {t('plan.title', lang)}")
st.caption(t("source.plan", lang))
st.write(t("plan.what", lang))
st.write(t("plan.reporting", lang))
st.caption(t("plan.blank", lang))
st.caption(t("plan.citation", lang, source=plan_source()))

st.markdown(f"### {t('plan.indicators.heading', lang)}")
st.write(t("plan.denominator", lang))
st.markdown(
    "\n".join(
        f"- **{indicator_label(i, lang)}**: {t(f'plan.indicator.{i}', lang)}" for i in INDICATORS
    )
)

st.markdown(f"### {t('plan.targets.heading', lang)}")
targets = unit_targets(PROVINCE_CODE, lang)
shown = targets.map(lambda v: format_pct(v, lang)).reset_index()
st.html(stacked_html(shown, set(shown.columns[1:]), "bhxh-plan-targets", stack=False))
st.caption(f"{t('unit.pct_labour_force', lang)} · {t('source.plan', lang)}")

st.markdown(f"### {t('plan.excluded.heading', lang)}")
st.write(t("note.excluded", lang))

st.markdown(f"### {t('plan.reorganisation.heading', lang)}")
st.write(t("plan.reorganisation", lang))
st.caption(t("note.districts_2025", lang))

st.markdown(f"### {t('plan.links.heading', lang)}")
st.page_link("pages/map.py", label=t("nav.map", lang), icon=router.NAV_ICONS["map"])
st.page_link("pages/compare.py", label=t("nav.compare", lang), icon=router.NAV_ICONS["compare"])
st.page_link("pages/district.py", label=t("nav.district", lang), icon=router.NAV_ICONS["district"])
