"""Reading what AppTest rendered: the map component's arguments and the table of districts."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from streamlit.testing.v1 import AppTest

from bhxh_geo.paths import ROOT
from ui import map_first


def open_app(query: dict | None = None, timeout: float = 60, map_drawn: bool = True) -> AppTest:
    """The app opened at ``query``; on the map page, as it stands once the browser has drawn the
    map (``map_drawn=False``: as the page open sends it, the map with the controls and title)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    return after_map_drawn(at) if map_drawn else at


def map_waiting(at: AppTest) -> bool:
    """The map page was sent without its legend and table: it waits for its map."""
    return map_first.WAIT_STARTED in at.session_state and map_first.DRAWN not in at.session_state


def after_map_drawn(at: AppTest) -> AppTest:
    """The page as the browser has it once a waiting map has reported its colours painted (what
    ``district_map.js``'s report does); any other page as it is."""
    if map_waiting(at):
        at.session_state[map_first.DRAWN] = True
        at.run()
    return at


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


class _TableParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows: list[dict] = []
        self.headers: list[dict] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and "data-code" in attrs:
            value = attrs.get("data-value")
            self.rows.append(
                {
                    "code": attrs["data-code"],
                    "value": None if value is None else float(value),
                    "class": attrs.get("class", ""),
                    "cells": [],
                }
            )
        elif tag in ("td", "th"):
            self._cell = []
            if tag == "th" and attrs.get("scope") == "col":
                self.headers.append({"sort": attrs.get("aria-sort")})

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            text = "".join(self._cell)
            if self.rows:
                self.rows[-1]["cells"].append(text)
            else:
                self.headers[-1]["text"] = text
            self._cell = None


def district_table(at: AppTest) -> tuple[list[dict], list[dict]]:
    """The map page's table of districts: its rows (code, raw value, class, cell texts) and headers."""
    tables = [h.value for h in at.html if "bhxh-district-table" in h.value]
    assert len(tables) == 1, len(tables)
    parser = _TableParser()
    parser.feed(tables[0])
    return parser.rows, parser.headers
