"""The Altair specs: their data values, encodings and colours, compared with the tables and
classes the web map uses (nothing rendered, nothing invented)."""

import json

import pandas as pd
import pytest
import shapely

from bhxh_geo import charts, colours
from bhxh_geo.classify import classify_diverging
from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.district_profile import district_profile
from bhxh_geo.i18n import format_pct
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.measures import empty_actuals
from bhxh_geo.neighbours import contiguity, neighbour_comparison


@pytest.fixture(scope="module")
def geometry(boundaries):
    return charts.chart_geometry(boundaries)


def _dataset(spec, name_holder):
    return pd.DataFrame(spec["datasets"][name_holder["name"]])


def _lookup(spec, panel):
    """The values a map panel looks up by district code."""
    transform = panel["transform"][0]
    assert transform["lookup"] == "properties.code" and transform["from"]["key"] == "code"
    return _dataset(spec, transform["from"]["data"]).set_index("code")


def test_chart_geometry_is_compact_and_still_a_coverage(boundaries, geometry):
    assert [f["properties"]["code"] for f in geometry["features"]] == sorted(boundaries["code"])
    shapes = [shapely.geometry.shape(f["geometry"]) for f in geometry["features"]]
    assert shapely.coverage_is_valid(shapes) and all(s.is_valid for s in shapes)
    assert len(json.dumps(geometry, separators=(",", ":"))) < 40_000
    with pytest.raises(ValueError, match="EPSG:4326"):
        charts.chart_geometry(boundaries.to_crs("EPSG:32649"))


def test_ranking_bars_are_the_17_districts_highest_first_with_the_map_colours():
    table, classes = coverage_table(2025, "bhxh"), fixed_classes("bhxh")
    spec = charts.ranking_chart(table, classes, "vi").to_dict()
    bars, labels, rule, rule_label = spec["layer"]
    data = _dataset(spec, bars["data"])
    expected = table[~table["is_province"]].sort_values(["value", "name"], ascending=[False, True])
    assert data["unit_code"].tolist() == expected["unit_code"].tolist()
    assert data["value"].tolist() == expected["value"].tolist()
    assert data["fill"].tolist() == [classes.colour_of(v) for v in expected["value"]]
    assert data["value_text"].iloc[0] == "44,66%" and data["name"].iloc[0] == "Thành phố Pleiku"
    assert bars["encoding"]["color"] == {"field": "fill", "scale": None, "type": "nominal"}
    assert bars["encoding"]["y"]["sort"] == expected["name"].tolist()
    assert labels["encoding"]["text"]["field"] == "value_text"
    assert _dataset(spec, rule["data"])["value"].tolist() == [16.83]
    assert _dataset(spec, rule_label["data"])["label"].tolist() == ["Toàn tỉnh 16,83%"]
    assert spec["config"]["locale"]["number"]["decimal"] == ","


def test_year_small_multiples_share_the_fixed_classes(geometry):
    classes = fixed_classes("bhtn")
    tables = {year: coverage_table(year, "bhtn") for year in YEARS}
    panels = [chart.to_dict() for chart in charts.year_multiples(tables, classes, geometry, "vi")]
    assert [spec["layer"][0]["title"] for spec in panels] == ["2023", "2024", "2025"]
    labels = charts.class_labels(classes, "vi")
    for spec, year in zip(panels, YEARS):
        assert (
            spec["datasets"][spec["data"]["name"]] == geometry
            and spec["data"]["format"]["property"] == "features"
        )
        panel = spec["layer"][0]
        values = _lookup(spec, panel)
        table = tables[year].set_index("unit_code")
        for code, row in values.iterrows():
            assert row.value == table.loc[code, "value"]
            assert row.class_label == labels[classes.class_of(row.value)]
        # One scale for the three years; the page draws their one legend.
        assert panel["encoding"]["color"]["scale"] == {
            "domain": labels,
            "range": list(classes.palette),
        }
        assert panel["encoding"]["color"]["legend"] is None
        assert panel["mark"]["type"] == "geoshape"
        assert json.dumps(spec).count('"FeatureCollection"') == 1  # the geometry sent once each


def test_indicator_small_multiples_each_on_its_own_classes(geometry):
    tables = {i: coverage_table(2024, i) for i in INDICATORS}
    classes = {i: fixed_classes(i) for i in INDICATORS}
    panels = [
        chart.to_dict() for chart in charts.indicator_multiples(tables, classes, geometry, "en")
    ]
    assert [spec["layer"][0]["title"] for spec in panels] == [
        "Social ins.",
        "Compulsory",
        "Voluntary",
        "Unemployment ins.",
    ]
    for spec, indicator in zip(panels, INDICATORS):
        panel = spec["layer"][0]
        assert panel["encoding"]["color"]["scale"]["range"] == list(classes[indicator].palette)
        assert panel["encoding"]["color"]["legend"]["labelLimit"] == 0
        values = _lookup(spec, panel)
        assert values.loc["622", "value_text"] == format_pct(
            tables[indicator].set_index("unit_code").loc["622", "value"], "en"
        )


def test_the_table_beside_the_small_multiples_holds_what_they_show():
    tables = {year: coverage_table(year, "bhxh") for year in YEARS}
    frame = charts.values_table(tables, "vi").set_index("Địa bàn")
    assert list(frame.columns) == ["2023", "2024", "2025"] and len(frame) == 17
    assert frame.loc["Pleiku"].tolist() == ["41,51%", "43,22%", "44,66%"]
    assert frame.loc["Chư Prông", "2023"] == "9,11%"


def test_change_map_is_after_minus_before_on_diverging_classes(geometry):
    before, after = coverage_table(2023, "bhxh"), coverage_table(2025, "bhxh")
    change = charts.change_values(before, after).set_index("unit_code")
    assert change.loc["622", "value"] == 3.15 and change.loc["628", "value"] == 1.74
    chart, classes = charts.change_map(change.reset_index(), geometry, "vi", 2023, 2025)
    spec = chart.to_dict()
    panel = spec["layer"][0]
    assert classes.k == classify_diverging(change["value"].tolist()).k
    assert panel["encoding"]["color"]["scale"]["domain"][: classes.k] == charts.class_labels(
        classes, "vi", "pp"
    )
    values = _lookup(spec, panel)
    assert values.loc["622", "value_text"] == "+3,15 điểm %"
    assert (
        values.loc["622", "before_text"] == "41,51%" and values.loc["622", "after_text"] == "44,66%"
    )
    assert panel["encoding"]["color"]["scale"]["range"] == list(colours.diverging(4))
    assert panel["encoding"]["color"]["scale"]["domain"][0] == "−3,50 – < −1,75 điểm %"
    assert panel["encoding"]["color"]["scale"]["domain"][-1] == "1,75 – 3,50 điểm %"


def test_neighbours_map_colours_above_and_below(boundaries, geometry):
    comparison = neighbour_comparison(2025, "bhxh", neighbours=contiguity(boundaries))
    spec = charts.neighbours_map(comparison, geometry, "vi").to_dict()
    panel = spec["layer"][0]
    values = _lookup(spec, panel)
    assert values.loc["622", "class_label"] == "Cao hơn bình quân các địa bàn giáp ranh"
    assert values.loc["632", "class_label"] == "Thấp hơn bình quân các địa bàn giáp ranh"
    assert (
        values.loc["632", "mean_text"] == "15,73%"
        and values.loc["632", "difference_text"] == "−4,91 điểm %"
    )
    scale = panel["encoding"]["color"]["scale"]
    assert dict(zip(scale["domain"], scale["range"])) == {
        "Cao hơn bình quân các địa bàn giáp ranh": colours.diverging(5)[-1],
        "Thấp hơn bình quân các địa bàn giáp ranh": colours.diverging(5)[0],
    }


def _actuals():
    rows = [("632", 9.50), ("622", 45.00), ("638", 6.00)]
    frame = pd.DataFrame(
        [
            {
                "unit_code": c,
                "year": 2024,
                "period": "full",
                "indicator": "bhxh",
                "value_pct": v,
                "insured": None,
                "labour_force": None,
                "source": "Báo cáo thử",
            }
            for c, v in rows
        ]
    )
    return pd.concat([empty_actuals(), frame], ignore_index=True)


def test_dumbbell_only_with_actuals():
    assert charts.dumbbell_chart(coverage_table(2024, "bhxh", "gap"), "vi") is None
    spec = charts.dumbbell_chart(coverage_table(2024, "bhxh", "gap", _actuals()), "vi").to_dict()
    _line, _targets, actuals = spec["layer"]
    data = _dataset(spec, spec["data"])
    assert data["name"].drop_duplicates().tolist() == [
        "Huyện Phú Thiện",
        "Huyện Chư Prông",
        "Thành phố Pleiku",
    ]
    pleiku = data[data.unit_code == "622"].set_index("series")
    assert pleiku.loc["Chỉ tiêu", "value"] == 43.22 and pleiku.loc["Thực hiện", "value"] == 45.0
    assert (
        pleiku.loc["Thực hiện", "status"] == "Đạt chỉ tiêu"
        and pleiku.loc["Thực hiện", "gap_text"] == "+1,78 điểm %"
    )
    assert data[data.unit_code == "632"]["status"].iloc[0] == "Chưa đạt chỉ tiêu"
    assert actuals["encoding"]["color"]["scale"]["range"] == [
        colours.diverging(4)[0],
        colours.diverging(4)[-1],
    ]
    assert "Báo cáo thử" in data["source"].iloc[0] and "69/NQ-CP" in data["source"].iloc[0]


def test_trajectory_panels_hold_the_district_and_the_province():
    profile = district_profile("632")
    panels = [chart.to_dict() for chart in charts.trajectory_chart(profile, "Chư Prông", "vi")]
    assert [spec["title"] for spec in panels] == [
        "BHXH",
        "BHXH bắt buộc",
        "BHXH tự nguyện",
        "BHTN",
    ]
    data = pd.concat(_dataset(spec, spec["data"]) for spec in panels)
    assert len(data) == 4 * 3 * 2 and set(data["series"]) == {"district", "province"}
    mine = data[(data.series == "district") & (data.indicator == "bhxh")]
    assert mine["value"].tolist() == [9.11, 9.93, 10.82]
    province = data[(data.series == "province") & (data.indicator == "bhxh")]
    assert province["value"].tolist() == [14.83, 15.83, 16.83]
    colour = panels[-1]["layer"][0]["encoding"]["color"]
    assert colour["scale"]["domain"] == ["Chư Prông", "Toàn tỉnh"]
    assert colour["legend"]["orient"] == "bottom"  # the legend once, under the last panel
    assert all(spec["layer"][0]["encoding"]["color"]["legend"] is None for spec in panels[:-1])
    assert all(len(spec["layer"]) == 1 for spec in panels)  # no actuals, no dots layer


def test_ranking_labels_move_past_the_province_line_rather_than_cross_it():
    table, classes = coverage_table(2025, "bhxh"), fixed_classes("bhxh")
    spec = charts.ranking_chart(table, classes, "vi").to_dict()
    labels = spec["layer"][1]
    x = labels["mark"]["x"]["expr"]
    # A label starts after its bar, unless the line at the province's 16,83% would run through
    # it (its width estimated from its characters): then after the line.
    assert "scale('x', 16.83)" in x and "length(datum.value_text)" in x
    assert "x" not in labels["encoding"]


def test_the_change_and_neighbour_maps_print_names_and_values(boundaries, geometry):
    from bhxh_geo.districts import load_districts
    from bhxh_geo.label_placement import label_layout

    places = charts.map_places(label_layout(boundaries), load_districts()["short_label"])
    before, after = coverage_table(2023, "bhxh"), coverage_table(2025, "bhxh")
    chart, _ = charts.change_map(
        charts.change_values(before, after), geometry, "vi", 2023, 2025, places
    )
    spec = chart.to_dict()
    texts = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    assert {layer["encoding"]["text"]["field"] for layer in texts} == {"short", "short_text"}
    printed = _dataset(spec, texts[-1]["data"]).set_index("code")
    assert printed.loc["622", "short"] == "Pleiku" and printed.loc["622", "short_text"] == "+3,15"
    assert len(printed) == 17 and printed["label_lon"].notna().all()
    comparison = neighbour_comparison(2025, "bhxh", neighbours=contiguity(boundaries))
    spec = charts.neighbours_map(comparison, geometry, "vi", places).to_dict()
    texts = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    printed = _dataset(spec, texts[-1]["data"]).set_index("code")
    assert printed.loc["632", "value_text"] == "10,82%"
