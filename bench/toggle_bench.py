"""Year-toggle benchmark: the app against the naive and the careful baselines, side by side.

Starts each app (``app.py``, ``bench/naive_app.py``, ``bench/careful_app.py``) with
``streamlit run``, drives it in headless Chromium (Playwright, Debian's chromium) and prints, per
app: page open → coloured map and → whole page (the app draws its legend and table once its map
has drawn), medians of 12 rounds of opens alternating between the apps, each round in a new
browser profile and in a profile that keeps its HTTP cache; toggle time from the click on a year
until the new district colours are painted (median and p90 of 30 toggles), bytes received per
toggle, JS heap after a forced GC before and after 100 toggles, and requests that left the app's
address. Bytes count websocket frames and the HTTP responses a toggle triggers (Streamlit fetches
messages over ~10 KB by reference over HTTP). Figures, not a test: run it with

    .venv/bin/python bench/toggle_bench.py [--open-rounds 12] [--toggles 30] [--heap-toggles 100]
                                           [--apps app,naive,careful]

Offline, the baselines' CDN requests are answered locally (Leaflet from static/vendor/, other
files empty) so their maps still draw; they are still counted as external requests.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bhxh_geo.render.assets import LEAFLET_DIR  # noqa: E402

APPS = {"app": "server.py", "naive": "bench/naive_app.py", "careful": "bench/careful_app.py"}
# The app sends its map first and the rest of the page once the map has drawn (ui/map_first.py);
# its page is whole when the table of districts is there. The baselines are whole with their map.
WHOLE_PAGE = {"app": "[data-testid='bhxh-district-table']"}
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
FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]'
# The fills of the district paths, read from inside the map iframe (looked up afresh each time:
# the naive app replaces its iframe on every toggle).
FILLS_JS = (
    """() => {
  const frame = document.querySelector('%s');
  const doc = frame && frame.contentDocument;
  if (!doc) return '';
  const paths = [...doc.querySelectorAll('path.leaflet-interactive')].filter(p => p.getAttribute('fill') && p.getAttribute('fill') !== '#eeeeee');
  return paths.length >= 17 ? paths.map(p => p.getAttribute('fill')).join(',') : '';
}"""
    % FRAME
)


# Timed inside the page, so Playwright's own round trips are not counted: the click is a DOM
# click on the year option (a radio of the page in the baselines; the app draws its year buttons
# on the map, inside the iframe), the end the first animation frame with the new district fills,
# once painted.
TOGGLE_JS = """async (year) => {
  const fills = %s;
  const before = fills();
  const frame = document.querySelector('%s');
  const radios = [...document.querySelectorAll('[role=radio]'),
                  ...(frame && frame.contentDocument ? frame.contentDocument.querySelectorAll('[role=radio]') : [])];
  const option = radios.find(b => b.innerText.trim() === year);
  const start = performance.now();
  option.click();
  while (true) {
    await new Promise(r => requestAnimationFrame(r));
    const now = fills();
    if (now && now !== before) {
      await new Promise(r => setTimeout(r, 0));  // runs once this frame is painted
      return performance.now() - start;
    }
    if (performance.now() - start > 60000) throw new Error('colours did not change');
  }
}""" % (FILLS_JS, FRAME)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(
    script: str, env: dict | None = None, log: Path | None = None
) -> tuple[subprocess.Popen, str]:
    """``streamlit run script`` on a free port, with ``env`` added and its output in ``log``
    (else dropped); returns once it answers its health check (after the app's warm-up)."""
    port = free_port()
    output = log.open("w") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            script,
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            # The app answers once its warm-up is done: a connection may wait that long.
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=120)
            return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"{script} did not start")


class Session:
    """One browser page on one app, with the requests that left the app and websocket bytes."""

    def __init__(
        self,
        browser,
        url: str,
        count_bytes: bool = True,
        url_year: bool = False,
        context=None,
        whole_page: str | None = None,
    ):
        self.url, self.external, self.ws_bytes, self.http_bytes = url, [], 0, 0
        self.whole_page, self.whole_s = whole_page, None
        self.url_year = url_year  # the app keeps the year in the URL; the baselines do not
        self.own_context = context is None
        self.context = context or browser.new_context(viewport={"width": 1920, "height": 1080})
        self.page = self.context.new_page()
        self.cdp = self.context.new_cdp_session(self.page)
        # Requests leaving the app (all HTTPS: CDNs, tiles) are answered here through the
        # DevTools protocol rather than Playwright's routing, which would switch the browser's
        # HTTP cache off: so every app, baselines included, can be timed with its cache.
        self.cdp.on("Fetch.requestPaused", self._external_request)
        self.cdp.send(
            "Fetch.enable", {"patterns": [{"urlPattern": "https://*"}, {"urlPattern": "wss://*"}]}
        )
        if count_bytes:  # network events for every response; kept off while timing page opens
            self.cdp.send("Network.enable")
            self.cdp.on("Network.webSocketFrameReceived", self._frame)
            self.cdp.on("Network.loadingFinished", self._loaded)

    def _external_request(self, event):
        request_url = event["request"]["url"]
        self.external.append(request_url)
        name = request_url.split("?")[0].rsplit("/", 1)[-1]
        local = LEAFLET_DIR / name
        body = (
            local.read_bytes() if name in ("leaflet.js", "leaflet.css") and local.is_file() else b""
        )
        kind = "text/css" if name.endswith(".css") else "application/javascript"
        # the request's frame may be gone (the naive app rebuilds its iframe)
        with contextlib.suppress(PlaywrightError):
            self.cdp.send(
                "Fetch.fulfillRequest",
                {
                    "requestId": event["requestId"],
                    "responseCode": 200,
                    "responseHeaders": [
                        {"name": "Content-Type", "value": kind},
                        {"name": "Cache-Control", "value": "max-age=86400"},
                    ],
                    "body": base64.b64encode(body).decode(),
                },
            )

    def _frame(self, event):
        response = event["response"]
        data = response.get("payloadData", "")
        self.ws_bytes += len(data) * 3 // 4 if response.get("opcode") == 2 else len(data.encode())

    def _loaded(self, event):
        # Streamlit sends messages over ~10 KB as a reference the page then fetches over HTTP
        # (/_stcore/message); an iframe rebuilt on a toggle also refetches its files.
        self.http_bytes += int(event.get("encodedDataLength", 0))

    def received(self) -> int:
        return self.ws_bytes + self.http_bytes

    def fills(self) -> str:
        return self.page.evaluate(FILLS_JS)

    def open(self) -> float:
        """Seconds from navigation to the coloured map; ``whole_s``: to the whole page."""
        start = time.perf_counter()
        self.page.goto(self.url)
        self.page.wait_for_function(FILLS_JS, timeout=60_000)
        elapsed = time.perf_counter() - start
        if self.whole_page:
            self.page.locator(self.whole_page).wait_for(timeout=60_000)
        self.whole_s = time.perf_counter() - start
        self.page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()
        time.sleep(0.3)  # the first run's last elements settle before anything is clicked
        return elapsed

    def toggle(self, year: str) -> tuple[float, int]:
        """Click ``year`` from inside the page and time, frame by frame, until the fills change."""
        bytes_before = self.received()
        elapsed_ms = self.page.evaluate(TOGGLE_JS, year)
        if self.url_year:
            # The app's map switches before its rerun starts: wait until that rerun has put the
            # year in the URL (the default year is left out), then until it has finished.
            self.page.wait_for_function(
                "y => (new URLSearchParams(location.search).get('year') || '2025') === y", arg=year
            )
        self.page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()
        time.sleep(0.25)  # let the last bytes of this rerun arrive
        self.page.evaluate("1")  # and let Playwright deliver their network events
        return elapsed_ms / 1000, self.received() - bytes_before

    def heap_mb(self) -> float:
        self.cdp.send("HeapProfiler.enable")
        self.cdp.send("HeapProfiler.collectGarbage")
        return self.cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6

    def close(self):
        if self.own_context:
            self.context.close()
        else:
            self.page.close()


def measure_opens(browser, urls: dict[str, str], rounds: int) -> dict[str, dict]:
    """Page opens in rounds alternating between the apps, so that the machine being busier at one
    moment weighs on every app alike. Each round opens every app once in a new browser profile
    and once in a profile of its own that keeps its HTTP cache; a first round only warms up."""
    cache_profiles = {
        name: browser.new_context(viewport={"width": 1920, "height": 1080}) for name in urls
    }
    seconds = {name: {"cold": [], "cached": [], "whole": []} for name in urls}
    for round_number in range(rounds + 1):
        for name, url in urls.items():
            fresh = Session(browser, url, count_bytes=False, whole_page=WHOLE_PAGE.get(name))
            cold = fresh.open()
            fresh.close()
            kept = Session(
                browser,
                url,
                count_bytes=False,
                context=cache_profiles[name],
                whole_page=WHOLE_PAGE.get(name),
            )
            cached, whole = kept.open(), kept.whole_s
            kept.close()
            if round_number:
                seconds[name]["cold"].append(cold)
                seconds[name]["cached"].append(cached)
                seconds[name]["whole"].append(whole)
    for profile in cache_profiles.values():
        profile.close()
    return {
        name: {
            "open_cold_s": statistics.median(s["cold"]),
            "open_cached_s": statistics.median(s["cached"]),
            "whole_cached_s": statistics.median(s["whole"]),
        }
        for name, s in seconds.items()
    }


def measure_toggles(
    browser, url: str, toggles: int, heap_toggles: int, url_year: bool, whole_page: str | None
) -> dict:
    session = Session(browser, url, url_year=url_year, whole_page=whole_page)
    session.open()
    external_at_open = len(session.external)
    times, sizes = [], []
    for i in range(toggles):
        # Three years in turn: with only two, Streamlit's message cache would hide re-sent bytes.
        elapsed, size = session.toggle(("2024", "2023", "2025")[i % 3])
        times.append(elapsed)
        sizes.append(size)
    heap_before = session.heap_mb()
    for i in range(toggles, toggles + heap_toggles):  # the sequence goes on: never the year shown
        session.toggle(("2024", "2023", "2025")[i % 3])
    heap_after = session.heap_mb()
    result = {
        "toggle_median_ms": statistics.median(times) * 1000,
        "toggle_p90_ms": statistics.quantiles(times, n=10)[-1] * 1000,
        "ws_kb_per_toggle": statistics.median(sizes) / 1000,
        "heap_before_mb": heap_before,
        "heap_growth_mb": heap_after - heap_before,
        "external_at_open": external_at_open,
        "external_per_toggle": (len(session.external) - external_at_open)
        / (toggles + heap_toggles),
    }
    session.close()
    return result


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--toggles", type=int, default=30)
    parser.add_argument("--heap-toggles", type=int, default=100)
    parser.add_argument("--open-rounds", type=int, default=12)
    parser.add_argument("--apps", default="app,naive,careful")
    args = parser.parse_args()
    names = args.apps.split(",")
    servers = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        try:
            for name in names:
                servers[name] = start(APPS[name])
            results = measure_opens(
                browser, {name: url for name, (_, url) in servers.items()}, args.open_rounds
            )
            for name, (_, url) in servers.items():
                results[name].update(
                    measure_toggles(
                        browser,
                        url,
                        args.toggles,
                        args.heap_toggles,
                        url_year=name == "app",
                        whole_page=WHOLE_PAGE.get(name),
                    )
                )
                print(f"{name}: {results[name]}", file=sys.stderr)
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait(timeout=10)
        browser.close()
    print(
        f"Measured {datetime.date.today()} on {machine()}; opens in {args.open_rounds} rounds alternating "
        f"between the apps, {args.toggles} toggles, heap over {args.heap_toggles} toggles.\n"
    )
    print(
        "| app | open → coloured map (new profile / HTTP cache) | open → whole page (HTTP cache) "
        "| toggle median | toggle p90 | KB received / toggle | JS heap growth | external requests (open / per toggle) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['open_cold_s']:.2f} s / {r['open_cached_s']:.2f} s | {r['whole_cached_s']:.2f} s "
            f"| {r['toggle_median_ms']:.0f} ms "
            f"| {r['toggle_p90_ms']:.0f} ms "
            f"| {r['ws_kb_per_toggle']:.1f} KB | {r['heap_growth_mb']:+.1f} MB (from {r['heap_before_mb']:.1f}) "
            f"| {r['external_at_open']} / {r['external_per_toggle']:.1f} |"
        )
    if "naive" in results and "app" in results:
        app, naive = results["app"], results["naive"]
        print(
            f"\napp / naive: toggle median {app['toggle_median_ms'] / naive['toggle_median_ms']:.2f}, "
            f"bytes per toggle {app['ws_kb_per_toggle'] / naive['ws_kb_per_toggle']:.3f}"
        )
    if "careful" in results and "app" in results:
        app, careful = results["app"], results["careful"]
        print(
            f"app / careful: toggle median {app['toggle_median_ms'] / careful['toggle_median_ms']:.2f}, "
            f"open {app['open_cold_s'] / careful['open_cold_s']:.2f} (new profile), "
            f"{app['open_cached_s'] / careful['open_cached_s']:.2f} (HTTP cache)"
        )


if __name__ == "__main__":
    main()
