"""The demo app (`make demo`: its own database of synthetic actuals) says so on every screen:
the banner is on the map page, in presentation mode and on the compare page."""

from __future__ import annotations

import pytest

from bhxh_geo.demo import DEMO_LABEL, seed_demo_db
from tests.browser.conftest import Page, running_app


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory, boundaries):
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    seed_demo_db(db)
    with running_app({"BHXH_GEO_DB": str(db)}) as url:
        yield url


@pytest.fixture
def demo_page(browser, demo_url):
    page = Page(browser, demo_url)
    yield page
    page.close()


def _banner(page: Page):
    banner = page.page.locator('[data-testid="stAlert"]').filter(has_text=DEMO_LABEL)
    banner.first.wait_for(timeout=30_000)
    assert banner.count() == 1 and banner.is_visible()
    assert banner.inner_text().strip().endswith(DEMO_LABEL)
    return banner


@pytest.mark.parametrize(
    "query", ["?measure=actual&year=2024", "?measure=actual&year=2024&present=1"]
)
def test_the_map_page_carries_the_demo_banner(demo_page, query):
    demo_page.open(query)
    banner = _banner(demo_page)
    # Above the map, where nobody can miss it.
    assert banner.bounding_box()["y"] < demo_page.map_iframe.bounding_box()["y"]
    assert DEMO_LABEL in demo_page.page.locator('[data-testid="bhxh-source"]').inner_text()


def test_the_compare_page_carries_the_demo_banner(demo_page):
    demo_page.page.goto(f"{demo_page.base_url}/compare?year=2024")
    demo_page.wait_idle()
    _banner(demo_page)
