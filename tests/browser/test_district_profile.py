"""The district profile at its own URL in a real browser: /district?code=632 opens Chư Prông's
profile inside the app's frame, with the plan's figures on the page and in its CSV download."""

import io
from pathlib import Path

import pandas as pd

from bhxh_geo.paths import TARGETS_CSV

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _plan_targets(code: str) -> pd.DataFrame:
    csv = pd.read_csv(TARGETS_CSV, dtype={"unit_code": str})
    return csv[csv.unit_code == code].reset_index(drop=True)


def test_district_url_opens_chu_prongs_profile_with_its_plan_figures(app_page, app_url):
    page = app_page.page
    page.goto(f"{app_url}/district?code=632")
    page.get_by_role("heading", name="Hồ sơ Huyện Chư Prông").wait_for(timeout=60_000)
    page.locator(IDLE).wait_for(timeout=30_000)
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text(
        "BHXH (tổng): 10,82%, thấp hơn bình quân 6 địa bàn giáp ranh (15,73%) 4,91 điểm %."
    ).wait_for(timeout=30_000)
    assert "code=632" in page.url
    # Routed through app.py even as the first request: its sidebar (page titles, language) is there.
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("English").wait_for(timeout=30_000)  # the language picker is drawn last
    assert (
        sidebar.get_by_text("Hồ sơ huyện").count() == 1
        and sidebar.get_by_text("English").count() == 1
    )
    page.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=30_000)
    assert page.locator('[data-testid="stVegaLiteChart"]').count() == 4  # a panel per indicator
    table = page.locator("[data-testid='bhxh-profile-table']")
    assert table.locator("tbody tr").count() == 12
    assert "None" not in table.inner_text()

    with page.expect_download(timeout=30_000) as download:
        main.get_by_role("button", name="Tải hồ sơ (CSV)").click()
    profile = pd.read_csv(
        io.BytesIO(Path(download.value.path()).read_bytes()),
        encoding="utf-8-sig",
        dtype={"Mã": str},
    )
    plan = _plan_targets("632")
    merged = profile.merge(
        plan, left_on=["indicator", "Năm"], right_on=["indicator", "year"], validate="1:1"
    )
    assert len(merged) == 12 and (merged["Mã"] == "632").all()
    assert merged["Chỉ tiêu kế hoạch (%)"].tolist() == merged["target_pct"].tolist()
    assert (
        merged.loc[
            (merged.indicator == "bhxh") & (merged["Năm"] == 2025), "Chỉ tiêu kế hoạch (%)"
        ].item()
        == 10.82
    )
    assert app_page.external == []
