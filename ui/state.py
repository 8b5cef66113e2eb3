"""Session-state and query-parameter keys, their defaults, and the URL of every view.

The URL carries codes (``?year=2024&indicator=bhtn&scheme=quantiles&district=628&sort=name&lang=en``),
not the widgets' labels, so a link made in Vietnamese opens the same view in English. A widget's
default is the URL's value (invalid values fall back to the default), else the value last chosen
in this session (the URL is emptied when another page opens). Widgets are keyed, and with a key
Streamlit ignores later changes of the default, so a widget never resets under the user. After the
widgets have run, the URL is rewritten from their values, defaults left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import streamlit as st

from bhxh_geo.classify import DEFAULT_SCHEME, SCHEMES
from bhxh_geo.districts import district_codes
from bhxh_geo.i18n import DEFAULT_LANG, LANGS
from bhxh_geo.indicators import BHXH, INDICATORS, YEARS
from bhxh_geo.map_table import DEFAULT_SORT, SORTS
from bhxh_geo.map_view import BRIEFING_ORDER, MapView
from bhxh_geo.measures import MEASURES, PERIODS

YEAR = "year"
INDICATOR = "indicator"
SCHEME = "scheme"
MEASURE = "measure"
PERIOD = "period"
LANG = "lang"
DISTRICT = "district"
SORT = "sort"
PRESENT = "present"
MAP_KEY = "district_map"
_REMEMBERED = "_view"

DEFAULT_YEAR = YEARS[-1]
DEFAULT_INDICATOR = BHXH
DEFAULTS = {
    YEAR: DEFAULT_YEAR,
    INDICATOR: DEFAULT_INDICATOR,
    MEASURE: "target",
    PERIOD: "full",
    SCHEME: DEFAULT_SCHEME,
    LANG: DEFAULT_LANG,
    SORT: DEFAULT_SORT,
}


def _choice(options) -> Callable[[str], object]:
    by_text = {str(option): option for option in options}
    return lambda text: by_text.get(text)


_PARSERS = {
    YEAR: _choice(YEARS),
    INDICATOR: _choice(INDICATORS),
    SCHEME: _choice(SCHEMES),
    MEASURE: _choice(MEASURES),
    PERIOD: _choice(PERIODS),
    LANG: _choice(LANGS),
    DISTRICT: _choice(district_codes()),
    SORT: _choice(SORTS),
}


def parse(key: str, text: str):
    """``text`` as a valid value for ``key`` (``"2024"`` → 2024), or None."""
    return _PARSERS[key](str(text))


def from_url(key: str):
    """The URL's valid value for ``key``, else its default (``None`` for the district)."""
    value = parse(key, st.query_params.get(key, ""))
    return DEFAULTS.get(key) if value is None else value


def initial(key: str):
    """The value a widget starts from: the URL's, else this session's last, else the default."""
    if key in st.query_params:
        return from_url(key)
    return st.session_state.get(_REMEMBERED, {}).get(key, DEFAULTS.get(key))


def write_url(**values) -> None:
    """Put the view into the query string (defaults left out) and remember it for this session."""
    st.session_state.setdefault(_REMEMBERED, {}).update(values)
    for key, value in values.items():
        if value is None or value == DEFAULTS.get(key):
            st.query_params.pop(key, None)
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)


def initial_view() -> MapView:
    """The view the map opens on: from the URL, else this session's last, else the defaults."""
    measure = initial(MEASURE)
    return MapView(
        initial(YEAR),
        initial(INDICATOR),
        measure,
        initial(PERIOD) if measure != "target" else "full",
        initial(SCHEME),
    )


def current_view() -> MapView:
    """The view this run shows, before its widgets are drawn: the widgets' values from the
    click that started the run (kept in session state under their keys), else :func:`initial_view`.

    Reading them first lets a page draw the map before the widgets, so the map's new colours
    are the first thing the browser receives."""
    start = initial_view()

    def value(key, fallback):
        chosen = st.session_state.get(key)
        return fallback if chosen is None else chosen

    measure = value(MEASURE, start.measure)
    period = value(PERIOD, start.period) if measure != "target" else "full"
    return MapView(
        value(YEAR, start.year),
        value(INDICATOR, start.indicator),
        measure,
        period,
        value(SCHEME, start.scheme),
    )


def write_view(view: MapView) -> None:
    """Put ``view`` in the URL and this session's memory (widgets start from there)."""
    write_url(
        year=view.year,
        indicator=view.indicator,
        measure=view.measure,
        period=view.period,
        scheme=view.scheme,
    )


def presenting() -> bool:
    """``?present=1``: presentation mode."""
    return st.query_params.get(PRESENT) == "1"


def slide_view() -> MapView:
    """The view a presentation shows: the one the URL names, else the first of the briefing
    (its first indicator in its first year), whatever this session looked at last."""
    if YEAR in st.query_params or INDICATOR in st.query_params:
        return initial_view()
    first_indicator, first_year = BRIEFING_ORDER[0]
    return replace(initial_view(), year=first_year, indicator=first_indicator)


def write_slide(view: MapView) -> None:
    """Put a presentation's view in the URL with its year and indicator always written, so a
    reload (or the link) reopens that slide rather than the first."""
    write_view(view)
    st.query_params[YEAR] = str(view.year)
    st.query_params[INDICATOR] = view.indicator


def lang() -> str:
    """The language of this run, also before the picker (drawn last) has run: the picker's value
    from the click that started the run, else the URL's, else this session's last, else vi."""
    return st.session_state.get(LANG) or initial(LANG)
