"""A click on the map reruns the map page's fragment only (pages/map.py); what the frame shows
must still follow: the language picker after a page open, presentation mode, the demo banner."""

from __future__ import annotations

import pytest

from bhxh_geo.coverage import coverage_table
from bhxh_geo.demo import DEMO_LABEL, seed_demo_db
from bhxh_geo.i18n import format_number, t
from tests.browser.conftest import Page, running_app

SIDEBAR = '[data-testid="stSidebar"]'


def test_a_year_clicked_on_the_map_updates_the_figures_under_an_intact_frame(app_page):
    app_page.open("?indicator=bhtn")
    page = app_page.page
    # The page open stopped after the map; the run its "drawn" report started drew the frame's
    # last part, the language picker.
    page.locator(SIDEBAR).get_by_text("English").wait_for(timeout=30_000)
    view = app_page.view()
    app_page.choose_year("2023")
    app_page.wait_view(view)
    page.wait_for_function("() => location.search.includes('year=2023')", timeout=30_000)
    app_page.wait_idle()
    assert page.locator("h2").first.inner_text().endswith("2023")
    # The table below shows 2023's figures (Ayun Pa's row).
    ayun_pa = coverage_table(2023, "bhtn").set_index("unit_code").loc["624", "value"]
    row = page.locator("[data-testid='bhxh-district-table'] tr").filter(has_text="Ayun Pa")
    assert format_number(ayun_pa, "vi") in row.inner_text()
    # The frame and the controls drawn by the last whole run are still there.
    assert page.locator(SIDEBAR).get_by_text("English").is_visible()
    assert page.get_by_role("radio", name=t("measure.target", "vi"), exact=True).is_visible()


def test_the_presentation_button_beside_the_map_opens_presentation_mode(app_page):
    app_page.open("?indicator=bhtn&year=2024")
    page = app_page.page
    assert page.locator(SIDEBAR).count() == 1
    page.get_by_role("button", name=t("present.start", "vi")).click()
    page.wait_for_function("() => location.search.includes('present=1')", timeout=30_000)
    # The button is in the map's fragment; entering presentation mode reruns the whole page,
    # which hides the sidebar and shows the slide controls.
    page.get_by_role("button", name=t("present.next", "vi")).wait_for(timeout=30_000)
    app_page.wait_idle()
    assert page.locator(SIDEBAR).count() == 0 or not page.locator(SIDEBAR).is_visible()
    page.get_by_role("button", name=t("present.exit", "vi")).click()
    page.locator(SIDEBAR).get_by_text("English").wait_for(timeout=30_000)
    assert "present=1" not in page.url


@pytest.fixture
def fresh_db_app(tmp_path, boundaries):
    db = tmp_path / "bhxh_geo.sqlite3"
    with running_app({"BHXH_GEO_DB": str(db)}) as url:
        yield url, db


def test_demo_data_imported_while_the_page_is_open_is_labelled_at_the_next_click(
    browser, fresh_db_app
):
    url, db = fresh_db_app
    page = Page(browser, url)
    try:
        page.open("?indicator=bhtn&measure=actual")
        banner = page.page.locator('[data-testid="stAlert"]').filter(has_text=DEMO_LABEL)
        assert banner.count() == 0
        seed_demo_db(db)  # the page is open; synthetic actuals land in its database
        view = page.view()
        page.choose_year("2024")
        page.wait_view(view)
        banner.first.wait_for(timeout=30_000)
        page.wait_idle()
        assert banner.count() == 1 and banner.is_visible()
    finally:
        page.close()
