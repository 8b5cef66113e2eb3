"""The share page of a view: what a social network reads (Open Graph and Twitter card tags: the
title, a description with the figures and their source, the 1200×630 card), then the app's view
for a person.

Crawlers do not run scripts, so the page sends people on with a one-line script (allowed by its
hash in the Content-Security-Policy) and shows a plain link as well.

Examples
--------
>>> from bhxh_geo.embed.content import view_content
>>> from bhxh_geo.map_view import MapView
>>> description(view_content(MapView(2025, "bhxh"), "en").shown, "en")[:77]
'Province: 16.83%. Highest: Pleiku (44.66%); lowest: Phú Thiện (8.10%). Source'
"""

from __future__ import annotations

import html

from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.embed import params
from bhxh_geo.embed.content import ViewContent, YearContent
from bhxh_geo.embed.page import csp_hash
from bhxh_geo.i18n import t
from bhxh_geo.leads import display_name
from bhxh_geo.view_text import format_value

e = html.escape
REDIRECT_SCRIPT = 'location.replace(document.querySelector("a[data-app]").getAttribute("href"));'


def description(content: YearContent, lang: str) -> str:
    """The province's figure, the highest and lowest districts, and the source line."""
    districts = content.table[~content.table["is_province"]].dropna(subset=["value"])
    measure = content.view.measure
    if districts.empty:
        return f"{content.province}. {content.source}"
    ordered = districts.sort_values("value", kind="stable")
    top, bottom = ordered.iloc[-1], ordered.iloc[0]
    return t(
        "share.description",
        lang,
        province=content.province,
        top=display_name(top["unit_code"], lang),
        top_value=format_value(top["value"], measure, lang),
        bottom=display_name(bottom["unit_code"], lang),
        bottom_value=format_value(bottom["value"], measure, lang),
        source=content.source,
    )


def content_security_policy() -> str:
    return f"default-src 'none'; script-src {csp_hash(REDIRECT_SCRIPT)}; img-src 'self'; base-uri 'none'"


def share_page(content: ViewContent, site_url: str, app_url: str) -> str:
    """The share page of ``content.view``: ``site_url`` is where the cards are served from
    (absolute, ending in ``/``; Open Graph needs absolute addresses), ``app_url`` the app's root."""
    view, lang = content.view, content.lang
    shown = content.shown
    heading = shown.title + (f" · {DEMO_LABEL}" if content.demo else "")
    text = description(shown, lang)
    card = f"{site_url}card/{params.file_name('card', view, lang)}.png"
    url = f"{site_url}share/{params.file_name('share', view, lang)}.html"
    app = params.app_link(app_url, view, lang)
    tags = {
        "og:type": "website",
        "og:site_name": t("app.title", lang),
        "og:title": heading,
        "og:description": text,
        "og:url": url,
        "og:image": card,
        "og:image:width": "1200",
        "og:image:height": "630",
        "og:image:alt": t("embed.map", lang, title=shown.title),
        "og:locale": {"vi": "vi_VN", "en": "en_US"}[lang],
    }
    twitter = {
        "twitter:card": "summary_large_image",
        "twitter:title": heading,
        "twitter:description": text,
        "twitter:image": card,
        "twitter:image:alt": tags["og:image:alt"],
    }
    meta = "".join(f'<meta property="{k}" content="{e(v)}">' for k, v in tags.items()) + "".join(
        f'<meta name="{k}" content="{e(v)}">' for k, v in twitter.items()
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(heading)}</title>"
        f'<meta name="description" content="{e(text)}">{meta}'
        f'<link rel="canonical" href="{e(url)}"></head><body><main>'
        f"<h1>{e(heading)}</h1><p>{e(text)}</p>"
        f'<p><a data-app href="{e(app)}">{e(t("share.open", lang))}</a></p>'
        f'<p><img src="{e(card)}" width="600" height="315" alt="{e(tags["og:image:alt"])}"></p>'
        f"</main><script>{REDIRECT_SCRIPT}</script></body></html>\n"
    )
