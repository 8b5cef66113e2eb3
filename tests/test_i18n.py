"""Every string in both languages; numbers formatted the Vietnamese way by Babel."""

import re
from pathlib import Path

import pytest

from bhxh_geo.i18n import LANGS, STRINGS, format_int, format_number, format_pct, format_pp, t
from bhxh_geo.paths import ROOT


def test_every_key_has_vietnamese_and_english_with_the_same_placeholders():
    for key, texts in STRINGS.items():
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key
        placeholders = {lang: set(re.findall(r"{(\w+)}", texts[lang])) for lang in LANGS}
        assert placeholders["vi"] == placeholders["en"], key


def test_every_key_used_in_the_code_exists():
    used = set()
    for path in [
        *ROOT.glob("bhxh_geo/**/*.py"),
        *ROOT.glob("pages/*.py"),
        *ROOT.glob("ui/*.py"),
        ROOT / "app.py",
    ]:
        used |= set(
            re.findall(r"\bt\(\s*\"([a-z_.0-9]+)\"", Path(path).read_text(encoding="utf-8"))
        )
    assert used, "no t() calls found"
    assert sorted(used - set(STRINGS)) == []


@pytest.mark.parametrize(
    "value, vi, en",
    [
        (10.64, "10,64%", "10.64%"),
        (44.66, "44,66%", "44.66%"),
        (2.6, "2,60%", "2.60%"),
        (0, "0,00%", "0.00%"),
    ],
)
def test_percent_format(value, vi, en):
    assert format_pct(value, "vi") == vi
    assert format_pct(value, "en") == en


def test_thousands_points_and_missing_values():
    assert format_number(3684.7, "vi", 1) == "3.684,7"
    assert format_int(1234567, "vi") == "1.234.567"
    assert format_int(1234567, "en") == "1,234,567"
    assert format_pct(float("nan"), "vi") == "–"
    assert format_pp(0.89, "vi") == "+0,89 điểm %"
    assert format_pp(-1.2, "en") == "−1.20 pp"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="'fr'.*vi, en"):
        t("app.title", "fr")
