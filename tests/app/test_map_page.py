"""The map page under AppTest: every view shows the plan's figures; toggles keep the base map."""

import pytest

from bhxh_geo.classify import SCHEMES
from bhxh_geo.i18n import t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.targets import targets_for
from tests.app.helpers import (
    after_map_drawn,
    district_table,
    map_args,
    map_options,
    map_payload,
    map_waiting,
    open_app,
)


@pytest.fixture(scope="module")
def app(boundaries):
    return open_app()


def test_default_view_is_the_bhxh_target_of_2025(app):
    assert not app.exception
    assert app.markdown[0].value == "## Chỉ tiêu BHXH (tổng) năm 2025"
    # The source line may hold text from an imported file: it is escaped HTML, not Markdown.
    source = next(h.value for h in app.html if "bhxh-source" in h.value)
    assert "Nguồn: Kế hoạch của UBND tỉnh Gia Lai triển khai Nghị quyết 69/NQ-CP, Phụ lục" in source
    # The year buttons are drawn on the map, from the years the script sends.
    assert sorted(map_options(app)["views"]) == ["2023", "2024", "2025"]
    assert map_options(app)["year"] == 2025 and map_options(app)["label"] == "Năm"


def _check_view(at, year, indicator):
    assert not at.exception
    rows, _ = district_table(at)
    expected = targets_for(year, indicator)
    assert len(rows) == 18 and rows[0]["code"] == "64"
    values = [row["value"] for row in rows]
    assert values[1:] == sorted(values[1:], reverse=True)
    for row in rows:
        assert row["value"] == expected.loc[row["code"], "target_pct"], (
            year,
            indicator,
            row["code"],
        )
    payload = map_payload(at)
    assert len(payload["units"]) == 17
    assert payload["view"].startswith(f"{year}-{indicator}-")


def test_every_year_indicator_and_scheme(boundaries):
    at = open_app()
    script = map_args(at)["script"]
    fills = set()
    for scheme in SCHEMES:
        at.segmented_control(key="scheme").set_value(scheme)
        for indicator in INDICATORS:
            at.segmented_control(key="indicator").set_value(indicator)
            for year in YEARS:
                at.query_params["year"] = str(year)  # what a click on the map's year button writes
                at.run()
                _check_view(at, year, indicator)
                # The base map never changes, so the browser keeps its iframe and geometry.
                assert map_args(at)["script"] == script
                fills.add(tuple(u["fill"] for u in map_payload(at)["units"].values()))
    assert len(fills) > 10


def test_each_view_carries_every_year_but_no_geometry(boundaries):
    """The map's year buttons switch in the browser: each year's payload is the one its own view
    would send, and all three together stay small."""
    at = open_app()
    views = map_options(at)["views"]
    assert [u["fill"] for u in views["2025"]["units"].values()] != [
        u["fill"] for u in views["2023"]["units"].values()
    ]
    group = map_args(at)["feature_group"]
    assert "coordinates" not in group and len(group.encode()) < 20_000
    assert views["2023"]["units"]["628"]["value"] == "8,90%"
    assert views["2023"]["units"]["628"]["tip"][:2] == ["8,90%", "Hạng 10/17"]
    at.query_params["year"] = "2023"
    at.run()
    assert map_options(at)["year"] == 2023 and map_options(at)["views"] == views


def test_view_from_the_url(boundaries):
    at = open_app({"year": "2024", "indicator": "bhtn"})
    _check_view(at, 2024, "bhtn")
    assert at.markdown[0].value == "## Chỉ tiêu BHTN (bảo hiểm thất nghiệp) năm 2024"


def test_plan_page_opens(boundaries):
    at = open_app()
    at.switch_page("pages/plan.py").run()
    assert not at.exception
    assert any("69/NQ-CP" in c.value for c in at.caption)


def test_selected_district_from_the_url_gets_its_panel_and_highlight(boundaries):
    at = open_app({"district": "628", "year": "2024"})
    assert not at.exception
    assert any(m.value == "#### Huyện Ia Grai: 4 chỉ tiêu × 3 năm" for m in at.markdown)
    panel = next(h.value for h in at.html if "bhxh-drilldown" in h.value and "<table" in h.value)
    # 4 indicators × 3 years: Ia Grai's BHXH targets 8,90% (2023), 9,75%, 10,64% (2025).
    assert panel.count("<tr data-indicator=") == 4 and panel.count("data-year=") == 12
    assert all(v in panel for v in ("8,90%", "9,75%", "10,64%"))
    assert map_payload(at)["units"]["628"]["selected"] is True
    rows, _ = district_table(at)
    assert [row["code"] for row in rows if "bhxh-selected" in row["class"]] == ["628"]
    assert sum(u["selected"] for u in map_payload(at)["units"].values()) == 1
    at.button(key="clear_district").click().run()
    assert not any("Ia Grai: 4" in m.value for m in at.markdown)
    assert not any("bhxh-drilldown" in h.value and "<table" in h.value for h in at.html)
    assert not any(u["selected"] for u in map_payload(at)["units"].values())


def test_the_table_reads_in_vietnamese_and_sorts_with_the_province_pinned(boundaries):
    at = open_app({"year": "2024"})
    rows, headers = district_table(at)
    # Ia Grai in the plan's appendix: 9,75% in 2024, 8,90% in 2023; its rank among the 17.
    plan = targets_for(2024, "bhxh").drop(index="64")["target_pct"]
    rank = 1 + int((plan > plan["628"]).sum())
    ia_grai = next(row for row in rows if row["code"] == "628")
    assert ia_grai["cells"][1:5] == ["Huyện Ia Grai", "9,75%", str(rank), "+0,85"]
    assert rows[0]["cells"][1] == "Toàn tỉnh" and "bhxh-province" in rows[0]["class"]
    assert headers[2] == {"sort": "descending", "text": "Chỉ tiêu (%)"}
    at.segmented_control(key="sort").set_value("name").run()
    rows, headers = district_table(at)
    assert rows[0]["code"] == "64" and at.query_params["sort"] == "name"
    names = [row["cells"][1] for row in rows[1:]]
    assert (
        names[:3] == ["Thị xã An Khê", "Thị xã Ayun Pa", "Huyện Chư Păh"]
        and names[-1] == "Thành phố Pleiku"
    )
    assert headers[1]["sort"] == "ascending"
    at.segmented_control(key="sort").set_value("change").run()
    rows, _ = district_table(at)
    changes = [
        round(row["value"] - targets_for(2023, "bhxh").loc[row["code"], "target_pct"], 2)
        for row in rows[1:]
    ]
    assert changes == sorted(changes, reverse=True) and rows[0]["code"] == "64"


def test_an_unknown_district_in_the_url_is_ignored(boundaries):
    at = open_app({"district": "999"})
    assert not at.exception
    assert not any("bhxh-drilldown" in h.value and "<table" in h.value for h in at.html)


def test_every_page_url_path_is_its_file_name():
    """Before app.py's router has run once, Streamlit finds a deep link's page by file name."""
    import re

    from bhxh_geo.paths import ROOT

    source = (ROOT / "app.py").read_text()
    # Every page goes through nav_page, which takes the file and the URL path from one name.
    assert 'f"pages/{name}.py"' in source and "url_path=name," in source
    assert "st.Page(" in source and source.count("st.Page(") == 1
    names = re.findall(r'nav_page\("(\w+)"', source)
    assert len(names) == 6
    assert all((ROOT / "pages" / f"{name}.py").is_file() for name in names), names


def test_choosing_english_switches_the_page_on_that_click(boundaries):
    at = open_app()
    at.segmented_control(key="lang").set_value("en").run()
    assert at.markdown[0].value == "## Social insurance (total): plan target, 2025"
    assert map_payload(at)["units"]["628"]["value"] == "10.64%"
    assert at.query_params["lang"] == "en"


def test_a_page_open_sends_the_title_and_map_then_the_rest_once_the_map_has_drawn(boundaries):
    at = open_app({"year": "2024", "district": "628", "sort": "name"}, map_drawn=False)
    assert not at.exception
    assert at.markdown[0].value == "## Chỉ tiêu BHXH (tổng) năm 2024"
    assert any("Nguồn: Kế hoạch" in h.value for h in at.html if "bhxh-source" in h.value)
    assert map_payload(at)["units"]["628"]["selected"] is True
    assert not [
        h
        for h in at.html
        if "data-testid='bhxh-legend'" in h.value or "bhxh-district-table" in h.value
    ]
    # The controls above the map come with it (so the map does not move down once drawn).
    assert {c.key for c in at.segmented_control} == {"indicator", "measure"} and not at.table
    after_map_drawn(at)
    assert [h for h in at.html if "data-testid='bhxh-legend'" in h.value]
    assert any(m.value == "#### Huyện Ia Grai: 4 chỉ tiêu × 3 năm" for m in at.markdown)
    rows, headers = district_table(at)
    # The link's order survived the open: the table is sorted by name.
    assert (
        len(rows) == 18 and headers[1]["sort"] == "ascending" and at.query_params["sort"] == "name"
    )
    assert not map_waiting(at)


def test_presentation_starts_at_the_first_slide_unless_the_url_names_one(boundaries):
    at = open_app({"present": "1"})
    title = next(h.value for h in at.html if "bhxh-title" in h.value)
    assert "Chỉ tiêu BHXH (tổng) năm 2023" in title
    # The slide is in the URL, so a reload or the link reopens it.
    assert at.query_params["year"] == "2023" and at.query_params["indicator"] == "bhxh"
    at.button(key="present_next").click().run()
    title = next(h.value for h in at.html if "bhxh-title" in h.value)
    assert "năm 2024" in title and at.query_params["year"] == "2024"
    at = open_app({"present": "1", "year": "2025", "indicator": "bhtn"})
    title = next(h.value for h in at.html if "bhxh-title" in h.value)
    assert "BHTN (bảo hiểm thất nghiệp) năm 2025" in title
    # The map is told it is presenting (its labels then grow with the screen).
    assert map_options(at)["present"] is True


def test_with_nothing_reported_the_page_says_so_once_and_draws_no_invented_class(boundaries):
    at = open_app({"measure": "gap"})
    assert [i.value for i in at.info] == [t("map.no_actuals", "vi")]
    legend = next(h.value for h in at.html if "data-testid='bhxh-legend'" in h.value)
    assert legend.count("bhxh-legend-row") == 1 and "không có số liệu" in legend
    assert "17 huyện" in legend and "0 huyện" not in legend
    # The map prints the names only: no "no data" seventeen times over.
    units = map_payload(at)["units"].values()
    assert all(u["value"] == "" and u["missing"] for u in units)
    assert {u["tip"][0] for u in units} == {"không có số liệu"}


def test_the_map_is_named_for_a_screen_reader_in_the_pages_language(boundaries):
    at = open_app({"lang": "en", "year": "2024"})
    options = map_options(at)
    assert options["lang"] == "en" and options["views"]["2024"]["title"] == (
        "Map: Social insurance (total): plan target, 2024"
    )
    assert "«The 17 districts»" in options["text"]["description"]
