"""Reading what AppTest rendered: the map component's arguments and the district table."""

from __future__ import annotations

import json
import re

from streamlit.testing.v1 import AppTest

from bhxh_geo.paths import ROOT


def open_app(query: dict | None = None, timeout: float = 60) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def map_args(at: AppTest) -> dict:
    """The JSON arguments of the streamlit-folium component (AppTest does not know the element)."""
    components = [e for e in at.main if type(e).__name__ == "UnknownElement" and e.proto.json_args]
    assert len(components) == 1, [type(e).__name__ for e in at.main]
    return json.loads(components[0].proto.json_args)


def map_options(at: AppTest) -> dict:
    """What the restyling script hands to district_map.js: every year's payload and the year shown."""
    group = map_args(at)["feature_group"]
    match = re.search(r"window\.bhxhMap\.show\((\{.*\})\);", group, re.S)
    assert match, group[:500]
    return json.loads(match.group(1))


def map_payload(at: AppTest) -> dict:
    """The payload of the year the map shows."""
    options = map_options(at)
    return options["views"][str(options["year"])]
