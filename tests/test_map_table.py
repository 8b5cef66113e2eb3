"""The map page's table of districts: pinned province, orders, formats, escaping."""

import math

import pytest

from bhxh_geo.coverage import coverage_table
from bhxh_geo.indicators import INDICATORS
from bhxh_geo.map_table import SORTS, sorted_rows, table_html


@pytest.mark.parametrize("sort", list(SORTS))
def test_the_province_stays_first_in_every_order(sort):
    rows = sorted_rows(coverage_table(2024, "bhxh"), sort)
    assert rows["is_province"].tolist() == [True] + [False] * 17
    assert sorted(rows["unit_code"][1:]) == sorted(coverage_table(2024, "bhxh")["unit_code"][1:])


def test_missing_values_go_last_and_show_one_dash():
    table = coverage_table(2025, "bhtn")
    table.loc[table["unit_code"] == "622", "value"] = math.nan  # Pleiku, the highest
    rows = sorted_rows(table, "value")
    assert rows["unit_code"].iloc[-1] == "622"
    page = table_html(table, "target", "vi")
    pleiku = page[page.index('data-code="622"') :]
    pleiku = pleiku[: pleiku.index("</tr>")]
    assert "data-value" not in pleiku and '<td class="num">–</td>' in pleiku
    assert "None" not in page and "nan" not in page


def test_text_from_an_imported_file_is_escaped_and_english_numbers_use_a_point():
    table = coverage_table(2025, "bhxh")
    table["source"] = ["<img src=x onerror=alert(1)>"] + ["Kế hoạch"] * 17
    page = table_html(table, "target", "en")
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert ">Province<" in page and ">10.64%<" in page and ">10,64%<" not in page


def test_one_source_for_every_row_is_not_a_column():
    assert ">Nguồn</th>" not in table_html(coverage_table(2025, "bhxh"), "target", "vi")
    table = coverage_table(2025, "bhxh").assign(source=["a"] * 9 + ["b"] * 9)
    assert '<th scope="col" class="bhxh-narrow-hide">Nguồn</th>' in table_html(
        table, "target", "vi"
    )


def test_the_change_column_shows_a_dash_for_2023_which_has_no_previous_year():
    rows = table_html(coverage_table(2023, "bhxh"), "target", "vi").split("<tr")[2:]
    assert len(rows) == 18 and all('<td class="num">–</td><td class="num' in row for row in rows)


def test_on_a_phone_the_table_keeps_name_value_rank_and_change():
    page = table_html(coverage_table(2024, "bhxh"), "target", "vi")
    head = page[page.index("<thead>") : page.index("</thead>")]
    hidden = [cell for cell in head.split("<th scope")[1:] if "bhxh-narrow-hide" in cell]
    kept = [cell for cell in head.split("<th scope")[1:] if "bhxh-narrow-hide" not in cell]
    assert [c[c.index(">") + 1 : c.index("</th>")] for c in hidden] == ["Mã", "So với toàn tỉnh"]
    assert [c[c.index(">") + 1 : c.index("</th>")] for c in kept] == [
        "Địa bàn",
        "Chỉ tiêu (%)",
        "Hạng",
        "So với năm trước",
    ]
    assert "@media (max-width:640px)" in page and ".bhxh-narrow-hide{display:none}" in page


def test_the_drilldown_holds_every_indicator_and_year_with_rank_and_province():
    from bhxh_geo.district_profile import district_profile
    from bhxh_geo.profile_tables import drilldown_html

    page = drilldown_html(district_profile("632"), "vi")
    rows = page.split("<tr data-indicator=")[1:]
    assert [row.split('"')[1] for row in rows] == list(INDICATORS)
    bhxh = rows[0]
    cells = bhxh.split("<td")[1:]
    # Chư Prông's BHXH targets in the plan: 9,11% (2023), 9,93% (2024), 10,82% (2025).
    assert ['data-year="2023"' in cells[0], "9,11%" in cells[0], "10,82%" in cells[2]] == [True] * 3
    assert "hạng 8/17" in cells[0] and "tỉnh 14,83%" in cells[0]
    assert "Thực hiện" not in page  # nothing reported: no invented line


def test_the_stacked_table_labels_every_cell_and_shows_a_dash_for_missing():
    import pandas as pd

    from bhxh_geo.html_tables import stacked_html

    frame = pd.DataFrame({"Chỉ tiêu": ["BHXH"], "Năm": ["2023"], "Nguồn": [None]})
    page = stacked_html(frame, {"Năm"}, "bhxh-profile-table")
    assert '<th scope="row">BHXH</th>' in page
    assert '<td class="num" data-label="Năm">2023</td>' in page
    assert '<td data-label="Nguồn">–</td>' in page and "None" not in page
