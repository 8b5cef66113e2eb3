"""The real app in headless Chromium: one server per session, every request watched."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from bhxh_geo.paths import ROOT

# streamlit-folium's iframe, which holds the district map (its title is the map's, set by the map).
MAP_FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]'
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    browser = [i for i in items if "tests/browser/" in str(i.fspath).replace(os.sep, "/")]
    for item in browser:
        item.add_marker(pytest.mark.browser)
    # The browser tests first: under `make test` they are the longest share of one worker
    # (tests/conftest.py), so the other worker takes the rest meanwhile.
    first = set(browser)
    items[:] = browser + [i for i in items if i not in first]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """Run ``streamlit run server.py`` on a free port as `make run` does; wait for its health check."""
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "server.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("the app did not start within 60 s")


@contextlib.contextmanager
def running_app(env: dict | None = None):
    """The app's URL while a server runs with ``env`` added (e.g. its own ``BHXH_GEO_DB``)."""
    process, url = start_app(env)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def is_map_page(url: str) -> bool:
    """The map page (``/``, ``/map``, presentation mode): it draws its map first, the rest after."""
    path = urllib.parse.urlsplit(url).path.rstrip("/")
    return path in ("", "/map")


def wait_settled(page, timeout: float = 30_000) -> None:
    """Wait until a page of the app is whole: no script running, its map (on the map page)
    painted with the legend beside it, its charts drawn."""
    page.locator(IDLE).wait_for(timeout=timeout)
    if is_map_page(page.url):
        page.frame_locator(MAP_FRAME).locator("body[data-bhxh-ready='1']").wait_for(timeout=timeout)
        page.locator("[data-testid='bhxh-legend']").wait_for(timeout=timeout)
        page.locator(IDLE).wait_for(timeout=timeout)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
                 .every(chart => chart.querySelector('svg, canvas'))""",
        timeout=timeout,
    )
    # Fonts and the last layout pass (the map fits itself to its frame).
    page.evaluate("() => document.fonts.ready")
    page.wait_for_timeout(300)


@pytest.fixture(scope="session")
def app_url(boundaries):
    with running_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail(
            "Debian's chromium is not installed: run `make test` (it installs it) or apt-get install chromium"
        )
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A page of the app with the requests that left the app's own address recorded."""

    def __init__(self, browser, base_url: str, viewport=(1920, 1080), **context_options):
        self.base_url = base_url
        self.context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, **context_options
        )
        self.page = self.context.new_page()
        self.external: list[str] = []
        self.page.on("request", self._record)

    def _record(self, request):
        if not request.url.startswith((self.base_url, "data:", "blob:", "about:")):
            self.external.append(request.url)

    def open(self, query: str = ""):
        """Open the map page at ``query`` and wait for the whole page: the map first, then the
        legend and table its report brings (ui/map_first.py)."""
        self.page.goto(f"{self.base_url}/{query}")
        self.wait_map()
        self.page.locator("[data-testid='bhxh-legend']").wait_for(timeout=30_000)
        self.wait_idle()
        return self

    @property
    def map_frame(self):
        """The map's document (its paths, labels and year buttons)."""
        return self.page.frame_locator(MAP_FRAME)

    @property
    def map_iframe(self):
        """The map's iframe element in the page (its place on the page)."""
        return self.page.locator(MAP_FRAME)

    def wait_idle(self):
        self.page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
            timeout=30_000
        )

    def wait_map(self):
        # A server's first page open imports and computes everything (boundaries, label layout,
        # base map): on two busy cores that alone has taken over 30 s.
        self.map_frame.locator("body[data-bhxh-ready='1']").wait_for(timeout=90_000)

    def view(self) -> str:
        return self.map_frame.locator("body").get_attribute("data-bhxh-view")

    def wait_view(self, previous: str):
        self.page.wait_for_function(
            """([previous, selector]) => {
                const frame = document.querySelector(selector);
                const view = frame && frame.contentDocument.body.getAttribute('data-bhxh-view');
                return view && view !== previous;
            }""",
            arg=[previous, MAP_FRAME],
            timeout=30_000,
        )

    def choose(self, option: str):
        """Click a segmented-control option (``2024``, ``English``) and wait for the rerun."""
        self.page.get_by_role("radio", name=option, exact=True).click()

    def choose_year(self, year: str):
        """Click one of the year buttons drawn on the map."""
        self.map_frame.get_by_role("radio", name=year, exact=True).click()

    def fills(self) -> dict[str, str]:
        paths = self.map_frame.locator("path.leaflet-interactive[data-code]")
        return {p.get_attribute("data-code"): p.get_attribute("fill") for p in paths.all()}

    def close(self):
        self.context.close()


@pytest.fixture
def app_page(browser, app_url):
    page = Page(browser, app_url)
    yield page
    page.close()
