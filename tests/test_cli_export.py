"""``python -m bhxh_geo export map|table|briefing`` through CliRunner: files written and read
back; every bad request refused with a message, no traceback and no file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from PIL import Image
from pypdf import PdfReader

from bhxh_geo.cli import cli
from bhxh_geo.demo import DEMO_LABEL, seed_demo_db
from bhxh_geo.districts import load_districts


@pytest.fixture(autouse=True)
def no_database(tmp_path, monkeypatch):
    """A database path that does not exist: nothing imported."""
    monkeypatch.setenv("BHXH_GEO_DB", str(tmp_path / "absent.sqlite3"))


@pytest.fixture
def export(runner, boundaries):
    def run(*args):
        return runner.invoke(cli, ["export", *map(str, args)])

    return run


def test_map_png_at_the_social_size(export, tmp_path):
    out = tmp_path / "bhtn.png"
    result = export(
        "map",
        "--year",
        2024,
        "--indicator",
        "bhtn",
        "--format",
        "png",
        "--size",
        "1200x675",
        "--lang",
        "en",
        "-o",
        out,
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote {out} (")
    assert Image.open(out).size == (1200, 675)


def test_table_csv_of_all_years(export, tmp_path):
    out = tmp_path / "all.csv"
    result = export("table", "--format", "csv", "-o", out)
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(out, encoding="utf-8-sig", dtype={"unit_code": str})) == 216


def test_briefing_pdf(export, tmp_path):
    out = tmp_path / "tom-tat.pdf"
    result = export("briefing", "--year", 2025, "-o", out)
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    text = reader.pages[0].extract_text()
    for name in load_districts()["short_label"]:
        assert name in text, name
    for expected in (
        "Điểm chính",
        "Thành phố Pleiku",
        "44,66%",
        "Thay đổi so với năm 2024",
        "Nguồn: Kế hoạch của UBND tỉnh Gia Lai triển khai Nghị quyết 69/NQ-CP, Phụ lục",
    ):
        assert expected in text, expected


def test_actual_map_from_the_demo_database_is_labelled(export, tmp_path, monkeypatch):
    db = tmp_path / "demo.sqlite3"
    seed_demo_db(db)
    monkeypatch.setenv("BHXH_GEO_DB", str(db))
    out = tmp_path / "actual.svg"
    result = export(
        "map",
        "--year",
        2023,
        "--indicator",
        "bhxh",
        "--measure",
        "actual",
        "--format",
        "svg",
        "-o",
        out,
    )
    assert result.exit_code == 0, result.output
    texts = [
        "".join(e.itertext())
        for e in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text")
    ]
    assert DEMO_LABEL in texts
    assert f"Số liệu thực hiện: {DEMO_LABEL}" in texts


BAD = [
    (
        ["map", "--year", 2030, "--indicator", "bhxh", "--format", "png"],
        "x.png",
        "'2030' is not one of",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhyt", "--format", "png"],
        "x.png",
        "'bhyt' is not one of",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhxh", "--format", "gif"],
        "x.gif",
        "'gif' is not one of",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhxh", "--format", "png", "--measure", "rate"],
        "x.png",
        "'rate' is not one of",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhxh", "--format", "png", "--size", "10x10"],
        "x.png",
        "kích thước «10x10» không hợp lệ",
    ),
    (
        [
            "map",
            "--year",
            2025,
            "--indicator",
            "bhxh",
            "--format",
            "png",
            "--size",
            "wide",
            "--lang",
            "en",
        ],
        "x.png",
        "expected WIDTHxHEIGHT",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhxh", "--format", "svg"],
        "x.png",
        "tên tệp cần đuôi .svg",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhxh", "--format", "png", "--measure", "actual"],
        "x.png",
        "chưa có số liệu thực hiện BHXH (tổng) năm 2025",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhxh", "--format", "png", "--period", "h1"],
        "x.png",
        "a target view has period 'full'",
    ),
    (
        ["map", "--year", 2025, "--indicator", "bhxh", "--format", "png", "--scheme", "jenks"],
        "x.png",
        "unknown scheme 'jenks'",
    ),
    (["table", "--year", 2022, "--format", "csv"], "x.csv", "'2022' is not one of"),
    (["table", "--format", "ods"], "x.ods", "'ods' is not one of"),
    (["table", "--format", "xlsx"], "x.csv", "tên tệp cần đuôi .xlsx"),
    (["briefing", "--year", "năm nay"], "x.pdf", "'năm nay' is not one of"),
    (["briefing", "--year", 2025], "x.png", "tên tệp cần đuôi .pdf"),
]


@pytest.mark.parametrize("args, name, message", BAD, ids=[" ".join(map(str, a)) for a, _, _ in BAD])
def test_bad_requests_are_refused_and_write_nothing(export, tmp_path, args, name, message):
    out = tmp_path / name
    result = export(*args, "-o", out)
    assert result.exit_code in (1, 2), result.output
    assert message in result.output, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # a message, not a crash
    assert not out.exists()
