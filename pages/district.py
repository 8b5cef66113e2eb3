"""District profile at its own URL (``/district?code=632``): every indicator and year, its rank,
the province beside it, the trajectory, its neighbours, actuals and gap where known, a CSV."""

from __future__ import annotations

import streamlit as st

from bhxh_geo import charts
from bhxh_geo.boundaries import BoundaryError
from bhxh_geo.district_profile import CODE_PARAM, has_actuals, parse_code, report_sources
from bhxh_geo.districts import district_codes, unit_name
from bhxh_geo.i18n import indicator_label, t
from bhxh_geo.indicators import INDICATORS
from bhxh_geo.leads import display_name
from bhxh_geo.neighbours import neighbour_sentence
from bhxh_geo.profile_tables import profile_csv, profile_html, profile_table, styled
from ui import cached, cached_charts, components, plain, router, share, state

router.ensure_router()
lang = state.lang()
stamp = cached.db_stamp()
codes = district_codes()
requested = st.query_params.get(CODE_PARAM)
code = parse_code(requested)

picked = st.selectbox(
    t("profile.pick", lang),
    codes,
    index=codes.index(code) if code else None,
    format_func=unit_name,
    key=f"profile_pick_{code or 'none'}",
    placeholder=t("profile.missing_code", lang),
)
if picked and picked != code:
    st.query_params[CODE_PARAM] = picked
    code = picked
if code is None:
    if requested:
        st.warning(t("profile.invalid_code", lang, code=plain.md(requested, limit=80)))
    else:
        st.info(t("profile.missing_code", lang))
    st.stop()

name = unit_name(code)
st.markdown(f"## {t('profile.title', lang, name=name)}")
st.caption(t("note.districts_2025", lang))

profile = cached.district_profile(code, stamp)
st.markdown(f"### {t('profile.table', lang)}")
st.html(profile_html(profile_table(profile, lang), styled, lang))
reports = report_sources(profile)
sources = [
    t("source.plan", lang),
    *([t("source.report", lang, sources="; ".join(reports))] if reports else []),
]
components.plain_caption(" · ".join([t("unit.pct_labour_force", lang), *sources]))
if has_actuals(profile):
    st.caption(t("profile.people_note", lang))
else:
    st.info(t("profile.no_actuals", lang, name=name))

st.markdown(f"### {t('profile.trajectory', lang, name=display_name(code, lang))}")
trajectory = st.container(horizontal=True, gap="medium")
for panel in charts.trajectory_chart(profile, display_name(code, lang), lang):
    trajectory.altair_chart(panel, theme=None, width="content")

year = state.initial(state.YEAR)
st.markdown(f"### {t('profile.neighbours.heading', lang, year=year)}")
try:
    version = cached.boundaries_version()
    for indicator in INDICATORS:
        row = (
            cached_charts.neighbour_comparison(year, indicator, version)
            .set_index("unit_code")
            .loc[code]
        )
        st.markdown(f"- {neighbour_sentence(row, lang, indicator_label(indicator, lang))}")
    st.caption(f"{t('compare.neighbours.note', lang)} · {t('source.plan', lang)}")
    around_codes = cached_charts.contiguity(version)[code]
    st.markdown(t("profile.neighbours.list", lang, count=len(around_codes)))
    around = st.columns(6)
    for position, other in enumerate(around_codes):
        around[position % 6].page_link(
            "pages/district.py", label=unit_name(other), query_params={CODE_PARAM: other}
        )
except (BoundaryError, FileNotFoundError):
    st.error(t("error.boundaries_missing", lang))

share.panel(state.initial_view(), lang, stamp)
st.download_button(
    t("profile.download", lang),
    profile_csv(profile, lang),
    file_name=f"bhxh-gia-lai-ho-so-{code}.csv",
    mime="text/csv",
    key="download_profile",
)
