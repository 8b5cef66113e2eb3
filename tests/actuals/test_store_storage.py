"""The store on storage that refuses writes: a read-only mount or read-only permissions, a full
disk, a PostgreSQL account that may only read. Reads go on; writes are refused with a message;
nothing is half-written, and the same import goes through once the space is back.

SQLite cases run the command line in a subprocess: under root (CI) in a private mount namespace
where the database's folder is bind-mounted read-only or is a tiny tmpfs; otherwise the folder
is made read-only with ``chmod`` (a full disk needs root). Figures are synthetic.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from textwrap import dedent

import pytest

from bhxh_geo.actuals import store
from bhxh_geo.actuals.migrate import apply_migrations
from bhxh_geo.paths import ROOT
from tests.actuals.helpers import raw_connect, snapshot, write
from tests.actuals.test_sigkill import big_file

GOOD = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n"
ROOT_ONLY = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="needs root and unshare (a private mount namespace), as in CI",
)

# Runs inside the restricted storage: each command line in-process, one JSON line per step.
STEPS = dedent("""
    import json, sys
    from click.testing import CliRunner
    from bhxh_geo.actuals import store
    from bhxh_geo.cli import cli

    def run(*args):
        result = CliRunner().invoke(cli, ["actuals", *args])
        return {"args": list(args), "code": result.exit_code, "out": result.stdout,
                "err": result.stderr, "crash": repr(result.exception)
                if result.exit_code not in (0, 1) else None}

    steps = [run(*step) for step in json.loads(sys.argv[1])]
    for db in json.loads(sys.argv[2]):
        steps.append({"prepare": db, "state": store.prepare(db).state,
                      "stamp": list(store.change_stamp(db))})
    print(json.dumps(steps))
""")


def _mount_read_only(folder: Path) -> list[str]:
    return [
        "unshare",
        "--mount",
        "--",
        "sh",
        "-c",
        'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"',
        str(folder),
    ]


def run_on_read_only(folder: Path, steps: list[list[str]], prepare: list[str]) -> list[dict]:
    """The steps run where ``folder`` cannot be written (see the module's docstring)."""
    command = [sys.executable, "-c", STEPS, json.dumps(steps), json.dumps(prepare)]
    modes = {}
    if os.geteuid() == 0:
        command = _mount_read_only(folder) + command
    else:
        for path in [folder, *folder.iterdir()]:
            modes[path] = path.stat().st_mode
            path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=120, env=dict(os.environ)
        )
    finally:
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.sqlite_only
@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("unshare") is None, reason="root needs unshare for this"
)
def test_read_only_storage_serves_every_read_and_refuses_writes_with_a_message(
    db, invoke, tmp_path
):
    assert invoke("import", write(tmp_path, "a.csv", GOOD), "--by", "Cán bộ A").exit_code == 0
    # A second database one migration behind, as after an upgrade of the app.
    old = db.with_name("old.sqlite3")
    conn = store.connect(old)
    apply_migrations(conn, stop_before="002_append_only.sql")
    conn.close()
    other = write(tmp_path, "b.csv", GOOD.replace("15,24", "16"))
    before, files_before = snapshot(db), sorted(p.name for p in db.parent.iterdir())
    steps = run_on_read_only(
        db.parent,
        [
            ["list", "--db", str(db)],
            ["batches", "--db", str(db)],
            ["history", "Pleiku", "--db", str(db)],
            ["import", str(other), "--db", str(db)],
            ["revert", "1", "--db", str(db)],
            ["migrate", "--db", str(db), "--lang", "en"],
            ["list", "--db", str(old)],
        ],
        [str(db), str(old)],
    )
    listed, batches, history, imported, reverted, migrated, old_list = steps[:7]
    assert listed["code"] == 0 and "15,24%" in listed["out"]
    assert batches["code"] == 0 and "Cán bộ A" in batches["out"]
    assert history["code"] == 0 and "15,24%" in history["out"]
    for refused in (imported, reverted):
        assert refused["code"] == 1 and refused["crash"] is None
        assert refused["err"].startswith(f"Error: {db}: cơ sở dữ liệu chỉ cho đọc"), refused
    assert migrated["code"] == 1 and "the database is read-only" in migrated["err"]
    assert old_list["code"] == 0 and "Chưa có số liệu thực hiện." in old_list["out"]
    ready, behind = steps[7:]
    assert ready["state"] == "read_only" and ready["stamp"][1] == 1
    assert behind["state"] == "old_schema"
    assert snapshot(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == files_before


FULL_DISK = dedent("""
    import json, os, sqlite3, sys
    from click.testing import CliRunner
    from bhxh_geo.cli import cli

    folder, source, big = sys.argv[1], sys.argv[2], sys.argv[3]
    db = os.path.join(folder, "actuals.sqlite3")
    with open(source, "rb") as f, open(db, "wb") as out:
        out.write(f.read())
    # Fill the disk, then give back a little: the database opens, the big batch cannot fit.
    filler = os.path.join(folder, "filler")
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\\0" * 4096)
        except OSError:
            pass
    os.truncate(filler, max(0, os.path.getsize(filler) - 48 * 1024))
    first = CliRunner().invoke(cli, ["actuals", "import", big, "--db", db])
    with sqlite3.connect(db) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        dump = list(conn.iterdump())
    os.remove(filler)
    again = CliRunner().invoke(cli, ["actuals", "import", big, "--db", db])
    print(json.dumps({"code": first.exit_code, "err": first.stderr, "crash": repr(first.exception),
                      "check": check, "dump": dump, "again": again.exit_code,
                      "again_out": again.stdout}))
""")


@pytest.mark.sqlite_only
@ROOT_ONLY
def test_a_full_disk_stores_nothing_says_so_and_the_import_goes_through_later(db, invoke, tmp_path):
    assert invoke("import", write(tmp_path, "a.csv", GOOD)).exit_code == 0
    before = snapshot(db)
    big = write(tmp_path, "big.csv", big_file())
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(
        [
            "unshare",
            "--mount",
            "--",
            "sh",
            "-c",
            'mount -t tmpfs -o size=256k tmpfs "$0" && exec "$@"',
            str(disk),
            sys.executable,
            "-c",
            FULL_DISK,
            str(disk),
            str(db),
            str(big),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 1, result
    assert "ổ đĩa đã đầy: không lưu gì" in result["err"], result["err"]
    assert result["check"] == "ok" and result["dump"] == before
    assert result["again"] == 0 and "Đã nhập lô 2: 432 giá trị" in result["again_out"]


@pytest.mark.postgresql_only
def test_an_account_that_may_only_read(db, invoke, tmp_path, pg_cluster):
    """PostgreSQL: a role granted SELECT only reads everything and is refused every write."""
    assert invoke("import", write(tmp_path, "a.csv", GOOD)).exit_code == 0
    schema = db.rsplit("search_path%3D", 1)[1]
    with closing(raw_connect(db)) as conn:
        conn.execute("CREATE ROLE reader_only LOGIN PASSWORD 'chi-doc'")
        conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO reader_only")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO reader_only")
    try:
        reader = db.replace(f"bhxh:{pg_cluster.password}@", "reader_only:chi-doc@")
        before = snapshot(db)
        listed = invoke("list", "--db", reader)
        assert listed.exit_code == 0 and "15,24%" in listed.output
        refused = invoke(
            "import", write(tmp_path, "b.csv", GOOD.replace("15,24", "16")), "--db", reader
        )
        assert refused.exit_code == 1 and "Traceback" not in refused.output
        assert "cơ sở dữ liệu chỉ cho đọc" in refused.stderr and "chi-doc" not in refused.output
        assert invoke("revert", "1", "--db", reader).exit_code == 1
        assert snapshot(db) == before
    finally:
        store.close()
        with closing(raw_connect(db)) as conn:
            conn.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM reader_only")
            conn.execute(f"REVOKE ALL ON SCHEMA {schema} FROM reader_only")
            conn.execute("DROP ROLE reader_only")
