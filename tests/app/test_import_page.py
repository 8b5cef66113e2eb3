"""The import page under AppTest: who sees which controls, every accepted shape and encoding
uploaded through the page, refusals row by row, preview → commit → revert, caches refreshed.

Files are uploaded with AppTest's ``file_uploader.set_value`` (Streamlit 1.67). Figures are
synthetic (DỮ LIỆU MINH HỌA).
"""

from __future__ import annotations

import pytest

from bhxh_geo import officers
from bhxh_geo.actuals import store
from bhxh_geo.i18n import MISSING
from tests.actuals.helpers import encode_cp1258, fixture_text, snapshot, xlsx_bytes
from tests.actuals.test_cli_import import ENCODINGS, LONG_EXPECTED, _wide_workbook_rows, redelimit
from tests.app.helpers import after_map_drawn, district_table, open_app

PASSWORD = "mật khẩu cán bộ 2024"
OFFICER = "Nguyễn Văn A"
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "actuals.sqlite3"
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    return path


@pytest.fixture
def password(db):
    """An officer account in the test database."""
    officers.add(OFFICER, PASSWORD, path=db)
    return PASSWORD


def import_page(query: dict | None = None):
    at = open_app(query)
    at.switch_page("pages/import_actuals.py").run()
    assert not at.exception, at.exception
    return at


def sign_in(at, given: str = PASSWORD, name: str = OFFICER):
    at.text_input(key="import_name").input(name)
    at.text_input(key="import_password").input(given)
    at.get("form_submit_button")[0].click().run()
    assert not at.exception, at.exception
    return at


def upload(at, name: str, data: bytes, **options):
    """Set the reading options by widget key (``year=2024``, ``sheet="6 tháng"``), then upload."""
    for key, value in options.items():
        widget = (
            at.text_input(key=f"import_{key}")
            if key in ("sheet", "source")
            else at.selectbox(key=f"import_{key}")
        )
        widget.set_value(value)
    at.file_uploader[0].set_value((name, data, "application/octet-stream")).run()
    assert not at.exception, at.exception
    return at


def commit(at):
    [button] = [b for b in at.button if b.key.startswith("import_commit_")]
    assert not button.disabled
    button.click().run()
    assert not at.exception, at.exception
    return at


def edit_controls(at) -> list[str]:
    keys = [
        b.key for b in at.button if b.key and b.key.startswith(("import_commit", "import_revert"))
    ]
    return keys + [f"uploader:{u.label}" for u in at.file_uploader]


def preview_status(at) -> str:
    return next(
        c.value for c in at.caption if c.value.startswith(("Chưa lưu gì", "Nothing stored"))
    )


def stored(db) -> dict:
    return {
        (r.unit_code, r.period, r.indicator): round(r.value_pct, 6)
        for r in store.current_actuals(path=db).itertuples()
    }


def one_batch(db, source: str = "Báo cáo 15/BC-BHXH") -> None:
    from bhxh_geo.actuals.importer import parse_actuals

    result = parse_actuals(fixture_text("long_minh_hoa.csv").encode(), "long.csv")
    store.import_batch(
        result, filename="long.csv", sha256=result.sha256, source=source, by="Cán bộ A", path=db
    )


# Who sees what ---------------------------------------------------------------------------------


def test_without_an_account_editing_is_off_and_the_page_says_who_may_import(db, monkeypatch):
    # The retired shared password turns nothing on.
    monkeypatch.setenv(officers.LEGACY_PASSWORD_ENV, PASSWORD)
    at = import_page()
    assert at.markdown[0].value == "## Nhập số liệu thực hiện"
    info = at.info[0].value
    assert info.startswith("Chưa cán bộ nào có tài khoản nhập số liệu")
    assert "mỗi người một tài khoản riêng" in info and "liên hệ người quản trị" in info
    # A visitor is told who may import, not how to set the server up.
    for setup in ("BHXH_EDITOR_PASSWORD", "make run", "officers add", "`"):
        assert setup not in info
    assert at.text_input.len == 0 and edit_controls(at) == []
    assert "Chưa có lô nhập nào." in [c.value for c in at.caption]
    assert not db.exists()  # a viewer's visit creates no database
    english = import_page({"lang": "en"})
    assert english.info[0].value.startswith("No officer has an import account yet")


def test_a_wrong_password_shows_no_edit_controls(db, password):
    one_batch(db)
    at = import_page()
    assert at.info[0].value.startswith("Chế độ chỉ xem.")
    assert edit_controls(at) == []
    attempts = [(OFFICER, "sai"), (OFFICER, PASSWORD[:-1]), ("Nguyễn Văn B", PASSWORD), ("", "")]
    for left, (name, given) in zip((4, 3, 2, 1), attempts):
        sign_in(at, given, name)
        assert [e.value for e in at.error] == [
            f"Tên hoặc mật khẩu không đúng. Còn {left} lần thử, sau đó phải chờ 15 phút."
        ]
        assert edit_controls(at) == []
    # The viewer still reads the batches and the history.
    batches = at.dataframe[0].value
    assert batches["Lô"].tolist() == [1] and batches["Nguồn"].tolist() == ["Báo cáo 15/BC-BHXH"]
    at.selectbox(key="import_history_unit").set_value("622").run()
    history = at.dataframe[1].value
    assert set(history["Tỷ lệ (%)"]) == {"30,50%", "25,25%", "5,25%", "20,10%"}


def test_the_right_password_gives_the_upload_control_and_signing_out_removes_it(db, password):
    # The name as typed need not match the account's case or spacing.
    at = sign_in(import_page(), name="  nguyễn văn a ")
    assert at.success[0].value == (
        "Đã đăng nhập: Nguyễn Văn A. Có thể nhập và hoàn tác số liệu; mỗi lô ghi tên này."
    )
    assert at.file_uploader[0].label == "Tệp báo cáo (CSV hoặc XLSX, đuôi tệp nào cũng được)"
    assert list(at.file_uploader[0].allowed_type) == []  # any extension: the content decides
    at.button(key="import_logout").click().run()
    assert edit_controls(at) == [] and at.text_input(key="import_password").value == ""


def test_signed_in_sessions_lose_editing_when_the_account_is_removed(db, password):
    officers.add("Trần Thị B", PASSWORD, path=db)
    at = sign_in(import_page())
    officers.remove(OFFICER, path=db)
    at.run()
    assert edit_controls(at) == [] and at.info[0].value.startswith("Chế độ chỉ xem.")
    assert at.text_input(key="import_name").value == ""


def test_five_failures_lock_the_client_out_even_with_the_right_password(db, password, caplog):
    at = import_page()
    for _ in range(5):
        sign_in(at, "đoán mò 123456")
    assert at.error[0].value.startswith("Đăng nhập sai quá 4 lần: tạm khoá. Thử lại sau ")
    assert "(giờ UTC), tức khoảng 15 phút nữa." in at.error[0].value
    sign_in(at)  # the right password, while locked out
    assert at.error[0].value.startswith("Đăng nhập sai quá 4 lần: tạm khoá.")
    assert edit_controls(at) == [] and at.success.len == 0
    # Another session from the same client is locked out as well.
    other = sign_in(import_page())
    assert other.error[0].value.startswith("Đăng nhập sai quá 4 lần") and other.success.len == 0
    failures = [r.getMessage() for r in caplog.records if "sign-in failed" in r.getMessage()]
    assert len(failures) == 5 and all("'Nguyễn Văn A' from localhost" in f for f in failures)
    assert not any(
        "đoán mò" in r.getMessage() or PASSWORD in r.getMessage() for r in caplog.records
    )


# Every accepted shape and encoding, through the page ---------------------------------------------


def test_long_layout_in_every_encoding_and_separator(db, password):
    at = sign_in(import_page())
    long = fixture_text("long_minh_hoa.csv")
    upload(at, "bao_cao_doc.txt", long.encode("utf-8"))
    assert at.status[0].label == "Đã đọc tệp: 11 giá trị (dạng long), chưa lưu gì"
    assert at.status[0].state == "complete"
    assert preview_status(at) == "Chưa lưu gì: 11 giá trị (11 mới, 0 thay đổi, 0 giữ nguyên)."
    preview = at.dataframe[0].value.set_index(["Địa bàn", "Kỳ", "Chỉ tiêu"])
    assert preview.loc[("Pleiku", "Cả năm", "BHTN"), "Mới"] == "20,10%"
    assert preview.loc[("An Khê", "6 tháng", "BHTN"), "Hiện hành"] == "–"
    commit(at)
    assert stored(db) == LONG_EXPECTED
    # Every other encoding and separator reads the very same figures: all unchanged.
    cases = [(encoding, delimiter) for encoding in ENCODINGS for delimiter in (";", ",", "\t")][1:]
    for encoding, delimiter in cases:
        data = ENCODINGS[encoding](redelimit(long, delimiter))
        upload(at, f"doc-{encoding}.csv", data)
        assert at.status[0].state == "complete", (encoding, delimiter, at.status[0].label)
        details = next(h.value for h in at.html if "Định dạng CSV" in h.value)
        assert f"dấu phân cách {'tab' if delimiter == chr(9) else delimiter}" in details, details
        assert (
            preview_status(at) == "Chưa lưu gì: 11 giá trị (0 mới, 0 thay đổi, 11 giữ nguyên)."
        ), (encoding, delimiter)


def test_wide_layouts_counts_and_workbooks(db, password):
    at = sign_in(import_page())
    # Wide, Windows-1258, the year only in the title, "Tổng cộng" as the province.
    upload(at, "ngang.csv", encode_cp1258(fixture_text("wide_minh_hoa.csv")))
    assert at.status[0].label == "Đã đọc tệp: 16 giá trị (dạng wide), chưa lưu gì"
    assert "bảng mã cp1258" in next(h.value for h in at.html if "Định dạng CSV" in h.value)
    preview = at.dataframe[0].value.set_index(["Địa bàn", "Năm", "Chỉ tiêu"])
    assert preview.loc[("Toàn tỉnh", 2023, "BHXH"), "Mới"] == "14,50%"
    commit(at)
    assert at.success[0].value.startswith("Đã nhập lô 1: 16 giá trị.")

    # Wide under the plan appendix's three header rows.
    upload(at, "phu_luc.csv", encode_cp1258(fixture_text("wide_3_header_rows_minh_hoa.csv")))
    assert at.status[0].label == "Đã đọc tệp: 8 giá trị (dạng wide), chưa lưu gì"
    commit(at)

    # Counts: the rates computed, the counts kept and shown.
    upload(at, "so_nguoi.csv", fixture_text("counts_minh_hoa.csv").encode("utf-8-sig"))
    assert at.status[0].label == "Đã đọc tệp: 9 giá trị (dạng counts), chưa lưu gì"
    preview = at.dataframe[0].value.set_index(["Địa bàn", "Chỉ tiêu"])
    assert preview.loc[("Pleiku", "BHXH"), "Mới"] == "30,00%"
    assert preview.loc[("Pleiku", "BHXH"), "Số người tham gia"] == "– → 36.000"
    assert preview.loc[("Pleiku", "BHXH"), "LLLĐ trong độ tuổi"] == "– → 120.000"
    commit(at)

    # XLSX whatever its name: a two-row header, percent-formatted cells.
    percent = tuple(f"{col}{row}" for col in "CDEF" for row in (7, 8, 9))
    upload(
        at,
        "xuat_tu_phan_mem.txt",
        xlsx_bytes({"Báo cáo": _wide_workbook_rows()}, percent_cells=percent),
    )
    assert "Định dạng XLSX" in next(h.value for h in at.html if "Định dạng" in h.value)
    preview = at.dataframe[0].value.set_index(["Địa bàn", "Chỉ tiêu"])
    assert preview.loc[("Pleiku", "BHXH"), "Mới"] == "31,25%"
    commit(at)

    # XLSX, a named sheet, in the long layout with first-half figures.
    first = [["Địa bàn", "Năm", "Chỉ tiêu", "Tỷ lệ"], ["Pleiku", 2023, "BHTN", 1.0]]
    second = [
        ["DỮ LIỆU MINH HỌA"],
        ["Mã", "Năm", "Kỳ", "Chỉ tiêu", "Tỷ lệ (%)"],
        ["622", 2024, "6 tháng", "bhtn", 19.5],
        [623, 2024.0, "6 tháng đầu năm", "BHTN", "10,25"],
    ]
    upload(at, "hai_trang.xlsx", xlsx_bytes({"Cả năm": first, "6 tháng": second}), sheet="6 tháng")
    assert at.status[0].label == "Đã đọc tệp: 2 giá trị (dạng long), chưa lưu gì"
    assert "trang tính 6 tháng" in next(h.value for h in at.html if "Định dạng XLSX" in h.value)
    commit(at)

    assert store.batches(db)["shape"].tolist() == ["wide", "wide", "counts", "wide", "long"]
    values = stored(db)
    assert values[("622", "h1", "bhtn")] == 19.5 and values[("623", "h1", "bhtn")] == 10.25
    frame = store.current_actuals(2024, path=db).set_index(["unit_code", "period", "indicator"])
    assert frame.loc[("622", "full", "bhxh"), "insured"] == 36000


def test_year_period_and_scale_options_where_the_file_says_nothing(db, password):
    at = sign_in(import_page())
    text = "\n".join(fixture_text("wide_minh_hoa.csv").splitlines()[3:]).replace(",", "\t")
    text = text.replace('"Huyện\t thị xã\t thành phố"', "Địa bàn")
    data = text.encode("utf-16")
    upload(at, "ngang.tsv", data)
    assert at.status[0].state == "error"
    assert "không biết số liệu của năm nào" in at.dataframe[0].value["Lỗi"].iloc[0]
    upload(at, "ngang.tsv", data, year=2024, period="h1")
    assert at.status[0].state == "complete"
    commit(at)
    assert stored(db)[("622", "h1", "bhtn")] == 21.0

    # Decimal comma, dot and percent sign; fractions need the scale.
    at.selectbox(key="import_year").set_value(None)
    at.selectbox(key="import_period").set_value(None)
    upload(
        at,
        "dau.csv",
        "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2025;BHTN;15,24%\nAn Khê;2025;BHTN;15,24\n"
        "Ia Pa;2025;BHTN;15.24\n".encode(),
    )
    assert set(at.dataframe[0].value["Mới"]) == {"15,24%"}
    fractions = (
        "Địa bàn,Năm,Chỉ tiêu,Tỷ lệ\nPleiku,2023,BHTN,0.155\nAn Khê,2023,BHTN,0.5\n".encode()
    )
    upload(at, "phan_so.csv", fractions)
    assert (
        at.status[0].state == "error"
        and "cả 2 giá trị đều ≤ 1" in at.dataframe[0].value["Lỗi"].iloc[0]
    )
    assert any("«Giá trị ≤ 1 là»" in c.value for c in at.caption)
    upload(at, "phan_so.csv", fractions, scale="fraction")
    assert at.dataframe[0].value["Mới"].tolist() == ["15,50%", "50,00%"]


# Refusals, the duplicate file, revert --------------------------------------------------------------


def test_a_refused_file_lists_its_problems_row_by_row_and_stores_nothing(db, password):
    one_batch(db)
    before = snapshot(db)
    at = sign_in(import_page())
    bad = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPlieku;2024;BHTN;15\nPleiku;2024;BHTN;101\nAn Khê;2024;BHTN;=1+1\n"
    upload(at, "loi.csv", bad.encode())
    assert (
        at.status[0].label == "Tệp bị từ chối: 3 lỗi, không lưu gì"
        and at.status[0].state == "error"
    )
    assert at.error[0].value.startswith("Tệp bị từ chối (3 lỗi): không lưu gì.")
    errors = at.dataframe[0].value
    assert errors["Dòng"].tolist() == ["2", "3", "4"]
    assert errors["Cột"].tolist() == ["Địa bàn", "Tỷ lệ", "Tỷ lệ"]
    assert errors["Giá trị"].tolist() == ["Plieku", "101", "=1+1"]
    assert "gợi ý (không tự sửa): Thành phố Pleiku" in errors["Lỗi"].iloc[0]
    assert (
        errors["Thông báo đầy đủ"]
        .iloc[1]
        .startswith("loi.csv, dòng 3, cột «Tỷ lệ»: tỷ lệ nằm ngoài 0-100")
    )
    assert [b.key for b in at.button if b.key.startswith("import_commit")] == []
    assert snapshot(db) == before

    junk = import_page({"lang": "en"})
    sign_in(junk)
    upload(junk, "junk.xlsx", b"\x00\x01\x02 not a table")
    assert junk.dataframe[0].value["Full message"].iloc[0].startswith("junk.xlsx, row 1:")
    assert snapshot(db) == before


def test_the_same_file_twice_needs_a_second_tick(db, password):
    at = sign_in(import_page())
    data = fixture_text("long_minh_hoa.csv").encode()
    upload(at, "a.csv", data)
    commit(at)
    upload(at, "a-again.csv", data)
    assert at.warning[0].value.startswith("Tệp này (cùng SHA-256) đã được nhập ở lô 1.")
    [button] = [b for b in at.button if b.key.startswith("import_commit_")]
    assert button.disabled
    at.checkbox[0].check().run()
    commit(at)
    assert store.batches(db)["forced"].tolist() == [False, True]


def test_commit_stores_source_and_officer_and_revert_asks_first(db, password):
    at = sign_in(import_page())
    upload(at, "**bao cao**.csv", fixture_text("long_minh_hoa.csv").encode(), source=XSS)
    commit(at)
    assert (
        at.success[0].value
        == "Đã nhập lô 1: 11 giá trị. Bản đồ và các trang khác đã dùng số liệu mới."
    )
    assert at.file_uploader[0].value is None  # emptied for the next file
    batch = store.batches(db).iloc[0]
    assert (batch["source"], batch["imported_by"], batch["filename"]) == (
        XSS,
        "Nguyễn Văn A",
        "**bao cao**.csv",
    )
    # File text shown outside a table is escaped HTML, never markup or Markdown.
    line = next(h.value for h in at.html if "Lô 1 ·" in h.value)
    assert "**bao cao**.csv" in line and "<img" not in "".join(h.value for h in at.html)

    at.button(key="import_revert_1").click().run()
    assert at.warning[0].value.startswith("Hoàn tác lô 1 (11 giá trị)?")
    at.button(key="import_revert_no_1").click().run()
    assert at.warning.len == 0 and store.current_actuals(path=db).shape[0] == 11
    at.button(key="import_revert_1").click().run()
    at.button(key="import_revert_yes_1").click().run()
    assert at.success[0].value == "Đã hoàn tác lô 1; các giá trị trước đó lại là hiện hành."
    assert store.current_actuals(path=db).empty
    batches = store.batches(db)
    assert batches["reverted_by"].tolist() == ["Nguyễn Văn A"]
    assert at.dataframe[0].value["Trạng thái"].iloc[0].startswith("đã hoàn tác")
    assert [b.key for b in at.button if b.key.startswith("import_revert")] == []


def test_the_map_shows_an_import_at_once(db, password):
    """Caches key on the database stamp, which every commit and revert changes."""
    from ui import cached

    at = open_app({"measure": "actual", "year": "2024"})
    rows, _ = district_table(at)
    assert all(
        row["value"] is None and row["cells"][2] == MISSING for row in rows
    )  # never zero: the dash the whole app prints for a missing figure
    stamp = cached.db_stamp()
    at.switch_page("pages/import_actuals.py").run()
    sign_in(at)
    upload(at, "doc.csv", fixture_text("long_minh_hoa.csv").encode(), source="Báo cáo 15/BC-BHXH")
    commit(at)
    imported = cached.db_stamp()
    assert imported != stamp
    at.switch_page("pages/map.py")
    at.query_params.update({"measure": "actual", "year": "2024", "indicator": "bhtn"})
    after_map_drawn(at.run())
    values = {row["code"]: row["value"] for row in district_table(at)[0]}
    assert values["622"] == 20.1 and values["625"] == 6.0
    assert "Báo cáo 15/BC-BHXH" in next(h.value for h in at.html if "bhxh-source" in h.value)
    store.revert(1, path=db)
    assert cached.db_stamp() not in (stamp, imported)


# Faults of the store -----------------------------------------------------------------------------


UNAVAILABLE = "Actuals cannot be read right now (the database is damaged)"


def test_a_damaged_database_is_a_message_in_every_part_of_the_page(db):
    db.write_bytes(b"not a database at all, " * 200)
    at = import_page({"lang": "en"})
    errors = [e.value for e in at.error]
    assert len(errors) == 3 and all(e.startswith(UNAVAILABLE) for e in errors), errors
    assert not edit_controls(at) and not at.get("form_submit_button")  # nobody signs in
    shown = " ".join(e.value for e in [*at.error, *at.warning, *at.info, *at.caption])
    assert str(db) not in shown and "Traceback" not in shown


def test_a_preview_that_cannot_be_read_says_so_and_offers_no_commit(db, password, monkeypatch):
    at = sign_in(import_page({"lang": "en"}))

    def busy(*args, **kwargs):
        raise store.StoreError("busy", db=str(db))

    monkeypatch.setattr(store, "preview", busy)
    upload(at, "long.csv", fixture_text("long_minh_hoa.csv").encode())
    assert [e.value for e in at.error] == [
        "Actuals cannot be read right now (the database is busy): none are shown, the plan's"
        " targets are all there. Reload the page in a few minutes."
    ]
    assert not [b for b in at.button if b.key.startswith("import_commit_")]
    assert store.batches(db).empty
