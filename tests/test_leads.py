"""Every story lead's figures recomputed independently from data/targets.csv with pandas, and its
sentence checked to state exactly those figures (ties named together, nothing unsupported)."""

import pandas as pd
import pytest

from bhxh_geo.districts import unit_name
from bhxh_geo.i18n import format_number, format_pct
from bhxh_geo.leads import behind_target, join_names, leads_text, story_leads
from bhxh_geo.measures import empty_actuals
from bhxh_geo.paths import TARGETS_CSV

INDICATORS = ["bhxh", "bhxh_bat_buoc", "bhxh_tu_nguyen", "bhtn"]
YEARS = [2023, 2024, 2025]
CASES = [(year, indicator) for year in YEARS for indicator in INDICATORS]


@pytest.fixture(scope="module")
def csv():
    return pd.read_csv(TARGETS_CSV, dtype={"unit_code": str})


def _districts(csv, year, indicator):
    rows = csv[(csv.year == year) & (csv.indicator == indicator) & (csv.unit_code != "64")]
    return rows.set_index("unit_code")["target_pct"]


def _province(csv, year, indicator):
    return float(
        csv[
            (csv.year == year) & (csv.indicator == indicator) & (csv.unit_code == "64")
        ].target_pct.iloc[0]
    )


def _codes_equal_to(values, target):
    return tuple(code for code, value in values.items() if round(value, 2) == round(target, 2))


def _by_kind(leads):
    kinds = [lead.kind for lead in leads]
    assert len(kinds) == len(set(kinds)), kinds
    return {lead.kind: lead for lead in leads}


@pytest.mark.parametrize("year, indicator", CASES)
def test_highest_and_lowest(csv, year, indicator):
    values = _districts(csv, year, indicator)
    leads = _by_kind(story_leads(year, indicator, "vi"))
    for kind, value in (("highest", values.max()), ("lowest", values.min())):
        lead = leads[kind]
        assert lead.figures["value"] == value
        assert lead.figures["codes"] == _codes_equal_to(values, value)
        assert format_pct(value, "vi") in lead.text
        assert all(unit_name(code) in lead.text for code in lead.figures["codes"])
        assert ("cùng có" in lead.text) == (len(lead.figures["codes"]) > 1)
        assert lead.source == csv.source.iloc[0]


@pytest.mark.parametrize("indicator", INDICATORS)
def test_largest_planned_increase_2023_to_2025(csv, indicator):
    start, end = _districts(csv, 2023, indicator), _districts(csv, 2025, indicator)
    rise = (end - start).round(2)
    lead = _by_kind(story_leads(2024, indicator, "vi"))["largest_increase"]
    assert lead.figures["increase_pp"] == rise.max()
    assert lead.figures["codes"] == _codes_equal_to(rise, rise.max())
    for code in lead.figures["codes"]:
        assert (
            lead.figures["before"][code] == start[code] and lead.figures["after"][code] == end[code]
        )
    assert f"tăng {format_number(rise.max(), 'vi')} điểm phần trăm" in lead.text


@pytest.mark.parametrize("year, indicator", CASES)
def test_widest_gap_to_the_province_and_the_other_side(csv, year, indicator):
    values, province = _districts(csv, year, indicator), _province(csv, year, indicator)
    differences = (values - province).round(2)
    widest = differences.abs().max()
    leads = _by_kind(story_leads(year, indicator, "vi"))
    gap = leads["widest_gap"]
    assert abs(gap.figures["difference_pp"]) == widest
    assert gap.figures["province"] == province
    assert gap.figures["codes"] == _codes_equal_to(differences, gap.figures["difference_pp"])
    assert f"{format_number(widest, 'vi')} điểm phần trăm" in gap.text
    assert format_pct(province, "vi") in gap.text
    other = leads["furthest_below"] if gap.figures["difference_pp"] > 0 else leads["furthest_above"]
    extreme = differences.min() if gap.figures["difference_pp"] > 0 else differences.max()
    assert other.figures["difference_pp"] == extreme
    assert other.figures["codes"] == _codes_equal_to(differences, extreme)


@pytest.mark.parametrize("year, indicator", CASES)
def test_pleiku_against_the_rest_only_when_it_is_first_alone(csv, year, indicator):
    values = _districts(csv, year, indicator)
    leads = _by_kind(story_leads(year, indicator, "vi"))
    first_alone = values.idxmax() == "622" and (values == values.max()).sum() == 1
    assert ("pleiku" in leads) == first_alone
    if not first_alone:
        return
    others = values.drop("622")
    lead = leads["pleiku"]
    assert lead.figures["median_others"] == others.median()
    assert lead.figures["ratio"] == pytest.approx(values["622"] / others.median())
    assert lead.figures["second_value"] == others.max()
    assert lead.figures["second_codes"] == _codes_equal_to(others, others.max())
    assert lead.figures["points_above_second"] == round(values["622"] - others.max(), 2)
    assert f"gấp {format_number(values['622'] / others.median(), 'vi', 1)} lần" in lead.text


def test_voluntary_insurance_has_no_pleiku_lead_because_pleiku_is_not_first(csv):
    values = _districts(csv, 2025, "bhxh_tu_nguyen")
    assert values.idxmax() == "634" and values["622"] < values.max()
    assert "pleiku" not in _by_kind(story_leads(2025, "bhxh_tu_nguyen", "vi"))


def test_ties_are_named_as_ties():
    lead = _by_kind(story_leads(2025, "bhtn", "vi"))["largest_increase"]
    assert lead.figures["codes"] == ("638", "639") and lead.figures["increase_pp"] == 0.84
    assert lead.text == (
        "Từ năm 2023 đến năm 2025, Huyện Phú Thiện và Huyện Chư Pưh cùng có mức tăng chỉ tiêu tỷ lệ bao phủ"
        " BHTN lớn nhất trong 17 huyện, thị xã, thành phố: tăng 0,84 điểm phần trăm."
    )
    english = _by_kind(story_leads(2025, "bhtn", "en"))["largest_increase"]
    assert "Phú Thiện and Chư Pưh share the largest planned rise" in english.text


def test_the_2025_bhxh_leads_word_for_word():
    leads = story_leads(2025, "bhxh", "en")
    assert [lead.kind for lead in leads] == [
        "highest",
        "lowest",
        "largest_increase",
        "widest_gap",
        "furthest_below",
        "pleiku",
    ]
    assert [lead.text for lead in leads] == [
        "In 2025, Pleiku has the highest social insurance coverage target of the 17 districts: 44.66% of the"
        " working-age labour force.",
        "In 2025, Phú Thiện has the lowest social insurance coverage target of the 17 districts: 8.10% of the"
        " working-age labour force.",
        "From 2023 to 2025, Pleiku has the largest planned rise in its social insurance coverage target of the"
        " 17 districts: from 41.51% to 44.66%, up 3.15 percentage points.",
        "In 2025, Pleiku has the social insurance coverage target furthest from the province's: 44.66%,"
        " 27.83 percentage points above the province (16.83%).",
        "In 2025, Phú Thiện has the social insurance coverage target furthest below the province's: 8.10%,"
        " 8.73 percentage points below the province (16.83%).",
        "In 2025, Pleiku's social insurance coverage target (44.66%) is 4.2 times the median of the other 16"
        " districts (10.73%) and 23.31 percentage points above the second highest, An Khê (21.35%).",
    ]


def test_copy_text_carries_the_source():
    leads = story_leads(2025, "bhxh", "vi")
    text = leads_text(leads, "vi")
    assert text.count(
        "(Nguồn: UBND tỉnh Gia Lai, Kế hoạch triển khai thực hiện Nghị quyết số 69/NQ-CP"
    ) == len(leads)
    assert text.split("\n\n")[0].startswith("Năm 2025, Thành phố Pleiku có chỉ tiêu")


def _actuals(rows, period="full"):
    frame = pd.DataFrame(
        [
            {
                "unit_code": code,
                "year": 2024,
                "period": period,
                "indicator": "bhxh",
                "value_pct": value,
                "insured": None,
                "labour_force": None,
                "source": "Báo cáo BHXH tỉnh 12/2024",
            }
            for code, value in rows
        ]
    )
    return pd.concat([empty_actuals(), frame], ignore_index=True)


def test_no_actuals_no_behind_target_lead():
    assert behind_target(2024, "bhxh", "vi", None) is None
    assert behind_target(2024, "bhxh", "vi", empty_actuals()) is None
    assert all(
        lead.kind != "behind_target" for lead in story_leads(2024, "bhxh", "vi", empty_actuals())
    )


def test_districts_behind_their_target_from_full_year_actuals(csv):
    targets = _districts(csv, 2024, "bhxh")
    actuals = _actuals([("632", 9.50), ("622", 43.22), ("638", 6.00), ("623", 21.0)])
    lead = _by_kind(story_leads(2024, "bhxh", "vi", actuals))["behind_target"]
    # Behind: Chư Prông 9.50 < 9.93, Phú Thiện 6.00 < 7.26; Pleiku 43.22 = its target is not behind.
    assert lead.figures["reported"] == 4
    assert lead.figures["codes"] == ("638", "632")  # furthest behind first
    assert lead.figures["gap_pp"] == {
        "638": round(6.00 - targets["638"], 2),
        "632": round(9.50 - targets["632"], 2),
    }
    assert lead.figures["target"] == {"638": targets["638"], "632": targets["632"]}
    assert lead.text == (
        "Năm 2024, 2/4 huyện, thị xã, thành phố có báo cáo chưa đạt chỉ tiêu tỷ lệ bao phủ BHXH:"
        " Huyện Phú Thiện (6,00%, chỉ tiêu 7,26%); Huyện Chư Prông (9,50%, chỉ tiêu 9,93%)."
    )
    assert lead.source.startswith("Báo cáo BHXH tỉnh 12/2024; UBND tỉnh Gia Lai")


def test_all_reporting_districts_met_their_target():
    lead = behind_target(2024, "bhxh", "en", _actuals([("632", 10.0), ("622", 45.0)]))
    assert lead.figures["codes"] == () and lead.figures["reported"] == 2
    assert (
        lead.text
        == "In 2024, all 2 districts that reported met their social insurance coverage target."
    )


def test_first_half_reports_are_not_a_shortfall():
    assert behind_target(2024, "bhxh", "vi", _actuals([("632", 5.0)], period="h1")) is None


def test_join_names():
    assert join_names(["A"], "vi") == "A"
    assert join_names(["A", "B", "C"], "vi") == "A, B và C"
    assert join_names(["A", "B"], "en") == "A and B"
