"""The store: append-only batches, current values, history, revert, preview, migrations.

Each test runs on SQLite and on PostgreSQL (the ``db`` fixture), unless marked ``sqlite_only``.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

import psycopg
import pytest

from bhxh_geo.actuals import store
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.actuals.migrate import applied, apply_migrations, migration_files, pending
from bhxh_geo.actuals.store import StoreError
from tests.actuals.helpers import integrity_errors, raw_connect, snapshot

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


def test_values_batches_and_reverts_cannot_be_deleted_or_changed(db):
    batch = put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    store.revert(batch, path=db, by="Kiểm thử")
    before = snapshot(db)
    statements = [
        "DELETE FROM actual_values",
        "UPDATE actual_values SET value_pct = 1",
        "DELETE FROM batches",
        "UPDATE batches SET source = 'sửa lén'",
        "DELETE FROM reverts",
        "UPDATE reverts SET reverted_by = 'ai đó'",
    ]
    if isinstance(db, str):  # PostgreSQL: TRUNCATE skips DELETE triggers, so it has its own
        statements += [f"TRUNCATE {table} CASCADE" for table in ("reverts", "actual_values")]
    with closing(raw_connect(db)) as conn:
        for sql in statements:
            with pytest.raises(integrity_errors(), match="append-only"):
                conn.execute(sql)
    assert snapshot(db) == before


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
    assert not store.exists(db) and snapshot(db) == []


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


def test_db_version_and_change_stamp_change_on_every_write(db):
    assert store.db_version(db) == (0, 0)
    assert store.change_stamp(db) == (store.location(db), None)
    assert not store.exists(db) and snapshot(db) == []  # asking does not create the database
    batch = put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    assert store.db_version(db) == (batch, 0)
    stamps = [store.change_stamp(db)]
    store.revert(batch, path=db)
    assert store.db_version(db) == (batch, 1)
    stamps.append(store.change_stamp(db))
    put(db, "Pleiku;2024;Cả năm;BHTN;16\n")
    stamps.append(store.change_stamp(db))
    assert len(set(stamps)) == 3
    assert stamps[-1] == store.change_stamp(db)  # reading changes nothing


def test_revert_refusals(db):
    batch = put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    with pytest.raises(StoreError, match="không có lô 42"):
        store.revert(42, path=db)
    store.revert(batch, path=db)
    with pytest.raises(StoreError, match="đã được hoàn tác"):
        store.revert(batch, path=db)


def test_timestamps_are_iso_utc(db):
    put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    stamp = store.batches(db).loc[0, "imported_at"]
    parsed_stamp = datetime.fromisoformat(stamp)
    assert parsed_stamp.utcoffset().total_seconds() == 0
    assert abs((datetime.now(UTC) - parsed_stamp).total_seconds()) < 60


@pytest.mark.sqlite_only
def test_sqlite_database_is_in_wal_mode(db):
    put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_are_recorded_and_applied_once(db):
    names = [m.name for m in migration_files()]
    assert names[:2] == ["001_init.sql", "002_append_only.sql"]
    conn = store.connect(db)
    try:
        assert pending(conn) == names
        assert apply_migrations(conn, stop_before="001_init.sql") == []
        assert apply_migrations(conn) == names
        assert pending(conn) == [] and [n for n, _ in applied(conn)] == names
        assert all(
            conn.has_table(t) for t in ("batches", "actual_values", "reverts", "_migrations")
        )
        before = snapshot(db)
        assert apply_migrations(conn) == []  # a second run does nothing
        assert store.migrate(db) == []
        assert snapshot(db) == before
        stamp = datetime.fromisoformat(applied(conn)[0][1])
        assert stamp.utcoffset().total_seconds() == 0
    finally:
        conn.close()


def test_a_failing_migration_leaves_no_trace(db, tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "001_ok.sql").write_text("CREATE TABLE a (x INTEGER);\n")
    (folder / "002_broken.sql").write_text("CREATE TABLE b (x INTEGER);\nTHIS IS NOT SQL;\n")
    conn = store.connect(db)
    try:
        with pytest.raises((sqlite3.OperationalError, psycopg.errors.SyntaxError)):
            apply_migrations(conn, folder)
        assert [n for n, _ in applied(conn)] == ["001_ok.sql"]
        assert conn.has_table("a") and not conn.has_table("b")
    finally:
        conn.close()


def test_a_migration_is_one_portable_file_or_one_file_per_dialect(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "001_a.sql").write_text("CREATE TABLE a (x INTEGER);\n")
    (folder / "002_b.sqlite.sql").write_text("CREATE TABLE b (x INTEGER);\n")
    (folder / "002_b.postgresql.sql").write_text("CREATE TABLE b (x BIGINT);\n")
    found = migration_files(folder)
    assert [m.name for m in found] == ["001_a.sql", "002_b.sql"]
    assert found[1].script("postgresql") == "CREATE TABLE b (x BIGINT);\n"
    assert found[0].script("sqlite") == found[0].script("postgresql")
    (folder / "003_c.sqlite.sql").write_text("CREATE TABLE c (x INTEGER);\n")
    with pytest.raises(ValueError, match="003_c has no file for postgresql"):
        migration_files(folder)
    (folder / "003_c.sqlite.sql").rename(folder / "003_c.mysql.sql")
    with pytest.raises(ValueError, match="003_c.mysql.sql"):
        migration_files(folder)
    (folder / "003_c.mysql.sql").unlink()
    (folder / "002_other.sql").write_text("SELECT 1;\n")
    with pytest.raises(ValueError, match="share the number 002"):
        migration_files(folder)


def test_prepare_at_server_start_migrates_once_and_creates_no_sqlite_file(db, invoke):
    first = store.prepare(db)
    if isinstance(db, str):  # PostgreSQL: the administrator made the database; the tables come now
        assert first.state == "ready" and first.applied[0] == "001_init.sql"
    else:  # SQLite: a path that does not exist is "no actuals yet" (a typo creates nothing)
        assert first.state == "absent" and not db.exists() and "the first import" in first.message()
        old = store.connect(db)
        apply_migrations(old, stop_before="002_append_only.sql")
        old.close()
        assert store.prepare(db).applied == ("002_append_only.sql",)
    again = store.prepare(db)
    assert (again.state, again.applied) == ("ready", ())
    assert again.message() == f"Database {store.location(db)} is ready."
    result = invoke("migrate", "--lang", "en")
    assert result.exit_code == 0
    assert (
        result.output
        == f"Schema of {store.location(db)} is up to date ({len(migration_files())} migrations).\n"
    )
