"""Compare page: the ranking, small multiples, the change between two years, target against
actual, each district against its neighbours, and story leads ready to copy."""

from __future__ import annotations

import streamlit as st

from bhxh_geo import charts
from bhxh_geo.boundaries import BoundaryError
from bhxh_geo.district_profile import CODE_PARAM
from bhxh_geo.districts import district_codes, unit_name
from bhxh_geo.html_tables import stacked_html
from bhxh_geo.i18n import indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.leads import leads_text
from bhxh_geo.map_view import MapView
from ui import cached, cached_charts, components, router, share, state

router.ensure_router()
lang = state.lang()
stamp = cached.db_stamp()

try:
    version = cached.boundaries_version()
    geometry = cached_charts.chart_geometry(version)
except (BoundaryError, FileNotFoundError):
    st.error(t("error.boundaries_missing", lang))
    st.stop()

st.markdown(f"## {t('nav.compare', lang)}")
st.caption(t("compare.intro", lang))

controls = st.columns([2, 3])
year = controls[0].segmented_control(
    t("control.year", lang), YEARS, key=state.YEAR, default=state.initial(state.YEAR), required=True
) or state.initial(state.YEAR)
indicator = controls[1].selectbox(
    t("control.indicator", lang),
    INDICATORS,
    key=state.INDICATOR,
    index=INDICATORS.index(state.initial(state.INDICATOR)),
    format_func=lambda code: indicator_label(code, lang),
)
scheme = state.initial(state.SCHEME)
state.write_url(year=year, indicator=indicator)
label = indicator_label(indicator, lang)
source = f"{t('unit.pct_labour_force', lang)} · {t('source.plan', lang)}"


def view(y: int = year, i: str = indicator, measure: str = "target") -> MapView:
    return MapView(y, i, measure, "full", scheme)


table = cached.coverage_table(view(), stamp)
classes = cached.classes(view(), stamp)
share.panel(view(), lang, stamp)

st.markdown(f"### {t('compare.ranking', lang, indicator=label, year=year)}")
st.altair_chart(charts.ranking_chart(table, classes, lang), theme=None, width="stretch")
st.caption(source)


def multiples(panels, values, testid: str, legend=None) -> None:
    """Small maps side by side, wrapping on a narrow screen, and beside them the table of what
    they show (too small to print names and values on)."""
    row = st.container(horizontal=True, gap="medium")
    for panel in panels:
        row.altair_chart(panel, theme=None, width="content")
    if legend is not None:
        with row.container(width=300):
            # Its own test id: a page opened from here must not take it for the map's legend.
            components.legend(*legend, testid="bhxh-compare-legend")
    row.html(stacked_html(values, set(values.columns[1:]), testid, stack=False))


st.markdown(f"### {t('compare.years', lang, indicator=label)}")
by_year = {y: cached.coverage_table(view(y), stamp) for y in YEARS}
multiples(
    charts.year_multiples(by_year, classes, geometry, lang),
    charts.values_table(by_year, lang),
    "bhxh-years-table",
    (
        [
            {"colour": colour, "label": text, "count_label": ""}
            for colour, text in zip(classes.palette, classes.labels(lang))
        ],
        t("unit.pct_labour_force", lang),
        classes.legend_note(lang),
    ),
)
st.caption(f"{source} · {t('note.districts_2025', lang)}")

st.markdown(f"### {t('compare.indicators', lang, year=year)}")
by_indicator = {i: cached.coverage_table(view(i=i), stamp) for i in INDICATORS}
classes_by_indicator = {i: cached.classes(view(i=i), stamp) for i in INDICATORS}
multiples(
    charts.indicator_multiples(by_indicator, classes_by_indicator, geometry, lang),
    charts.values_table(
        by_indicator, lang, {i: indicator_label(i, lang, short=True) for i in INDICATORS}
    ),
    "bhxh-indicators-table",
)
st.caption(source)
places = cached_charts.chart_places(version)

span = st.columns([2, 2, 3])
start = (
    span[0].segmented_control(
        t("compare.change.from", lang), YEARS, key="compare_from", default=YEARS[0], required=True
    )
    or YEARS[0]
)
end = (
    span[1].segmented_control(
        t("compare.change.to", lang), YEARS, key="compare_to", default=YEARS[-1], required=True
    )
    or YEARS[-1]
)
heading = t("compare.change", lang, indicator=label, start=start, end=end)
st.markdown(f"### {heading}")
if start == end:
    st.info(t("compare.change.same_year", lang))
else:
    change = charts.change_values(by_year[start], by_year[end])
    chart, change_classes = charts.change_map(change, geometry, lang, start, end, places)
    st.altair_chart(chart, theme=None, width="content")
    st.caption(f"{change_classes.legend_note(lang)} · {source}")

st.markdown(f"### {t('compare.neighbours', lang, indicator=label, year=year)}")
comparison = cached_charts.neighbour_comparison(year, indicator, version)
st.altair_chart(
    charts.neighbours_map(comparison, geometry, lang, places), theme=None, width="content"
)
st.caption(f"{t('compare.neighbours.note', lang)} · {source}")

st.markdown(f"### {t('compare.dumbbell', lang, indicator=label, year=year)}")
dumbbell = charts.dumbbell_chart(cached.coverage_table(view(measure="gap"), stamp), lang)
if dumbbell is None:
    st.info(t("compare.no_actuals", lang, year=year))
else:
    st.altair_chart(dumbbell, theme=None, width="stretch")
    reports = sorted(
        {s for s in cached.coverage_table(view(measure="gap"), stamp)["report_source"] if s}
    )
    components.plain_caption(
        f"{t('source.plan', lang)} · {t('source.report', lang, sources='; '.join(reports))}"
    )

st.markdown(f"### {t('leads.heading', lang)}")
st.caption(t("leads.intro", lang))
leads = cached_charts.story_leads(year, indicator, lang, stamp)
for lead in leads:
    st.markdown(f"- {lead.text}")
if not any(lead.kind == "behind_target" for lead in leads):
    st.caption(t("leads.no_actuals", lang, year=year))
st.text_area(t("leads.copy", lang), leads_text(leads, lang), height=260)

st.markdown(f"### {t('compare.open_profile', lang)}")
links = st.columns(4)
for position, code in enumerate(district_codes()):
    links[position % 4].page_link(
        "pages/district.py", label=unit_name(code), query_params={CODE_PARAM: code}
    )
