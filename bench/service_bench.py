"""Service benchmark: the app as a service beside the careful baseline, in one run.

For each app (``server.py``; ``bench/careful_app.py``, the careful streamlit-folium app of the
notes; and for the opens ``bench/cold_server.py``, the app without its warm-up) it prints:

- first open after start / next open: a fresh server (started ``--starts`` times), its first
  visitor's page open to the coloured map, then a second visitor's (new browser profiles);
  medians and their ratio (target ≤ 1.2);
- 20 sessions × 10 toggles: all sessions open at once, each round clicks a year in every session
  at the same moment and waits until every map shows it; failures count a session that did not
  follow within 60 s, showed an error or lost its connection. Run twice: quiet, then with
  imports and reverts of the actuals running against the app's database all along (CLI
  processes, one after another; the baseline reads no database, it gets the same load);
- server CPU per toggle with 20 sessions: the server process's user + system time from
  ``/proc/PID/stat``, before and after the quiet rounds, over the number of toggles (target
  ≤ 20 ms);
- server RSS with 20 sessions open (``VmRSS``; and the peak, ``VmHWM``) (target ≤ 200 MB).

Browser launch flags, the toggle (a DOM click timed to the new fills) and the CDN answers for
the baseline come from ``bench/toggle_bench.py``. Figures, not a test; on a shared machine they
are noisy (run it when quiet):

    .venv/bin/python bench/service_bench.py [--starts 3] [--sessions 20] [--toggles 10]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import toggle_bench as tb  # noqa: E402

APPS = {"app": "server.py", "cold": "bench/cold_server.py", "careful": "bench/careful_app.py"}
# Measured for first and next open only: the app without its warm-up, as it was before.
OPENS_ONLY = {"cold"}
YEARS = ("2024", "2023", "2025")
REPORT = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;{year};BHTN;{value}\nAn Khê;{year};BHTN;9,5\n"
CLICK_JS = """(year) => {
  const frame = document.querySelector('%s');
  const radios = [...document.querySelectorAll('[role=radio]'),
                  ...(frame && frame.contentDocument ? frame.contentDocument.querySelectorAll('[role=radio]') : [])];
  const option = radios.find(b => b.innerText.trim() === year);
  if (!option) return false;
  window.__bench_before = (%s)();
  option.click();
  return true;
}""" % (tb.FRAME, tb.FILLS_JS)
FOLLOWED_JS = (
    """() => {
  const now = (%s)();
  return now && now !== window.__bench_before;
}"""
    % tb.FILLS_JS
)
BROKEN = '[data-testid="stException"], [data-testid="stConnectionStatus"], [role="dialog"]'
SHOWN = f'{BROKEN}, [data-testid="stAlert"]'


LOGS = Path(tempfile.gettempdir()) / "service_bench_logs"


def start(script: str, env: dict) -> tuple[subprocess.Popen, str, float]:
    """The server, its URL and the seconds from launch until it answers its health check; its
    log goes to :data:`LOGS` (the errors a failure showed are read back from there)."""
    LOGS.mkdir(exist_ok=True)
    log = LOGS / f"{Path(script).stem}-{time.time_ns()}.log"
    launched = time.perf_counter()
    process, url = tb.start(script, env, log)
    process.log_path = log  # type: ignore[attr-defined]
    return process, url, time.perf_counter() - launched


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) in MB."""
    status = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return tuple(int(status[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM"))


def opens(browser, name: str, env: dict, starts: int) -> dict:
    first, following, ready = [], [], []
    for _ in range(starts):
        process, url, up = start(APPS[name], env)
        try:
            for into in (first, following):
                session = tb.Session(browser, url, count_bytes=False)
                into.append(session.open())
                session.close()
            ready.append(up)
        finally:
            stop(process)
    return {
        "first_s": statistics.median(first),
        "next_s": statistics.median(following),
        "ready_s": statistics.median(ready),
    }


class Writer(threading.Thread):
    """Imports and reverts through the CLI, one after another, until stopped."""

    def __init__(self, db: Path, folder: Path):
        super().__init__(daemon=True)
        self.db, self.folder, self.done, self.writes, self.errors = db, folder, False, 0, []

    def run(self) -> None:
        n = 0
        while not self.done:
            n += 1
            report = self.folder / f"bao_cao_{n}.csv"
            report.write_text(REPORT.format(year=2024, value=f"{10 + n % 50},5"), encoding="utf-8")
            imported = self._cli("import", str(report), "--force")
            batch = re.search(r"lô (\d+)", imported)
            if batch:
                self._cli("revert", batch.group(1))

    def _cli(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "bhxh_geo", "actuals", *args],
            cwd=ROOT,
            env={**os.environ, "BHXH_GEO_DB": str(self.db)},
            capture_output=True,
            text=True,
        )
        self.writes += 1
        if done.returncode:
            self.errors.append((done.stderr.strip().splitlines() or ["?"])[-1][:200])
        return done.stdout


URL_YEAR_JS = "y => (new URLSearchParams(location.search).get('year') || '2025') === y"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def server_errors(log: Path) -> list[str]:
    """The last line of each traceback in a server's log, counted."""
    lines = log.read_text(errors="replace").splitlines()
    found: dict[str, int] = {}
    for number, line in enumerate(lines):
        if line.startswith("Traceback"):
            end = next(
                (n for n in range(number + 1, len(lines)) if not lines[n].startswith((" ", "\t"))),
                len(lines) - 1,
            )
            found[lines[end][:200]] = found.get(lines[end][:200], 0) + 1
    return [f"{count} × {error}" for error, count in found.items()]


def toggles(
    browser,
    url: str,
    sessions: int,
    rounds: int,
    pid: int,
    url_year: bool,
    writer=None,
    log_path: Path | None = None,
) -> dict:
    pages = []
    for _ in range(sessions):
        session = tb.Session(browser, url, count_bytes=False)
        session.open()
        pages.append(session)
    rss_open, _ = memory_mb(pid)
    failures: list[str] = []
    if writer:
        writer.start()
    cpu_before, clock = cpu_seconds(pid), time.perf_counter()
    try:
        for i in range(rounds):
            year = YEARS[i % len(YEARS)]
            clicked = [s.page.evaluate(CLICK_JS, year) for s in pages]
            for number, (session, ok) in enumerate(zip(pages, clicked)):
                try:
                    if not ok:
                        raise RuntimeError("no year button")
                    session.page.wait_for_function(FOLLOWED_JS, timeout=60_000)
                    if url_year:
                        # The app's map switches before its rerun: wait for the rerun's URL.
                        session.page.wait_for_function(URL_YEAR_JS, arg=year, timeout=60_000)
                    session.page.locator(IDLE).wait_for(timeout=60_000)
                    if session.page.locator(BROKEN).count():
                        raise RuntimeError(session.page.locator(BROKEN).first.inner_text()[:120])
                except Exception as error:  # a failure to count, not to stop on
                    shown = session.page.locator(SHOWN).all_inner_texts()
                    failures.append(
                        f"session {number}, round {i}: {str(error).splitlines()[0]}"
                        + (f"; the page shows: {' | '.join(shown)[:300]}" if shown else "")
                    )
        time.sleep(1.0)  # the last reruns' final messages
        cpu = cpu_seconds(pid) - cpu_before
        wall = time.perf_counter() - clock
        rss, peak = memory_mb(pid)
    finally:
        if writer:
            writer.done = True
            writer.join(timeout=120)
        for session in pages:
            session.close()
    return {
        "toggles": sessions * rounds,
        "failures": failures,
        "server_errors": server_errors(log_path) if failures and log_path else [],
        "cpu_ms_per_toggle": cpu * 1000 / (sessions * rounds),
        "wall_s": wall,
        "rss_mb": max(rss, rss_open),
        "peak_mb": peak,
        "writes": writer.writes if writer else 0,
        "write_errors": writer.errors if writer else [],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--toggles", type=int, default=10)
    parser.add_argument("--apps", default="app,cold,careful")
    parser.add_argument("--starts-only", action="store_true", help="Only the opens.")
    parser.add_argument("--toggles-only", action="store_true", help="Only the sessions.")
    args = parser.parse_args()
    names = args.apps.split(",")
    results: dict[str, dict] = {name: {} for name in names}
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as p:
        folder = Path(folder)
        db = folder / "actuals.sqlite3"
        env = {"BHXH_GEO_DB": str(db)}
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=tb.CHROMIUM_ARGS)
        try:
            # Opens alternate between the apps, start by start, so that a busier moment of the
            # machine weighs on both alike.
            for _ in range(0 if args.toggles_only else args.starts):
                for name in names:
                    got = opens(browser, name, env, 1)
                    for key, value in got.items():
                        results[name].setdefault(key, []).append(value)
            for name in names:
                for key in ("first_s", "next_s", "ready_s"):
                    if key in results[name]:
                        results[name][key] = statistics.median(results[name][key])
                if name in OPENS_ONLY or args.starts_only:
                    continue
                process, url, _ = start(APPS[name], env)
                try:
                    quiet = toggles(
                        browser, url, args.sessions, args.toggles, process.pid, name == "app"
                    )
                    writer = Writer(db, folder)
                    loaded = toggles(
                        browser,
                        url,
                        args.sessions,
                        args.toggles,
                        process.pid,
                        name == "app",
                        writer,
                    )
                finally:
                    stop(process)
                results[name].update(quiet=quiet, loaded=loaded)
                print(f"{name}: {results[name]}", file=sys.stderr, flush=True)
        finally:
            browser.close()
    report(results, args)


def report(results: dict, args) -> None:
    print(
        f"Measured {datetime.date.today()} on {tb.machine()} (load average "
        f"{os.getloadavg()[0]:.1f} at the end: a shared machine, figures are noisy); "
        f"{args.starts} starts per app, {args.sessions} sessions × {args.toggles} toggles.\n"
    )
    app, careful, cold = results.get("app"), results.get("careful"), results.get("cold")

    def cell(r, key, fmt):
        try:
            return fmt(r) if r else "–"
        except KeyError:
            return "–"

    rows = [
        (
            "first open after start / next open",
            lambda r: (
                f"{r['first_s']:.2f} s / {r['next_s']:.2f} s = {r['first_s'] / r['next_s']:.2f}×"
            ),
            "≤ 1.2×",
        ),
        ("server ready after launch", lambda r: f"{r['ready_s']:.1f} s", "–"),
        (
            f"{args.sessions} sessions × {args.toggles} toggles: failures (quiet / imports and reverts running)",
            lambda r: (
                f"{len(r['quiet']['failures'])} / {len(r['loaded']['failures'])}"
                f" ({r['loaded']['writes']} writes, {len(r['loaded']['write_errors'])} refused)"
            ),
            "0 / 0",
        ),
        (
            f"server CPU per toggle ({args.sessions} sessions)",
            lambda r: f"{r['quiet']['cpu_ms_per_toggle']:.0f} ms",
            "≤ 20 ms",
        ),
        (
            f"server RSS, {args.sessions} sessions (peak)",
            lambda r: f"{r['quiet']['rss_mb']:.0f} MB ({r['quiet']['peak_mb']:.0f} MB)",
            "≤ 200 MB",
        ),
    ]
    print("| figure | now | careful baseline | target | the app without its warm-up |")
    print("|---|---|---|---|---|")
    for label, fmt, target in rows:
        print(
            f"| {label} | {cell(app, None, fmt)} | {cell(careful, None, fmt)} | {target}"
            f" | {cell(cold, None, fmt)} |"
        )
    for name, r in results.items():
        if name in OPENS_ONLY or "quiet" not in r:
            continue
        for phase in ("quiet", "loaded"):
            for failure in r[phase]["failures"][:5]:
                print(f"{name} {phase}: {failure}")
            for error in r[phase]["server_errors"]:
                print(f"{name} {phase}, server log: {error}")
            for error in r[phase]["write_errors"][:3]:
                print(f"{name} {phase} write refused: {error}")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
