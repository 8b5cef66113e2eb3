"""The district profile under AppTest: its own URL parameter (``code``), the table against the
plan, the trajectory, the neighbours line, the CSV, and the picker for a missing or bad code."""

import io

import pandas as pd
import pytest

from bhxh_geo.demo import DEMO_LABEL, seed_demo_db
from bhxh_geo.district_profile import district_profile
from bhxh_geo.i18n import format_pct
from bhxh_geo.profile_tables import profile_csv
from tests.app.helpers import open_app
from tests.app.vega import dataset, vega_charts


@pytest.fixture
def empty_db(tmp_path, monkeypatch):
    monkeypatch.setenv("BHXH_GEO_DB", str(tmp_path / "none.sqlite3"))


def profile_rows(at) -> pd.DataFrame:
    """The profile's table as the page shows it (text), one column per header."""
    import re

    page = next(h.value for h in at.html if "bhxh-profile-table" in h.value)
    head = re.findall(r'<th scope="col"[^>]*>([^<]*)</th>', page)
    body = page[page.index("<tbody>") :].split("<tr>")[1:]
    rows = [re.findall(r">([^<>]*)</t[dh]>", row) for row in body]
    return pd.DataFrame(rows, columns=head)


def _profile(code=None, query=None):
    at = open_app(query)
    if code is not None:
        at.query_params["code"] = code
    at.switch_page("pages/district.py").run()
    assert not at.exception, at.exception
    return at


def test_chu_prong_profile_from_its_url(boundaries, empty_db):
    at = _profile("632")
    assert at.query_params["code"] == "632"
    assert at.selectbox[0].value == "632"
    assert at.markdown[0].value == "## Hồ sơ Huyện Chư Prông"
    table = profile_rows(at)
    profile = district_profile("632")
    assert len(table) == 12
    assert table["Chỉ tiêu kế hoạch (%)"].tolist() == [
        format_pct(v, "vi") for v in profile["target"]
    ]
    assert table["Hạng (trong 17)"].tolist() == [
        f"{r}/17" for r in [8, 8, 8, 13, 13, 13, 4, 4, 4, 14, 14, 14]
    ]
    assert table["Toàn tỉnh (%)"].tolist()[:3] == ["14,83%", "15,83%", "16,83%"]
    assert table["So với năm trước (điểm %)"].tolist()[:2] == ["–", "+0,82 điểm %"]
    # Nothing imported: no empty columns of actuals, the plan named once (under the table).
    assert "Thực hiện (%)" not in table.columns and "Nguồn" not in table.columns
    assert "None" not in next(h.value for h in at.html if "bhxh-profile-table" in h.value)
    assert any("Nguồn: Kế hoạch của UBND tỉnh Gia Lai" in c.value for c in at.caption)
    assert at.info[0].value.startswith("Chưa có số liệu thực hiện cả năm của Huyện Chư Prông")
    trajectory = vega_charts(at)
    assert len(trajectory) == 4  # a panel per indicator, wrapping on a phone
    values = dataset(trajectory[0], trajectory[0]["data"])
    assert values[(values.series == "district") & (values.indicator == "bhxh")][
        "value"
    ].tolist() == [9.11, 9.93, 10.82]
    lines = [m.value for m in at.markdown if m.value.startswith("- ")]
    assert (
        lines[0]
        == "- BHXH (tổng): 10,82%, thấp hơn bình quân 6 địa bàn giáp ranh (15,73%) 4,91 điểm %."
    )
    assert len(lines) == 4
    neighbours = [link.proto.query_string for link in at.get("page_link")]
    assert sorted(neighbours) == [
        "code=622",
        "code=626",
        "code=628",
        "code=631",
        "code=633",
        "code=639",
    ]
    button = at.get("download_button")[0]
    assert button.proto.label == "Tải hồ sơ (CSV)"


def test_the_csv_download_is_the_profile(empty_db):
    data = profile_csv(district_profile("632"), "vi")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype={"Mã": str})
    assert back["Chỉ tiêu kế hoạch (%)"].tolist()[:3] == [9.11, 9.93, 10.82]


def test_missing_code_shows_the_picker_then_the_profile(boundaries, empty_db):
    at = _profile()
    assert at.info[0].value == "Chọn một huyện, thị xã, thành phố để xem hồ sơ."
    assert not any(m.value.startswith("## ") for m in at.markdown)
    assert at.selectbox[0].value is None and len(at.selectbox[0].options) == 17
    at.selectbox[0].set_value("624").run()
    assert not at.exception
    assert at.query_params["code"] == "624"
    assert at.markdown[0].value == "## Hồ sơ Thị xã Ayun Pa"


@pytest.mark.parametrize("bad", ["999", "64", "chu-prong"])
def test_invalid_code_says_so_and_offers_the_picker(boundaries, empty_db, bad):
    at = _profile(bad)
    # The URL's text is escaped for Markdown (ui/plain.py): "chu\-prong" reads "chu-prong".
    shown = bad.replace("-", "\\-")
    assert (
        at.warning[0].value
        == f"Không có huyện, thị xã, thành phố nào mang mã «{shown}». Chọn một địa bàn bên dưới."
    )
    assert at.selectbox[0].value is None
    assert not any("bhxh-profile-table" in h.value for h in at.html)


def test_english_and_the_map_district_parameter_is_separate(boundaries, empty_db):
    at = _profile("632", {"lang": "en", "district": "628"})
    assert at.markdown[0].value == "## Profile: Huyện Chư Prông"
    assert profile_rows(at).columns[:3].tolist() == ["Indicator", "Year", "Plan target (%)"]
    assert any(
        m.value.startswith("- Social insurance (total): 10.82%, 4.91 pp below") for m in at.markdown
    )


def test_demo_actuals_are_labelled(boundaries, tmp_path, monkeypatch):
    path = tmp_path / "demo.sqlite3"
    seed_demo_db(path)
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    at = _profile("632")
    assert at.warning[0].value == DEMO_LABEL
    table = profile_rows(at)
    # 2023 and 2024 full years, four indicators; 2025 not reported yet.
    assert (table["Thực hiện (%)"] != "–").sum() == 8
    assert table["Thực hiện (%)"].str.fullmatch(r"\d+,\d\d%|–").all()
    assert any(DEMO_LABEL in h.value for h in at.html)  # the report source line, escaped
