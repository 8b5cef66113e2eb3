"""The import page's logic without Streamlit: the officers' gate, the frames people read,
committing and reverting with the officer's name, no database created by a viewer."""

from __future__ import annotations

import pytest

from bhxh_geo import officers
from bhxh_geo.actuals import editing, listings, store
from bhxh_geo.actuals.editing import ImportOptions
from tests.actuals.helpers import fixture_text, snapshot


def test_editing_is_off_until_an_officer_account_exists(db, monkeypatch):
    monkeypatch.setenv(officers.LEGACY_PASSWORD_ENV, "mật khẩu cũ dùng chung")
    assert not editing.editing_enabled()
    assert snapshot(db) == []  # asking created nothing
    assert not editing.sign_in("ai đó", "mật khẩu cũ dùng chung", "203.0.113.9").ok
    officers.add("Cán bộ B", "một mật khẩu dài", path=db)
    assert editing.editing_enabled()
    signed = editing.sign_in("cán bộ b", "một mật khẩu dài", "203.0.113.9")
    assert signed.ok and signed.name == "Cán bộ B"
    officers.remove("Cán bộ B", path=db)
    assert not editing.editing_enabled()


def test_errors_frame_has_one_row_per_problem_in_the_chosen_language():
    bad = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPlieku;2024;BHTN;15\nPleiku;2024;BHTN;101\n".encode()
    result = editing.read_upload(bad, "f.csv", ImportOptions(), "en")
    frame = editing.errors_frame(result.errors, "en")
    assert list(frame.columns) == ["Row", "Column", "Value", "Problem", "Expected", "Full message"]
    assert frame["Row"].tolist() == ["2", "3"] and frame["Value"].tolist() == ["Plieku", "101"]
    assert frame["Full message"].tolist() == [str(e) for e in result.errors]
    assert frame["Full message"].iloc[1].startswith("f.csv, row 3, column «Tỷ lệ»:")


def test_read_upload_applies_the_options_and_summarises_the_reading():
    text = "Địa bàn\tChỉ tiêu\tTỷ lệ\nAn Khê\tBHTN\t0,095\nPleiku\tBHTN\t0,2\n"
    options = ImportOptions(year=2024, period="h1", scale="fraction", sheet="")
    assert options.reading == (2024, "h1", "fraction", None)
    result = editing.read_upload(text.encode("utf-16"), "a.txt", options, "vi")
    assert result.ok, result.errors
    assert result.rows[["unit_code", "year", "period", "value_pct"]].values.tolist() == [
        ["623", 2024, "h1", 9.5],
        ["622", 2024, "h1", 20.0],
    ]
    assert editing.read_summary(result, "vi") == (
        "Định dạng CSV, bảng mã utf-16, dấu phân cách tab, trang tính –, dòng tiêu đề 1"
    )


def test_commit_preview_and_revert_keep_source_and_officer(db):
    data = fixture_text("counts_minh_hoa.csv").encode()
    result = editing.read_upload(data, "so_nguoi.csv", ImportOptions())
    changes = editing.preview(result, path=db)
    assert editing.preview_counts(changes) == {"rows": 9, "new": 9, "changed": 0, "same": 0}
    shown = listings.preview_frame(changes, "vi", counts=True).set_index(["Địa bàn", "Chỉ tiêu"])
    assert shown.loc[("Pleiku", "BHTN"), "Số người tham gia"] == "– → 24.000"
    assert (
        "Số người tham gia" not in listings.preview_frame(changes, "vi").columns
    )  # the CLI's table
    batch = editing.commit(
        result, "so_nguoi.csv", ImportOptions(source="  ", by=" Cán bộ B "), path=db
    )
    assert editing.earlier_batch(result, path=db) == batch
    row = store.batches(db).iloc[0]
    assert (row["source"], row["imported_by"]) == (
        "so_nguoi.csv",
        "Cán bộ B",
    )  # source: the file name
    editing.revert(batch, by="Cán bộ C", path=db)
    assert store.batches(db).iloc[0]["reverted_by"] == "Cán bộ C"
    assert editing.live_batches(store.batches(db)).empty
    frame = editing.batches_frame(store.batches(db), "en")
    assert frame["Status"].iloc[0].startswith("reverted ")
    with pytest.raises(store.StoreError, match="đã được hoàn tác"):
        editing.revert(batch, path=db)


def test_a_viewer_reading_batches_and_history_creates_no_database(db):
    assert editing.stored_batches().empty and editing.unit_history("622", "vi").empty
    assert not store.exists(db) and snapshot(db) == []
