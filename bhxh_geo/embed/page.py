"""The embed page: one self-contained HTML file per view and language, the three years inside.

Title, unit, the year buttons, the map (inline SVG from :mod:`bhxh_geo.embed.svg_map`), the
legend, the province's figure, the table of the province and the 17 districts (collapsible), the
source line, the note on the 2025 reorganisation, the date, and links to the data and to the app.
Style and script are inline and allowed by their hashes in the Content-Security-Policy; nothing
is fetched from anywhere. Every text is escaped; the per-year data the script switches between
is JSON that cannot close its ``<script>`` element.

Links to the data are relative (``../data/2025-bhxh.csv``): the page lives at
``embed/<name>.html`` on the server and in a published folder alike, so the same bytes work in
both. The link to the app is absolute (``app_url``).
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import html
import json
import math
from functools import cache
from pathlib import Path

import pandas as pd

from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.embed import params
from bhxh_geo.embed.content import ViewContent, YearContent
from bhxh_geo.embed.svg_map import MapGeometry, svg
from bhxh_geo.i18n import format_date, t
from bhxh_geo.indicators import YEARS
from bhxh_geo.map_table import sorted_rows
from bhxh_geo.view_text import format_value, unit_line

STATIC = Path(__file__).resolve().parent / "static"
e = html.escape


@cache
def asset(name: str) -> str:
    """The page's inline style (``embed.css``) or script (``embed.js``)."""
    return (STATIC / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def content_security_policy(frame_ancestors: bool = True) -> str:
    """Nothing loads but the page's own inline style and script (by hash) and data: images.

    ``frame_ancestors`` adds ``frame-ancestors *`` (any site may frame the embed; only honoured
    as a header, so the copy in the page's ``<meta>`` leaves it out)."""
    policy = (
        "default-src 'none'; "
        f"style-src {csp_hash(asset('embed.css'))}; "
        f"script-src {csp_hash(asset('embed.js'))}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return policy + ("; frame-ancestors *" if frame_ancestors else "")


def relative_data_links(content: ViewContent, year: int) -> dict[str, str]:
    """The page's links to the data of ``year`` (relative to ``embed/``)."""
    view = params.with_year(content.view, year)
    return {
        "csv": f"../data/{params.file_name('csv', view)}.csv",
        "json": f"../data/{params.file_name('json', view)}.json",
    }


def embed_page(
    content: ViewContent,
    geometry: MapGeometry,
    app_url: str,
    made_on: datetime.date | None = None,
) -> str:
    """The page of ``content`` (shown first: ``content.view.year``); ``app_url`` is the app's
    root for the "open in the app" link."""
    lang, view = content.lang, content.view
    shown = content.shown
    made_on = made_on or datetime.date.today()
    name = params.embed_name(view, lang)

    def per_year(render) -> str:
        return "".join(render(year, content.years[year]) for year in YEARS)

    def hidden(year: int) -> str:
        return f' data-year="{year}"' + ("" if year == view.year else " hidden")

    header = (
        (f'<p class="demo" role="note">{e(DEMO_LABEL)}</p>' if content.demo else "")
        + per_year(lambda y, c: f"<h1{hidden(y)}>{e(c.title)}</h1>")
        + f'<p class="unit">{e(unit_line(view, lang))}</p>'
    )
    label = t("control.year", lang)
    buttons = "".join(
        f'<button type="button" role="radio" data-pick="{year}"'
        f' aria-checked="{"true" if year == view.year else "false"}"'
        f' tabindex="{0 if year == view.year else -1}">{year}</button>'
        for year in YEARS
    )
    years = (
        f'<div class="years" role="radiogroup" aria-labelledby="bhxh-years-label">'
        f'<span class="label" id="bhxh-years-label">{e(label)}</span>{buttons}</div>'
    )
    figure = (
        f"<figure>{svg(geometry, shown.units, _aria(shown, geometry), t('embed.map', lang, title=shown.title))}"
        '<div class="tip" id="bhxh-tip" role="tooltip" hidden></div></figure>'
        f'<p class="hint">{e(t("embed.hint", lang))}</p>'
        + per_year(
            lambda y, c: (
                ""
                if c.has_figures
                else f'<p class="province"{hidden(y)}>{e(t("embed.no_year_data", lang))}</p>'
            )
        )
    )
    legend = (
        f'<section class="legend" aria-labelledby="bhxh-legend"><h2 id="bhxh-legend">'
        f"{e(t('map.legend', lang))}</h2>"
        + per_year(lambda y, c: f"<ul{hidden(y)}>{_legend_items(c)}</ul>")
        + "</section>"
        + per_year(lambda y, c: f'<p class="province"{hidden(y)}>{e(c.province)}</p>')
    )
    table = (
        f"<details><summary>{e(t('embed.table', lang))}</summary>"
        f'<div class="scroll" tabindex="0" role="region" aria-label="{e(t("embed.table", lang))}">'
        f"<table>{_table_head(content)}"
        + per_year(lambda y, c: _table_body(c, lang, hidden(y)))
        + "</table></div></details>"
    )
    links = {year: relative_data_links(content, year) for year in YEARS}
    app = {year: params.app_link(app_url, params.with_year(view, year), lang) for year in YEARS}

    def link(kind: str, text: str, blank: bool = False) -> str:
        targets = links if kind != "app" else {y: {"app": a} for y, a in app.items()}
        alternatives = "".join(f' data-href-{year}="{e(targets[year][kind])}"' for year in YEARS)
        extra = ' target="_blank" rel="noopener"' if blank else ""
        return f'<a href="{e(targets[view.year][kind])}"{alternatives}{extra}>{e(text)}</a>'

    footer = (
        "<footer>"
        + per_year(lambda y, c: f"<p{hidden(y)}>{e(c.source)}</p>")
        + f"<p>{e(t('note.districts_2025', lang))}</p>"
        + f"<p>{e(t('export.made_on', lang, date=format_date(made_on, lang)))}</p>"
        + f"<p>{e(t('embed.data', lang))}: {link('csv', 'CSV')} · {link('json', 'JSON')}"
        + f" · {link('app', t('embed.open_app', lang), blank=True)}</p>"
        + "</footer>"
    )
    data = {
        "name": name,
        "year": view.year,
        "names": geometry.names,
        "years": {
            str(year): {
                "units": {
                    code: {
                        "fill": unit["fill"],
                        "missing": unit["missing"],
                        "value": unit["value"],
                        "tip": unit["tip"],
                    }
                    for code, unit in c.units.items()
                }
            }
            for year, c in content.years.items()
        },
    }
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(False)}">'
        f"<title>{e(shown.title)}</title>"
        f'<meta name="description" content="{e(shown.province)} · {e(shown.source)}">'
        f"<style>{asset('embed.css')}</style></head>"
        f'<body data-shown="{view.year}"><main>{header}{years}{figure}{legend}{table}{footer}</main>'
        f'<script type="application/json" id="bhxh-data">{_json(data)}</script>'
        f"<script>{asset('embed.js')}</script></body></html>\n"
    )


def _aria(content: YearContent, geometry: MapGeometry) -> dict[str, str]:
    """What a screen reader says for each district: its name and the tooltip's lines."""
    return {
        code: ": ".join([geometry.names[code], "; ".join(unit["tip"])])
        for code, unit in content.units.items()
    }


def _legend_items(content: YearContent) -> str:
    items = []
    for entry in content.legend:
        fill = "url(#bhxh-hatch)" if entry.get("missing") else e(entry["colour"])
        swatch = (
            '<svg width="32" height="18" aria-hidden="true" focusable="false">'
            f'<rect x="0.5" y="0.5" width="31" height="17" fill="{fill}" stroke="#888888"/></svg>'
        )
        items.append(
            f"<li>{swatch}<span>{e(entry['label'])}</span>"
            f'<span class="count">{e(entry["count_label"])}</span></li>'
        )
    return "".join(items)


_COLUMNS = ("value", "rank", "change_pp", "vs_province_pp")
NUM = ' class="num"'


def _table_head(content: ViewContent) -> str:
    lang, measure = content.lang, content.view.measure
    labels = [
        t("table.unit", lang),
        t(f"table.value.{measure}", lang),
        t("table.rank", lang),
        t("table.change", lang),
        t("table.vs_province", lang),
    ]
    cells = "".join(
        f'<th scope="col"{NUM if i else ""}>{e(label)}</th>' for i, label in enumerate(labels)
    )
    return f"<thead><tr>{cells}</tr></thead>"


def _table_body(content: YearContent, lang: str, attributes: str) -> str:
    measure = content.view.measure
    rows = []
    for row in sorted_rows(content.table).itertuples(index=False):
        name = t("province", lang) if row.is_province else row.name
        cells = "".join(
            f'<td class="num">{e(_cell(column, getattr(row, column), measure, lang))}</td>'
            for column in _COLUMNS
        )
        kind = ' class="province"' if row.is_province else ""
        rows.append(
            f'<tr{kind} data-code="{e(str(row.unit_code))}"><th scope="row">{e(str(name))}</th>{cells}</tr>'
        )
    return f"<tbody{attributes}>{''.join(rows)}</tbody>"


def _cell(column: str, value, measure: str, lang: str) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return t("legend.missing", lang) if column == "value" else ""
    if column == "rank":
        return str(int(value))
    difference = "gap" if measure != "people_needed" else measure
    return format_value(value, measure if column == "value" else difference, lang, compact=True)


def _json(data: dict) -> str:
    """JSON safe inside ``<script>``: no ``</`` can end the element, no ``<!--`` can open one."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
