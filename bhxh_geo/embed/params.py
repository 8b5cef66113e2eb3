"""The view a published page shows, read from URL parameters or a file name, and its names.

The parameters are the app's (``year, indicator, measure, period, scheme, lang``); a bad value
is refused with every allowed value listed. Each file a view publishes has one name, used alike
by the server's routes and by the static site, so a page's relative links work in both.

Examples
--------
>>> view, lang = parse_query({"indicator": "bhtn", "lang": "en"})
>>> view.year, view.indicator, lang, embed_name(view, lang)
(2025, 'bhtn', 'en', 'bhtn-target-full-natural_breaks-en')
>>> parse_name("embed", "bhtn-target-full-natural_breaks-en") == (view, lang)
True
"""

from __future__ import annotations

import dataclasses
import urllib.parse
from collections.abc import Iterator, Mapping

from bhxh_geo.classify import DEFAULT_SCHEME, SCHEMES
from bhxh_geo.i18n import DEFAULT_LANG, LANGS, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.map_view import MapView
from bhxh_geo.measures import MEASURES, PERIODS

PARAMS = ("year", "indicator", "measure", "period", "scheme", "lang")
ALLOWED: dict[str, tuple[str, ...]] = {
    "year": tuple(str(y) for y in YEARS),
    "indicator": INDICATORS,
    "measure": MEASURES,
    "period": PERIODS,
    "scheme": SCHEMES,
    "lang": LANGS,
}
DEFAULTS = {
    "year": str(YEARS[-1]),
    "indicator": INDICATORS[0],
    "measure": "target",
    "period": "full",
    "scheme": DEFAULT_SCHEME,
    "lang": DEFAULT_LANG,
}
# The parts of each published file's name, in order (joined by "-"; no code holds a "-").
NAME_PARTS = {
    "embed": ("indicator", "measure", "period", "scheme", "lang"),
    "card": ("year", "indicator", "measure", "period", "scheme", "lang"),
    "share": ("year", "indicator", "measure", "period", "scheme", "lang"),
    "json": ("year", "indicator", "measure", "period"),
    "csv": ("year", "indicator"),
}


class ParamError(ValueError):
    """Parameters that name no view; the message lists each bad one with the allowed values."""


def parse_query(query: Mapping[str, str]) -> tuple[MapView, str]:
    """The view and language of URL parameters (missing ones take the app's defaults).

    Parameters other than the six are ignored (a link shared on a social network gains some).
    Raises :class:`ParamError` naming every bad parameter and its allowed values.
    """
    values = {name: str(query.get(name, DEFAULTS[name])).strip() for name in PARAMS}
    return _view(values)


def parse_name(kind: str, name: str) -> tuple[MapView, str]:
    """The view and language of a published file's name (see :data:`NAME_PARTS`)."""
    parts = NAME_PARTS[kind]
    pieces = name.split("-")
    if len(pieces) != len(parts):
        raise ParamError(
            t(
                "publish.error.name",
                DEFAULT_LANG,
                name=name,
                pattern="-".join(p.upper() for p in parts),
            )
        )
    return _view({**DEFAULTS, **dict(zip(parts, pieces))})


def _view(values: dict[str, str]) -> tuple[MapView, str]:
    lang = values["lang"] if values["lang"] in LANGS else DEFAULT_LANG
    problems = [
        t("publish.error.param", lang, name=name, value=value, allowed=", ".join(ALLOWED[name]))
        for name, value in values.items()
        if value not in ALLOWED[name]
    ]
    if not problems and values["measure"] == "target" and values["period"] != "full":
        problems.append(t("publish.error.target_period", lang))
    if problems:
        raise ParamError("\n".join(problems))
    view = MapView(
        int(values["year"]),
        values["indicator"],
        values["measure"],
        values["period"],
        values["scheme"],
    )
    return view, values["lang"]


def _parts(view: MapView, lang: str) -> dict[str, str]:
    return {
        "year": str(view.year),
        "indicator": view.indicator,
        "measure": view.measure,
        "period": view.period,
        "scheme": view.scheme,
        "lang": lang,
    }


def file_name(kind: str, view: MapView, lang: str = DEFAULT_LANG) -> str:
    """The name (without suffix) of the ``kind`` file of ``view``: ``2025-bhxh`` for a CSV."""
    parts = _parts(view, lang)
    return "-".join(parts[name] for name in NAME_PARTS[kind])


def embed_name(view: MapView, lang: str) -> str:
    """The embed page's name: one page per view and language, the three years inside."""
    return file_name("embed", view, lang)


def query_string(view: MapView, lang: str) -> str:
    """``year=2025&indicator=bhxh&…&lang=vi``: the view in the app's URL parameters."""
    return urllib.parse.urlencode(_parts(view, lang))


def app_link(app_url: str, view: MapView, lang: str) -> str:
    """The app's map page showing ``view`` (``app_url`` is the app's root, ending in ``/``)."""
    return f"{app_url}?{query_string(view, lang)}"


def every_view(
    lang: str | None = None, scheme: str = DEFAULT_SCHEME
) -> Iterator[tuple[MapView, str]]:
    """Every page a site publishes: indicators × measures × periods × languages (targets have
    the full year only), each at the last year (the page holds all three)."""
    for view_lang in (lang,) if lang else LANGS:
        for indicator in INDICATORS:
            for measure in MEASURES:
                for period in PERIODS if measure != "target" else ("full",):
                    yield MapView(YEARS[-1], indicator, measure, period, scheme), view_lang


def with_year(view: MapView, year: int) -> MapView:
    return dataclasses.replace(view, year=year)
