"""District names as people write them map to one GSO code; nothing is guessed."""

import pytest

from bhxh_geo.districts import UnknownDistrict, load_districts, match_unit, name_key


@pytest.mark.parametrize(
    "text, code",
    [
        ("Thành phố Pleiku", "622"),
        ("TP Pleiku", "622"),
        ("TP. Pleiku", "622"),
        ("pleiku", "622"),
        ("TX. An Khê", "623"),
        ("Thi xa An Khe", "623"),
        ("H. KBang", "625"),
        ("Huyện Kbang", "625"),
        ("Huyện Đăk Đoa", "626"),
        ("Huyện Đak Đoa", "626"),
        ("dak doa", "626"),
        ("Đăk Pơ", "634"),
        ("Ia Grai", "628"),
        ("IA GRAI", "628"),
        ("Chư Păh", "627"),
        ("Chư Pưh", "639"),
        ("Ayun Pa", "624"),
        ("Ia Pa", "635"),
        ("Krông Pa", "637"),
        ("632", "632"),
        (632, "632"),
        ("632.0", "632"),
        ("Toàn tỉnh", "64"),
        ("Tổng cộng", "64"),
        ("TỈNH GIA LAI", "64"),
    ],
)
def test_spellings_match_one_code(text, code):
    assert match_unit(text) == code


def test_plan_and_official_spellings_fold_to_the_same_key():
    districts = load_districts()
    for row in districts.itertuples():
        assert name_key(row.plan_name) == name_key(row.official_name)


def test_unknown_name_lists_nearest_names_and_does_not_guess():
    with pytest.raises(UnknownDistrict) as error:
        match_unit("Chư Pă")
    assert "Huyện Chư Păh" in error.value.suggestions
    assert "Chư Pă" in str(error.value)


def test_a_district_of_another_province_is_unknown():
    with pytest.raises(UnknownDistrict):
        match_unit("Huyện Đăk Hà")


def test_17_districts_with_kinds_and_short_labels():
    districts = load_districts()
    assert len(districts) == 17
    assert districts["kind"].value_counts().to_dict() == {"huyen": 14, "thi_xa": 2, "thanh_pho": 1}
    assert districts.loc["624", "short_label"] == "Ayun Pa"
