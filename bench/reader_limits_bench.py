"""Hostile workbooks against the importer: seconds and peak memory until the refusal.

Each case is built in memory (tests/fixtures/hostile_xlsx.py), written to a temp file and read
by ``parse_actuals`` in a fresh Python process (``python -m bhxh_geo actuals import --dry-run``
would also do; a fresh process measures its own peak RSS, imports included), one after another:

    .venv/bin/python bench/reader_limits_bench.py [--timeout 300]

It prints per case: file size, seconds to the answer (the whole process, imports included, and
the reading alone), peak RSS of the reading process, with the import template (6 KB, 22 KB
unzipped) read by the same process as the baseline, and the first message. Before these limits,
the first two cases took 84 s / 1,631 MB and 134 s / 209 MB on the same machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures import hostile_xlsx  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.actuals.reader import read_file
path = Path(sys.argv[1])
imported = time.perf_counter()
data = read_file(path)
result = parse_actuals(data, path.name)
print(json.dumps({
    "seconds": time.perf_counter() - start,
    "read_s": time.perf_counter() - imported,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "errors": len(result.errors),
    "first": str(result.errors[0]) if result.errors else "",
}))
"""


def template() -> bytes:
    from bhxh_geo import spreadsheets
    from bhxh_geo.actuals import listings

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mau.xlsx"
        spreadsheets.write_table(
            listings.template_frame(), path, fmt="xlsx", sources=["bench"], notes=[]
        )
        return path.read_bytes()


CASES = {
    "import template (baseline)": template,
    "one row of 2,000,000 cells": hostile_xlsx.one_wide_row,
    "~550 KB of repeated rows": hostile_xlsx.many_rows,
    # Under the unzipped limit, so the sheet's XML is streamed and counted:
    "one row of 1,300,000 cells (19.5 MB unzipped)": lambda: hostile_xlsx.one_wide_row(1_300_000),
    "the same row 1,000,000 times (19 MB unzipped)": lambda: hostile_xlsx.workbook(
        {"S": ['<row r="1"><c><v>1</v></c></row>' * 1000] * 600}
    ),
    "6,000 rows of one cell": lambda: hostile_xlsx.workbook(
        {"S": ["<row><c><v>1</v></c></row>" * 6_000]}
    ),
    # About the most a file may hold: read whole by openpyxl, then checked row by row.
    "largest accepted: 4,000 rows of 4 cells": lambda: hostile_xlsx.many_rows(rows=4_000),
}


def run(name: str, data: bytes, timeout: float) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.xlsx"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return {"seconds": timeout, "peak_mb": float("nan"), "first": "timeout"}
        if done.returncode:
            last = done.stderr.strip().splitlines()[-1]
            return {"seconds": time.perf_counter() - start, "peak_mb": float("nan"), "first": last}
        return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    print("| case | file | seconds (process / reading) | peak RSS | answer |")
    print("|---|---|---|---|---|")
    for name, build in CASES.items():
        data = build()
        r = run(name, data, args.timeout)
        print(
            f"| {name} | {len(data) / 1000:,.0f} KB | {r['seconds']:.1f} s / {r.get('read_s', float('nan')):.2f} s "
            f"| {r['peak_mb']:.0f} MB "
            f"| {r['first'][:140]} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
