"""The map page's table of districts: pinned province, orders, formats, escaping."""

import math

import pytest

from bhxh_geo.coverage import coverage_table
from bhxh_geo.tables import SORTS, sorted_rows, table_html


@pytest.mark.parametrize("sort", list(SORTS))
def test_the_province_stays_first_in_every_order(sort):
    rows = sorted_rows(coverage_table(2024, "bhxh"), sort)
    assert rows["is_province"].tolist() == [True] + [False] * 17
    assert sorted(rows["unit_code"][1:]) == sorted(coverage_table(2024, "bhxh")["unit_code"][1:])


def test_missing_values_go_last_and_say_so():
    table = coverage_table(2025, "bhtn")
    table.loc[table["unit_code"] == "622", "value"] = math.nan  # Pleiku, the highest
    rows = sorted_rows(table, "value")
    assert rows["unit_code"].iloc[-1] == "622"
    page = table_html(table, "target", "vi")
    pleiku = page[page.index('data-code="622"') :]
    pleiku = pleiku[: pleiku.index("</tr>")]
    assert "data-value" not in pleiku and "không có số liệu" in pleiku


def test_text_from_an_imported_file_is_escaped_and_english_numbers_use_a_point():
    table = coverage_table(2025, "bhxh")
    table["source"] = ["<img src=x onerror=alert(1)>"] + ["Kế hoạch"] * 17
    page = table_html(table, "target", "en")
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert ">Province<" in page and ">10.64%<" in page and ">10,64%<" not in page


def test_one_source_for_every_row_is_not_a_column():
    assert '<th scope="col">Nguồn</th>' not in table_html(
        coverage_table(2025, "bhxh"), "target", "vi"
    )
    table = coverage_table(2025, "bhxh").assign(source=["a"] * 9 + ["b"] * 9)
    assert '<th scope="col">Nguồn</th>' in table_html(table, "target", "vi")


def test_the_change_column_is_blank_for_2023_which_has_no_previous_year():
    rows = table_html(coverage_table(2023, "bhxh"), "target", "vi").split("<tr")[2:]
    assert len(rows) == 18 and all('<td class="num"></td><td class="num">' in row for row in rows)
