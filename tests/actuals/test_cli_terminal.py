"""What the command line prints from files and the database carries no terminal escape: file
names, sources, officers and cell values with ANSI sequences, bells, carriage returns or a
right-to-left override are printed as readable text, in batches, history, lists and refusals."""

from __future__ import annotations

import re

from tests.actuals.helpers import write

ESC = "\x1b"
HOSTILE = f"{ESC}[2J{ESC}]0;owned{ESC}\\\x07ok\r\u202efdp"
GOOD = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n"


def assert_inert(text: str) -> None:
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text), repr(
        text
    )


def test_batches_history_and_list_print_no_escapes(invoke, tmp_path):
    name = f"bao{ESC}[31mcao.csv"
    imported = invoke(
        "import", write(tmp_path, name, GOOD), "--source", HOSTILE, "--by", f"Cán bộ{ESC}[5m A"
    )
    assert imported.exit_code == 0, imported.output
    assert_inert(imported.output)
    assert "baocao.csv" in imported.output
    for args in (["batches"], ["history", "Pleiku"], ["list"], ["list", "--format", "csv"]):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        assert_inert(result.output)
    batches = invoke("batches").output
    assert "okrfdp" not in batches and "ok\\r\\u202efdp" in batches
    assert "Cán bộ A" in batches and "baocao.csv" in batches
    # The stored text itself is untouched: only what is printed is cleaned.
    from bhxh_geo.actuals import store

    assert store.batches()["source"].tolist() == [HOSTILE]


def test_a_refusal_prints_no_escapes_from_the_file(invoke, tmp_path):
    bad = f"Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPlei{ESC}[8mku;2024;BHTN;15\n"
    result = invoke("import", write(tmp_path, f"x{ESC}]0;t\x07.csv", bad))
    assert result.exit_code == 1
    assert_inert(result.stderr)
    # The reader refuses control bytes in a CSV itself; the file's name is what is cleaned.
    assert "x.csv, dòng 2: tệp chứa dữ liệu nhị phân, không phải bảng; giá trị «0x1B»" in (
        result.stderr
    )
