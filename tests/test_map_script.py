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
