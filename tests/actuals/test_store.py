"""The store: append-only batches, current values, history, revert, preview, migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from bhxh_geo.actuals import store
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.actuals.migrate import applied, apply_migrations, migration_files, pending
from bhxh_geo.actuals.store import StoreError
from tests.actuals.helpers import snapshot

HEADER = "Địa bàn;Năm;Kỳ;Chỉ tiêu;Tỷ lệ\n"


def parsed(body: str, name: str = "f.csv"):
    result = parse_actuals((HEADER + body).encode(), name)
    assert result.ok, [str(e) for e in result.errors]
    return result


def put(db, body: str, name: str = "f.csv", source: str = "Báo cáo minh họa", **kw) -> int:
    result = parsed(body, name)
    return store.import_batch(
        result, filename=name, sha256=result.sha256, source=source, by="Kiểm thử", path=db, **kw
    )


def test_latest_batch_not_reverted_is_current_and_history_keeps_everything(db):
    first = put(db, "Pleiku;2024;Cả năm;BHTN;15\nAn Khê;2024;Cả năm;BHTN;9\n", source="BC số 1")
    second = put(db, "Pleiku;2024;Cả năm;BHTN;16,5\n", source="BC số 2")
    current = store.current_actuals(path=db).set_index("unit_code")
    assert current.loc["622", "value_pct"] == 16.5 and current.loc["622", "source"] == "BC số 2"
    assert current.loc["623", "batch_id"] == first

    store.revert(second, path=db, by="Kiểm thử")
    current = store.current_actuals(path=db).set_index("unit_code")
    assert current.loc["622", "value_pct"] == 15.0 and current.loc["622", "batch_id"] == first

    history = store.history("622", path=db)
    assert history["value_pct"].tolist() == [15.0, 16.5]
    assert history["source"].tolist() == ["BC số 1", "BC số 2"]
    assert history["current"].tolist() == [True, False]
    assert history["reverted_at"].isna().tolist() == [True, False]
    assert history["source_row"].tolist() == [2, 2]


def test_values_and_batches_cannot_be_deleted_or_changed(db):
    put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    with sqlite3.connect(db) as conn:
        for sql in (
            "DELETE FROM actual_values",
            "UPDATE actual_values SET value_pct = 1",
            "DELETE FROM batches",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)


def test_duplicate_file_is_refused_without_writing_then_forced(db):
    result = parsed("Pleiku;2024;Cả năm;BHTN;15\n")
    store.import_batch(result, filename="a.csv", sha256=result.sha256, source="s", by="b", path=db)
    before = snapshot(db)
    with pytest.raises(StoreError, match="đã được nhập ở lô 1") as refused:
        store.import_batch(
            result, filename="b.csv", sha256=result.sha256, source="s", by="b", path=db
        )
    assert "add --force" in refused.value.message("en")
    assert snapshot(db) == before
    again = store.import_batch(
        result, filename="b.csv", sha256=result.sha256, source="s", by="b", force=True, path=db
    )
    assert store.batches(db).set_index("batch_id").loc[again, "forced"]


def test_a_refused_file_cannot_be_stored(db):
    bad = parse_actuals((HEADER + "Plieku;2024;Cả năm;BHTN;15\n").encode(), "bad.csv")
    with pytest.raises(StoreError, match="còn 1 lỗi"):
        store.import_batch(bad, filename="bad.csv", sha256=bad.sha256, source="s", by="b", path=db)
    assert store.batches(db).empty


def test_preview_compares_with_current_values(db):
    put(db, "Pleiku;2024;Cả năm;BHTN;15\nAn Khê;2024;Cả năm;BHTN;9\n")
    changes = store.preview(
        parsed(
            "Pleiku;2024;Cả năm;BHTN;16\nAn Khê;2024;Cả năm;BHTN;9\nKBang;2024;6 tháng;BHTN;4\n"
        ),
        path=db,
    )
    by_unit = changes.set_index("unit_code")
    assert by_unit.loc["622", ["old_value_pct", "new_value_pct", "status"]].tolist() == [
        15.0,
        16.0,
        "changed",
    ]
    assert by_unit.loc["623", "status"] == "same"
    assert by_unit.loc["625", "status"] == "new" and by_unit.loc["625", "period"] == "h1"
    assert by_unit.loc["622", "change_pp"] == pytest.approx(1.0)


def test_db_version_changes_on_every_write(db):
    assert store.db_version(db) == (0, 0)
    assert not db.exists()  # asking the version does not create the database
    batch = put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    assert store.db_version(db) == (batch, 0)
    store.revert(batch, path=db)
    assert store.db_version(db) == (batch, 1)


def test_revert_refusals(db):
    batch = put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    with pytest.raises(StoreError, match="không có lô 42"):
        store.revert(42, path=db)
    store.revert(batch, path=db)
    with pytest.raises(StoreError, match="đã được hoàn tác"):
        store.revert(batch, path=db)


def test_database_is_in_wal_mode_with_iso_utc_timestamps(db):
    put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    stamp = store.batches(db).loc[0, "imported_at"]
    parsed_stamp = datetime.fromisoformat(stamp)
    assert parsed_stamp.utcoffset().total_seconds() == 0
    assert abs((datetime.now(UTC) - parsed_stamp).total_seconds()) < 60


def test_migrations_are_recorded_and_applied_once(tmp_path):
    path = tmp_path / "m.sqlite3"
    names = [f.name for f in migration_files()]
    assert names[0] == "001_init.sql"
    conn = store.connect(path)
    try:
        assert pending(conn) == names
        assert apply_migrations(conn, stop_before="001_init.sql") == []
        assert apply_migrations(conn) == names
        assert pending(conn) == [] and [n for n, _ in applied(conn)] == names
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"batches", "actual_values", "reverts", "_migrations"} <= tables
        before = snapshot(path)
        assert apply_migrations(conn) == []  # a second run does nothing
        assert snapshot(path) == before
        stamp = datetime.fromisoformat(applied(conn)[0][1])
        assert stamp.utcoffset().total_seconds() == 0
    finally:
        conn.close()


def test_a_failing_migration_leaves_no_trace(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "001_ok.sql").write_text("CREATE TABLE a (x INTEGER);\n")
    (folder / "002_broken.sql").write_text("CREATE TABLE b (x INTEGER);\nTHIS IS NOT SQL;\n")
    path = tmp_path / "m.sqlite3"
    conn = store.connect(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            apply_migrations(conn, folder)
        assert [n for n, _ in applied(conn)] == ["001_ok.sql"]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "b" not in tables and "a" in tables
    finally:
        conn.close()
