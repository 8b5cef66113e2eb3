"""Embed benchmark: a published embed page against the live app, side by side in one run.

Starts the app (``streamlit run server.py``, the one server process that also answers the
published routes) and prints, for the live app's map page and for the embed page of the same
view:

- bytes transferred on a first open (new browser profile; HTTP responses as sent, compressed,
  plus websocket frames), until the whole page is there;
- time to the coloured map in a new profile, the CPU slowed 4× (DevTools
  ``Emulation.setCPUThrottlingRate``), a 390×844 viewport: median of rounds alternating between
  the two;
- the one server process under 200 concurrent clients fetching embed pages and CSVs (a separate
  process; requests/s, median and p99 latency, errors);
- 5 live sessions toggling years meanwhile: their toggle median (click → new colours painted)
  and the time until their rerun has brought the page up to date, against the same 5 sessions
  on the idle server.

Figures, not a test; on a shared machine they are noisy (run it on a quiet one):

    .venv/bin/python bench/embed_bench.py [--rounds 5] [--clients 200] [--seconds 20] [--toggles 20] [--load-nice 19]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import toggle_bench  # noqa: E402  (its server start, sessions and in-page toggle timing)

EMBED_PAGE = "/embed/bhxh-target-full-natural_breaks-vi.html"
APP_PAGE = "/?year=2025&indicator=bhxh"
EMBED_COLOURED = "() => document.querySelectorAll('path.district[fill^=\"#\"]').length === 17"
# The floor: a two-line text page (/healthz) opened the same way; what any page costs here.
FLOOR_SHOWN = "() => document.body && document.body.innerText.length > 0"
PAINTED = "() => new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true), 0)))"
LOAD_URLS = [
    EMBED_PAGE,
    "/embed/bhtn-target-full-natural_breaks-en.html?year=2023",
    "/embed/bhxh_tu_nguyen-target-full-natural_breaks-vi.html?year=2024",
    "/data/coverage.csv?year=2025&indicator=bhxh",
    "/data/2024-bhtn.csv",
    "/data/coverage.json?year=2023&indicator=bhxh_bat_buoc",
    "/data/targets.csv",
]


def first_open_bytes(browser, url: str, whole: str | None, embed: bool) -> int:
    """Bytes received while a new profile opens ``url`` until the page is whole."""
    if embed:
        context = browser.new_context(viewport={"width": 1920, "height": 1080})
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        total = {"bytes": 0}
        cdp.send("Network.enable")
        cdp.on(
            "Network.loadingFinished",
            lambda e: total.__setitem__(
                "bytes", total["bytes"] + int(e.get("encodedDataLength", 0))
            ),
        )
        page.goto(url)
        page.wait_for_function(EMBED_COLOURED)
        page.wait_for_load_state("networkidle")
        page.evaluate("1")
        context.close()
        return total["bytes"]
    session = toggle_bench.Session(browser, url, whole_page=whole)
    session.open()
    page_bytes = session.received()
    session.close()
    return page_bytes


def coloured_map_s(browser, url: str, embed: bool | None) -> tuple[float, float]:
    """Seconds from navigation to the coloured map, painted: new profile, CPU slowed 4×, 390×844.

    Two clocks: the bench's (from the navigation request, the new context's start included) and
    the page's own (``performance.now()``: from the document's navigation start, as web
    performance metrics count)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    ready = {True: EMBED_COLOURED, False: toggle_bench.FILLS_JS, None: FLOOR_SHOWN}[embed]
    page.wait_for_function(ready, timeout=120_000, polling="raf")
    page.evaluate(PAINTED)
    elapsed = time.perf_counter() - start
    in_page = page.evaluate("performance.now()") / 1000
    context.close()
    return elapsed, in_page


async def _load(base: str, clients: int, seconds: float) -> dict:
    import httpx2

    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    # Idle connections are dropped well before the server would (uvicorn: 5 s), so a request is
    # never sent on a connection the server is closing.
    limits = httpx2.Limits(
        max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=1.0
    )
    async with httpx2.AsyncClient(
        base_url=base, limits=limits, timeout=30, headers={"Accept-Encoding": "gzip"}
    ) as client:

        async def reader(number: int) -> None:
            i = number
            while time.perf_counter() < deadline:
                url = LOAD_URLS[i % len(LOAD_URLS)]
                i += 1
                start = time.perf_counter()
                try:
                    response = await client.get(url)
                    await response.aread()
                    if response.status_code != 200:
                        errors.append(f"{url}: {response.status_code}")
                except Exception as error:  # a refused or dropped connection is an error, counted
                    errors.append(f"{url}: {error!r}")
                latencies.append(time.perf_counter() - start)

        began = time.perf_counter()
        await asyncio.gather(*(reader(n) for n in range(clients)))
        wall = time.perf_counter() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(0.99 * (len(latencies) - 1))] * 1000,
        "errors": len(errors),
        "first_errors": errors[:3],
        "seconds": wall,
    }


def server_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the server process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_worker(base: str, clients: int, seconds: float, nice: int = 0) -> None:
    """Run in a process of its own (``--load-worker``), printing its figures as JSON; at a lower
    CPU priority with ``nice`` (readers are on their own machines: on this one the client
    process would otherwise take CPU from the server and the live sessions it is measured
    against)."""
    os.nice(nice)
    print(json.dumps(asyncio.run(_load(base, clients, seconds))))


def toggling(browser, url: str, sessions: int, toggles: int, during=None) -> dict:
    """``sessions`` live app pages toggling years in turn; optionally while ``during`` runs."""
    pages = [
        toggle_bench.Session(
            browser,
            url,
            count_bytes=False,
            url_year=True,
            whole_page=toggle_bench.WHOLE_PAGE["app"],
        )
        for _ in range(sessions)
    ]
    for page in pages:
        page.open()
    process = during() if during else None
    paint, settled = [], []
    try:
        # Idle: ``toggles`` rounds; under load: for as long as the load runs.
        i = 0
        while (process.poll() is None) if process else i < toggles * sessions:
            page = pages[i % sessions]
            start = time.perf_counter()
            elapsed, _ = page.toggle(("2024", "2023", "2025")[(i // sessions) % 3])
            settled.append(time.perf_counter() - start - 0.25)  # less toggle()'s settling pause
            paint.append(elapsed)
            i += 1
    finally:
        load = None
        if process is not None:
            out, _ = process.communicate(timeout=300)
            load = json.loads(out.decode().strip().splitlines()[-1])
        for page in pages:
            page.close()
    return {
        "toggle_ms": statistics.median(paint) * 1000,
        "settled_ms": statistics.median(settled) * 1000,
        "load": load,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--toggles", type=int, default=12)
    parser.add_argument(
        "--load-nice", type=int, default=0, help="CPU niceness of the load process (0-19)"
    )
    parser.add_argument("--load-worker", nargs=3, metavar=("URL", "CLIENTS", "SECONDS"))
    args = parser.parse_args()
    if args.load_worker:
        url, clients, seconds = args.load_worker
        load_worker(url, int(clients), float(seconds), args.load_nice)
        return
    from playwright.sync_api import sync_playwright

    process, base = toggle_bench.start("server.py")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=shutil.which("chromium"), args=toggle_bench.CHROMIUM_ARGS
            )
            # Warm both: the app's first run and the embed's first build are not what a reader meets.
            coloured_map_s(browser, base + APP_PAGE, embed=False)
            for url in LOAD_URLS:
                subprocess.run(["curl", "-s", "-o", "/dev/null", base + url], check=False)
            app_bytes = first_open_bytes(
                browser, base + APP_PAGE, toggle_bench.WHOLE_PAGE["app"], embed=False
            )
            embed_bytes = first_open_bytes(browser, base + EMBED_PAGE, None, embed=True)
            opens: dict[str, list[tuple[float, float]]] = {"app": [], "embed": [], "floor": []}
            for _ in range(args.rounds):
                opens["app"].append(coloured_map_s(browser, base + APP_PAGE, embed=False))
                opens["embed"].append(coloured_map_s(browser, base + EMBED_PAGE, embed=True))
                opens["floor"].append(coloured_map_s(browser, base + "/healthz", embed=None))
            app_s, embed_s, floor_s = ([wall for wall, _ in opens[k]] for k in opens)
            app_in, embed_in, floor_in = ([own for _, own in opens[k]] for k in opens)
            idle = toggling(browser, base + APP_PAGE, args.sessions, args.toggles)

            def start_load():
                return subprocess.Popen(
                    [
                        sys.executable,
                        __file__,
                        "--load-nice",
                        str(args.load_nice),
                        "--load-worker",
                        base,
                        str(args.clients),
                        str(args.seconds),
                    ],
                    stdout=subprocess.PIPE,
                )

            cpu_before = server_cpu_s(process.pid)
            loaded = toggling(
                browser, base + APP_PAGE, args.sessions, args.toggles, during=start_load
            )
            # The sessions' own reruns are in this figure too: it bounds the readers' cost.
            server_cpu = server_cpu_s(process.pid) - cpu_before
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
    load = loaded["load"]
    print(
        f"Measured {datetime.date.today()} on {toggle_bench.machine()}; {args.rounds} rounds of opens "
        f"alternating; {args.clients} clients for {args.seconds:.0f} s; {args.sessions} sessions × "
        f"{args.toggles} toggles, idle then under that load (load process at nice {args.load_nice}).\n"
    )
    print("| figure | live app | embed | target |")
    print("|---|---|---|---|")
    print(
        f"| bytes transferred, first open | {app_bytes / 1000:,.0f} KB | {embed_bytes / 1000:,.1f} KB | ≤ 100 KB |"
    )
    print(
        f"| time to coloured map, new profile, CPU 4× slower, 390×844 (median) | {statistics.median(app_s):.2f} s "
        f"| {statistics.median(embed_s):.2f} s | ≤ 1 s |"
    )
    print(
        f"| the same for a plain two-line text page (/healthz): the floor here | "
        f"{statistics.median(floor_s):.2f} s | {statistics.median(floor_s):.2f} s | – |"
    )
    print(
        f"| the same on the page's own clock (navigation start → painted), median | "
        f"{statistics.median(app_in):.2f} s | {statistics.median(embed_in):.2f} s "
        f"(floor {statistics.median(floor_in):.2f} s) | ≤ 1 s |"
    )
    print(
        f"| one server process, {args.clients} concurrent clients fetching embeds and CSVs | one session each "
        f"| {load['rps']:,.0f} requests/s, p50 {load['p50_ms']:.0f} ms, p99 {load['p99_ms']:.0f} ms, "
        f"{load['errors']} errors ({load['requests']:,} requests) | 0 errors |"
    )
    print(
        f"| the server's CPU meanwhile (readers and the 5 sessions) | – | "
        f"{server_cpu / load['seconds'] * 100:.0f} % of one core, "
        f"{server_cpu / load['requests'] * 1000:.2f} ms per request at most | – |"
    )
    print(
        f"| {args.sessions} live sessions toggling meanwhile: toggle median (idle → loaded) | "
        f"{idle['toggle_ms']:.0f} ms → {loaded['toggle_ms']:.0f} ms ({loaded['toggle_ms'] / idle['toggle_ms']:.2f}×) | – | within 20 % (≤ 1.20×) |"
    )
    print(
        f"| the same: click → page up to date (rerun done), median | "
        f"{idle['settled_ms']:.0f} ms → {loaded['settled_ms']:.0f} ms ({loaded['settled_ms'] / idle['settled_ms']:.2f}×) | – | – |"
    )
    print(
        f"\nembed / app: bytes {embed_bytes / app_bytes:.3f}, time to coloured map "
        f"{statistics.median(embed_s) / statistics.median(app_s):.2f}; opens app {['%.2f' % s for s in app_s]}, "
        f"embed {['%.2f' % s for s in embed_s]}, floor {['%.2f' % s for s in floor_s]}"
    )
    if load["first_errors"]:
        print("first errors:", load["first_errors"])


if __name__ == "__main__":
    main()
