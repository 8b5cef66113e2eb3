"""The map page's st.cache_data / st.cache_resource wrappers, each over a plain bhxh_geo function,
and the actuals' change signal every page keys its caches on.

The compare and district pages' wrappers are in :mod:`ui.cached_charts` and the Downloads page's
in :mod:`ui.cached_files`: they import Altair and Matplotlib, which a server that only shows the
map never needs in memory."""

from __future__ import annotations

import collections
import dataclasses
import logging
import time

import streamlit as st

from bhxh_geo import classify, coverage, demo, map_table, measures, view_text
from bhxh_geo.actuals import store
from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.district_profile import district_profile as profile_of
from bhxh_geo.districts import load_districts
from bhxh_geo.i18n import t
from bhxh_geo.indicators import YEARS
from bhxh_geo.label_placement import label_layout
from bhxh_geo.map_view import MapView
from bhxh_geo.paths import BOUNDARIES_PATH
from bhxh_geo.render import assets, folium_map
from bhxh_geo.render.folium_map import layout_payload
from ui import map_component


def boundaries_version() -> str:
    """Changes when the boundary file is rebuilt, so caches keyed on it refresh."""
    stat = BOUNDARIES_PATH.stat()
    return f"{stat.st_mtime_ns}-{stat.st_size}"


@st.cache_resource(show_spinner=False)
def labels_layout(version: str):
    """Where each district's label goes (once per boundary file, for the web map, the compare
    page's maps and the exports alike; never mutated)."""
    return label_layout(load_boundaries())


@st.cache_resource(show_spinner=False)
def base_map(version: str, key: str) -> map_component.StaticMap:
    """The constant map, rendered once per boundary file: the geometry URL the browser fetches
    and the label layout are baked into its script; a view only restyles it."""
    layout = layout_payload(labels_layout(version), load_districts())
    return map_component.render_static(folium_map.base_map(assets.publish_geometry(), layout), key)


def db_stamp() -> tuple:
    """The actuals' change signal, read by SQL from the store (:func:`store.change_stamp`): a
    cache key that changes on every import and revert. ``(database, None)`` while no database
    exists (no actuals yet); ``(database, "fault", key)`` while the store cannot be read: the
    pages then show the plan's targets, and :func:`store_notice` says why.

    The stamp's actuals and demo check are loaded here, so a fault becomes this stamp rather
    than an error inside a cached table built on it.
    """
    prepare_store()
    try:
        stamp = store.change_stamp()
        if stamp not in _LOADED:  # once per stamp: a cache hit copies the whole frame
            actuals(stamp)
            is_demo(stamp)
            _LOADED.append(stamp)
    except store.StoreError as error:
        return (store.location(), "fault", error.key)
    return stamp


_LOADED: collections.deque = collections.deque(maxlen=16)


_PREPARED: set[str] = set()
_RETRY: dict[str, float] = {}
_log = logging.getLogger("bhxh_geo.store")


def prepare_store() -> None:
    """:func:`store.prepare` once per server process and database (pending migrations, safe on
    read-only storage): the server's warm-up calls it before it listens (:mod:`ui.warm`), the
    first run otherwise; after a fault, again 30 s later."""
    where = store.location()
    if where in _PREPARED or time.monotonic() < _RETRY.get(where, 0.0):
        return
    _RETRY[where] = time.monotonic() + 30
    readiness = store.prepare()
    (_log.warning if readiness.state in ("fault", "old_schema") else _log.info)(readiness.message())
    if readiness.state != "fault":
        _PREPARED.add(where)


def _readable(stamp: tuple) -> bool:
    return len(stamp) > 2 and stamp[1] != "fault"


_NOTICES = ("busy", "corrupt", "unreachable", "old_schema", "no_server_db")


def store_notice(stamp: tuple, lang: str) -> str | None:
    """Why the actuals are not shown (a fault of the store), or None; no path, no detail."""
    if len(stamp) != 3 or stamp[1] != "fault":
        return None
    return t("actuals.unavailable", lang, what=fault_name(stamp[2], lang))


def fault_name(key: str, lang: str) -> str:
    """A fault of the store as visitors read it ("the database is busy"): no path, no detail."""
    return t(f"actuals.fault.{key}" if key in _NOTICES else "actuals.fault.failed", lang)


@st.cache_data(show_spinner=False, max_entries=4)
def actuals(stamp: tuple):
    """Current actuals (latest batch not reverted); empty before any import or during a fault."""
    return store.current_actuals() if _readable(stamp) else measures.empty_actuals()


@st.cache_data(show_spinner=False, max_entries=4)
def is_demo(stamp: tuple) -> bool:
    return _readable(stamp) and demo.is_demo_db()


@st.cache_data(show_spinner=False, max_entries=512)
def coverage_table(view: MapView, stamp: tuple):
    return coverage.coverage_table(
        view.year, view.indicator, view.measure, actuals(stamp), view.period
    )


@st.cache_data(show_spinner=False, max_entries=256)
def table_html(view: MapView, lang: str, selected: str | None, sort: str, stamp: tuple) -> str:
    return map_table.table_html(coverage_table(view, stamp), view.measure, lang, selected, sort)


@st.cache_data(show_spinner=False, max_entries=128)
def table_csv(view: MapView, lang: str, stamp: tuple) -> bytes:
    return map_table.table_csv(coverage_table(view, stamp), view, lang)


@st.cache_data(show_spinner=False, max_entries=128)
def classes(view: MapView, stamp: tuple) -> classify.Classes:
    return coverage.fixed_classes(
        view.indicator, view.scheme, view.measure, actuals(stamp), view.period
    )


@st.cache_resource(show_spinner=False, max_entries=256)
def view_summary(view: MapView, lang: str, stamp: tuple) -> view_text.ViewSummary:
    """Heading, source, legend and whether there is anything to share: one lookup per run,
    frozen and shared by every session (a cache resource is never copied)."""
    any_year_reported = view.measure != "target" and any(
        coverage_table(dataclasses.replace(view, year=year), stamp)["value"].notna().any()
        for year in YEARS
    )
    return view_text.view_summary(
        view, coverage_table(view, stamp), classes(view, stamp), lang, bool(any_year_reported)
    )


@st.cache_data(show_spinner=False, max_entries=128)
def year_payloads(view: MapView, lang: str, selected: str | None, stamp: tuple) -> dict[int, dict]:
    return folium_map.year_payloads(view, lang, selected, actuals(stamp))


def map_script(
    view: MapView, lang: str, selected: str | None, stamp: tuple, present: bool = False
) -> str:
    """The map's restyling script. Its payloads are cached whatever the year shown, so the
    rerun after a click on a year button recomputes none of them."""
    every_year = dataclasses.replace(view, year=YEARS[-1])
    return folium_map.style_script(
        year_payloads(every_year, lang, selected, stamp), view.year, lang, present
    )


@st.cache_data(show_spinner=False, max_entries=64)
def district_profile(code: str, stamp: tuple):
    return profile_of(code, actuals(stamp))
