"""Reusable widgets and blocks shared by the pages (the language picker, the legend, …)."""

from __future__ import annotations

import html

import streamlit as st

from bhxh_geo.i18n import LANGS, t
from ui import state


def language_picker() -> str:
    """Vietnamese first, English available; kept in ``?lang=``."""
    current = state.initial(state.LANG)
    with st.sidebar:
        lang = st.segmented_control(
            t("lang.label", current),
            LANGS,
            format_func=lambda code: t(f"lang.{code}", code),
            key=state.LANG,
            default=current,
            required=True,
        ) or current
    state.write_url(lang=lang)
    return lang


def presentation_mode() -> bool:
    """``?present=1``: no sidebar or chrome, the map fills the screen."""
    present = st.query_params.get(state.PRESENT) == "1"
    if present:
        st.html(
            "<style>[data-testid='stSidebar'],[data-testid='stSidebarCollapsedControl'],"
            "header[data-testid='stHeader'],[data-testid='stToolbar']{display:none!important}"
            ".block-container{padding-top:0.5rem!important;max-width:100%!important}</style>"
        )
    return present


def legend(entries: list[dict], title: str) -> None:
    """The class legend, drawn by the app (branca's legend needs a CDN and English numbers)."""
    rows = "".join(
        f"<div class='bhxh-legend-row'><span class='bhxh-swatch{' bhxh-missing' if e.get('missing') else ''}'"
        f" style='background:{e['colour']}'></span><span>{html.escape(e['label'])}</span>"
        f"<span class='bhxh-count'>{html.escape(e['count_label'])}</span></div>"
        for e in entries
    )
    st.html(
        "<style>.bhxh-legend-row{display:flex;gap:.6rem;align-items:center;font-size:1.05rem;margin:.15rem 0}"
        ".bhxh-swatch{width:2.2rem;height:1.2rem;border:1px solid #888;display:inline-block}"
        ".bhxh-missing{background-image:repeating-linear-gradient(45deg,#737373 0 2px,transparent 2px 6px)!important}"
        ".bhxh-count{color:#555;margin-left:auto}</style>"
        f"<div class='bhxh-legend' data-testid='bhxh-legend'><b>{html.escape(title)}</b>{rows}</div>"
    )
