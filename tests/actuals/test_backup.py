"""The restore drill of README "Run it as a service": back up, import more, restore, check.

The backup is ``python -m bhxh_geo actuals backup``; the restore is what the README tells an
operator to run (SQLite: the backup copied over the file, its -wal and -shm removed;
PostgreSQL: ``pg_restore --clean --if-exists --single-transaction``). Figures are synthetic.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from psycopg import conninfo

from bhxh_geo.actuals import store
from bhxh_geo.paths import is_db_url
from tests.actuals.helpers import snapshot, write

LONG = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\n"


def restore(db, backup) -> None:
    """The README's restore, with the app stopped."""
    if not is_db_url(db):
        shutil.copyfile(backup, db)
        for suffix in ("-wal", "-shm"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        return
    params = conninfo.conninfo_to_dict(db)
    env = dict(os.environ, PGPASSWORD=str(params.pop("password")))
    done = subprocess.run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--dbname",
            conninfo.make_conninfo("", **params),
            str(backup),
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_back_up_import_more_restore_and_check(invoke, db, tmp_path):
    first = write(tmp_path, "a.csv", LONG + "Pleiku;2024;BHTN;15\nAn Khê;2024;BHTN;9\n")
    assert invoke("import", first, "--source", "BC số 1").exit_code == 0
    saved, saved_stamp = snapshot(db), store.change_stamp(db)
    backup = tmp_path / "sao-luu" / "bhxh_geo.backup"
    backup.parent.mkdir()
    made = invoke("backup", "-o", backup, "--lang", "en")
    assert made.exit_code == 0, made.output
    assert made.output == f"{store.location(db)} backed up to {backup}.\n"
    assert not (tmp_path / "sao-luu" / "bhxh_geo.backup.partial").exists()

    second = write(tmp_path, "b.csv", LONG + "Pleiku;2024;BHTN;16\n")
    assert invoke("import", second, "--source", "BC số 2").exit_code == 0
    assert invoke("revert", "1").exit_code == 0
    store.close()  # the app is stopped for the restore
    restore(db, backup)

    assert snapshot(db) == saved
    assert store.change_stamp(db) == saved_stamp  # the app's caches for this state are right
    current = store.current_actuals(path=db).set_index("unit_code")
    assert current["value_pct"].to_dict() == {"622": 15.0, "623": 9.0}
    assert set(current["source"]) == {"BC số 1"}
    # The file imported after the backup is not known any more: it goes in again.
    again = invoke("import", second, "--source", "BC số 2")
    assert again.exit_code == 0, again.output
    assert store.change_stamp(db) != saved_stamp
    assert store.current_actuals(path=db).set_index("unit_code").loc["622", "value_pct"] == 16.0


def test_a_backup_of_a_database_that_does_not_exist_is_refused(invoke, db, tmp_path):
    result = invoke("backup", "-o", tmp_path / "x.backup")
    assert result.exit_code == 1 and "không có cơ sở dữ liệu này" in result.stderr
    assert not (tmp_path / "x.backup").exists()
