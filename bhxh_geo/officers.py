"""Officer accounts: who may import and revert actuals in the app, and signing in.

Each officer has a named account (``python -m bhxh_geo officers add NAME``); the password is
kept only as a scrypt hash with its own random salt and its parameters (``scrypt$15$8$1$salt$key``
so that they can be raised later without breaking older hashes), and compared in constant time.
Accounts live in the actuals database (migration ``010_officers.sql``), so replicas sharing a
database share them. Names are matched case- and composition-insensitively (``Nguyễn Văn A`` typed
with decomposed tone marks is the same officer); the batch records the name as it was created.

Sign-in is limited per client address: after :data:`MAX_FAILURES` failures within
:data:`LOCKOUT`, that client is refused, even with the right password, until the oldest of
those failures is :data:`LOCKOUT` old; a sign-in that succeeds forgets the client's failures.
Failures are logged (name and client, never the password) and recorded in the database, or in
this process when the database cannot be written. A name that has no account costs as much
time as a wrong password, so timing does not tell which names exist.

The old shared password (``$BHXH_EDITOR_PASSWORD``) is no longer read: a batch must name the
officer who signed in. :func:`legacy_password_notice` says so when the variable is still set.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from bhxh_geo.actuals import store
from bhxh_geo.actuals.backends import Conn
from bhxh_geo.actuals.errors import StoreError
from bhxh_geo.i18n import t

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 10
MAX_NAME = 80
MAX_PASSWORD = 1024  # scrypt reads every byte; nobody types more
LEGACY_PASSWORD_ENV = "BHXH_EDITOR_PASSWORD"
# scrypt: N = 2**15, r = 8, p = 1 costs 32 MiB and ~0.1 s per hash on this project's server.
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_KEY_BYTES, _SALT_BYTES = 32, 16


class OfficerError(ValueError):
    """A refused account operation; ``key``/``params`` give the message in any language."""

    def __init__(self, key: str, **params: object):
        self.key, self.params = key, params
        super().__init__(self.message("vi"))

    def message(self, lang: str = "vi") -> str:
        return t(f"officers.error.{self.key}", lang, **self.params)


@dataclass(frozen=True)
class Officer:
    name: str
    created_at: str
    disabled_at: str | None

    @property
    def active(self) -> bool:
        return not self.disabled_at


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: ``name`` when it succeeded; ``retry_at`` when the client is
    locked out; ``left``: failures this client may still make before it is."""

    name: str | None = None
    retry_at: datetime | None = None
    left: int = MAX_FAILURES

    @property
    def ok(self) -> bool:
        return self.name is not None


# Passwords ---------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    """A new scrypt hash of ``password`` with a random salt, parameters included.

    >>> stored = hash_password("mật khẩu rất dài")
    >>> stored.split("$")[:4], verify_password("mật khẩu rất dài", stored)
    (['scrypt', '15', '8', '1'], True)
    >>> verify_password("mật khẩu rất dai", stored), hash_password("x" * 10) == hash_password("x" * 10)
    (False, False)
    """
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        ["scrypt", str(SCRYPT_LOG2_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(key)]
    )


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored`` (compared in constant time)."""
    try:
        scheme, log2_n, r, p, salt, key = stored.split("$")
        expected = base64.b64decode(key)
        params = int(log2_n), int(r), int(p)
    except ValueError:
        return False
    if scheme != "scrypt" or not 10 <= params[0] <= 20:
        return False
    return hmac.compare_digest(_scrypt(password, base64.b64decode(salt), *params), expected)


def _scrypt(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    # The same password typed with composed or decomposed tone marks is the same password.
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    n = 1 << log2_n
    return hashlib.scrypt(
        secret, salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES, maxmem=256 * n * r + (1 << 20)
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@cache
def _dummy_hash() -> str:
    """A hash of nothing anyone knows: a name without an account is checked against it, so
    that it takes as long as a wrong password."""
    return hash_password(secrets.token_hex(16))


def check_name(name: str) -> str:
    """The name as it will be stored: NFC, spaces collapsed; refused when empty, too long or
    holding control characters.

    >>> check_name("  Nguyễn   Văn A ")
    'Nguyễn Văn A'
    """
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise OfficerError("empty_name")
    if len(cleaned) > MAX_NAME:
        raise OfficerError("long_name", max=MAX_NAME)
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in cleaned):
        raise OfficerError("bad_name")
    return cleaned


def check_password(password: str) -> str:
    """``password`` when it is long enough (and not absurdly long)."""
    if len(password.strip()) < MIN_PASSWORD:
        raise OfficerError("short_password", min=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise OfficerError("long_password", max=MAX_PASSWORD)
    return password


def name_key(name: str) -> str:
    """How names are compared: ``Nguyễn Văn A`` = ``nguyễn  văn a``."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


# Accounts ------------------------------------------------------------------------------------------


def add(name: str, password: str, path: Path | str | None = None) -> str:
    """Create an account; return its name as stored. Refuses a name already taken."""
    name, password = check_name(name), check_password(password)
    hashed = hash_password(password)  # outside the write lock: it takes a while
    with store.transaction(path, create=True) as conn:
        taken = _find(conn, name)
        if taken is not None:
            raise OfficerError("exists" if taken.active else "removed", name=taken.name)
        conn.execute(
            "INSERT INTO officers (name_key, name, password_hash, created_at) VALUES (?, ?, ?, ?)",
            [name_key(name), name, hashed, _now()],
        )
    return name


def set_password(name: str, password: str, path: Path | str | None = None) -> str:
    """A new password for an account (a removed one is enabled again); return its name."""
    hashed = hash_password(check_password(password))
    with store.transaction(path) as conn:
        officer = _find(conn, name)
        if officer is None:
            raise OfficerError("no_such", name=name)
        conn.execute(
            "UPDATE officers SET password_hash = ?, disabled_at = NULL WHERE name_key = ?",
            [hashed, name_key(name)],
        )
    return officer.name


def remove(name: str, path: Path | str | None = None) -> str:
    """Disable an account: it can no longer sign in; its name stays on its batches."""
    with store.transaction(path) as conn:
        officer = _find(conn, name)
        if officer is None or not officer.active:
            raise OfficerError("no_such", name=name)
        conn.execute(
            "UPDATE officers SET disabled_at = ?, password_hash = '' WHERE name_key = ?",
            [_now(), name_key(name)],
        )
    return officer.name


def officers(path: Path | str | None = None) -> list[Officer]:
    """Every account, removed ones included, by name; empty (nothing created) without a database."""
    rows = _read(path, "SELECT name, created_at, disabled_at FROM officers ORDER BY name_key", [])
    return [Officer(*row) for row in rows]


def any_active(path: Path | str | None = None) -> bool:
    """True when at least one account can sign in (else nobody can import in the app)."""
    return bool(_read(path, "SELECT 1 FROM officers WHERE disabled_at IS NULL LIMIT 1", []))


def is_active(name: str, path: Path | str | None = None) -> bool:
    """True while the account ``name`` exists and is not removed."""
    sql = "SELECT 1 FROM officers WHERE name_key = ? AND disabled_at IS NULL"
    return bool(_read(path, sql, [name_key(name)]))


def _find(conn: Conn, name: str) -> Officer | None:
    row = conn.execute(
        "SELECT name, created_at, disabled_at FROM officers WHERE name_key = ?", [name_key(name)]
    ).fetchone()
    return Officer(*row) if row else None


def _read(path: Path | str | None, sql: str, params: list, table: str = "officers") -> list[tuple]:
    """Rows of a query, or none when there is no database or no such table yet (a read
    creates nothing)."""
    return store.table_rows(sql, params, table=table, path=path)


# Signing in ----------------------------------------------------------------------------------------


def sign_in(
    name: str,
    password: str,
    client: str,
    path: Path | str | None = None,
    now: datetime | None = None,
) -> SignIn:
    """Check ``name`` and ``password`` for ``client`` (its address), unless it is locked out.

    A locked-out client is refused before any password is checked.
    """
    now = now or datetime.now(UTC)
    failures = _failures(client, now, path)
    if len(failures) >= MAX_FAILURES:
        retry_at = failures[-MAX_FAILURES] + LOCKOUT
        log.warning("sign-in refused for %r from %s: locked until %s", name, client, retry_at)
        return SignIn(retry_at=retry_at, left=0)
    rows = _read(
        path,
        "SELECT name, password_hash FROM officers WHERE name_key = ? AND disabled_at IS NULL",
        [name_key(name)],
    )
    given = password[:MAX_PASSWORD]
    if rows and verify_password(given, rows[0][1]):
        _forget_failures(client, path)
        log.info("sign-in of %r from %s", rows[0][0], client)
        return SignIn(name=rows[0][0])
    if not rows:
        verify_password(given, _dummy_hash())  # as long as a wrong password takes
    _record_failure(client, name, now, path)
    count = len(failures) + 1
    log.warning(
        "sign-in failed for %r from %s (%d of %d before a lockout)",
        name,
        client,
        count,
        MAX_FAILURES,
    )
    if count >= MAX_FAILURES:
        return SignIn(retry_at=([*failures, now][-MAX_FAILURES]) + LOCKOUT, left=0)
    return SignIn(left=MAX_FAILURES - count)


def client_address(peer: str | None, forwarded_for: str | None = None) -> str:
    """The client a sign-in counts against: the connection's address, or, when that is this
    machine (a reverse proxy in front), the address the proxy appended to X-Forwarded-For.

    A client's own X-Forwarded-For is ignored unless it comes through the local proxy, and then
    only the last entry (the one the proxy added) counts.

    >>> client_address("203.0.113.9", "10.0.0.1")
    '203.0.113.9'
    >>> client_address(None, "10.0.0.1, 198.51.100.7")
    '198.51.100.7'
    >>> client_address(None), client_address("127.0.0.1", "")
    ('localhost', 'localhost')
    """
    if peer and peer not in ("127.0.0.1", "::1", "localhost"):
        return peer
    last = (forwarded_for or "").split(",")[-1].strip()
    return last or "localhost"


def legacy_password_notice() -> str | None:
    """A notice for the log when the retired ``$BHXH_EDITOR_PASSWORD`` is still set."""
    if os.environ.get(LEGACY_PASSWORD_ENV, "").strip():
        return t("officers.legacy_password", "en", env=LEGACY_PASSWORD_ENV)
    return None


_memory_lock = threading.Lock()
_memory: dict[str, list[datetime]] = {}  # failures kept here when the database is read-only


def _failures(client: str, now: datetime, path) -> list[datetime]:
    since = now - LOCKOUT
    rows = _read(
        path,
        "SELECT failed_at FROM sign_in_failures WHERE client = ? AND failed_at > ?"
        " ORDER BY failed_at",
        [client, _iso(since)],
        table="sign_in_failures",
    )
    with _memory_lock:
        kept = [when for when in _memory.get(client, []) if when > since]
        _memory[client] = kept
    return sorted([datetime.fromisoformat(row[0]) for row in rows] + kept)


def _record_failure(client: str, name: str, now: datetime, path) -> None:
    try:
        if not store.exists(path):
            raise StoreError("missing_db", db=store.location(path))  # a sign-in creates none
        with store.transaction(path) as conn:
            conn.execute(
                "INSERT INTO sign_in_failures (client, name, failed_at) VALUES (?, ?, ?)",
                [client, name[:MAX_NAME], _iso(now)],
            )
            conn.execute("DELETE FROM sign_in_failures WHERE failed_at < ?", [_iso(now - LOCKOUT)])
    except StoreError as error:
        log.warning(
            "sign-in failure kept in memory only (database not written: %s)", error.message("en")
        )
        with _memory_lock:
            _memory.setdefault(client, []).append(now)


def _forget_failures(client: str, path) -> None:
    with _memory_lock:
        _memory.pop(client, None)
    try:
        if store.exists(path):
            with store.transaction(path) as conn:
                conn.execute("DELETE FROM sign_in_failures WHERE client = ?", [client])
    except StoreError as error:
        log.warning("failed sign-ins of %s not cleared (%s)", client, error.message("en"))


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _now() -> str:
    return _iso(datetime.now(UTC))
