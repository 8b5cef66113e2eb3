"""The embed page's map: the app's districts, classes, colours and label layout, as SVG."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.districts import district_codes
from bhxh_geo.embed import render, snapshot
from bhxh_geo.embed.content import view_content
from bhxh_geo.embed.page import embed_page
from bhxh_geo.embed.svg_map import map_geometry
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.label_placement import label_layout
from bhxh_geo.map_view import MapView
from bhxh_geo.render.map_data import project_places
from bhxh_geo.view_text import format_value
from tests.web.conftest import HOSTILE_SOURCE


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)

    def handle_data(self, data):
        if self._script is not None:
            self.scripts.append((self._script, data))
            self._script = None

    def districts(self) -> dict[str, dict]:
        return {a["data-code"]: a for tag, a in self.tags if tag == "path" and "data-code" in a}

    def data(self) -> dict:
        return json.loads(next(text for a, text in self.scripts if a.get("id") == "bhxh-data"))


@pytest.fixture(scope="module")
def geometry(boundaries):
    return map_geometry(boundaries, label_layout(boundaries))


def page_of(view: MapView, lang: str, geometry, actuals=None) -> Elements:
    return Elements(embed_page(view_content(view, lang, actuals), geometry, "http://app.test/"))


@pytest.mark.parametrize("indicator", INDICATORS)
def test_17_districts_each_filled_with_the_apps_class_colour_for_every_year(indicator, geometry):
    classes = fixed_classes(indicator)
    for year in YEARS:
        page = page_of(MapView(year, indicator), "vi", geometry)
        districts = page.districts()
        assert sorted(districts) == sorted(district_codes())
        table = coverage_table(year, indicator).set_index("unit_code")
        for code, attributes in districts.items():
            expected = classes.colour_of(table.loc[code, "value"])
            assert attributes["fill"] == expected, (year, code)
            assert attributes["tabindex"] == "0" and attributes["aria-label"].startswith(
                geometry.names[code]
            )
        # The page also carries the other two years, for its buttons, with the same colours.
        for other in YEARS:
            units = page.data()["years"][str(other)]["units"]
            other_table = coverage_table(other, indicator).set_index("unit_code")
            assert {c: u["fill"] for c, u in units.items()} == {
                c: classes.colour_of(other_table.loc[c, "value"]) for c in district_codes()
            }


def test_labels_sit_where_the_apps_layout_puts_them(boundaries, geometry):
    layout = label_layout(boundaries)
    places = project_places(layout)
    page = page_of(MapView(2025, "bhxh"), "vi", geometry)
    texts = {a["data-code"]: a for tag, a in page.tags if tag == "text"}
    assert sorted(texts) == sorted(district_codes())
    # One SVG unit per metre/metres_per_pixel: distances between labels keep the layout's ratios.
    pleiku, ayun_pa = "622", "624"
    metres = (
        (places.loc[pleiku].label_x - places.loc[ayun_pa].label_x) ** 2
        + (places.loc[pleiku].label_y - places.loc[ayun_pa].label_y) ** 2
    ) ** 0.5
    svg_units = (
        (geometry.places[pleiku].label[0] - geometry.places[ayun_pa].label[0]) ** 2
        + (geometry.places[pleiku].label[1] - geometry.places[ayun_pa].label[1]) ** 2
    ) ** 0.5
    from bhxh_geo.label_placement import metres_per_pixel

    latitude = float(boundaries.geometry.union_all().centroid.y)
    assert svg_units == pytest.approx(metres / metres_per_pixel(latitude), rel=1e-3)
    leaders = [tag for tag, a in page.tags if tag == "line" and a.get("class") == "leader"]
    assert len(leaders) == int(layout["leader"].sum()) > 0
    for code, attributes in texts.items():
        assert float(attributes["x"]) == geometry.places[code].label[0]


def test_printed_values_and_tooltips_are_the_apps(geometry):
    page = page_of(MapView(2024, "bhtn"), "en", geometry)
    table = coverage_table(2024, "bhtn").set_index("unit_code")
    units = page.data()["years"]["2024"]["units"]
    assert units["622"]["value"] == format_value(
        table.loc["622", "value"], "target", "en", compact=True
    )
    assert units["622"]["tip"][0] == format_value(table.loc["622", "value"], "target", "en")
    assert units["622"]["tip"][1] == f"Rank {table.loc['622', 'rank']} of 17"


def test_text_from_an_import_stays_text(reported_db, geometry):
    snap = snapshot.current(reported_db)
    text = embed_page(
        view_content(MapView(2023, "bhxh", "actual"), "vi", snap.actuals), geometry, "http://a/"
    )
    assert "<img" not in text and "<b>" not in text and "</script><img" not in text
    page = Elements(text)
    assert [a.get("id") for a, _ in page.scripts if a] == ["bhxh-data"]
    assert len([tag for tag, _ in page.tags if tag == "script"]) == 2  # the data and the script
    tips = page.data()["years"]["2023"]["units"]["622"]["tip"]
    assert any(HOSTILE_SOURCE in line for line in tips)  # round-trips as the same text
    assert re.search(r"Báo cáo 15/BC-BHXH &lt;/script&gt;&lt;img", text)  # the source line


def test_missing_values_are_hatched_never_a_colour(reported_db, geometry):
    snap = snapshot.current(reported_db)
    page = page_of(MapView(2024, "bhxh", "actual"), "vi", geometry, snap.actuals)
    fills = {a["fill"] for a in page.districts().values()}
    assert fills == {"url(#bhxh-hatch)"}  # nothing reported for 2024 here
    assert page.data()["years"]["2023"]["units"]["622"]["missing"] is False


def test_the_render_cache_answers_the_same_bytes(empty_db, geometry):
    snap = snapshot.current()
    first = render.embed(MapView(2025, "bhxh"), "vi", "http://a/", snap)
    assert render.embed(MapView(2025, "bhxh"), "vi", "http://a/", snap) is first
    other_year = render.embed(MapView(2023, "bhxh"), "vi", "http://a/", snap)
    assert other_year.body != first.body and b'data-shown="2023"' in other_year.body
