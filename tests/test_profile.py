"""The district profile table against data/targets.csv (recomputed with pandas), actuals, people
still needed, and its CSV under the export rules."""

import io
import math

import pandas as pd
import pytest

from bhxh_geo.district_profile import district_profile, has_actuals, parse_code, report_sources
from bhxh_geo.measures import empty_actuals
from bhxh_geo.paths import TARGETS_CSV
from bhxh_geo.profile_tables import profile_csv, profile_table, styled, unit_targets


@pytest.fixture(scope="module")
def csv():
    return pd.read_csv(TARGETS_CSV, dtype={"unit_code": str})


def _actuals():
    rows = [
        # Chư Prông 2024: counts known, so people still needed can be computed.
        {
            "unit_code": "632",
            "year": 2024,
            "period": "full",
            "indicator": "bhxh",
            "value_pct": 9.5,
            "insured": 9500,
            "labour_force": 100000,
            "source": "=Báo cáo Chư Prông 2024",
        },
        {
            "unit_code": "632",
            "year": 2023,
            "period": "full",
            "indicator": "bhtn",
            "value_pct": 3.4,
            "insured": None,
            "labour_force": None,
            "source": "Báo cáo BHTN 2023",
        },
        {
            "unit_code": "622",
            "year": 2024,
            "period": "full",
            "indicator": "bhxh",
            "value_pct": 44.0,
            "insured": None,
            "labour_force": None,
            "source": "Báo cáo Pleiku",
        },
    ]
    return pd.concat([empty_actuals(), pd.DataFrame(rows)], ignore_index=True)


def test_every_indicator_and_year_with_rank_and_province(csv):
    profile = district_profile("632")
    assert len(profile) == 12 and set(profile["name"]) == {"Huyện Chư Prông"}
    assert profile[["indicator", "year"]].values.tolist()[:4] == [
        ["bhxh", 2023],
        ["bhxh", 2024],
        ["bhxh", 2025],
        ["bhxh_bat_buoc", 2023],
    ]
    for row in profile.itertuples():
        year_rows = csv[(csv.year == row.year) & (csv.indicator == row.indicator)].set_index(
            "unit_code"
        )
        districts = year_rows.drop("64")["target_pct"]
        assert row.target == year_rows.loc["632", "target_pct"]
        assert row.rank == 1 + (districts > row.target).sum()
        assert row.province_target == year_rows.loc["64", "target_pct"]
        assert row.vs_province_pp == round(row.target - row.province_target, 2)
        assert "69/NQ-CP" in row.source
    assert (
        not has_actuals(profile)
        and profile["actual"].isna().all()
        and profile["people_needed"].isna().all()
    )
    assert report_sources(profile) == []


def test_tied_districts_share_a_rank():
    # Chư Prông and Mang Yang both have 10.82% for BHXH in 2025.
    for code in ("632", "629"):
        row = district_profile(code).set_index(["indicator", "year"]).loc[("bhxh", 2025)]
        assert (row.target, row["rank"]) == (10.82, 8)


def test_actuals_gap_and_people_still_needed():
    profile = district_profile("632", _actuals()).set_index(["indicator", "year"])
    row = profile.loc[("bhxh", 2024)]
    assert row.actual == 9.5 and row.gap_pp == round(9.5 - 9.93, 2)
    # 9.93% of 100,000 = 9,930 people; 9,500 insured → 430 more.
    assert (row.labour_force, row.insured, row.people_needed) == (100000, 9500, 430)
    assert row.source.startswith("=Báo cáo Chư Prông 2024; UBND tỉnh Gia Lai")
    bhtn = profile.loc[("bhtn", 2023)]
    assert bhtn.actual == 3.4 and bhtn.gap_pp == 0.15 and math.isnan(bhtn.people_needed)
    assert math.isnan(profile.loc[("bhxh", 2025), "actual"])
    assert report_sources(profile.reset_index()) == ["=Báo cáo Chư Prông 2024", "Báo cáo BHTN 2023"]


def test_first_half_actuals_are_not_full_year_actuals():
    actuals = _actuals().assign(period="h1")
    assert not has_actuals(district_profile("632", actuals))
    assert has_actuals(district_profile("632", actuals, period="h1"))


def test_csv_round_trips_exactly_and_neutralises_formulas():
    profile = district_profile("632", _actuals())
    data = profile_csv(profile, "vi")
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype={"Mã": str})
    assert len(back) == 12 and back["Mã"].unique().tolist() == ["632"]
    assert back["indicator"].tolist() == profile["indicator"].tolist()
    assert back["Chỉ tiêu kế hoạch (%)"].tolist() == profile["target"].tolist()
    assert back["Toàn tỉnh (%)"].tolist() == profile["province_target"].tolist()
    assert back["Hạng (trong 17)"].tolist() == profile["rank"].tolist()
    row = back[(back.indicator == "bhxh") & (back["Năm"] == 2024)].iloc[0]
    assert (row["Thực hiện (%)"], row["Số người cần thêm"], row["LLLĐ trong độ tuổi"]) == (
        9.5,
        430,
        100000,
    )
    assert row["Nguồn"].startswith("'=Báo cáo Chư Prông 2024")  # OWASP: no formula reaches Excel
    assert back["Thực hiện (%)"].isna().sum() == 10


def test_table_headers_follow_the_language():
    profile = district_profile("632")
    assert profile_table(profile, "en").columns[:3].tolist() == [
        "Indicator",
        "Year",
        "Plan target (%)",
    ]
    assert profile_table(profile, "vi")["Chỉ tiêu"].iloc[0] == "BHXH (tổng)"


def test_the_page_reads_rank_of_17_and_babel_numbers():
    html = styled(profile_table(district_profile("632"), "vi"), "vi").to_html()
    assert ">8/17<" in html and ">10,82%<" in html  # BHXH 2025: rank 8 of 17, target 10,82%


def test_parse_code_accepts_only_district_codes():
    assert parse_code("632") == "632" and parse_code(632) == "632"
    assert parse_code("64") is None and parse_code("Chư Prông") is None and parse_code("") is None
    with pytest.raises(ValueError, match="'999'"):
        district_profile("999")


def test_province_targets_table(csv):
    table = unit_targets("64", "en")
    province = csv[csv.unit_code == "64"]
    assert table.columns.tolist() == ["2023", "2024", "2025"]
    assert (
        table.loc["Social insurance (total)"].tolist()
        == province[province.indicator == "bhxh"].target_pct.tolist()
    )
    assert table.loc["Unemployment insurance", "2025"] == 9.85
