"""Every accepted layout and encoding, imported through the command line and read back.

Figures are synthetic (DỮ LIỆU MINH HỌA).
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from bhxh_geo.actuals import store
from tests.actuals.helpers import encode_cp1258, fixture_text, write, xlsx_bytes

LONG_EXPECTED = {
    ("64", "full", "bhxh"): 15.0,
    ("64", "full", "bhxh_bat_buoc"): 12.0,
    ("64", "full", "bhxh_tu_nguyen"): 3.0,
    ("622", "full", "bhxh"): 30.5,
    ("622", "full", "bhxh_bat_buoc"): 25.25,
    ("622", "full", "bhxh_tu_nguyen"): 5.25,
    ("622", "full", "bhtn"): 20.1,
    ("623", "h1", "bhtn"): 11.5,
    ("625", "full", "bhtn"): 6.0,
    ("634", "full", "bhtn"): 7.75,
    ("632", "full", "bhtn"): 5.5,
}


def stored(db, year=None) -> dict:
    frame = store.current_actuals(year, path=db)
    return {(r.unit_code, r.period, r.indicator): round(r.value_pct, 6) for r in frame.itertuples()}


def redelimit(text: str, delimiter: str) -> str:
    """The fixture (``;``-separated) rewritten with another separator, quoted as Excel does."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        writer.writerow(row)
    return out.getvalue()


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 BOM": lambda text: text.encode("utf-8-sig"),
    "utf-16 BOM": lambda text: text.encode("utf-16"),
    "utf-16-le no BOM": lambda text: text.encode("utf-16-le"),
    "utf-16-be no BOM": lambda text: text.encode("utf-16-be"),
    "windows-1258": encode_cp1258,
}


@pytest.mark.parametrize("delimiter", [";", ",", "\t"], ids=["semicolon", "comma", "tab"])
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_long_layout_in_every_encoding_and_separator(invoke, db, tmp_path, encoding, delimiter):
    data = ENCODINGS[encoding](redelimit(fixture_text("long_minh_hoa.csv"), delimiter))
    # A .txt export is common: the format comes from the content, not the name.
    path = write(tmp_path, "bao_cao_doc.txt", data)
    result = invoke("import", path, "--source", "Báo cáo minh họa", "--by", "Kiểm thử")
    assert result.exit_code == 0, result.output
    assert "Đã nhập lô 1: 11 giá trị từ bao_cao_doc.txt (dạng long)" in result.output
    assert stored(db) == LONG_EXPECTED


def test_long_layout_keeps_empty_and_dash_cells_as_missing(invoke, db, tmp_path):
    path = write(tmp_path, "doc.csv", fixture_text("long_minh_hoa.csv"))
    assert invoke("import", path).exit_code == 0
    units = {key[0] for key in stored(db)}
    assert "626" not in units  # "Huyện Đăk Đoa … ; -"
    assert "633" not in units  # "Huyện Chư Sê … ;" (empty)


def test_wide_layout_windows_1258_with_the_year_in_the_title(invoke, db, tmp_path):
    path = write(tmp_path, "ngang.csv", encode_cp1258(fixture_text("wide_minh_hoa.csv")))
    result = invoke("import", path)
    assert result.exit_code == 0, result.output
    assert "(dạng wide)" in result.output
    values = stored(db, 2023)
    assert values[("64", "full", "bhxh")] == 14.5  # "Tổng cộng" is the province
    assert values[("627", "full", "bhxh_tu_nguyen")] == 2.6
    assert len(values) == 16


def test_wide_layout_without_a_year_takes_the_year_option(invoke, db, tmp_path):
    text = "\n".join(fixture_text("wide_minh_hoa.csv").splitlines()[3:]).replace(",", "\t")
    text = text.replace('"Huyện\t thị xã\t thành phố"', "Địa bàn")
    path = write(tmp_path, "ngang.tsv", text.encode("utf-16"))
    refused = invoke("import", path)
    assert refused.exit_code == 1
    assert "không biết số liệu của năm nào" in refused.output
    result = invoke("import", path, "--year", "2024", "--period", "h1")
    assert result.exit_code == 0, result.output
    assert stored(db, 2024)[("622", "h1", "bhtn")] == 21.0


def test_wide_layout_under_three_header_rows_as_in_the_plan_appendix(invoke, db, tmp_path):
    path = write(
        tmp_path, "phu_luc.csv", encode_cp1258(fixture_text("wide_3_header_rows_minh_hoa.csv"))
    )
    result = invoke("import", path)
    assert result.exit_code == 0, result.output
    assert stored(db, 2025) == {
        ("622", "full", "bhxh"): 41.0,
        ("622", "full", "bhxh_bat_buoc"): 38.0,
        ("622", "full", "bhxh_tu_nguyen"): 3.0,
        ("622", "full", "bhtn"): 33.0,
        ("623", "full", "bhxh"): 20.0,
        ("623", "full", "bhxh_bat_buoc"): 17.5,
        ("623", "full", "bhxh_tu_nguyen"): 2.5,
        ("623", "full", "bhtn"): 12.0,
    }


def test_counts_layout_keeps_the_counts_and_computes_the_rates(invoke, db, tmp_path):
    path = write(tmp_path, "so_nguoi.csv", fixture_text("counts_minh_hoa.csv"))
    result = invoke("import", path)
    assert result.exit_code == 0, result.output
    assert "(dạng counts)" in result.output
    frame = store.current_actuals(2024, path=db).set_index(["unit_code", "indicator"])
    assert frame.loc[("622", "bhxh"), "value_pct"] == 30.0
    assert frame.loc[("622", "bhxh"), "insured"] == 36000  # "36.000": thousands point
    assert frame.loc[("622", "bhxh"), "labour_force"] == 120000
    assert frame.loc[("628", "bhtn"), "value_pct"] == 6.0
    # Labour force unknown: the count is kept, the rate stays missing (never zero).
    assert frame.loc[("630", "bhxh"), "insured"] == 1200
    assert frame.loc[("630", "bhxh"), "value_pct"] != frame.loc[("630", "bhxh"), "value_pct"]


def _wide_workbook_rows():
    return [
        ["DỮ LIỆU MINH HỌA — không phải số liệu thật"],
        ["KẾT QUẢ BAO PHỦ NĂM 2025"],
        [],
        ["STT", "Đơn vị", "Tỷ lệ bao phủ (%)", None, None, None],
        [None, None, "BHXH", "Bắt buộc", "Tự nguyện", "BHTN"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [None, "Toàn tỉnh", 0.16, 0.13, 0.03, 0.1],
        [1, "Thành phố Pleiku", 0.3125, 0.25, 0.0625, 0.2],
        [2, "Huyen Ia Pa", 0.05, 0.04, 0.01, None],
    ]


def test_xlsx_with_a_two_row_header_and_percent_cells_whatever_its_name(invoke, db, tmp_path):
    percent = tuple(f"{col}{row}" for col in "CDEF" for row in (7, 8, 9))
    data = xlsx_bytes({"Báo cáo": _wide_workbook_rows()}, percent_cells=percent)
    path = write(tmp_path, "xuat_tu_phan_mem.txt", data)
    result = invoke("import", path)
    assert result.exit_code == 0, result.output
    values = stored(db, 2025)
    assert values[("622", "full", "bhxh")] == 31.25
    assert values[("622", "full", "bhxh_tu_nguyen")] == 6.25
    assert values[("635", "full", "bhxh_bat_buoc")] == 4.0
    assert ("635", "full", "bhtn") not in values


def test_xlsx_named_sheet_in_the_long_layout(invoke, db, tmp_path):
    first = [["Địa bàn", "Năm", "Chỉ tiêu", "Tỷ lệ"], ["Pleiku", 2023, "BHTN", 1.0]]
    second = [
        ["DỮ LIỆU MINH HỌA"],
        ["Mã", "Năm", "Kỳ", "Chỉ tiêu", "Tỷ lệ (%)"],
        ["622", 2024, "6 tháng", "bhtn", 19.5],
        [623, 2024.0, "6 tháng đầu năm", "BHTN", "10,25"],
    ]
    path = write(tmp_path, "hai_trang.xlsx", xlsx_bytes({"Cả năm": first, "6 tháng": second}))
    result = invoke("import", path, "--sheet", "6 tháng")
    assert result.exit_code == 0, result.output
    assert stored(db) == {("622", "h1", "bhtn"): 19.5, ("623", "h1", "bhtn"): 10.25}


def test_fractions_are_accepted_when_the_scale_is_given(invoke, db, tmp_path):
    text = "Địa bàn,Năm,Chỉ tiêu,Tỷ lệ\nPleiku,2024,BHTN,0.155\nAn Khê,2024,BHTN,0.5\n"
    path = write(tmp_path, "phan_so.csv", text)
    assert invoke("import", path, "--scale", "fraction").exit_code == 0
    assert stored(db) == {("622", "full", "bhtn"): 15.5, ("623", "full", "bhtn"): 50.0}
    assert invoke("revert", "1").exit_code == 0
    assert invoke("import", path, "--scale", "percent", "--force").exit_code == 0
    assert stored(db) == {("622", "full", "bhtn"): 0.155, ("623", "full", "bhtn"): 0.5}


def test_dry_run_shows_old_and_new_and_stores_nothing(invoke, db, tmp_path):
    first = write(tmp_path, "a.csv", "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n")
    second = write(
        tmp_path, "b.csv", "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;16\nAn Khê;2024;BHTN;9\n"
    )
    assert invoke("import", first).exit_code == 0
    result = invoke("import", second, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Chạy thử, không lưu gì: 2 giá trị (1 mới, 1 thay đổi, 0 giữ nguyên)." in result.output
    assert (
        "15,24%" in result.output and "16,00%" in result.output and "+0,76 điểm %" in result.output
    )
    assert len(store.batches(db)) == 1
    assert stored(db) == {("622", "full", "bhtn"): 15.24}
    same_file = invoke("import", first, "--dry-run")
    assert (
        "Tệp này đã được nhập ở lô 1" in same_file.output
        and "0 mới, 0 thay đổi, 1 giữ nguyên" in same_file.output
    )


def test_list_formats_show_the_stored_values(invoke, tmp_path):
    path = write(tmp_path, "a.csv", "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n")
    assert invoke("import", path, "--source", "=cmd|' /C calc'!A0").exit_code == 0
    as_json = json.loads(invoke("list", "--format", "json").output)
    assert as_json[0]["value_pct"] == 15.24 and as_json[0]["unit_name"] == "Thành phố Pleiku"
    as_csv = invoke("list", "--format", "csv", "--year", "2024").output
    assert "622,Thành phố Pleiku,2024,full,bhtn,15.24," in as_csv
    assert ",'=cmd|' /C calc'!A0," in as_csv  # the source is text from a file: neutralised
    table = invoke("list", "--lang", "en").output
    assert "15.24%" in table and "Pleiku" in table
    assert invoke("list", "--year", "2023").output.strip() == "Chưa có số liệu thực hiện."


def test_migrate_creates_the_tables_once(invoke, db):
    from bhxh_geo.actuals import store

    first = invoke("migrate")
    assert first.exit_code == 0, first.output
    assert first.output == (
        f"Đã cập nhật lược đồ {store.location(db)}: 001_init.sql, 002_append_only.sql.\n"
    )
    assert store.exists(db) and store.batches(db).empty
    assert "đã mới nhất" in invoke("migrate").output
