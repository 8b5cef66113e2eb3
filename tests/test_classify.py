"""Honest colours: fixed breaks per indicator, every value in one class, Pleiku not flattening."""

import pytest

from bhxh_geo.classify import SCHEMES, classify
from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.indicators import INDICATORS, YEARS


def _district_values(year, indicator):
    table = coverage_table(year, indicator)
    return table.loc[~table["is_province"], "value"].tolist()


@pytest.mark.parametrize("indicator", INDICATORS)
def test_natural_breaks_do_not_paint_the_other_16_one_colour(indicator):
    classes = fixed_classes(indicator, "natural_breaks")
    for year in YEARS:
        table = coverage_table(year, indicator).set_index("unit_code")
        others = table.drop(index=["64", "622"])["value"]
        used = {classes.class_of(v) for v in others}
        assert len(used) >= 3, (indicator, year, classes.bins, sorted(used))
    # Pleiku (about four times most others) sits alone in the top class.
    pleiku = coverage_table(2025, indicator).set_index("unit_code").loc["622", "value"]
    if indicator != "bhxh_tu_nguyen":
        assert classes.counts(_district_values(2025, indicator))[-1] == 1
        assert classes.class_of(pleiku) == classes.k - 1


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("indicator", INDICATORS)
def test_every_value_lands_in_exactly_one_class_and_breaks_are_fixed_across_years(
    scheme, indicator
):
    classes = fixed_classes(indicator, scheme)
    for year in YEARS:
        values = _district_values(year, indicator)
        counts = classes.counts(values)
        assert sum(counts) == 17
        for value in values:
            low, high = classes.ranges()[classes.class_of(value)]
            assert low <= value <= high
    assert classes.bins == fixed_classes(indicator, scheme).bins


def test_legend_shows_ranges_that_share_no_edge_counts_and_missing_values():
    classes = classify([1.0, 2.0, 3.0, 10.0, 11.0, 40.0], "natural_breaks", k=3)
    legend = classes.legend([1.5, 3.0, 10.5, float("nan")], "vi")
    assert [e["label"] for e in legend] == [
        "1,00 – 3,00%",
        "> 3,00 – 11,00%",
        "> 11,00 – 40,00%",
        "không có số liệu",
    ]
    # 3,00 is a break: it belongs to the class the legend says holds it.
    assert [e["count"] for e in legend] == [2, 1, 0, 1]
    assert legend[-1]["missing"] and classes.colour_of(float("nan")) == legend[-1]["colour"]
    assert classes.legend_note("vi") == "Mỗi lớp gồm cả giá trị bằng cận trên của nó."


@pytest.mark.parametrize("measure", ["target", "gap"])
def test_each_break_belongs_to_the_one_class_its_label_includes(measure):
    """Chư Prông's BHXH target for 2023 (9,11%) is a break: the legend says which class has it."""
    classes = fixed_classes("bhxh", measure=measure)
    labels = classes.labels("vi")
    for index, (low, high) in enumerate(classes.ranges()):
        includes_low = classes.class_of(low) == index
        includes_high = classes.class_of(high) == index
        if classes.diverging:
            assert includes_low and (includes_high == (index == classes.k - 1)), labels[index]
            assert ("< " in labels[index]) == (index < classes.k - 1)
        else:
            assert includes_high and (includes_low == (index == 0)), labels[index]
            assert labels[index].startswith("> ") == (index > 0)


def test_with_nothing_reported_the_legend_draws_no_class():
    classes = fixed_classes("bhxh", measure="gap")
    legend = classes.legend([float("nan")] * 17, "vi")
    assert [(e["label"], e["count_label"]) for e in legend] == [("không có số liệu", "17 huyện")]


def test_sequential_colours_get_darker_class_by_class():
    classes = fixed_classes("bhxh", "quantiles")

    def luminance(colour):
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    levels = [luminance(c) for c in classes.palette]
    assert levels == sorted(levels, reverse=True) and len(set(levels)) == len(levels)


def test_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="unknown scheme 'jenks'"):
        classify([1, 2, 3], "jenks")


def test_legend_names_points_for_the_gap_and_people_for_the_people_needed():
    from bhxh_geo.classify import classify_diverging
    from bhxh_geo.view_text import legend_format

    gap = classify_diverging([-2.3, 1.0]).legend([-2.3], "vi", *legend_format("gap", "vi"))
    assert gap[0]["label"] == "−2,50 – < −1,25 điểm %"
    assert gap[2]["label"] == "±0,00 – < +1,25 điểm %" and gap[3]["label"] == "+1,25 – +2,50 điểm %"
    people = classify([100.0, 2500.0, 12000.0], k=3).legend(
        [2500.0], "en", *legend_format("people_needed", "en")
    )
    assert people[1]["label"] == "> 100 – 2,500" and people[1]["count_label"] == "1 district"
