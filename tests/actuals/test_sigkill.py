"""Killing an import (SIGKILL) in the middle of its write leaves a consistent database.

The subprocess runs the real command, ``python -m bhxh_geo actuals import big.csv``. A
``sitecustomize`` on its PYTHONPATH (test-only, nothing in the package) slows the row inserts
down like a slow disk, keeps SQLite's page cache tiny so uncommitted pages reach the WAL file
(PostgreSQL: sends the rows one by one, inside the open transaction), and drops a marker once
half of the rows are written: the test kills the process then.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from textwrap import dedent

import pytest

from bhxh_geo.actuals import store
from bhxh_geo.districts import PROVINCE_CODE, district_codes
from bhxh_geo.paths import ROOT, is_db_url
from tests.actuals.helpers import raw_connect, snapshot, write

SLOW_WRITES = dedent('''
    """Test-only: slow down inserts into actual_values and signal half-way (see test_sigkill)."""
    import os, sqlite3, time

    _connect = sqlite3.connect
    _MARKER = os.environ["BHXH_TEST_MARKER"]

    class SlowConnection(sqlite3.Connection):
        def executemany(self, sql, rows):
            if "INSERT INTO actual_values" not in sql:
                return super().executemany(sql, rows)
            rows = list(rows)
            self.execute("PRAGMA cache_size = 1")  # spill uncommitted pages to the WAL early
            for done, row in enumerate(rows, start=1):
                cursor = super().execute(sql, row)
                if done == len(rows) // 2:
                    open(_MARKER, "w").write(str(done))
                # Slower after the marker: the kill lands mid-write even on a busy machine.
                time.sleep(0.01 if done < len(rows) // 2 else 0.05)
            return cursor

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", SlowConnection)
        return _connect(*args, **kwargs)

    sqlite3.connect = connect

    try:
        import psycopg
    except ImportError:
        psycopg = None
    if psycopg is not None:
        _executemany = psycopg.Cursor.executemany

        def slow_executemany(self, query, params_seq, **kwargs):
            if "INSERT INTO actual_values" not in str(query):
                return _executemany(self, query, params_seq, **kwargs)
            rows = list(params_seq)
            for done, row in enumerate(rows, start=1):
                self.execute(query, row)
                if done == len(rows) // 2:
                    open(_MARKER, "w").write(str(done))
                time.sleep(0.01 if done < len(rows) // 2 else 0.05)

        psycopg.Cursor.executemany = slow_executemany
''')


def big_file() -> str:
    """Every unit × year × period × indicator (432 synthetic rows), BHXH = its two parts."""
    lines = ["DỮ LIỆU MINH HỌA — không phải số liệu thật", "Mã;Năm;Kỳ;Chỉ tiêu;Tỷ lệ"]
    for year in (2023, 2024, 2025):
        for period in ("Cả năm", "6 tháng"):
            for n, code in enumerate([PROVINCE_CODE, *district_codes()]):
                compulsory, voluntary = 5 + n * 0.5, 1 + (year - 2023) * 0.25
                for indicator, value in (
                    ("bhxh", compulsory + voluntary),
                    ("bhxh_bat_buoc", compulsory),
                    ("bhxh_tu_nguyen", voluntary),
                    ("bhtn", 3 + n * 0.1),
                ):
                    lines.append(
                        f"{code};{year};{period};{indicator};{value:.2f}".replace(".", ",")
                    )
    return "\n".join(lines) + "\n"


def _uncommitted_writes(db) -> int:
    """SQLite: bytes in the WAL file; PostgreSQL: open write transactions of the store."""
    if not is_db_url(db):
        wal = db.with_name(db.name + "-wal")
        return wal.stat().st_size if wal.exists() else 0
    with closing(raw_connect(db)) as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'bhxh-geo'"
            " AND backend_xid IS NOT NULL"
        ).fetchone()
    return int(row[0])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_import_leaves_the_database_consistent(invoke, db, tmp_path):
    assert (
        invoke(
            "import",
            write(tmp_path, "small.csv", "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n"),
        ).exit_code
        == 0
    )
    before, batches_before = snapshot(db), store.batches(db)
    big = write(tmp_path, "big.csv", big_file())
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SLOW_WRITES)
    marker = tmp_path / "half-written"
    env = dict(
        os.environ,
        BHXH_GEO_DB=str(db),
        BHXH_TEST_MARKER=str(marker),
        PYTHONPATH=os.pathsep.join([str(hooks), str(ROOT)]),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bhxh_geo", "actuals", "import", str(big)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the import never reached half-way"
            time.sleep(0.02)
        unsaved_at_kill = _uncommitted_writes(db)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert unsaved_at_kill > 0  # the kill landed while uncommitted rows were written

    with closing(raw_connect(db)) as conn:
        if not is_db_url(db):
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_batch = conn.execute(
            "SELECT b.id, b.row_count, COUNT(v.batch_id) FROM batches b"
            " LEFT JOIN actual_values v ON v.batch_id = b.id GROUP BY b.id"
        ).fetchall()
    assert all(expected == stored for _, expected, stored in per_batch)  # no batch half-stored
    assert snapshot(db) == before  # the killed batch left nothing at all
    assert store.batches(db).equals(batches_before)

    again = invoke("import", big)  # the same file is not "already imported": it never was
    assert again.exit_code == 0, again.output
    assert "432 giá trị" in again.output
