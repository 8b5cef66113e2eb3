"""The import page's logic without Streamlit: the password gate, the frames people read,
committing and reverting with the officer's name, no database created by a viewer."""

from __future__ import annotations

import hmac

import pytest

from bhxh_geo.actuals import editing, store, views
from bhxh_geo.actuals.editing import EDITOR_PASSWORD_ENV, ImportOptions
from tests.actuals.helpers import fixture_text, snapshot


@pytest.mark.parametrize("value", [None, "", "  \t"])
def test_editing_is_off_without_a_password(monkeypatch, value):
    if value is None:
        monkeypatch.delenv(EDITOR_PASSWORD_ENV, raising=False)
    else:
        monkeypatch.setenv(EDITOR_PASSWORD_ENV, value)
    assert not editing.editing_enabled()
    assert not editing.check_password(value or "")
    assert not editing.check_password("anything")


def test_the_password_is_compared_in_constant_time(monkeypatch):
    monkeypatch.setenv(EDITOR_PASSWORD_ENV, "Mật-khẩu 1")
    calls = []
    real = hmac.compare_digest
    monkeypatch.setattr(
        editing.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b)
    )
    assert editing.check_password("Mật-khẩu 1")
    assert not editing.check_password("Mật-khẩu")
    assert not editing.check_password("mật-khẩu 1")
    assert not editing.check_password("")  # refused before any comparison
    # Digests of equal length: neither the password nor its length shows in the timing.
    assert len(calls) == 3 and all(len(a) == len(b) == 32 for a, b in calls)


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
    shown = views.preview_frame(changes, "vi", counts=True).set_index(["Địa bàn", "Chỉ tiêu"])
    assert shown.loc[("Pleiku", "BHTN"), "Số người tham gia"] == "– → 24.000"
    assert "Số người tham gia" not in views.preview_frame(changes, "vi").columns  # the CLI's table
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
