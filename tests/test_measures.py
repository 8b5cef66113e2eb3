"""Target, actual, gap and people still needed: computed from the parts, missing stays missing."""

import math

import pandas as pd
import pytest

from bhxh_geo.classify import classify_diverging
from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.measures import measure_values

REPORT = "Báo cáo thử nghiệm (synthetic test data)"


def _actuals(rows):
    frame = pd.DataFrame(
        rows,
        columns=[
            "unit_code",
            "year",
            "period",
            "indicator",
            "value_pct",
            "insured",
            "labour_force",
        ],
    )
    frame["source"] = REPORT
    return frame


@pytest.fixture
def actuals():
    # Synthetic figures for the tests: Ia Grai 2025 reports 10,00% of 80.000 (8.000 insured).
    return _actuals(
        [
            ("628", 2025, "full", "bhxh", 10.0, 8000, 80000),
            ("628", 2025, "h1", "bhxh", 9.5, None, None),
            ("622", 2025, "full", "bhxh", 45.0, None, None),
        ]
    )


def test_actual_and_gap_with_their_sources(actuals):
    table = coverage_table(2025, "bhxh", "gap", actuals=actuals).set_index("unit_code")
    assert table.loc["628", "value"] == pytest.approx(10.0 - 10.64)
    assert table.loc["622", "value"] == pytest.approx(0.34)
    assert REPORT in table.loc["628", "source"] and "69/NQ-CP" in table.loc["628", "source"]
    actual = coverage_table(2025, "bhxh", "actual", actuals=actuals).set_index("unit_code")
    assert actual.loc["628", "value"] == 10.0 and actual.loc["628", "source"] == REPORT


def test_missing_actuals_stay_missing_never_zero(actuals):
    table = coverage_table(2025, "bhxh", "actual", actuals=actuals).set_index("unit_code")
    assert math.isnan(table.loc["631", "value"]) and table.loc["631", "source"] == ""
    assert table["value"].notna().sum() == 2
    assert coverage_table(2024, "bhxh", "actual", actuals=actuals)["value"].isna().all()


def test_people_needed_from_counts(actuals):
    values = measure_values("bhxh", "people_needed", actuals).set_index(["unit_code", "year"])
    # 10,64% of 80.000 is 8.512: 512 more people than the 8.000 insured.
    assert values.loc[("628", 2025), "value"] == 512
    assert math.isnan(values.loc[("622", 2025), "value"])  # no labour force reported


def test_first_half_is_its_own_period(actuals):
    h1 = coverage_table(2025, "bhxh", "actual", actuals=actuals, period="h1").set_index("unit_code")
    assert h1.loc["628", "value"] == 9.5 and math.isnan(h1.loc["622", "value"])


def test_gap_classes_diverge_at_zero(actuals):
    classes = fixed_classes("bhxh", measure="gap", actuals=actuals)
    assert classes.diverging and classes.lower == -classes.bins[-1]
    assert classes.class_of(-0.01) == 1 and classes.class_of(0.0) == 2
    assert classify_diverging([]).bins == (-0.5, 0.0, 0.5, 1.0)


def test_actual_uses_the_targets_breaks(actuals):
    assert fixed_classes("bhxh", measure="actual", actuals=actuals) == fixed_classes("bhxh")


def test_unknown_measure_is_refused():
    with pytest.raises(ValueError, match="unknown measure 'forecast'"):
        measure_values("bhxh", "forecast")
