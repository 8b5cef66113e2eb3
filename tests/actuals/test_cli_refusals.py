"""Every refusal of an import, through the command line: exit 1, a precise message, nothing stored.

Each case starts from a database holding one good batch, and ends with the same database,
byte for byte in its dump. Figures are synthetic.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.actuals.helpers import snapshot, write, xlsx_bytes

GOOD = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n"
LONG = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\n"
WIDE = "Địa bàn;Năm;BHXH;BHXH bắt buộc;BHXH tự nguyện;BHTN\n"
COUNTS = "Địa bàn;Năm;Lực lượng lao động trong độ tuổi;Số người tham gia BHTN;Tỷ lệ BHTN (%)\n"


def _zip_that_is_not_a_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


CASES = {
    "unknown district, nearest names only suggested": (
        LONG + "Plieku;2024;BHTN;15\n",
        [],
        [
            "f.csv, dòng 2, cột «Địa bàn»: không rõ địa bàn; gợi ý (không tự sửa): Thành phố Pleiku",
            "giá trị «Plieku»",
            "cần: tên hoặc mã GSO của một trong 17 huyện",
        ],
    ),
    "ambiguous district": (
        LONG + "Ia;2024;BHTN;15\n",
        [],
        ["dòng 2, cột «Địa bàn»: địa bàn không rõ ràng: có thể là Huyện Ia Grai, Huyện Ia Pa"],
    ),
    "code and name of two districts": (
        "Mã;Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\n622;An Khê;2024;BHTN;15\n",
        [],
        ["dòng 2, cột «Địa bàn»: không rõ địa bàn: mã và tên chỉ hai nơi khác nhau"],
    ),
    "figures without a district": (
        LONG + ";2024;BHTN;15\n",
        [],
        ["dòng 2, cột «Địa bàn»: dòng có số liệu nhưng không ghi địa bàn"],
    ),
    "same district, period and indicator twice": (
        LONG + "Pleiku;2024;BHTN;15\nTP. Pleiku;2024;bhtn;16\n",
        [],
        ["dòng 3, cột «Tỷ lệ»: trùng địa bàn, năm, kỳ và chỉ tiêu với dòng 2; giá trị «16»"],
    ),
    "rate above 100": (
        LONG + "Pleiku;2024;BHTN;101\n",
        [],
        [
            "dòng 2, cột «Tỷ lệ»: tỷ lệ nằm ngoài 0-100; giá trị «101»; cần: một tỷ lệ phần trăm từ 0 đến 100"
        ],
    ),
    "negative rate": (LONG + "Pleiku;2024;BHTN;-3\n", [], ["tỷ lệ nằm ngoài 0-100; giá trị «-3»"]),
    "all values look like fractions": (
        LONG + "Pleiku;2024;BHTN;0,15\nAn Khê;2024;BHTN;0,2\n",
        [],
        ["f.csv: cả 2 giá trị đều ≤ 1", "--scale fraction"],
    ),
    "BHXH is not compulsory + voluntary": (
        WIDE + "Pleiku;2024;20;15;4,98;10\n",
        [],
        [
            "dòng 2, cột «BHXH»: BHXH khác BHXH bắt buộc + tự nguyện (19,98, dòng 2) quá 0,01 điểm %",
            "giá trị «20»",
        ],
    ),
    "more insured than the labour force": (
        COUNTS + "Pleiku;2024;1000;2000;\n",
        [],
        [
            "dòng 2, cột «Số người tham gia BHTN»: số người tham gia lớn hơn lực lượng lao động (1000)",
            "giá trị «2000»",
        ],
    ),
    "rate disagreeing with its counts": (
        COUNTS + "Pleiku;2024;1000;200;25\n",
        [],
        [
            "dòng 2, cột «Tỷ lệ BHTN (%)»: tỷ lệ không khớp với số người / lực lượng lao động (20,00)"
        ],
    ),
    "formula, plus and at signs": (
        LONG + "Pleiku;2024;BHTN;=1+1\n@SUM(A1);2024;BHTN;5\nAn Khê;2024;BHTN;+5\n",
        [],
        [
            "dòng 2, cột «Tỷ lệ»: ô bắt đầu bằng =, + hoặc @ (công thức) bị từ chối; giá trị «=1+1»",
            "dòng 3, cột «Địa bàn»: ô bắt đầu bằng =, + hoặc @",
            "dòng 4, cột «Tỷ lệ»: ô bắt đầu",
        ],
    ),
    "decimal comma splitting a comma-separated row": (
        "Địa bàn,Năm,Chỉ tiêu,Tỷ lệ\nPleiku,2024,BHTN,15,24\n",
        [],
        ["f.csv, dòng 2: dòng có 1 ô thừa ngoài các cột của dòng tiêu đề", "giá trị «24»"],
    ),
    "several years side by side (one year per file or sheet)": (
        "Số TT;Địa bàn;Bảo hiểm xã hội;;;;;;Bảo hiểm thất nghiệp;\n"
        ";;Năm 2023;;;Năm 2024;;;Năm 2023;Năm 2024\n"
        ";;BHXH;Trong đó BHXH bắt buộc;Trong đó BHXH tự nguyện;BHXH;Trong đó BHXH bắt buộc;"
        "Trong đó BHXH tự nguyện;;\n1;Thành phố Pleiku;41,51%;38,73%;2,78%;43,22%;39,50%;3,72%;33,54%;33,63%\n",
        [],
        [
            "f.csv, dòng 3, cột «Bảo hiểm xã hội Năm 2024 BHXH»: cột trùng nghĩa với cột"
            " «Bảo hiểm xã hội Năm 2023 BHXH»; cần: mỗi chỉ tiêu một cột, một năm mỗi tệp hoặc trang tính"
        ],
    ),
    "not a number": (
        LONG + "Pleiku;2024;BHTN;nhiều\n",
        [],
        ["không phải một tỷ lệ; giá trị «nhiều»"],
    ),
    "not a count": (
        COUNTS + "Pleiku;2024;1000;12,5;\n",
        [],
        ["không phải số người; giá trị «12,5»"],
    ),
    "unknown indicator": (
        LONG + "Pleiku;2024;BHYT;15\n",
        [],
        ["cột «Chỉ tiêu»: không rõ chỉ tiêu; giá trị «BHYT»"],
    ),
    "unknown period": (
        "Địa bàn;Năm;Kỳ;Chỉ tiêu;Tỷ lệ\nPleiku;2024;Quý 3;BHTN;15\n",
        [],
        ["cột «Kỳ»: không rõ kỳ báo cáo; giá trị «Quý 3»; cần: «Cả năm» hoặc «6 tháng»"],
    ),
    "period differs from --period": (
        "Địa bàn;Năm;Kỳ;Chỉ tiêu;Tỷ lệ\nPleiku;2024;6 tháng;BHTN;15\n",
        ["--period", "full"],
        ["cột «Kỳ»: kỳ trong tệp khác với --period full"],
    ),
    "year outside the plan": (
        LONG + "Pleiku;2019;BHTN;15\n",
        [],
        ["cột «Năm»: năm không thuộc kế hoạch; giá trị «2019»"],
    ),
    "no year anywhere": (
        "Địa bàn;Chỉ tiêu;Tỷ lệ\nPleiku;BHTN;15\n",
        [],
        ["f.csv: không biết số liệu của năm nào; cần: cột Năm"],
    ),
    "six months in the title, no period": (
        "Báo cáo 6 tháng đầu năm 2024\nĐịa bàn;Chỉ tiêu;Tỷ lệ\nPleiku;BHTN;15\n",
        [],
        ["tiêu đề nói đến 6 tháng nhưng tệp không có cột Kỳ", "--period h1"],
    ),
    "empty file": (b"", [], ["f.csv: tệp rỗng"]),
    "only a byte-order mark and blank lines": (b"\xef\xbb\xbf\r\n\r\n", [], ["f.csv: tệp rỗng"]),
    "no header row": ("a,b,c\n1,2,3\n", [], ["f.csv: không tìm thấy dòng tiêu đề của bảng"]),
    "header without figures": (LONG + "Pleiku;2024;BHTN;-\n", [], ["bảng không có số liệu nào"]),
    "binary junk": (bytes(range(256)) * 4, [], ["f.csv, dòng 1: tệp chứa dữ liệu nhị phân"]),
    "a PNG image": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [], ["dữ liệu nhị phân"]),
    "Excel 97-2003": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
        [],
        ["tệp Excel 97-2003 (.xls) không được hỗ trợ"],
    ),
    "a zip that is not a workbook": (
        _zip_that_is_not_a_workbook(),
        [],
        ["tệp XLSX hỏng hoặc không phải bảng tính"],
    ),
    "a damaged workbook": (xlsx_bytes({"A": [["Địa bàn"]]})[:300], [], ["tệp XLSX hỏng"]),
    "missing sheet": (
        xlsx_bytes({"Cả năm": [["Địa bàn", "Năm", "Chỉ tiêu", "Tỷ lệ"]]}),
        ["--sheet", "6 tháng"],
        ["không có trang tính này; giá trị «6 tháng»; cần: một trong các trang: Cả năm"],
    ),
    "workbook formula without a saved result": (
        xlsx_bytes({"S": [["Địa bàn", "Năm", "BHTN"], ["Pleiku", 2024, "=10+5"]]}),
        [],
        ["f.csv, dòng 2, cột «BHTN»: ô bắt đầu bằng =, + hoặc @ (công thức) bị từ chối"],
    ),
}


@pytest.fixture
def seeded(invoke, db, tmp_path):
    """One good batch stored, so "nothing changed" is checked against real content."""
    result = invoke("import", write(tmp_path, "tot.csv", GOOD))
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("case", list(CASES))
def test_refused_with_a_precise_message_and_nothing_stored(invoke, seeded, tmp_path, case):
    data, options, fragments = CASES[case]
    before = snapshot(seeded)
    result = invoke("import", write(tmp_path, "f.csv", data), *options)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith("Error: f.csv: bị từ chối"), result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    assert snapshot(seeded) == before


def test_every_problem_of_a_file_is_listed_row_by_row(invoke, seeded, tmp_path):
    data = LONG + "Plieku;2024;BHTN;15\nAn Khê;2024;BHTN;150\nKBang;2024;BHYT;5\n"
    result = invoke("import", write(tmp_path, "f.csv", data))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Error: f.csv: bị từ chối (3 lỗi), không lưu gì."
    assert [line.split(",")[1].strip() for line in lines[1:]] == ["dòng 2", "dòng 3", "dòng 4"]


def test_messages_in_english(invoke, seeded, tmp_path):
    result = invoke(
        "import", write(tmp_path, "f.csv", LONG + "Plieku;2024;BHTN;15\n"), "--lang", "en"
    )
    assert result.exit_code == 1
    assert (
        "f.csv, row 2, column «Địa bàn»: unknown district; suggestions (not applied):"
        " Thành phố Pleiku; value “Plieku”"
    ) in result.stderr


def test_the_same_file_twice_is_refused_unless_forced(invoke, seeded, tmp_path):
    before = snapshot(seeded)
    again = invoke("import", write(tmp_path, "tot-copy.csv", GOOD))
    assert again.exit_code == 1
    assert "tot-copy.csv đã được nhập ở lô 1" in again.stderr
    assert "thêm --force nếu thật sự muốn nhập lại" in again.stderr
    assert snapshot(seeded) == before
    forced = invoke("import", write(tmp_path, "tot-copy.csv", GOOD), "--force")
    assert forced.exit_code == 0, forced.output
    assert "Đã nhập lô 2" in forced.output


def test_other_verbs_refuse_cleanly(invoke, seeded, tmp_path):
    before = snapshot(seeded)
    unknown = invoke("history", "Plieku")
    assert unknown.exit_code == 1 and "Thành phố Pleiku" in unknown.stderr
    missing = invoke("revert", "99")
    assert missing.exit_code == 1 and missing.stderr.strip() == "Error: không có lô 99"
    wrong = invoke("export", "-o", tmp_path / "out.txt")
    assert wrong.exit_code == 1 and "chỉ ghi được tệp .csv hoặc .xlsx" in wrong.stderr
    assert snapshot(seeded) == before
    assert invoke("revert", "1").exit_code == 0
    twice = invoke("revert", "1", "--lang", "en")
    assert twice.exit_code == 1 and "batch 1 was already reverted at" in twice.stderr
