"""Files no report looks like are refused before the work they ask for, with a precise message;
formulas are refused with the cell, the sheet and the formula; long problem lists are cut.

The hostile workbooks are built at test time (tests/fixtures/hostile_xlsx.py). "Before the work"
is checked by making openpyxl unusable: a workbook refused by its size never reaches it. Time
and memory are measured in bench/reader_limits_bench.py, not here.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import pytest

from bhxh_geo.actuals import limits, reader
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.actuals.issues import FileProblem
from bhxh_geo.paths import ROOT
from tests.actuals.helpers import snapshot, write
from tests.fixtures import hostile_xlsx as hx

GOOD = [hx.HEADER, ["Pleiku", 2024, "BHTN", 15.24], ["An Khê", 2024, "BHTN", 9.5]]


@pytest.fixture
def no_openpyxl(monkeypatch):
    """openpyxl fails loudly if anything asks it to open a workbook."""
    import openpyxl

    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl was asked to parse a workbook that should be refused")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def messages(data: bytes, **options) -> list[str]:
    result = parse_actuals(data, "f.xlsx", **options)
    assert not result.ok
    return [str(issue) for issue in result.errors]


def test_one_row_of_two_million_cells_is_refused_before_parsing(no_openpyxl):
    data = hx.one_wide_row()
    assert len(data) < 300_000
    [message] = messages(data)
    assert message == (
        "f.xlsx: bảng tính giải nén ra 30,00 MB, quá lớn cho một báo cáo;"
        " cần: tối đa 20 MB khi giải nén; lưu riêng trang báo cáo ra một tệp mới"
    )


def test_half_a_megabyte_of_repeated_rows_is_refused_before_parsing(no_openpyxl):
    data = hx.many_rows()
    assert 400_000 < len(data) < 700_000
    assert messages(data)[0].startswith("f.xlsx: bảng tính giải nén ra 139,")


def test_a_row_too_long_for_its_size_to_show_in_the_directory_is_refused(no_openpyxl):
    data = hx.one_wide_row(cells=300_000)  # 4.5 MB unzipped
    [message] = messages(data)
    assert message == (
        "f.xlsx, dòng 1: trang tính «Báo cáo» có ô IW1, quá xa bên phải;"
        " cần: tối đa 256 cột (xoá các cột thừa bên phải bảng)"
    )


def test_rows_too_many_for_their_size_to_show_in_the_directory_are_refused(no_openpyxl):
    data = hx.workbook({"Báo cáo": ["<row><c><v>1</v></c></row>" * 6_000]})
    assert messages(data) == [
        "f.xlsx: trang tính «Báo cáo» có quá nhiều dòng;"
        " cần: tối đa 5000 dòng (xoá các dòng thừa bên dưới bảng)"
    ]


def test_a_far_away_cell_is_refused_by_its_reference(no_openpyxl):
    rows = [*hx.sheet_xml(GOOD), '<row r="3"><c r="XFD3"><v>1</v></c></row>']
    [message] = messages(hx.workbook({"S": rows}))
    assert "dòng 3: trang tính «S» có ô XFD3, quá xa bên phải" in message


def test_a_far_away_row_is_refused(no_openpyxl):
    rows = [*hx.sheet_xml(GOOD), '<row r="1048576"><c r="A1048576"><v>1</v></c></row>']
    assert "trang tính «S» có quá nhiều dòng" in messages(hx.workbook({"S": rows}))[0]


def test_the_same_row_repeated_counts_every_time(no_openpyxl):
    # openpyxl parses every <row> and <c>, even under a row number it has passed already.
    rows = ['<row r="1"><c><v>1</v></c><c><v>2</v></c></row>' * 60_000]
    assert "trang tính «S» có quá nhiều ô" in messages(hx.workbook({"S": rows}))[0]


def test_many_cells_within_the_row_and_column_limits_are_refused(no_openpyxl):
    row = "".join(f"<c><v>{j}</v></c>" for j in range(200))
    rows = [f"<row>{row}</row>"] * 600  # 120,000 cells
    [message] = messages(hx.workbook({"S": rows}))
    assert message.startswith(
        "f.xlsx, dòng 126: trang tính «S» có quá nhiều ô; cần: tối đa 25000 ô"
    )


def test_too_many_elements_outside_the_sheets_are_refused(no_openpyxl):
    # openpyxl parses every shared string when it opens a workbook.
    data = hx.workbook({"S": hx.sheet_xml(GOOD)})
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>x</t></si>" * 100_000 + "</sst>")
    [message] = messages(buffer.getvalue())
    assert message == (
        "f.xlsx: bảng tính quá phức tạp cho một báo cáo (hơn 100000 phần tử XML);"
        " cần: một báo cáo nhỏ; lưu riêng trang báo cáo ra một tệp mới"
    )


def test_a_workbook_too_large_unzipped_is_refused_from_its_directory(no_openpyxl):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (limits.MAX_UNZIPPED_BYTES + 60_000))
    [message] = messages(buffer.getvalue())
    assert message.startswith("f.xlsx: bảng tính giải nén ra 20,10 MB, quá lớn cho một báo cáo")


def test_a_sheet_with_a_doctype_is_refused(no_openpyxl):
    data = hx.workbook({"S": hx.sheet_xml(GOOD)})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        "?>", '?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', 1
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    assert "tệp XLSX hỏng hoặc không phải bảng tính (DOCTYPE)" in messages(buffer.getvalue())[0]


def test_a_lying_dimension_on_a_small_sheet_is_ignored():
    data = hx.workbook({"S": hx.sheet_xml(GOOD)}, dimension="A1:XFD1048576")
    result = parse_actuals(data, "f.xlsx")
    assert result.ok, result.errors
    assert result.rows["value_pct"].tolist() == [15.24, 9.5]


def test_the_named_sheet_is_the_one_measured(no_openpyxl):
    data = hx.workbook({"Nháp": ["<row/>"], "Báo cáo": ['<row r="30000"/>']})
    assert "trang tính «Báo cáo» có quá nhiều dòng" in messages(data, sheet="Báo cáo")[0]


# Formulas ------------------------------------------------------------------------------------


def test_a_formula_with_a_saved_value_is_refused_with_its_cell_sheet_and_formula():
    rows = [hx.HEADER, ["Pleiku", 2024, "BHTN", hx.formula("D2", "B9*2", 15.24)]]
    [message] = messages(hx.workbook({"Báo cáo": hx.sheet_xml(rows)}))
    assert message == (
        "f.xlsx, dòng 2, cột «Tỷ lệ»: ô D2 của trang «Báo cáo» là công thức (giá trị đã lưu cùng"
        " tệp: 15,24), không nhận công thức; giá trị «=B9*2»; cần: gõ giá trị thay cho công thức"
        " (hoặc Sao chép rồi Dán đặc biệt → Giá trị)"
    )


def test_an_external_link_is_named_as_such_in_english():
    rows = [hx.HEADER, ["Pleiku", 2024, "BHTN", hx.formula("D2", "[1]Sheet1!$B$2", 15.24)]]
    result = parse_actuals(hx.workbook({"S": hx.sheet_xml(rows)}), "f.xlsx", lang="en")
    [message] = [str(issue) for issue in result.errors]
    assert "cell D2 of the sheet “S” takes its value from another file (an external link" in message
    assert "value “=[1]Sheet1!$B$2”; expected: type the value instead of the formula" in message


def test_a_formula_in_the_title_is_refused_and_the_header_is_still_found():
    title = '<c r="A1" t="str"><f>"Báo cáo năm "&amp;2024</f><v>Báo cáo năm 2024</v></c>'
    rows = [[title], *GOOD]
    data = hx.workbook({"S": hx.sheet_xml(rows)})
    [message] = messages(data)
    assert message.startswith("f.xlsx, dòng 1, cột «A»: ô A1 của trang «S» là công thức")


# Special files, size on disk ---------------------------------------------------------------------


def test_special_files_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "bao_cao.csv"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "FIFO"), ("/dev/zero", "character device"), (tmp_path, "directory")):
        with pytest.raises(FileProblem) as refused:
            reader.read_file(path)
        assert refused.value.key == "not_regular" and refused.value.params == {"kind": kind}


def test_a_file_over_the_limit_is_read_no_further_than_the_limit(tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(10 * limits.MAX_BYTES)  # sparse: no disk used
    with pytest.raises(FileProblem) as refused:
        reader.read_file(big)
    assert refused.value.key == "over_limit"
    assert reader.read_file(write(tmp_path, "ok.csv", "a;b\n")) == b"a;b\n"


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_the_cli_refuses_special_files_at_once(tmp_path, target):
    if target == "fifo":
        target = tmp_path / "bao_cao.csv"
        os.mkfifo(target)
    db = tmp_path / "db.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "bhxh_geo", "actuals", "import", str(target)],
        cwd=ROOT,
        env={**os.environ, "BHXH_GEO_DB": str(db)},
        capture_output=True,
        text=True,
        timeout=60,  # a FIFO without a writer would block a plain open() forever
    )
    assert done.returncode == 1, done.stderr
    name = os.path.basename(target)
    assert done.stderr.splitlines() == [
        f"Error: {name}: bị từ chối (1 lỗi), không lưu gì.",
        f"{name}: không phải một tệp thường"
        f" ({'FIFO' if 'fifo' in str(target) or name.endswith('.csv') else 'character device'}):"
        " không đọc; cần: đường dẫn tới một tệp CSV hoặc XLSX đã lưu trên đĩa",
    ]
    assert snapshot(db) == []


# CSV limits, long lists of problems ----------------------------------------------------------------


def test_a_csv_row_of_too_many_cells_is_refused():
    data = ("Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\n" + ";" * 300 + "\n").encode()
    result = parse_actuals(data, "f.csv")
    assert [str(e) for e in result.errors] == [
        "f.csv, dòng 2: dòng có quá nhiều ô; cần: tối đa 256 cột"
    ]


def test_a_csv_of_too_many_cells_is_refused():
    data = ("Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\n" + (";" * 99 + "\n") * 600).encode()
    [error] = parse_actuals(data, "f.csv").errors
    assert str(error).startswith("f.csv, dòng 251: tệp có quá nhiều ô; cần: tối đa 25000 ô")


def test_the_cli_lists_200_problems_and_counts_the_rest(invoke, tmp_path):
    rows = "".join(f"Plieku;2024;BHTN;{n % 90}\n" for n in range(250))
    result = invoke("import", write(tmp_path, "f.csv", "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\n" + rows))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Error: f.csv: bị từ chối (250 lỗi), không lưu gì."
    assert len(lines) == 1 + 200 + 1
    assert lines[200].startswith("f.csv, dòng 201, cột «Địa bàn»")
    assert lines[-1] == "… và 50 lỗi khác (sửa các lỗi trên rồi nhập lại để xem tiếp)"


def _patched(data: bytes, offsets: dict[bytes, int], value: int) -> bytes:
    """The workbook with one field of every zip header set to ``value`` (extract version or
    compression method), as an archiver this program cannot follow writes it."""
    out = bytearray(data)
    for signature, offset in offsets.items():
        start = 0
        while (found := out.find(signature, start)) >= 0:
            out[found + offset : found + offset + 2] = value.to_bytes(2, "little")
            start = found + 4
    return bytes(out)


@pytest.mark.parametrize(
    ("offsets", "value", "detail"),
    [
        ({b"PK\x03\x04": 4, b"PK\x01\x02": 6}, 64, "zip file version 6.4"),
        ({b"PK\x03\x04": 8, b"PK\x01\x02": 10}, 99, "compression method"),
    ],
    ids=["zip version 6.4", "unknown compression method"],
)
def test_a_workbook_zipped_in_a_way_zipfile_cannot_read_says_so(
    offsets, value, detail, tmp_path, monkeypatch
):
    from click.testing import CliRunner

    from bhxh_geo.cli import cli

    data = _patched(hx.workbook({"Sheet1": hx.sheet_xml(GOOD)}), offsets, value)
    (problem,) = messages(data)
    assert "compressed in a way this program cannot read" in problem or "nén theo cách" in problem
    assert detail in problem
    db = tmp_path / "a.sqlite3"
    monkeypatch.setenv("BHXH_GEO_DB", str(db))
    path = write(tmp_path, "bao_cao.xlsx", data)
    result = CliRunner().invoke(cli, ["actuals", "import", str(path), "--lang", "en"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "bao_cao.xlsx: the XLSX file is compressed in a way this program cannot read" in (
        result.output
    )
    assert "Traceback" not in result.output and snapshot(db) == []
