"""The restyling script a view sends to the map: every year's colours and values, no geometry."""

import json
import re

from bhxh_geo.coverage import fixed_classes
from bhxh_geo.i18n import format_pct
from bhxh_geo.map_view import MapView
from bhxh_geo.render.folium_map import style_script, year_payloads
from bhxh_geo.targets import targets_for


def view_script(view: MapView, lang: str, selected: str | None) -> str:
    return style_script(year_payloads(view, lang, selected), view.year, lang)


def _options(script: str) -> dict:
    match = re.fullmatch(
        r"window\.feature_group = \[\];\nwindow\.bhxhMap\.show\((\{.*\})\);\n", script, re.S
    )
    assert match, script[:200]
    return json.loads(match.group(1))


def test_each_year_carries_the_plan_figures_on_the_same_classes():
    options = _options(view_script(MapView(2024, "bhtn"), "vi", selected="628"))
    assert options["year"] == 2024 and options["label"] == "Năm"
    classes = fixed_classes("bhtn")
    for year in ("2023", "2024", "2025"):
        units = options["views"][year]["units"]
        targets = targets_for(int(year), "bhtn")["target_pct"]
        assert len(units) == 17
        for code, unit in units.items():
            assert unit["value"] == format_pct(targets[code], "vi")
            assert unit["fill"] == classes.colour_of(targets[code])
            assert unit["selected"] == (code == "628")
        assert options["views"][year]["view"].startswith(f"{year}-bhtn-")


def test_english_labels_and_no_geometry():
    script = view_script(MapView(2025, "bhxh"), "en", selected=None)
    options = _options(script)
    assert options["label"] == "Year"
    assert options["views"]["2025"]["units"]["628"]["value"] == "10.64%"
    assert "coordinates" not in script and len(script.encode()) < 20_000


def _reported():
    import pandas as pd

    from bhxh_geo.measures import empty_actuals

    rows = [("632", 7.50), ("622", 45.00), ("638", 5.00)]
    frame = pd.DataFrame(
        [
            {
                "unit_code": code,
                "year": 2024,
                "period": "full",
                "indicator": "bhxh",
                "value_pct": value,
                "insured": None,
                "labour_force": None,
                "source": "Báo cáo thử",
            }
            for code, value in rows
        ]
    )
    return pd.concat([empty_actuals(), frame], ignore_index=True)


def test_one_minus_sign_and_one_dash_for_missing_in_everything_the_map_shows():
    """Chư Prông 7,50% against a 9,93% target: −2,43 points, written with U+2212 on the map, in
    its tooltip, legend and table; districts that did not report print "–"."""
    from bhxh_geo.coverage import coverage_table
    from bhxh_geo.map_table import table_html
    from bhxh_geo.view_text import legend_format

    actuals = _reported()
    view = MapView(2024, "bhxh", "gap")
    payloads = year_payloads(view, "vi", None, actuals)
    units = payloads[2024]["units"]
    assert units["632"]["value"] == "−2,43" and units["632"]["tip"][0] == "−2,43 điểm %"
    assert units["624"]["value"] == "–" and units["624"]["missing"]
    table = coverage_table(2024, "bhxh", "gap", actuals)
    legend = fixed_classes("bhxh", measure="gap", actuals=actuals).legend(
        table["value"].tolist(), "vi", *legend_format("gap", "vi")
    )
    shown = json.dumps(payloads, ensure_ascii=False) + json.dumps(legend, ensure_ascii=False)
    # What the table shows (its data-value attributes keep the raw numbers, for machines).
    shown += re.sub(r"<[^>]+>", " ", table_html(table, "gap", "vi"))
    assert not re.search(r"(?<![\w&#])-\d", shown), re.findall(r".{12}(?<![\w&#])-\d.{6}", shown)
    assert "−2,43" in shown and "None" not in shown and "nan" not in shown.lower()


def test_colours_live_in_colours_py_only_and_the_map_script_gets_them_from_python(boundaries):
    """The map's script and style, the page's widgets and tables hold no colour of their own; the
    base map hands the script every colour it draws with (the selected border included)."""
    from bhxh_geo import colours
    from bhxh_geo.paths import ROOT
    from bhxh_geo.render.folium_map import base_map

    literal = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|rgba?\(")
    for path in [
        *sorted((ROOT / "static" / "bhxh").glob("*.js")),
        *sorted((ROOT / "static" / "bhxh").glob("*.css")),
        ROOT / "ui" / "components.py",
        ROOT / "bhxh_geo" / "map_table.py",
        ROOT / "bhxh_geo" / "html_tables.py",
        ROOT / "bhxh_geo" / "profile_tables.py",
        ROOT / "bhxh_geo" / "charts.py",
    ]:
        assert not literal.findall(path.read_text(encoding="utf-8")), path
    html = base_map("geo.json", {}).get_root().render()
    options = json.loads(re.search(r"bhxhMap\.init\(\w+, (\{.*?\})\);", html, re.S).group(1))
    assert options["colours"] == colours.map_script_colours()
    assert options["colours"]["selectedBorder"] == colours.SELECTED_BORDER
