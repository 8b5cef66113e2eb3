"""The real server's security headers in Chromium: every page works under its
Content-Security-Policy (the map and its frame, the compare page's charts, the profile, the
downloads, an officer's upload) with no violation reported; another site cannot frame the
import page; a visitor sees no traceback.

The app runs on its own database with one officer account.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request

import pytest

from bhxh_geo.paths import ROOT
from tests.browser.conftest import MAP_FRAME, Page, running_app
from tests.browser.test_embed import static_server

OFFICER, PASSWORD = "Cán bộ kiểm thử", "mật khẩu kiểm thử 1"
REPORT = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\nAn Khê;2024;BHTN;9,5\n"


@pytest.fixture(scope="module")
def secured_app(tmp_path_factory, boundaries):
    db = tmp_path_factory.mktemp("headers") / "actuals.sqlite3"
    env = {**os.environ, "BHXH_GEO_DB": str(db)}
    added = subprocess.run(
        [sys.executable, "-m", "bhxh_geo", "officers", "add", OFFICER, "--password-stdin"],
        cwd=ROOT,
        env=env,
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    with running_app({"BHXH_GEO_DB": str(db)}) as url:
        yield url


@pytest.fixture
def watched(browser, secured_app):
    page = Page(browser, secured_app)
    violations: list[str] = []
    page.page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield page, violations
    page.close()


def test_the_map_frame_answers_on_a_fresh_server(secured_app):
    """The warm-up imports streamlit-folium before any session: its component must still be
    registered (ui/warm.py), or the map's frame would be a 404 for good."""
    url = f"{secured_app}/component/streamlit_folium.st_folium/index.html"
    with urllib.request.urlopen(url) as response:
        assert response.status == 200
        assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_the_pages_send_the_policy(secured_app):
    with urllib.request.urlopen(f"{secured_app}/import_actuals") as response:
        headers = response.headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_the_published_routes_keep_their_own_policy_and_may_be_framed(
    browser, secured_app, tmp_path
):
    """Through the real server (the middleware in front): the embed page and the data keep the
    headers their routes set, and another site frames the embed."""
    embed = f"{secured_app}/embed/bhxh-target-full-natural_breaks-vi.html?year=2025"
    with urllib.request.urlopen(embed) as response:
        headers = response.headers
    assert "frame-ancestors *" in headers["Content-Security-Policy"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in headers and headers["X-Content-Type-Options"] == "nosniff"
    with urllib.request.urlopen(f"{secured_app}/data/targets.csv") as response:
        assert "X-Frame-Options" not in response.headers
        assert "frame-ancestors 'none'" not in response.headers.get("Content-Security-Policy", "")
    (tmp_path / "article.html").write_text(
        f'<!DOCTYPE html><iframe src="{embed}" width="800" height="900"></iframe>',
        encoding="utf-8",
    )
    context = browser.new_context()
    try:
        tab = context.new_page()
        with static_server(tmp_path) as newsroom:  # another origin: its own port
            tab.goto(f"{newsroom}/article.html")
            framed = tab.frame_locator("iframe")
            framed.locator("body[data-ready='1']").wait_for(timeout=30_000)
            assert framed.locator("path.district[data-code='622']").count() == 1
    finally:
        context.close()


def test_every_page_works_under_the_policy(watched):
    page, violations = watched
    page.open("?year=2024")  # the map, drawn in its component frame, with its legend and table
    assert len(page.fills()) == 17
    page.choose_year("2023")
    page.wait_view("2024")
    for path, ready in (
        ("/compare", '[data-testid="stVegaLiteChart"]'),
        ("/district?code=632", '[data-testid="stVegaLiteChart"]'),
        ("/export", '[data-testid="stDownloadButton"]'),
    ):
        page.page.goto(f"{page.base_url}{path}")
        page.page.locator(ready).first.wait_for(timeout=60_000)
        page.wait_idle()
    assert violations == [] and page.external == []


def test_an_officer_uploads_under_the_policy(watched, tmp_path):
    page, violations = watched
    page.page.goto(f"{page.base_url}/import_actuals")
    page.page.get_by_label("Tên cán bộ").fill(OFFICER)
    page.page.get_by_label("Mật khẩu", exact=True).fill(PASSWORD)
    page.page.get_by_role("button", name="Đăng nhập").click()
    page.page.get_by_text(f"Đã đăng nhập: {OFFICER}.").wait_for(timeout=30_000)
    report = tmp_path / "bao_cao.csv"
    report.write_text(REPORT, encoding="utf-8")
    page.page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(report)
    page.page.get_by_text("Chưa lưu gì: 2 giá trị (2 mới, 0 thay đổi, 0 giữ nguyên).").wait_for(
        timeout=60_000
    )
    page.page.get_by_role("button", name="Lưu 2 giá trị thành một lô mới").click()
    page.page.get_by_text("Đã nhập lô 1: 2 giá trị.").wait_for(timeout=30_000)
    assert violations == [] and page.external == []


def test_another_site_cannot_frame_the_import_page(browser, secured_app, tmp_path):
    """The same other site that frames the embed above gets nothing of the import page."""
    (tmp_path / "attack.html").write_text(
        f'<!DOCTYPE html><iframe src="{secured_app}/import_actuals" width="800" height="600">'
        "</iframe>",
        encoding="utf-8",
    )
    context = browser.new_context()
    try:
        tab = context.new_page()
        with static_server(tmp_path) as attacker:
            tab.goto(f"{attacker}/attack.html")
            tab.wait_for_timeout(3000)
            [framed] = [f for f in tab.frames if f != tab.main_frame]
            assert framed.locator('[data-testid="stApp"]').count() == 0
            assert not framed.url.startswith(secured_app) or framed.locator("body *").count() == 0
    finally:
        context.close()


def test_the_map_frame_is_the_apps_own(watched):
    page, _ = watched
    page.open()
    src = page.page.locator(MAP_FRAME).get_attribute("src")
    assert src.startswith(("/component/", f"{page.base_url}/component/")), src


def test_a_visitor_sees_no_traceback_when_a_page_fails(browser, tmp_path):
    """The server's own settings (``.streamlit/config.toml``) with a page that raises: the visitor
    gets Streamlit's generic notice, never the exception, its traceback or a server path."""
    import shutil
    import socket
    import time

    (tmp_path / ".streamlit").mkdir()
    shutil.copy(ROOT / ".streamlit" / "config.toml", tmp_path / ".streamlit" / "config.toml")
    (tmp_path / "fails.py").write_text(
        "import streamlit as st\nst.write('trước lỗi')\n"
        "raise RuntimeError('/srv/bhxh-geo/var/bhxh_geo.sqlite3 hỏng: bí mật')\n",
        encoding="utf-8",
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "fails.py", "--server.port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        context = browser.new_context()
        try:
            tab = context.new_page()
            tab.goto(url)
            shown = tab.locator('[data-testid="stException"]')
            shown.wait_for(timeout=60_000)
            text = tab.locator('[data-testid="stApp"]').inner_text()
            assert "trước lỗi" in text  # the page ran up to the failure
            assert "Traceback" not in text and "/srv/bhxh-geo" not in text and "bí mật" not in text
            assert "RuntimeError" not in text and "fails.py" not in text
        finally:
            context.close()
    finally:
        server.terminate()
        _, log = server.communicate(timeout=10)
    assert "bí mật".encode() in log  # the whole error is in the server's log
