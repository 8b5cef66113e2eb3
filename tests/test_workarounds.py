"""Every internal of a dependency the app relies on, checked where an upgrade would break it.

Each workaround lives in one module; each test here names the internal and that module, so an
upgrade of Streamlit or streamlit-folium that breaks one fails with a message saying what to
revisit instead of a blank map or a page that runs twice.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
import streamlit_folium as sf
from streamlit.runtime.pages_manager import PagesManager

from bhxh_geo.paths import ROOT
from bhxh_geo.render.folium_map import base_map
from ui import map_component

FOLIUM_INTERNALS = (
    "_get_html",
    "_get_header",
    "_get_map_string",
    "_component_func",
    "get_full_id",
    "generate_js_hash",
)


@pytest.mark.parametrize("name", FOLIUM_INTERNALS)
def test_streamlit_folium_still_has_what_the_map_component_calls(name):
    assert callable(getattr(sf, name, None)), (
        f"streamlit_folium.{name} is gone: ui/map_component.py relies on it"
    )


class _Recorder:
    def __init__(self):
        self.calls: list[dict] = []

    def __call__(self, **kwargs):
        self.calls.append(kwargs)
        return kwargs.get("default")


@pytest.fixture
def recorded(monkeypatch):
    """The arguments st_folium and our component each hand to the component function."""
    recorder = _Recorder()
    monkeypatch.setattr(sf, "_component_func", recorder)
    key = "district_map"
    sf.st_folium(
        base_map("/app/static/geo.json", {}),
        key=key,
        height=600,
        width=None,
        returned_objects=list(map_component.RETURNED),
        on_change=lambda: None,
    )
    static = map_component.render_static(base_map("/app/static/geo.json", {}), key)
    map_component.district_map(static, "/* restyle */", key, 600, lambda: None)
    theirs, ours = recorder.calls
    return theirs, ours


def test_the_map_component_passes_the_arguments_st_folium_passes(recorded):
    theirs, ours = recorded
    assert set(ours) == set(theirs), (
        "st_folium now calls streamlit_folium._component_func with other arguments "
        f"({sorted(set(theirs) ^ set(ours))}): ui/map_component.district_map must pass the same"
    )
    for name in ("script", "header", "html", "id", "key", "height", "width", "returned_objects"):
        assert ours[name] == theirs[name], (
            f"st_folium now builds {name!r} otherwise: ui/map_component.render_static copies "
            "streamlit_folium's _get_html/_get_header/_get_map_string/generate_js_hash steps"
        )
    assert ours["css_links"] == theirs["css_links"] and ours["js_links"] == theirs["js_links"]


def test_the_unclicked_default_has_st_folium_default_keys_in_its_order(recorded):
    theirs, ours = recorded
    assert list(ours["default"]) == list(theirs["default"]), (
        "st_folium's default for the returned objects changed its keys or their order: "
        "ui/map_component.UNCLICKED must match, or every page open runs twice"
    )


def _frontend_script() -> str:
    build = Path(sf.__file__).parent / "frontend" / "build" / "static" / "js"
    scripts = sorted(build.glob("main.*.js"))
    assert scripts, f"streamlit-folium's frontend bundle is not at {build}: ui/map_component.py"
    return scripts[0].read_text(encoding="utf-8")


def test_the_frontend_starts_where_unclicked_says():
    # The component sends its state back whenever its JSON text differs from the default it was
    # given: UNCLICKED must be the state its script starts in, values and key order alike.
    script = _frontend_script()
    start = re.search(r"__GLOBAL_DATA__=\{(.*?)\}", script, re.S)
    assert start, "streamlit-folium's frontend no longer sets window.__GLOBAL_DATA__"
    initial = start.group(1)
    for name, value in map_component.UNCLICKED.items():
        text = "null" if value is None else str(value)
        assert f"{name}:{text}" in initial, (
            f"streamlit-folium's frontend no longer starts with {name}={text}: "
            "ui/map_component.UNCLICKED must be its unclicked state, or every page open runs twice"
        )
    state = re.search(r"function updateComponentValue\(.*?\{(.*?)\}", script, re.S)
    assert state, "streamlit-folium's frontend no longer has updateComponentValue"
    order = [state.group(1).find(f"{name}:") for name in map_component.UNCLICKED]
    assert -1 not in order and order == sorted(order), (
        "streamlit-folium's frontend now returns its state in another key order: "
        "ui/map_component.UNCLICKED must follow it, or every page open runs twice"
    )


def test_streamlit_still_decides_the_pages_mode_by_the_class_attribute():
    assert "uses_pages_directory" in vars(PagesManager), (
        "streamlit.runtime.pages_manager.PagesManager.uses_pages_directory is gone: "
        "ui/router.ensure_router relies on it to leave the old pages/ mode"
    )
    saved = PagesManager.uses_pages_directory
    try:
        PagesManager.uses_pages_directory = None
        PagesManager(str(ROOT / "app.py"), setup_watcher=False)
        assert PagesManager.uses_pages_directory is True, (
            "Streamlit no longer enters its pages/ mode for a pages/ folder beside app.py: "
            "ui/router.ensure_router may be dropped"
        )
    finally:
        PagesManager.uses_pages_directory = saved


def test_the_script_runner_still_reads_the_mode_from_the_class():
    from streamlit.runtime.scriptrunner import script_runner

    assert "PagesManager.uses_pages_directory" in inspect.getsource(script_runner), (
        "Streamlit's script runner no longer reads PagesManager.uses_pages_directory: "
        "ui/router.ensure_router's switch has no effect any more"
    )


def test_pytest_xdist_still_schedules_by_the_scope_our_scheduler_overrides():
    from xdist.scheduler import LoadFileScheduling

    assert "_split_scope" in vars(LoadFileScheduling), (
        "xdist.scheduler.LoadFileScheduling._split_scope is gone: tests/conftest.py "
        "(pytest_xdist_make_scheduler) relies on it to keep the browser tests on one worker"
    )
    source = inspect.getsource(inspect.getmodule(LoadFileScheduling.__mro__[1]))
    assert "self._split_scope(" in source, (
        "pytest-xdist's scope scheduler no longer calls _split_scope: tests/conftest.py "
        "(pytest_xdist_make_scheduler) no longer keeps the browser tests on one worker"
    )
