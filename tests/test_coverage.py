"""The join of boundaries and targets: 17 districts, no silent gaps, ranks and changes right."""

import pytest

from bhxh_geo.coverage import JoinError, coverage_frame, coverage_table


def test_coverage_frame_joins_17_districts_with_value_and_source(boundaries):
    frame = coverage_frame(2024, "bhtn", boundaries=boundaries)
    assert len(frame) == 17 and frame["value"].notna().all()
    assert frame.crs.equals("EPSG:4326")
    row = frame.set_index("code").loc["624"]
    assert row["value"] == 9.46 and "69/NQ-CP" in row["source"]


def test_a_boundary_without_a_value_is_an_error(boundaries):
    with pytest.raises(JoinError, match="622"):
        coverage_frame(2025, "bhxh", boundaries=boundaries[boundaries["code"] != "622"])


def test_rank_change_and_difference_from_the_province():
    table = coverage_table(2025, "bhxh").set_index("unit_code")
    assert table.loc["622", "rank"] == 1 and table.loc["638", "rank"] == 17
    ia_grai = table.loc["628"]
    assert ia_grai["value"] == 10.64 and ia_grai["previous"] == 9.75
    assert ia_grai["change_pp"] == 0.89 and ia_grai["vs_province_pp"] == -6.19
    assert coverage_table(2023, "bhxh")["change_pp"].isna().all()
