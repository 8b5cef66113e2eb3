"""Officer accounts: hashed passwords, names, the lockout after five failures per client, the
log, the command line, and the migration's portable SQL; on SQLite and PostgreSQL alike (the
``db`` fixture of ``tests/actuals/conftest.py``)."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from bhxh_geo import officers
from bhxh_geo.actuals import store
from bhxh_geo.actuals.errors import StoreError
from bhxh_geo.cli import cli
from bhxh_geo.officers import LOCKOUT, OfficerError
from bhxh_geo.paths import ROOT
from tests.actuals.helpers import snapshot

PASSWORD = "mật khẩu dài đủ"
T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


@pytest.fixture
def account(db):
    return officers.add("Nguyễn Văn A", PASSWORD, path=db)


# Passwords ---------------------------------------------------------------------------------------


def test_the_database_holds_only_a_salted_scrypt_hash(account, db):
    officers.add("Trần Thị B", PASSWORD, path=db)
    rows = store.table_rows("SELECT password_hash FROM officers", [], table="officers", path=db)
    hashes = [row[0] for row in rows]
    assert PASSWORD not in "".join(snapshot(db))
    assert all(h.startswith("scrypt$15$8$1$") for h in hashes)
    assert hashes[0] != hashes[1]  # same password, own salt each
    assert len({h.split("$")[4] for h in hashes}) == 2


def test_the_comparison_is_constant_time_and_composition_blind(monkeypatch):
    stored = officers.hash_password("Mật khẩu cán bộ")
    calls = []
    real = hmac.compare_digest
    monkeypatch.setattr(officers.hmac, "compare_digest", lambda a, b: calls.append(1) or real(a, b))
    decomposed = "Mật khẩu cán bộ".encode().decode()
    import unicodedata

    assert officers.verify_password(unicodedata.normalize("NFD", decomposed), stored)
    assert not officers.verify_password("mật khẩu cán bộ", stored)
    assert len(calls) == 2
    assert not officers.verify_password("x", "plain text") and not officers.verify_password("x", "")


def test_a_name_without_an_account_costs_a_hash_too(account, db, monkeypatch):
    """Timing does not tell which names have an account."""
    officers._dummy_hash()  # made once per process, on first use
    calls = []
    real = hashlib.scrypt
    monkeypatch.setattr(
        officers.hashlib, "scrypt", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    officers.sign_in("Nguyễn Văn A", "sai mật khẩu", "203.0.113.1", path=db, now=T0)
    officers.sign_in("Không Có Ai", "sai mật khẩu", "203.0.113.2", path=db, now=T0)
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("name", "password", "key"),
    [
        ("   ", PASSWORD, "empty_name"),
        ("a" * 81, PASSWORD, "long_name"),
        ("Cán bộ\x1b[31m", PASSWORD, "bad_name"),
        ("Cán bộ\u202e", PASSWORD, "bad_name"),
        ("Cán bộ", "ngắn", "short_password"),
        ("Cán bộ", " " * 20, "short_password"),
        ("Cán bộ", "x" * 2000, "long_password"),
    ],
)
def test_bad_names_and_passwords_are_refused(db, name, password, key):
    with pytest.raises(OfficerError) as refused:
        officers.add(name, password, path=db)
    assert refused.value.key == key
    assert officers.officers(path=db) == []


def test_names_are_unique_whatever_their_case_spacing_or_composition(account, db):
    import unicodedata

    for other in ("nguyễn văn a", "  NGUYỄN  VĂN A", unicodedata.normalize("NFD", "Nguyễn Văn A")):
        with pytest.raises(OfficerError, match="đã có tài khoản cán bộ «Nguyễn Văn A»"):
            officers.add(other, PASSWORD, path=db)
    assert officers.sign_in("NGUYỄN VĂN A", PASSWORD, "203.0.113.1", path=db).name == "Nguyễn Văn A"


def test_a_removed_account_cannot_sign_in_and_its_name_is_not_taken_again(account, db):
    assert officers.remove("nguyễn văn a", path=db) == "Nguyễn Văn A"
    assert not officers.is_active("Nguyễn Văn A", path=db) and not officers.any_active(path=db)
    assert not officers.sign_in("Nguyễn Văn A", PASSWORD, "203.0.113.1", path=db).ok
    with pytest.raises(OfficerError, match="đã bị gỡ; để dùng lại, đặt mật khẩu mới"):
        officers.add("Nguyễn Văn A", "một mật khẩu khác", path=db)
    with pytest.raises(OfficerError, match="không có tài khoản"):
        officers.remove("Nguyễn Văn A", path=db)
    officers.set_password("Nguyễn Văn A", "một mật khẩu khác", path=db)
    assert officers.sign_in("Nguyễn Văn A", "một mật khẩu khác", "203.0.113.1", path=db).ok
    assert not officers.sign_in("Nguyễn Văn A", PASSWORD, "203.0.113.1", path=db).ok


def test_reading_accounts_creates_no_database(db):
    assert officers.officers() == [] and not officers.any_active() and not officers.is_active("x")
    assert not officers.sign_in("x", "y" * 12, "203.0.113.1").ok
    assert snapshot(db) == [] and not store.exists(db)


# Lockout -----------------------------------------------------------------------------------------


def test_five_failures_lock_a_client_out_until_the_window_passes(account, db):
    client = "198.51.100.7"
    for n in range(4):
        outcome = officers.sign_in(
            "Nguyễn Văn A", "sai", client, path=db, now=T0 + timedelta(minutes=n)
        )
        assert not outcome.ok and outcome.retry_at is None and outcome.left == 4 - n
    fifth = officers.sign_in("Nguyễn Văn A", "sai", client, path=db, now=T0 + timedelta(minutes=4))
    assert fifth.retry_at == T0 + LOCKOUT and fifth.left == 0
    # The right password while locked out: refused, and told when to retry.
    locked = officers.sign_in(
        "Nguyễn Văn A", PASSWORD, client, path=db, now=T0 + timedelta(minutes=10)
    )
    assert not locked.ok and locked.retry_at == T0 + LOCKOUT
    # Another client is not locked out.
    assert officers.sign_in("Nguyễn Văn A", PASSWORD, "198.51.100.8", path=db, now=T0).ok
    # Once the first failure is older than the window, four remain: one more try.
    later = T0 + LOCKOUT + timedelta(seconds=1)
    assert officers.sign_in("Nguyễn Văn A", PASSWORD, client, path=db, now=later).ok
    # A success forgets the client's failures.
    again = officers.sign_in("Nguyễn Văn A", "sai", client, path=db, now=later)
    assert again.left == 4


def test_failures_are_logged_with_name_and_client_never_the_password(account, db, caplog):
    caplog.set_level(logging.INFO, logger="bhxh_geo.officers")
    for n in range(6):
        officers.sign_in("Nguyễn Văn A", f"đoán {n} lần", "198.51.100.9", path=db, now=T0)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert text.count("sign-in failed for 'Nguyễn Văn A' from 198.51.100.9") == 5
    assert "sign-in refused for 'Nguyễn Văn A' from 198.51.100.9: locked until" in text
    assert "đoán" not in text and PASSWORD not in text


def test_on_a_read_only_database_failures_are_counted_in_memory(account, db, monkeypatch):
    def read_only(path=None, create=False):
        raise StoreError("read_only", db=store.location(path))

    monkeypatch.setattr(officers.store, "transaction", read_only)
    monkeypatch.setattr(officers, "_memory", {})
    for _ in range(5):
        officers.sign_in("Nguyễn Văn A", "sai", "198.51.100.10", path=db, now=T0)
    assert officers.sign_in("Nguyễn Văn A", PASSWORD, "198.51.100.10", path=db, now=T0).retry_at


def test_the_client_behind_the_proxy_is_the_address_the_proxy_added():
    assert officers.client_address(None, "6.6.6.6, 203.0.113.50") == "203.0.113.50"
    # A client's own header is not believed when it connects directly.
    assert officers.client_address("198.51.100.11", "1.2.3.4") == "198.51.100.11"


# Command line ------------------------------------------------------------------------------------


def run(*args, input=None):
    return CliRunner().invoke(cli, ["officers", *args], input=input, catch_exceptions=False)


def test_add_asks_twice_without_echo_and_list_shows_no_hash(db):
    added = run("add", "Nguyễn Văn A", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert added.exit_code == 0, added.output
    assert "Đã tạo tài khoản cán bộ «Nguyễn Văn A»" in added.output
    assert PASSWORD not in added.output  # no echo
    listed = run("list")
    assert re.search(r"^Nguyễn Văn A\s+\d{4}-\d\d-\d\dT[\d:]+\s+đang dùng$", listed.output, re.M)
    assert "scrypt" not in listed.output


def test_two_different_passwords_are_refused(db):
    result = run("add", "Cán bộ C", input=f"{PASSWORD}\nkhác hẳn rồi\n")
    assert result.exit_code == 1 and "hai lần nhập mật khẩu không giống nhau" in result.stderr
    assert officers.officers() == []


def test_scripts_give_the_password_on_stdin_and_remove_then_passwd(db):
    assert run("add", "Cán bộ D", "--password-stdin", input=PASSWORD + "\n").exit_code == 0
    assert officers.sign_in("Cán bộ D", PASSWORD, "203.0.113.3").ok
    assert run("add", "cán bộ d", "--password-stdin", input=PASSWORD + "\n").exit_code == 1
    removed = run("remove", "Cán bộ D", "--lang", "en")
    assert removed.exit_code == 0 and "Account “Cán bộ D” removed" in removed.output
    assert "removed 20" in run("list", "--lang", "en").output
    assert (
        run("passwd", "Cán bộ D", "--password-stdin", input="mật khẩu mới toanh\n").exit_code == 0
    )
    assert officers.sign_in("Cán bộ D", "mật khẩu mới toanh", "203.0.113.3").ok
    short = run("passwd", "Cán bộ D", "--password-stdin", input="ngắn\n")
    assert short.exit_code == 1 and "ít nhất 10 ký tự" in short.stderr


def test_list_without_accounts_says_how_to_add_one(db):
    result = run("list")
    assert result.output.startswith("Chưa có tài khoản cán bộ nào: python -m bhxh_geo officers add")
    assert snapshot(db) == []


# The migration -----------------------------------------------------------------------------------


def test_the_migration_is_portable_sql():
    sql = (ROOT / "bhxh_geo" / "migrations" / "010_officers.sql").read_text(encoding="utf-8")
    code = "\n".join(line.split("--")[0] for line in sql.splitlines()).upper()
    for sqlite_only in ("AUTOINCREMENT", "PRAGMA", "WITHOUT ROWID", "STRICT", "REPLACE", "IFNULL"):
        assert sqlite_only not in code
    types = set(re.findall(r"^[ \t]+\w+[ \t]+([A-Z]+)", code, re.M))
    assert types <= {"TEXT", "INTEGER"}, types


def test_a_database_fault_is_a_message_on_the_command_line(db, monkeypatch):
    def busy(path=None, create=False):
        raise StoreError("busy", db=store.location(path))

    monkeypatch.setattr(officers.store, "transaction", busy)
    result = run("add", "Cán bộ E", "--password-stdin", "--lang", "en", input=PASSWORD + "\n")
    assert result.exit_code == 1 and "the database is busy" in result.stderr
    assert "Traceback" not in result.output
