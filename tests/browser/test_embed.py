"""The embed as a reader meets it: inside an article on another site, and from a static folder.

An "article" on another origin (its own port) carries the documented snippet; the embed loads,
sizes its iframe by postMessage, switches years without a request, fetches nothing from anywhere
and passes axe-core (WCAG 2.2 AA), on a phone, light and dark. The folder ``publish`` writes,
served by ``python -m http.server``, behaves the same.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from bhxh_geo.embed.snippet import DEFAULT_HEIGHT, embed_snippet
from bhxh_geo.publish import publish
from tests.browser.axe import axe_violations

PAGE = "embed/bhxh-target-full-natural_breaks-en.html"
FILLS_JS = "() => [...document.querySelectorAll('path.district')].map(p => p.getAttribute('fill')).join(',')"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def static_server(folder):
    """``python -m http.server`` serving ``folder`` on a port of its own."""
    port = _port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "http.server",
            str(port),
            "--bind",
            "127.0.0.1",
            "--directory",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


class Reader:
    """A phone-sized browser profile that records every request and CSP complaint."""

    def __init__(self, browser, scheme: str = "light"):
        self.context = browser.new_context(
            viewport={"width": 390, "height": 844}, color_scheme=scheme, device_scale_factor=2
        )
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(m.text))

    def close(self):
        self.context.close()


@pytest.fixture
def article(tmp_path, app_url):
    """An article page on another origin with the embed snippet for the app's page."""
    snippet = embed_snippet(f"{app_url}/{PAGE}", "Social insurance coverage, Gia Lai")
    (tmp_path / "article.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An article</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
        f"<body><main><h1>An article</h1><p>Before the map.</p>{snippet}<p>After the map.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    with static_server(tmp_path) as url:
        yield f"{url}/article.html"


def _embed_frame(page):
    page.wait_for_selector("iframe[data-bhxh-geo]")
    frame = page.frame_locator("iframe[data-bhxh-geo]")
    frame.locator("body[data-ready='1']").wait_for(timeout=30_000)
    return next(f for f in page.frames if PAGE in f.url)


def _switch_years(reader, frame):
    """Each year button recolours the map at once, and asks nothing of any server."""
    seen = {frame.evaluate(FILLS_JS)}
    before = len(reader.requests)
    for year in ("2023", "2024", "2025"):
        if frame.evaluate("() => document.body.dataset.shown") == year:
            continue
        frame.get_by_role("radio", name=year, exact=True).click()
        frame.wait_for_function(f"() => document.body.dataset.shown === '{year}'")
        assert (
            frame.get_by_role("radio", name=year, exact=True).get_attribute("aria-checked")
            == "true"
        )
        assert frame.locator(f"h1[data-year='{year}']").is_visible()
        seen.add(frame.evaluate(FILLS_JS))
    assert len(seen) == 3  # three years, three colourings
    assert reader.requests[before:] == []


def test_the_snippet_in_an_article_on_another_site(browser, app_url, article):
    reader = Reader(browser)
    try:
        reader.page.goto(article)
        frame = _embed_frame(reader.page)
        iframe = reader.page.locator("iframe[data-bhxh-geo]")
        # Sized by the page's postMessage: as tall as its content, not the snippet's default.
        reader.page.wait_for_function(
            "() => document.querySelector('iframe[data-bhxh-geo]').style.height !== ''"
        )
        content = frame.evaluate(
            "() => Math.ceil(document.documentElement.getBoundingClientRect().height)"
        )
        height = iframe.evaluate("f => f.getBoundingClientRect().height")
        assert abs(height - content) <= 1 and height != DEFAULT_HEIGHT
        assert frame.evaluate("() => document.documentElement.scrollHeight <= innerHeight + 1")
        # Opening the table makes the page taller, and the iframe follows.
        frame.get_by_text("Table: the province and the 17 districts").click()
        reader.page.wait_for_function(
            "h => document.querySelector('iframe[data-bhxh-geo]').getBoundingClientRect().height > h + 200",
            arg=height,
        )
        assert frame.locator("tbody:not([hidden]) tr").count() == 18
        _switch_years(reader, frame)
        # Hover and keyboard focus show the tooltip with the district's figures.
        frame.locator("path.district[data-code='622']").hover()
        assert "Pleiku" in frame.locator("#bhxh-tip").inner_text()
        frame.locator("path.district[data-code='623']").focus()
        tip = frame.locator("#bhxh-tip")
        assert tip.is_visible() and "An Khê" in tip.inner_text() and "Rank" in tip.inner_text()
        frame.press("path.district[data-code='623']", "Escape")
        assert not tip.is_visible()
        # Nothing but the article and the embed's one page; no CSP complaint.
        origins = {url.split("/")[2] for url in reader.requests}
        assert origins == {article.split("/")[2], app_url.split("/")[2]}
        assert [u for u in reader.requests if app_url in u] == [f"{app_url}/{PAGE}"]
        assert not [m for m in reader.console if "Content Security Policy" in m]
        assert axe_violations(frame) == []
    finally:
        reader.close()


def test_the_embed_passes_axe_in_dark_mode_and_readable_on_a_phone(browser, app_url):
    reader = Reader(browser, scheme="dark")
    try:
        reader.page.goto(f"{app_url}/embed?indicator=bhtn&year=2023")
        reader.page.locator("body[data-ready='1']").wait_for()
        assert (
            reader.page.evaluate("() => getComputedStyle(document.body).backgroundColor")
            != "rgb(255, 255, 255)"
        )
        # Nothing wider than the phone: no sideways scrolling of the page itself.
        assert reader.page.evaluate("() => document.documentElement.scrollWidth <= innerWidth")
        reader.page.get_by_text("Bảng số liệu: toàn tỉnh và 17 huyện").click()
        assert axe_violations(reader.page) == []
    finally:
        reader.close()


def test_the_published_folder_served_statically_behaves_the_same(
    browser, tmp_path, monkeypatch, boundaries
):
    monkeypatch.setenv("BHXH_GEO_DB", str(tmp_path / "none.sqlite3"))
    site = publish(tmp_path / "site", "https://app.example.vn/", cards=False)
    assert PAGE in site.pages
    reader = Reader(browser)
    try:
        with static_server(tmp_path / "site") as url:
            # A static server ignores the query; the page's script reads the year itself.
            reader.page.goto(f"{url}/{PAGE}?year=2024")
            reader.page.locator("body[data-ready='1'][data-shown='2024']").wait_for()
            assert reader.page.locator("h1[data-year='2024']").is_visible()
            data = reader.page.get_by_role("link", name="CSV")
            assert data.get_attribute("href") == "../data/2024-bhxh.csv"
            response = reader.page.request.get(f"{url}/data/2024-bhxh.csv")
            assert response.ok and response.body().startswith(b"\xef\xbb\xbfyear,unit_code")
            _switch_years(reader, reader.page.main_frame)
            assert data.get_attribute("href") == "../data/2025-bhxh.csv"  # the links follow
            assert {u.split("/")[2] for u in reader.requests} == {url.split("/")[2]}
            assert axe_violations(reader.page) == []
            reader.page.goto(f"{url}/index.html")
            assert (
                reader.page.get_by_role(
                    "link", name="Social insurance (total) · Plan target · Full year"
                ).count()
                == 1
            )
    finally:
        reader.close()
