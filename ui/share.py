"""The "Nhúng & chia sẻ / Embed & share" panel of a view: the embed code (copy button), the
share link, the data links, and a preview of the embed page. Each page calls :func:`panel`
with the view it shows; the addresses are the server's published routes (``bhxh_geo.web``).
"""

from __future__ import annotations

import html
import os
import urllib.parse

import streamlit as st

from bhxh_geo.embed import params
from bhxh_geo.embed.snippet import embed_snippet
from bhxh_geo.i18n import indicator_label, t
from bhxh_geo.map_view import MapView
from bhxh_geo.view_text import title
from ui import cached, components, state

PREVIEW_HEIGHT = 760


def base_url() -> str:
    """The app's address as readers reach it: ``$BHXH_GEO_PUBLIC_URL``, else this request's."""
    configured = os.environ.get("BHXH_GEO_PUBLIC_URL", "").strip()
    if configured:
        return configured if configured.endswith("/") else configured + "/"
    parts = urllib.parse.urlsplit(st.context.url or "http://localhost:8501/")
    prefix = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"{parts.scheme}://{parts.netloc}/" + (f"{prefix}/" if prefix else "")


def panel(view: MapView, lang: str, stamp: tuple) -> None:
    """The panel of ``view``, in a popover (wide enough for the code beside a narrow column);
    nothing in presentation mode."""
    if st.query_params.get(state.PRESENT) == "1":
        return
    with st.popover(t("share.heading", lang), icon=":material/share:", key=f"share_{view.key}"):
        if not cached.view_summary(view, lang, stamp).has_figures:
            # A caption, not a notice: the page already says once that nothing is reported.
            components.plain_caption(
                t(
                    "share.no_data",
                    lang,
                    indicator=indicator_label(view.indicator, lang),
                    measure=t(f"measure.{view.measure}", lang),
                    period=t(f"period.{view.period}", lang),
                ),
                testid="bhxh-share-no-data",
            )
            return
        base = base_url()
        query = params.query_string(view, lang)
        page = f"embed/{params.embed_name(view, lang)}.html?year={view.year}"
        components.plain_caption(t("share.embed_code", lang), testid="bhxh-share-embed-label")
        st.code(embed_snippet(base + page, title(view, lang)), language="html", wrap_lines=True)
        components.plain_caption(t("share.link", lang), testid="bhxh-share-link-label")
        st.code(f"{base}share?{query}", language=None, wrap_lines=True)
        links = {
            "CSV": f"{base}data/coverage.csv?{query}",
            "JSON": f"{base}data/coverage.json?{query}",
            t("share.card", lang): f"{base}card.png?{query}",
        }
        anchors = " · ".join(
            f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{html.escape(text)}</a>'
            for text, url in links.items()
        )
        st.html(
            f"<div data-testid='bhxh-share-data'>{html.escape(t('share.data', lang))}: {anchors}</div>"
        )
        if st.toggle(t("share.preview", lang), key=f"share_preview_{view.key}"):
            st.iframe(base + page, height=PREVIEW_HEIGHT)
