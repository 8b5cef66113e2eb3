"""The compare page under AppTest: ranking, small multiples, change and neighbour maps, the
target-against-actual chart (only with actuals) and story leads, each from the same functions."""

import pytest

from bhxh_geo.classify import classify_diverging
from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.demo import DEMO_LABEL, seed_demo_db
from bhxh_geo.districts import district_codes
from bhxh_geo.leads import leads_text, story_leads
from tests.app.helpers import open_app
from tests.app.vega import dataset, lookup, vega_charts


@pytest.fixture
def empty_db(tmp_path, monkeypatch):
    monkeypatch.setenv("BHXH_GEO_DB", str(tmp_path / "none.sqlite3"))


def _compare(query=None):
    at = open_app(query)
    at.switch_page("pages/compare.py").run()
    assert not at.exception, at.exception
    return at


def test_default_view_2025_bhxh(boundaries, empty_db):
    at = _compare()
    assert at.markdown[0].value == "## So sánh"
    headings = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert headings == [
        "### Xếp hạng 17 huyện, thị xã, thành phố: chỉ tiêu BHXH (tổng) năm 2025",
        "### Ba năm của Kế hoạch, cùng một thang màu: chỉ tiêu BHXH (tổng)",
        "### Bốn chỉ tiêu năm 2025 (mỗi chỉ tiêu một thang màu)",
        "### Thay đổi chỉ tiêu BHXH (tổng) từ năm 2023 đến năm 2025 (điểm phần trăm)",
        "### So với các địa bàn giáp ranh: chỉ tiêu BHXH (tổng) năm 2025",
        "### Thực hiện so với chỉ tiêu: BHXH (tổng) năm 2025",
        "### Gợi ý tin bài",
        "### Mở hồ sơ huyện",
    ]
    ranking, *years, change, neighbours = vega_charts(at)
    years, indicators = years[:3], years[3:]
    bars = dataset(ranking, ranking["layer"][0]["data"])
    table = coverage_table(2025, "bhxh")
    expected = table[~table["is_province"]].sort_values("value", ascending=False)
    assert bars["value"].tolist() == expected["value"].tolist()
    assert bars["fill"].tolist() == [fixed_classes("bhxh").colour_of(v) for v in expected["value"]]
    assert [p["layer"][0]["title"] for p in years] == ["2023", "2024", "2025"]
    assert len(indicators) == 4
    # Beside the small maps, the table of what they show.
    years_table = next(h.value for h in at.html if "bhxh-years-table" in h.value)
    assert '<th scope="row">Pleiku</th>' in years_table and ">44,66%<" in years_table
    assert any("bhxh-indicators-table" in h.value for h in at.html)
    assert lookup(change, change["layer"][0]).loc["622", "value"] == 3.15
    assert (
        lookup(neighbours, neighbours["layer"][0]).loc["632", "class_label"].startswith("Thấp hơn")
    )
    # Every chart says where its numbers come from.
    assert sum("Nguồn: Kế hoạch của UBND tỉnh Gia Lai" in c.value for c in at.caption) >= 5
    assert at.info[0].value.startswith("Chưa nhập số liệu thực hiện cả năm 2025")
    assert at.text_area[0].value == leads_text(story_leads(2025, "bhxh", "vi"), "vi")
    links = at.get("page_link")
    assert sorted(link.proto.query_string for link in links) == sorted(
        f"code={code}" for code in district_codes()
    )
    assert {link.proto.page for link in links} == {"district"}


def test_year_and_indicator_follow_the_widgets_and_the_url(boundaries, empty_db):
    at = _compare()
    at.segmented_control(key="year").set_value(2023)
    at.selectbox(key="indicator").set_value("bhtn").run()
    assert not at.exception
    assert at.query_params["year"] == "2023" and at.query_params["indicator"] == "bhtn"
    ranking = vega_charts(at)[0]
    bars = dataset(ranking, ranking["layer"][0]["data"]).set_index("unit_code")
    assert bars.loc["622", "value"] == 33.54 and bars.loc["622", "value_text"] == "33,54%"
    assert at.text_area[0].value == leads_text(story_leads(2023, "bhtn", "vi"), "vi")


def test_change_map_between_any_two_years(boundaries, empty_db):
    at = _compare()
    at.segmented_control(key="compare_from").set_value(2024).run()
    change = vega_charts(at)[8]
    values = lookup(change, change["layer"][0])
    assert values.loc["628", "value"] == round(10.64 - 9.75, 2)
    bins = classify_diverging(values["value"].tolist()).bins
    assert change["layer"][0]["encoding"]["color"]["scale"]["domain"][-1].endswith(
        f"{bins[-1]:.2f}".replace(".", ",") + " điểm %"
    )
    at.segmented_control(key="compare_to").set_value(2024).run()
    assert any(i.value == "Chọn hai năm khác nhau để xem thay đổi." for i in at.info)
    assert len(vega_charts(at)) == 9


def test_demo_actuals_are_labelled_and_drive_the_dumbbell_and_the_behind_target_lead(
    boundaries, tmp_path, monkeypatch
):
    path = tmp_path / "demo.sqlite3"
    seed_demo_db(path)
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    at = _compare({"year": "2024"})
    assert not at.exception
    assert at.warning[0].value == DEMO_LABEL
    charts = vega_charts(at)
    assert len(charts) == 11
    dumbbell = charts[10]
    data = dataset(dumbbell, dumbbell["data"])
    assert data["unit_code"].nunique() == 17 and set(data["series"]) == {"Chỉ tiêu", "Thực hiện"}
    assert DEMO_LABEL in data["source"].iloc[0]
    assert any(DEMO_LABEL in h.value for h in at.html)  # the report source line, escaped
    assert "có báo cáo" in at.text_area[0].value and DEMO_LABEL in at.text_area[0].value


def test_english(boundaries, empty_db):
    at = _compare({"lang": "en"})
    assert at.markdown[0].value == "## Compare"
    assert at.text_area[0].value.startswith(
        "In 2025, Pleiku has the highest social insurance coverage target"
    )
    ranking = vega_charts(at)[0]
    assert dataset(ranking, ranking["layer"][0]["data"])["value_text"].iloc[0] == "44.66%"
    assert ranking["config"]["locale"]["number"]["decimal"] == "."
