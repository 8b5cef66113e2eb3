"""The plan's targets: complete, exact, and consistent with the plan's own text."""

import re

import pandas as pd
import pytest

from bhxh_geo.districts import PROVINCE_CODE, district_codes, load_districts
from bhxh_geo.targets import TargetsError, check_targets, load_targets, targets_for


def test_216_rows_one_per_unit_year_indicator():
    targets = load_targets()
    assert len(targets) == 18 * 3 * 4 == 216
    assert not targets.duplicated(["unit_code", "year", "indicator"]).any()
    assert set(targets["unit_code"]) == {PROVINCE_CODE, *district_codes()}


def test_bhxh_is_compulsory_plus_voluntary_for_every_unit_and_year():
    wide = load_targets().pivot_table(
        index=["unit_code", "year"], columns="indicator", values="target_pct"
    )
    assert len(wide) == 54
    gap = (wide["bhxh"] - wide["bhxh_bat_buoc"] - wide["bhxh_tu_nguyen"]).abs()
    assert gap.max() < 0.005, gap[gap >= 0.005]


def test_province_row_equals_section_ii_of_the_plan():
    # Section II.2 of the plan: BHXH 14,83 / 15,83 / 16,83 %, BHTN 9,16 / 9,54 / 9,85 %.
    section_ii = {
        ("bhxh", 2023): 14.83,
        ("bhxh", 2024): 15.83,
        ("bhxh", 2025): 16.83,
        ("bhtn", 2023): 9.16,
        ("bhtn", 2024): 9.54,
        ("bhtn", 2025): 9.85,
    }
    for (indicator, year), expected in section_ii.items():
        assert targets_for(year, indicator).loc[PROVINCE_CODE, "target_pct"] == expected


def _appendix_rows(plan_text):
    appendix = plan_text[plan_text.index("Phụ lục") :]
    pattern = r"^\s*(\d+)?\s*((?:Thành phố|Thị xã|Huyện|Toàn tỉnh)[^\d]*?)\s+((?:\d+,\d+% ?){12})"
    return re.findall(pattern, appendix, re.M)


def test_every_figure_matches_the_appendix_as_printed(plan_text):
    """Re-read the appendix of the plan and compare all 216 figures, name spellings included."""
    rows = _appendix_rows(plan_text)
    assert len(rows) == 18
    by_row = load_districts().set_index("plan_row")
    targets = load_targets().set_index(["unit_code", "year", "indicator"])
    for number, name, figures in rows:
        code = PROVINCE_CODE if not number else by_row.loc[int(number), "code"]
        values = [f.rstrip("%") for f in figures.split()]
        for i, year in enumerate((2023, 2024, 2025)):
            printed = {
                "bhxh": values[3 * i],
                "bhxh_bat_buoc": values[3 * i + 1],
                "bhxh_tu_nguyen": values[3 * i + 2],
                "bhtn": values[9 + i],
            }
            for indicator, text in printed.items():
                row = targets.loc[(code, year, indicator)]
                assert f"{row.target_pct:.2f}" == text.replace(",", "."), (code, year, indicator)
                assert row.unit_name == name.strip()


def test_source_cites_the_plan_without_inventing_its_number():
    sources = load_targets()["source"].unique()
    assert len(sources) == 1
    assert "69/NQ-CP" in sources[0] and "Phụ lục" in sources[0] and "Gia Lai" in sources[0]
    assert not re.search(r"\d+/KH-UBND", sources[0]), "the plan's number is blank in the document"


def test_a_typo_breaking_the_sum_is_refused_with_the_unit():
    broken = load_targets()
    row = broken.index[
        (broken.unit_code == "628") & (broken.year == 2025) & (broken.indicator == "bhxh")
    ][0]
    broken.loc[row, "target_pct"] = 10.46
    with pytest.raises(TargetsError, match=r"bhxh ≠ .*628"):
        check_targets(broken)


def test_a_missing_row_is_refused():
    with pytest.raises(TargetsError, match="215 rows, expected 216"):
        check_targets(load_targets().iloc[1:])


def test_an_unknown_unit_is_refused_with_its_row():
    broken = load_targets()
    broken.loc[5, "unit_code"] = "999"
    with pytest.raises(TargetsError, match=r"row 7: unit_code '999'"):
        check_targets(broken)


def test_targets_for_rejects_years_outside_the_plan():
    with pytest.raises(ValueError, match="2026.*2023, 2024, 2025"):
        targets_for(2026)
    assert isinstance(targets_for(2024, "bhtn"), pd.DataFrame)
