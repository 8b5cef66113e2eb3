"""A static site of every view: the embed pages, their data and cards, and an index, in a folder
any web server or CDN can host (``python -m bhxh_geo publish -o DIR``).

The files are the server's (:mod:`bhxh_geo.embed.render`), byte for byte, under the same names::

    DIR/index.html                      every page, its data and cards; the embed snippet
    DIR/embed/<name>.html               one page per indicator × measure × period × language
    DIR/data/targets.csv                all 216 targets of the plan
    DIR/data/<year>-<indicator>.csv     export table's rows of a year and indicator
    DIR/data/<year>-…-<period>.json     a view's figures and rows, with their sources
    DIR/card/<year>-…-<lang>.png        the 1200×630 card of each year of each page
    DIR/share/<year>-…-<lang>.html      share pages (Open Graph), when the site's URL is given

A reported measure with nothing imported for any year is not published (the index says
which); a year with nothing imported gets no card. Nothing is invented.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from bhxh_geo.embed import params, render, snapshot
from bhxh_geo.embed.content import NoFigures
from bhxh_geo.embed.page import csp_hash
from bhxh_geo.embed.snippet import embed_snippet
from bhxh_geo.export_formats import ExportError
from bhxh_geo.i18n import DEFAULT_LANG, LANGS, indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.map_view import MapView

e = html.escape
INDEX_STYLE = (
    "body{font:16px/1.5 'DejaVu Sans',Arial,sans-serif;margin:0;color:#111;background:#fff}"
    "main{max-width:1100px;margin:0 auto;padding:16px}"
    "@media (prefers-color-scheme:dark){body{color:#ececec;background:#121212}a{color:#8ab8ff}}"
    "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #999;padding:4px 6px;"
    "text-align:left;vertical-align:top}pre{white-space:pre-wrap;word-break:break-all;"
    "border:1px solid #999;padding:8px}"
)


@dataclass
class Site:
    """What :func:`publish` wrote (paths relative to the folder) and what it skipped."""

    folder: Path
    pages: list[str] = field(default_factory=list)
    cards: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    shares: list[str] = field(default_factory=list)
    skipped: list[tuple[MapView, str]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(
            (self.folder / name).stat().st_size
            for name in [*self.pages, *self.cards, *self.files, *self.shares, "index.html"]
        )


def publish(
    folder: Path | str,
    app_url: str,
    site_url: str | None = None,
    db: Path | str | None = None,
    cards: bool = True,
) -> Site:
    """Write every view to ``folder``; ``app_url`` is the live app's address (the pages link
    to it), ``site_url`` where the folder will be served from (needed for share pages, whose
    card addresses must be absolute; none are written without it). ``cards=False`` leaves out
    the cards and share pages (a site for embedding only, written in seconds)."""
    app_url, site_url = _slash(app_url), _slash(site_url) if site_url else None
    folder = Path(folder)
    snapshot.forget()  # the figures as they are now, not as a server last saw them
    snap = snapshot.current(db)
    site = Site(folder)

    def write(name: str, rendered: render.Rendered, into: list[str]) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rendered.body)
        into.append(name)

    write("data/targets.csv", render.targets_csv(snap), site.files)
    for year in YEARS:
        for indicator in INDICATORS:
            view = MapView(year, indicator)
            write(
                f"data/{params.file_name('csv', view)}.csv", render.view_csv(view, snap), site.files
            )
    jsons: set[str] = set()
    for view, lang in params.every_view():
        try:
            page = render.embed(view, lang, app_url, snap)
        except NoFigures:
            site.skipped.append((view, lang))
            continue
        write(f"embed/{params.embed_name(view, lang)}.html", page, site.pages)
        for year in YEARS:
            year_view = params.with_year(view, year)
            name = f"data/{params.file_name('json', year_view)}.json"
            if name not in jsons:
                jsons.add(name)
                write(name, render.view_json(year_view, snap), site.files)
            if not cards:
                continue
            try:
                card = render.card_png(year_view, lang, snap)
            except ExportError:
                continue  # nothing imported for this year: no card of "no data"
            write(f"card/{params.file_name('card', year_view, lang)}.png", card, site.cards)
            if site_url:
                share = render.share_page(year_view, lang, site_url, app_url, snap)
                write(
                    f"share/{params.file_name('share', year_view, lang)}.html", share, site.shares
                )
    (folder / "index.html").write_text(index_page(site, site_url), encoding="utf-8")
    return site


def _slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def index_page(site: Site, site_url: str | None, lang: str = DEFAULT_LANG) -> str:
    """The folder's front page: the snippet, then each language's pages with their files."""
    first = site.pages[0] if site.pages else "embed/…"
    src = f"{site_url}{first}" if site_url else f"https://…/{first}"
    snippet = embed_snippet(src, t("publish.index.title", lang))
    sections = []
    for page_lang in LANGS:
        rows = []
        for view, view_lang in params.every_view(page_lang):
            name = f"embed/{params.embed_name(view, view_lang)}.html"
            if name not in site.pages:
                continue
            label = " · ".join(
                [
                    indicator_label(view.indicator, view_lang),
                    t(f"measure.{view.measure}", view_lang),
                    t(f"period.{view.period}", view_lang),
                ]
            )
            files = []
            for year in YEARS:
                year_view = params.with_year(view, year)
                links = [f'<a href="data/{params.file_name("json", year_view)}.json">JSON</a>']
                card = f"card/{params.file_name('card', year_view, view_lang)}.png"
                if card in site.cards:
                    links.append(f'<a href="{card}">PNG</a>')
                share = f"share/{params.file_name('share', year_view, view_lang)}.html"
                if share in site.shares:
                    links.append(f'<a href="{share}">Share</a>')
                files.append(f"{year}: " + " ".join(links))
            rows.append(
                f'<tr><td><a href="{name}">{e(label)}</a></td><td>{" · ".join(files)}</td></tr>'
            )
        skipped = [
            " · ".join(
                [
                    indicator_label(v.indicator, lg),
                    t(f"measure.{v.measure}", lg),
                    t(f"period.{v.period}", lg),
                ]
            )
            for v, lg in site.skipped
            if lg == page_lang
        ]
        note = (
            f"<p>{e(t('publish.index.skipped', page_lang, views='; '.join(skipped)))}</p>"
            if skipped
            else ""
        )
        sections.append(
            f'<section lang="{page_lang}"><h2>{e(t(f"lang.{page_lang}", page_lang))}</h2>'
            f"<table><tbody>{''.join(rows)}</tbody></table>{note}</section>"
        )
    data = " · ".join(
        f'<a href="data/{params.file_name("csv", MapView(y, i))}.csv">{y} {e(indicator_label(i, lang, short=True))}</a>'
        for y in YEARS
        for i in INDICATORS
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {csp_hash(INDEX_STYLE)}; img-src 'self'\">"
        f"<title>{e(t('publish.index.title', lang))}</title><style>{INDEX_STYLE}</style></head>"
        f"<body><main><h1>{e(t('publish.index.title', lang))}</h1>"
        f"<p>{e(t('publish.index.intro', lang))}</p>"
        f"<h2>{e(t('publish.index.snippet', lang))}</h2><pre><code>{e(snippet)}</code></pre>"
        f'<p><a href="data/targets.csv">{e(t("publish.index.all_targets", lang))}</a> · {data}</p>'
        f"{''.join(sections)}<p>{e(t('source.plan', lang))}</p>"
        f"<p>{e(t('note.districts_2025', lang))}</p></main></body></html>\n"
    )
