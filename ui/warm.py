"""What the server prepares before it takes its first visitor (``server.py``'s lifespan).

The first page open after a start used to pay for everything done once per process: importing
pandas, GeoPandas, folium and the map page's modules; loading the boundaries and laying out
their labels; rendering the base map; the default view's coverage, classes, restyling script and
table; the migrations. :func:`warm_up` does all of it before the server listens, by calling the
very functions a page run calls: the ``st.cache_data`` / ``st.cache_resource`` wrappers of
:mod:`ui.cached`, which Streamlit's runtime (started before the lifespan) serves to every session
afterwards. It ends by freezing the long-lived objects out of the garbage collector's reach
(:mod:`ui.memory`), as the first run would.

One thing differs from a run: streamlit-folium declares its component when it is imported, and
Streamlit registers a component only when it is declared inside a session's run. Imported here,
before any session, the map's frame would answer 404 for good (the module is not imported
again). :func:`_register_components` registers it the way that import inside a run would, with
the registry accessor Streamlit keeps for components (``ComponentRegistry.instance()``); a
browser test opens the map on a fresh server and fails loudly should an upgrade change this.

A failure here is logged and the server starts anyway: a page then shows its own message
(boundaries missing, database locked) to the visitor, as it would without the warm-up.
"""

from __future__ import annotations

import importlib
import logging
import time

log = logging.getLogger("bhxh_geo.warm")
# Streamlit warns once that this thread has no session ("missing ScriptRunContext! This warning
# can be ignored…"): true and expected here, so kept out of the server's log. Should the logger
# be renamed in an upgrade, the warning merely shows again.
_STREAMLIT_CONTEXT_LOG = "streamlit.runtime.scriptrunner_utils.script_run_context"

# What the map page (the URL ``/``) imports, heavy first; importing them here is what its first
# run would do. The other pages' own libraries wait for their first visit: Altair (compare,
# district), Matplotlib (Downloads), openpyxl and the officers (import). Each would add tens of
# MB to every server's memory for pages fewer people open (tests/test_server_imports.py).
MODULES = (
    "pandas",
    "geopandas",
    "shapely",
    "folium",
    "streamlit_folium",
    "ui.cached",
    "ui.components",
    "ui.map_component",
    "ui.map_first",
    "ui.memory",
    "ui.router",
    "ui.state",
)


def warm_up() -> dict[str, float]:
    """Prepare imports, caches and the base map; return the seconds each step took."""
    steps: dict[str, float] = {}

    def step(name, action):
        start = time.perf_counter()
        try:
            action()
        except Exception:  # the page will show its own message; the server starts anyway
            log.exception("warm-up step %r failed", name)
        steps[name] = time.perf_counter() - start

    quiet = _NoSessionWarning()
    logging.getLogger(_STREAMLIT_CONTEXT_LOG).addFilter(quiet)
    try:
        step("notices", _notices)
        step("migrations", _migrate)
        step("imports", lambda: [importlib.import_module(name) for name in MODULES])
        step("components", _register_components)
        step("base map", _base_map)
        step("default view", _default_view)
        step("freeze", _freeze)
    finally:
        logging.getLogger(_STREAMLIT_CONTEXT_LOG).removeFilter(quiet)
    log.info(
        "warm in %.1f s (%s)",
        sum(steps.values()),
        ", ".join(f"{name} {seconds:.2f} s" for name, seconds in steps.items()),
    )
    return steps


class _NoSessionWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "missing ScriptRunContext" not in record.getMessage()


def _notices() -> None:
    from bhxh_geo import officers  # small: the import page's heavy parts stay unimported

    notice = officers.legacy_password_notice()
    if notice:
        log.warning(notice)


def _migrate() -> None:
    from ui import cached

    # The same once-per-process step a first run would take (pending migrations; nothing
    # created on a fresh install, safe on read-only storage), logged there.
    cached.prepare_store()


def _register_components() -> None:
    import streamlit_folium
    from streamlit.components.v1.component_registry import ComponentRegistry

    ComponentRegistry.instance().register_component(streamlit_folium._component_func)


def _base_map() -> None:
    from ui import cached, state

    cached.base_map(cached.boundaries_version(), state.MAP_KEY)


def _default_view() -> None:
    """The caches the map page's default view fills, in both languages (the URL ``/``), for
    each of its years."""
    from bhxh_geo.indicators import YEARS
    from bhxh_geo.map_table import DEFAULT_SORT
    from bhxh_geo.map_view import MapView
    from ui import cached, state

    stamp = cached.db_stamp()
    cached.is_demo(stamp)
    # Every year: the year buttons on the map are the first thing a visitor clicks.
    for year in YEARS:
        view = MapView(
            year,
            state.DEFAULT_INDICATOR,
            state.DEFAULTS[state.MEASURE],
            state.DEFAULTS[state.PERIOD],
            state.DEFAULTS[state.SCHEME],
        )
        cached.coverage_table(view, stamp)
        cached.classes(view, stamp)
        for lang in ("vi", "en"):
            cached.view_summary(view, lang, stamp)
            cached.map_script(view, lang, None, stamp)
            cached.table_html(view, lang, None, DEFAULT_SORT, stamp)
            # The table's CSV is built when someone clicks for it (ui.components.district_table).


def _freeze() -> None:
    from ui import memory

    memory.freeze_long_lived()
