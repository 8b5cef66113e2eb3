"""Reusable widgets and blocks shared by the pages (the language picker, the legend, …)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import cache

import streamlit as st

from bhxh_geo import colours
from bhxh_geo.classify import SCHEMES
from bhxh_geo.district_profile import CODE_PARAM
from bhxh_geo.districts import unit_name
from bhxh_geo.i18n import LANGS, indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.map_table import DEFAULT_SORT, SORTS
from bhxh_geo.map_view import MapView, step
from bhxh_geo.measures import DIVERGING_MEASURES, MEASURES, PERIODS
from bhxh_geo.paths import STATIC_DIR
from bhxh_geo.profile_tables import drilldown_html
from bhxh_geo.web import page_scripts
from ui import cached, map_first, state


def language_picker() -> str:
    """Vietnamese first, English available; kept in ``?lang=``."""
    current = state.lang()
    with st.sidebar:
        lang = (
            st.segmented_control(
                t("lang.label", current),
                LANGS,
                format_func=lambda code: t(f"lang.{code}", code),
                key=state.LANG,
                default=current,
                required=True,
            )
            or current
        )
    state.write_url(lang=lang)
    return lang


@cache
def _page_style() -> str:
    """The frame's colours (from colours.py) and its stylesheet, inline so that the page is laid
    out with it from the first paint (the map measures the height left below it), comments and
    runs of spaces dropped (it comes with every run)."""
    variables = {
        "caption": colours.CAPTION_TEXT,
        "muted": colours.TEXT_MUTED,
        "selected-control": colours.SELECTED_CONTROL_TEXT,
        "swatch-edge": colours.SWATCH_EDGE,
        "missing-hatch": colours.MISSING_HATCH,
    }
    root = ";".join(f"--bhxh-{name}:{value}" for name, value in variables.items())
    sheet = (STATIC_DIR / "bhxh" / "page.css").read_text(encoding="utf-8")
    sheet = re.sub(r"\s+", " ", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S))
    return f":root{{{root}}}" + re.sub(r"\s*([{};:,>])\s*", r"\1", sheet).strip()


def presentation_mode() -> bool:
    """The frame's style on every page (readable captions, room for the map, nothing wider than
    a phone), the document's language; with ``?present=1`` no sidebar or chrome, the map fills
    the screen. True when presenting."""
    present = st.query_params.get(state.PRESENT) == "1"
    # The page's own document says which language it is in (screen readers pick their voice).
    st.html(
        f"<style>{_page_style()}</style>{page_scripts.page_setup_html(state.lang(), present)}",
        unsafe_allow_javascript=True,
    )
    return present


def legend(
    entries: Sequence[dict], title: str, note: str = "", testid: str = "bhxh-legend"
) -> None:
    """The class legend, drawn by the app (branca's legend needs a CDN and English numbers):
    each class's range on one line with its count, and which side of a range its class holds.
    ``testid`` tells the map page's legend (the default) from the compare page's."""
    rows = "".join(
        f"<div class='bhxh-legend-row'><span class='bhxh-swatch{' bhxh-missing' if e.get('missing') else ''}'"
        f" style='background:{e['colour']}'></span><span>{html.escape(e['label'])}</span>"
        f"<span class='bhxh-count'>{html.escape(e['count_label'])}</span></div>"
        for e in entries
    )
    ranges = sum(1 for e in entries if not e.get("missing"))
    footnote = f"<div class='bhxh-legend-note'>{html.escape(note)}</div>" if note and ranges else ""
    st.html(
        f"<div class='bhxh-legend' data-testid='{html.escape(testid)}'>"
        f"<div class='bhxh-legend-title'>{html.escape(title)}</div>{rows}{footnote}</div>"
    )


def map_controls(
    lang: str, year: bool = True, scheme: bool = True, compact: bool = False
) -> MapView:
    """Year (unless ``year`` is False: the map page has its year buttons on the map), indicator,
    measure, period and (unless ``scheme`` is False: the map page has it beside the legend)
    colour-class widgets; the view they select. ``compact``: the labels are read out but not
    shown (the options name themselves), leaving the height to the map."""
    start = state.current_view()
    visibility = "collapsed" if compact else "visible"
    # One row that wraps whole controls onto the next line on narrow screens.
    row = st.container(horizontal=True, gap="medium")
    chosen_year = start.year
    if year:
        chosen_year = (
            row.segmented_control(
                t("control.year", lang),
                YEARS,
                key=state.YEAR,
                default=start.year,
                required=True,
                wrap=True,
            )
            or start.year
        )
    # Buttons rather than drop-downs: every option is readable on a shared screen and one click
    # away, and the page opens faster (a drop-down is one of the heaviest elements to draw).
    indicator = (
        row.segmented_control(
            t("control.indicator", lang),
            INDICATORS,
            label_visibility=visibility,
            key=state.INDICATOR,
            default=start.indicator,
            required=True,
            format_func=lambda code: indicator_label(code, lang, short=True),
            wrap=True,
        )
        or start.indicator
    )
    measure = (
        row.segmented_control(
            t("control.measure", lang),
            MEASURES,
            label_visibility=visibility,
            key=state.MEASURE,
            default=start.measure,
            required=True,
            format_func=lambda code: t(f"measure.{code}", lang),
            wrap=True,
        )
        or start.measure
    )
    period = "full"
    if measure != "target":
        period = (
            row.segmented_control(
                t("control.period", lang),
                PERIODS,
                label_visibility=visibility,
                key=state.PERIOD,
                default=start.period,
                required=True,
                format_func=lambda code: t(f"period.{code}", lang),
                wrap=True,
            )
            or start.period
        )
    chosen_scheme = start.scheme
    if scheme:
        with row:
            chosen_scheme = scheme_control(lang, measure, start.scheme)
    return MapView(chosen_year, indicator, measure, period, chosen_scheme)


def scheme_control(lang: str, measure: str, current: str) -> str:
    """How the colour classes are cut (off for diverging measures, whose classes are fixed)."""
    return (
        st.segmented_control(
            t("control.scheme", lang),
            SCHEMES,
            key=state.SCHEME,
            default=current,
            required=True,
            format_func=lambda code: t(f"scheme.{code}", lang),
            wrap=True,
            disabled=measure in DIVERGING_MEASURES,
            help=t("control.scheme.help", lang),
        )
        or current
    )


def presentation_controls(view: MapView, lang: str) -> None:
    """Big previous/next buttons (← / → keys) stepping through the briefing order, and an exit."""

    def go(delta: int) -> None:
        state.write_slide(step(view, delta))

    def leave() -> None:
        st.query_params.pop(state.PRESENT, None)

    row = st.container(horizontal=True, gap="small")
    row.button(
        t("present.previous", lang),
        on_click=go,
        args=(-1,),
        shortcut="Left",
        key="present_previous",
    )
    row.button(
        t("present.next", lang),
        on_click=go,
        args=(1,),
        shortcut="Right",
        key="present_next",
    )
    st.button(t("present.exit", lang), on_click=leave, key="present_exit", type="tertiary")
    st.caption(t("present.hint", lang))


def view_header(heading: str, unit: str, source: str, lang: str, large: bool = False) -> None:
    """Title, unit and source line: what is shown and where it comes from, always visible."""
    if large:
        st.html(
            f"<div data-testid='bhxh-title' class='bhxh-present-title'>{html.escape(heading)}</div>"
            f"<div class='bhxh-present-unit'>{html.escape(unit)}</div>"
            f"<div data-testid='bhxh-source' class='bhxh-present-source'>{html.escape(source)}</div>"
        )
        return
    st.markdown(f"## {heading}")
    plain_caption(f"{unit} · {source}", testid="bhxh-source")


def plain_caption(text: str, testid: str = "bhxh-caption") -> None:
    """A caption whose text may come from a file (a report's source, a file name): escaped, so it
    is never read as Markdown or HTML (``st.caption`` would read Markdown)."""
    st.html(f"<div data-testid='{testid}' class='bhxh-caption'>{html.escape(text)}</div>")


def on_map_event() -> None:
    """The map has drawn (the rest of the page follows); a click on one of its year buttons shows
    that year (the map has already switched); a click on a district selects it; a click on the
    selected district clears it."""
    event = st.session_state.get(state.MAP_KEY) or {}
    if map_first.note_map_event(event):
        return
    year = state.parse(state.YEAR, event.get("year", ""))
    if year is not None:
        state.write_url(year=year)
        return
    drawing = event.get("last_active_drawing") or {}
    code = state.parse(state.DISTRICT, (drawing.get("properties") or {}).get("code", ""))
    if code is None:
        return
    state.write_url(district=None if code == state.from_url(state.DISTRICT) else code)


def clear_district() -> None:
    state.write_url(district=None)


def presentation_button(lang: str) -> None:
    """Open presentation mode (``?present=1``): the map alone, large, stepped with ← / →."""

    def start() -> None:
        st.query_params[state.PRESENT] = "1"

    st.button(
        t("present.start", lang), on_click=start, icon=":material/slideshow:", key="present_start"
    )


def drilldown(code: str, district, lang: str) -> None:
    """The clicked district: its 4 indicators × 3 years, rank, province beside it. Beside the
    map on a wide screen; on a phone it comes under the map, and the page scrolls to it."""
    name = unit_name(code)
    st.markdown(f"#### {t('map.drilldown', lang, name=name)}")
    # On a phone (columns stacked) the drill-down is under the map: bring it into view.
    st.html(page_scripts.drilldown_marker_html(code), unsafe_allow_javascript=True)
    st.html(drilldown_html(district, lang))
    st.caption(t("drilldown.note", lang))
    st.page_link(
        "pages/district.py",
        label=t("map.open_profile", lang, name=name),
        query_params={CODE_PARAM: code},
        icon=":material/open_in_new:",
    )
    st.button(t("map.clear", lang), on_click=clear_district, key="clear_district")


def district_table(view: MapView, lang: str, selected: str | None, stamp: tuple) -> None:
    """The 17 districts under the pinned province row, in the order picked (kept in ``?sort=``),
    the selected one shaded, and the CSV download. Plain HTML rather than ``st.dataframe``:
    the province stays first whatever the order, the text is as large as the page's, and the
    page opens faster (the data grid is the page's heaviest element)."""
    heading, order = st.columns([3, 2], vertical_alignment="bottom")
    heading.markdown(f"### {t('table.heading', lang)}")
    sort = (
        order.segmented_control(
            t("table.sort", lang),
            list(SORTS),
            key=state.SORT,
            default=state.initial(state.SORT),
            required=True,
            format_func=lambda code: t(f"table.sort.{code}", lang),
            wrap=True,
        )
        or DEFAULT_SORT
    )
    state.write_url(sort=sort)
    st.html(cached.table_html(view, lang, selected, sort, stamp))
    st.download_button(
        t("map.download_csv", lang),
        # Built when clicked: bytes passed here would be stored and fetched on every rerun.
        lambda: cached.table_csv(view, lang, stamp),
        file_name=f"bhxh-gia-lai-{view.key}.csv",
        mime="text/csv",
        key="download_table",
        on_click="ignore",
    )
