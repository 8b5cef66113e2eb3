"""The plan page under AppTest: what the plan is (its number and date left blank), the
indicators and their denominator, the province targets from data/targets.csv, who is excluded,
the 2025 reorganisation, and links to the other pages."""

import re

import pandas as pd

from bhxh_geo.i18n import format_pct, t
from bhxh_geo.paths import TARGETS_CSV
from tests.app.helpers import open_app


def _plan(query=None):
    at = open_app(query)
    at.switch_page("pages/plan.py").run()
    assert not at.exception, at.exception
    return at


def test_the_plan_page(boundaries):
    at = _plan()
    text = "\n".join(m.value for m in at.markdown)
    captions = "\n".join(c.value for c in at.caption)
    assert (
        at.markdown[0].value
        == "## Kế hoạch triển khai Nghị quyết 69/NQ-CP trên địa bàn tỉnh Gia Lai"
    )
    assert "Nghị quyết số 69/NQ-CP ngày 19/5/2022" in text
    assert "Kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2023" in captions  # blank, not invented
    assert "số và ngày Kế hoạch để trống trong văn bản" in captions
    assert "lực lượng lao động trong độ tuổi" in text
    for heading in (
        "### Các chỉ tiêu và mẫu số",
        "### Chỉ tiêu toàn tỉnh",
        "### Ai không được tính",
        "### Sắp xếp đơn vị hành chính năm 2025",
        "### Xem thêm",
    ):
        assert heading in text
    assert t("note.excluded", "vi") in text
    assert "01/7/2025" in text


def test_province_targets_come_from_the_csv(boundaries):
    at = _plan()
    page = next(h.value for h in at.html if "bhxh-plan-targets" in h.value)
    body = page[page.index("<tbody>") :]
    rows = [re.findall(r">([^<>]+)</t[dh]>", row) for row in body.split("<tr>")[1:]]
    csv = pd.read_csv(TARGETS_CSV, dtype={"unit_code": str})
    province = csv[csv.unit_code == "64"].pivot(
        index="indicator", columns="year", values="target_pct"
    )
    assert len(rows) == 4 and all(len(row) == 4 for row in rows)
    assert rows[0] == ["BHXH (tổng)", "14,83%", "15,83%", "16,83%"]
    assert rows[3][1:] == [format_pct(v, "vi") for v in province.loc["bhtn"]]


def test_links_to_the_other_pages_and_english(boundaries):
    at = _plan({"lang": "en"})
    assert at.markdown[0].value == "## Gia Lai's plan implementing Government Resolution 69/NQ-CP"
    # The map is the root ("") once app.py routes; a page AppTest runs alone links it as "map".
    assert [link.proto.page or "map" for link in at.get("page_link")] == [
        "map",
        "compare",
        "district",
    ]
    assert [link.proto.label for link in at.get("page_link")] == [
        "Map",
        "Compare",
        "District profile",
    ]
