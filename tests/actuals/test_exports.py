"""Export rules (UTF-8 BOM CSV, XLSX with a sources sheet, formula text neutralised), the
template and export verbs, and the synthetic demo database."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
import pytest

from bhxh_geo import spreadsheets
from bhxh_geo.actuals import store
from bhxh_geo.demo import DEMO_LABEL, DemoError, demo_files, is_demo_db, seed_demo_db
from bhxh_geo.paths import DEFAULT_DB
from tests.actuals.helpers import write

HOSTILE = [
    "=1+1",
    "+84 912",
    "-2",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "Pleiku",
    "<img src=x onerror=alert(1)>",
]


def test_csv_has_a_bom_commas_dot_decimals_and_neutralised_text():
    frame = pd.DataFrame({"text": HOSTILE, "value": [1.5, -2.25, 3, 4, 5, 6, 7, 8]})
    data = spreadsheets.csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["text", "value"]
    assert rows[1] == ["'=1+1", "1.5"]
    assert rows[2] == ["'+84 912", "-2.25"]  # the number stays a number, minus sign and all
    assert [row[0] for row in rows[3:7]] == ["'-2", "'@SUM(A1)", "'\tx", "'\rx"]
    assert rows[7] == ["Pleiku", "7.0"]
    assert rows[8] == ["<img src=x onerror=alert(1)>", "8.0"]


def test_xlsx_keeps_numbers_as_numbers_and_lists_sources():
    frame = pd.DataFrame({"text": HOSTILE, "value": [1.5, None, 3, 4, 5, 6, 7, 8]})
    data = spreadsheets.xlsx_bytes(
        frame, sources=['=HYPERLINK("x")', "Kế hoạch"], notes=["ghi chú"]
    )
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [spreadsheets.DATA_SHEET, "Nguồn - Sources"]
    data_sheet = workbook[spreadsheets.DATA_SHEET]
    texts = [data_sheet.cell(row=r, column=1).value for r in range(2, 10)]
    # XML turns the carriage return into a line feed on reading; the quote is what matters.
    assert texts[:6] == ["'=1+1", "'+84 912", "'-2", "'@SUM(A1)", "'\tx", "'\nx"]
    assert all(data_sheet.cell(row=r, column=1).data_type == "s" for r in range(2, 10))
    assert data_sheet["B2"].value == 1.5 and data_sheet["B2"].data_type == "n"
    assert data_sheet["B3"].value is None
    sources = [c.value for c in workbook["Nguồn - Sources"]["A"]]
    assert sources == [
        "Nguồn / Sources",
        '\'=HYPERLINK("x")',
        "Kế hoạch",
        None,
        "Ghi chú / Notes",
        "ghi chú",
    ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_filled_template_imports(invoke, db, tmp_path, fmt):
    path = tmp_path / f"mau.{fmt}"
    result = invoke("template", "--format", fmt, "-o", path)
    assert result.exit_code == 0, result.output
    assert path.exists()
    empty = invoke("import", path)
    assert empty.exit_code == 1 and "bảng không có số liệu nào" in empty.stderr
    if fmt == "csv":
        frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        frame.loc[
            1, ["BHXH (tổng)", "Trong đó BHXH bắt buộc", "Trong đó BHXH tự nguyện", "BHTN"]
        ] = ["30,5", "25,5", "5", "20"]
        path.write_bytes(spreadsheets.csv_bytes(frame))
    else:
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.worksheets[0]
        assert sheet["C3"].value == "Thành phố Pleiku"
        for col, value in zip("FGHI", (30.5, 25.5, 5, 20)):
            sheet[f"{col}3"] = value
        workbook.save(path)
    filled = invoke("import", path)
    assert filled.exit_code == 0, filled.output
    values = store.current_actuals(2025, path=db).set_index("indicator")
    assert values.loc["bhxh", "value_pct"] == 30.5 and values.loc["bhtn", "unit_code"] == "622"


def test_export_writes_current_values_with_their_sources(invoke, db, tmp_path):
    source = "=cmd|' /C calc'!A0"
    data = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n"
    assert invoke("import", write(tmp_path, "a.csv", data), "--source", source).exit_code == 0
    out_csv, out_xlsx = tmp_path / "out.csv", tmp_path / "out.xlsx"
    assert invoke("export", "-o", out_csv).exit_code == 0
    assert invoke("export", "-o", out_xlsx).exit_code == 0
    text = out_csv.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert "622,Thành phố Pleiku,2024,full,bhtn,15.24,,,'=cmd|' /C calc'!A0,1," in text.decode(
        "utf-8-sig"
    )
    workbook = openpyxl.load_workbook(out_xlsx)
    sheet = workbook.worksheets[0]
    assert sheet["F2"].value == 15.24 and sheet["I2"].value == "'" + source
    assert workbook["Nguồn - Sources"]["A2"].value == "'" + source


def test_demo_is_deterministic_labelled_and_passes_the_real_checks(tmp_path):
    assert demo_files() == demo_files()
    for name, data, _ in demo_files():
        assert "minh-hoa" in name and data.decode("utf-8-sig").startswith(DEMO_LABEL)
    path = tmp_path / "demo.sqlite3"
    batches = seed_demo_db(path)
    assert len(batches) == 3
    assert seed_demo_db(path) == []  # seeding again adds nothing
    assert is_demo_db(path)
    frame = store.current_actuals(path=path)
    assert set(frame["source"]) == {DEMO_LABEL}
    assert set(zip(frame["year"], frame["period"])) == {
        (2023, "full"),
        (2024, "full"),
        (2025, "h1"),
    }
    assert len(frame) == 3 * 18 * 4
    assert frame.loc[frame["year"] == 2024, "labour_force"].notna().all()


def test_demo_export_carries_the_label(invoke, tmp_path, monkeypatch):
    path = tmp_path / "demo.sqlite3"
    seed_demo_db(path)
    out = tmp_path / "demo.csv"
    assert invoke("export", "--db", path, "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == DEMO_LABEL
    assert invoke("export", "--db", path, "-o", tmp_path / "demo.xlsx").exit_code == 0
    workbook = openpyxl.load_workbook(tmp_path / "demo.xlsx")
    assert workbook.worksheets[0]["A1"].value == DEMO_LABEL


def test_demo_never_goes_into_the_real_database(tmp_path):
    with pytest.raises(DemoError):
        seed_demo_db(DEFAULT_DB)
    assert not is_demo_db(tmp_path / "empty.sqlite3")


def test_template_is_written_in_the_asked_format_whatever_the_name(invoke, tmp_path):
    path = tmp_path / "mau_nhap.dat"
    assert invoke("template", "--format", "xlsx", "-o", path).exit_code == 0
    assert path.read_bytes().startswith(b"PK\x03\x04")
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    assert workbook.sheetnames == [spreadsheets.DATA_SHEET, "Nguồn - Sources"]
