"""An imported `<img src=x onerror=alert(1)>` (as the report's source, the officer's name and the
file's name) shows as text on the map, in its tooltips, in presentation mode and on the import
page, for a viewer and an officer: no `img[src="x"]` anywhere, no dialog.

The file goes in through the command line into a temp database; the app runs on that database.

Every page's url_path is its file's name, so a fresh server's first request can be any page's
link (Streamlit, before app.py's router has run once, looks pages up by file name).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bhxh_geo.paths import ROOT
from tests.browser.conftest import Page, running_app

XSS = "<img src=x onerror=alert(1)>"
PASSWORD = "mật khẩu thử nghiệm"
OFFICER = "Cán bộ thử"


@pytest.fixture(scope="module")
def xss_app(tmp_path_factory, boundaries):
    folder = tmp_path_factory.mktemp("xss")
    db = folder / "actuals.sqlite3"
    report = folder / f"{XSS}.csv"
    report.write_text(
        "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\nAn Khê;2024;BHTN;9,5\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bhxh_geo",
            "actuals",
            "import",
            str(report),
            "--source",
            XSS,
            "--by",
            XSS,
        ],
        cwd=ROOT,
        env={**os.environ, "BHXH_GEO_DB": str(db)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    added = subprocess.run(
        [sys.executable, "-m", "bhxh_geo", "officers", "add", OFFICER, "--password-stdin"],
        cwd=ROOT,
        env={**os.environ, "BHXH_GEO_DB": str(db)},
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    with running_app({"BHXH_GEO_DB": str(db)}) as url:
        yield url


@pytest.fixture
def watched(browser, xss_app):
    page = Page(browser, xss_app)
    dialogs: list[str] = []
    page.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page, dialogs
    page.close()


def _no_markup(page: Page, dialogs: list[str]) -> None:
    page.page.wait_for_timeout(500)  # an injected image would have failed to load by now
    assert page.page.locator('img[src="x"]').count() == 0
    for frame in page.page.frames:
        assert frame.locator('img[src="x"]').count() == 0, frame.url
    assert dialogs == []


def test_the_import_page_lists_the_batch_as_text_for_viewers_and_officers(watched):
    page, dialogs = watched
    page.open()
    page.page.goto(f"{page.base_url}/import_actuals")
    page.page.get_by_role("heading", name="Nhập số liệu thực hiện").wait_for(timeout=60_000)
    page.wait_idle()
    batches = page.page.locator('[data-testid="stDataFrame"]').first
    # The grid's cells: file name, source and officer, each exactly the text imported.
    batches.get_by_text(f"{XSS}.csv", exact=True).wait_for(state="attached", timeout=30_000)
    assert batches.get_by_text(XSS, exact=True).count() == 2
    assert page.page.get_by_role("button", name="Hoàn tác lô 1").count() == 0  # a viewer
    _no_markup(page, dialogs)

    page.page.get_by_label("Tên cán bộ").fill(OFFICER)
    page.page.get_by_label("Mật khẩu", exact=True).fill(PASSWORD)
    page.page.get_by_role("button", name="Đăng nhập").click()
    page.page.get_by_role("button", name="Hoàn tác lô 1").wait_for(timeout=30_000)
    page.wait_idle()
    line = page.page.get_by_text("Lô 1 · ")
    assert line.inner_text().endswith(f"· 2 giá trị · {XSS}.csv")
    _no_markup(page, dialogs)


def test_the_map_shows_the_source_as_text_in_its_header_and_tooltips(watched):
    page, dialogs = watched
    page.open("?measure=actual&year=2024&indicator=bhtn")
    source = page.page.locator('[data-testid="bhxh-source"]')
    assert source.inner_text().endswith(f"Số liệu thực hiện: {XSS}")
    assert page.page.get_by_text(XSS).first.is_visible()
    page.map_frame.locator("path[data-code='622']").hover()
    tooltip = page.map_frame.locator(".leaflet-tooltip")
    tooltip.wait_for(timeout=10_000)
    assert XSS in tooltip.inner_text()
    _no_markup(page, dialogs)


def test_presentation_mode_shows_the_source_as_text(watched):
    page, dialogs = watched
    page.open("?measure=actual&year=2024&indicator=bhtn&present=1")
    assert XSS in page.page.locator('[data-testid="bhxh-source"]').inner_text()
    _no_markup(page, dialogs)
