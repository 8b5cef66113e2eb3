"""Faults of the database, as an operator meets them: a missing or mistyped database, a writer
holding the lock, concurrent imports, a damaged file, an unreachable server. Each is a message
(``Error: …`` on the command line, no traceback), and nothing is created or half-written.

Read-only storage and a full disk are in ``test_store_storage.py``. Figures are synthetic.
"""

from __future__ import annotations

import threading
import time
from contextlib import closing

import pytest

from bhxh_geo.actuals import backends, store
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.actuals.store import StoreError
from bhxh_geo.cli import cli
from bhxh_geo.paths import is_db_url
from tests.actuals.helpers import raw_connect, snapshot, write
from tests.pg_cluster import free_port

HEADER = "Địa bàn;Năm;Kỳ;Chỉ tiêu;Tỷ lệ\n"
MISSING = "không có cơ sở dữ liệu này"


def parsed(body: str, name: str = "f.csv"):
    result = parse_actuals((HEADER + body).encode(), name)
    assert result.ok, [str(e) for e in result.errors]
    return result


def put(db, body: str, name: str = "f.csv", **kw) -> int:
    result = parsed(body, name)
    return store.import_batch(
        result, filename=name, sha256=result.sha256, source="s", by="Kiểm thử", path=db, **kw
    )


def other_database(db, tmp_path) -> str:
    """A database next to ``db`` that does not exist (a mistyped --db)."""
    if is_db_url(db):
        return db.replace("search_path%3Dt_", "search_path%3Dtypo_")
    return str(tmp_path / "typo" / "actuals.sqlite3")


def test_reads_of_a_database_that_does_not_exist_create_nothing(db):
    for read in (
        lambda: store.current_actuals(path=db),
        lambda: store.history("622", path=db),
        lambda: store.batches(db),
        lambda: store.revert(1, path=db),
    ):
        with pytest.raises(StoreError, match=MISSING) as missing:
            read()
        assert missing.value.key == "missing_db" and missing.value.db == store.location(db)
    result = parsed("Pleiku;2024;Cả năm;BHTN;15\n")
    assert store.preview(result, path=db)["status"].tolist() == ["new"]
    assert store.batch_with_sha256(result.sha256, path=db) is None
    assert store.db_version(db) == (0, 0) and store.change_stamp(db)[1] is None
    assert not store.exists(db) and snapshot(db) == []
    assert put(db, "Pleiku;2024;Cả năm;BHTN;15\n") == 1  # the first import creates it
    assert store.exists(db)


def test_read_verbs_on_a_mistyped_database_exit_1_and_create_nothing(invoke, db, tmp_path):
    assert invoke("import", write(tmp_path, "a.csv", HEADER + "Pleiku;2024;Cả năm;BHTN;15\n"))
    before = snapshot(db)
    typo = other_database(db, tmp_path)
    for args in (
        ["list"],
        ["history", "Pleiku"],
        ["batches"],
        ["export", "-o", tmp_path / "out.csv"],
        ["revert", "1"],
    ):
        result = invoke(*args, "--db", typo)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith(f"Error: {store.location(typo)}: {MISSING}"), result.stderr
        assert "Traceback" not in result.output
    assert not (tmp_path / "out.csv").exists()
    dry = invoke("import", tmp_path / "a.csv", "--dry-run", "--db", typo)
    assert dry.exit_code == 0 and "1 mới" in dry.output  # a dry run of a first import
    assert not store.exists(typo) and snapshot(typo) == []
    if not is_db_url(db):
        assert not (tmp_path / "typo").exists()
    assert snapshot(db) == before


@pytest.fixture
def held_write(db):
    """A writer in the middle of an import: the write lock taken, a batch row not committed."""
    put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    conn = store.connect(db)
    conn.begin_write()
    conn.execute(
        "INSERT INTO batches (filename, sha256, shape, source, imported_by, imported_at,"
        " row_count, forced) VALUES ('dang-ghi.csv', ?, 'long', 's', 'b', 'x', 0, 0)",
        ["0" * 64],
    )
    try:
        yield conn
    finally:
        conn.rollback()
        conn.close()


def test_readers_do_not_wait_for_a_writer(db, held_write, invoke):
    """In WAL mode (SQLite) and under MVCC (PostgreSQL) a read takes no lock a writer holds."""
    timings = {}
    for name, read in (
        ("current_actuals", lambda: store.current_actuals(path=db)),
        ("history", lambda: store.history("622", path=db)),
        ("batches", lambda: store.batches(db)),
        ("change_stamp", lambda: store.change_stamp(db)),
        ("cli list", lambda: invoke("list")),
    ):
        start = time.perf_counter()
        value = read()
        timings[name] = time.perf_counter() - start
        if name == "batches":
            assert value["filename"].tolist() == ["f.csv"]  # the uncommitted batch is not seen
    assert max(timings.values()) < backends.READ_WAIT_S, timings


def test_a_second_writer_is_told_the_database_is_busy(
    db, held_write, invoke, monkeypatch, tmp_path
):
    monkeypatch.setattr(backends, "WRITE_WAIT_S", 0.5)
    before = snapshot(db) if not is_db_url(db) else None
    path = write(tmp_path, "b.csv", HEADER + "An Khê;2024;Cả năm;BHTN;9\n")
    for args in (["import", path], ["revert", "1", "--lang", "en"]):
        start = time.perf_counter()
        result = invoke(*args)
        waited = time.perf_counter() - start
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert "đang bận" in result.stderr or "the database is busy" in result.stderr
        assert 0.4 < waited < 0.5 + backends.READ_WAIT_S + 2, waited
    held_write.rollback()
    if before is not None:
        assert snapshot(db) == before
    assert invoke("import", path).exit_code == 0  # once the writer is gone, it goes through
    assert store.batches(db)["filename"].tolist() == ["f.csv", "b.csv"]


def test_concurrent_imports_are_serialised_and_the_same_file_is_stored_once(db):
    put(db, "Pleiku;2024;Cả năm;BHTN;11\n")  # the schema exists: the threads race on writes only
    files = [
        parsed(f"Pleiku;2024;Cả năm;BHTN;{n}\nAn Khê;2024;Cả năm;BHTN;{n}\n") for n in (12, 13)
    ]
    files += [files[0]]  # the same file twice at once: one is refused
    outcomes: list = [None] * len(files)
    barrier = threading.Barrier(len(files))

    def run(i):
        barrier.wait()
        try:
            outcomes[i] = store.import_batch(
                files[i], filename=f"{i}.csv", sha256=files[i].sha256, source="s", by="b", path=db
            )
        except StoreError as error:
            outcomes[i] = error.key

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(files))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    ids = [o for o in outcomes if isinstance(o, int)]
    assert sorted(outcomes, key=str).count("duplicate_file") == 1, outcomes
    assert len(ids) == 2 and len(set(ids)) == 2
    with closing(raw_connect(db)) as conn:
        per_batch = conn.execute(
            "SELECT b.id, b.row_count, COUNT(v.batch_id) FROM batches b"
            " LEFT JOIN actual_values v ON v.batch_id = b.id GROUP BY b.id, b.row_count"
        ).fetchall()
    assert len(per_batch) == 3 and all(expected == stored for _, expected, stored in per_batch)


@pytest.mark.sqlite_only
def test_a_damaged_file_is_a_message_on_the_command_line_and_in_the_app(db, invoke):
    from ui import cached

    db.write_bytes(b"not a database at all, " * 200)
    result = invoke("list", "--lang", "en")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: {db}: the database cannot be read"), result.stderr
    stamp = cached.db_stamp()
    assert stamp == (str(db), "fault", "corrupt")
    assert cached.actuals(stamp).empty and not cached.is_demo(stamp)
    notice = cached.store_notice(stamp, "vi")
    assert notice.startswith("Số liệu thực hiện tạm thời không đọc được (cơ sở dữ liệu bị hỏng)")
    assert str(db) not in notice  # visitors do not see server paths
    assert store.prepare(db).state == "fault"


def test_the_app_stamp_never_fails_while_imports_and_reverts_run(db):
    """The change signal is read by SQL; it used to stat the -wal file SQLite deletes."""
    from ui import cached

    put(db, "Pleiku;2024;Cả năm;BHTN;15\n")
    stop, errors = threading.Event(), []

    def write_loop():
        n = 0
        while not stop.is_set() and n < 40:
            n += 1
            batch = put(db, f"Pleiku;2024;Cả năm;BHTN;{10 + n % 50}\n", force=True)
            store.revert(batch, path=db)

    writer = threading.Thread(target=write_loop)
    writer.start()
    stamps = set()
    try:
        while writer.is_alive():
            try:
                stamps.add(cached.db_stamp())
            except Exception as error:  # any error here is the crash visitors saw
                errors.append(error)
    finally:
        stop.set()
        writer.join()
    assert errors == []
    assert all(s[1] not in (None, "fault") for s in stamps) and len(stamps) > 2


def test_an_unreachable_server_is_a_message_without_the_password(runner):
    closed = f"postgresql://bhxh:s3cret-pw@127.0.0.1:{free_port()}/bhxh_geo"
    for url in (closed,):
        result = runner.invoke(cli, ["actuals", "list", "--db", url], catch_exceptions=False)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert (
            result.stderr.startswith("Error: postgresql://bhxh@127.0.0.1:")
            and "không kết nối được máy chủ cơ sở dữ liệu (Connection refused" in result.stderr
        )
        assert "s3cret-pw" not in result.output
    assert store.prepare(closed).state == "fault"
    store.close()


def test_a_wrong_password_and_a_missing_server_database(pg_cluster, runner):
    wrong = pg_cluster.url().replace(pg_cluster.password, "not-the-password")
    result = runner.invoke(cli, ["actuals", "batches", "--db", wrong, "--lang", "en"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert 'password authentication failed for user "bhxh"' in result.stderr
    assert "not-the-password" not in result.output
    nowhere = pg_cluster.url("no_such_database")
    result = runner.invoke(cli, ["actuals", "migrate", "--db", nowhere, "--lang", "en"])
    assert result.exit_code == 1
    assert "the PostgreSQL server has no such database" in result.stderr
    store.close()
