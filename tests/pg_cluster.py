"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, started on a free
port of 127.0.0.1 with a random password, stopped and deleted at the end.

Debian's ``postgresql`` package provides the server (``/usr/lib/postgresql/N/bin``); `.ci/run`
installs it. ``initdb`` refuses to run as root, so under root (CI) the cluster runs as the
``postgres`` account the package creates (or ``nobody``), in a folder that account owns.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SERVER_ACCOUNTS = ("postgres", "nobody")


def bin_dir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (the newest Debian version), or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    """A running server: ``url(database)`` connects as its superuser with a password."""

    root: Path
    port: int
    user: str
    password: str
    bin: Path
    account: pwd.struct_passwd | None

    def url(self, database: str = "postgres", **options: str) -> str:
        query = "&".join(f"{k}={quote(v)}" for k, v in options.items())
        return (
            f"postgresql://{self.user}:{quote(self.password)}@127.0.0.1:{self.port}/{database}"
            + (f"?{query}" if query else "")
        )

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """A server program (``pg_ctl``, ``pg_dump``…) as the account that owns the cluster."""
        return _run([str(self.bin / args[0]), *args[1:]], self.account, self.root, check=check)

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "stop", check=False)


def _run(cmd, account, cwd, check=True) -> subprocess.CompletedProcess:
    kwargs = {}
    if account is not None:
        kwargs = dict(user=account.pw_uid, group=account.pw_gid, extra_groups=[])
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, check=check, timeout=120, **kwargs
    )


def _server_account() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    for name in SERVER_ACCOUNTS:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("initdb refuses root and neither 'postgres' nor 'nobody' exists")


@contextlib.contextmanager
def running_cluster():
    """Yield a started :class:`Cluster`; stop it and delete its files afterwards."""
    folder = bin_dir()
    if folder is None:
        raise FileNotFoundError("PostgreSQL is not installed (apt-get install postgresql)")
    account = _server_account()
    root = Path(tempfile.mkdtemp(prefix="bhxh-pg-"))
    password = secrets.token_urlsafe(12)
    try:
        if account is not None:
            os.chown(root, account.pw_uid, account.pw_gid)
        (root / "pw").write_text(password + "\n")
        if account is not None:
            os.chown(root / "pw", account.pw_uid, account.pw_gid)
        _run(
            [
                str(folder / "initdb"),
                "-D",
                str(root / "data"),
                "-U",
                "bhxh",
                "--pwfile",
                str(root / "pw"),
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale",
                "C.UTF-8",
                "--no-sync",
            ],
            account,
            root,
        )
        (root / "pw").unlink()
        cluster = None
        for _ in range(5):  # a free port can be taken between the check and the start
            port = free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='{root}'"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                " -c max_connections=60 -c shared_buffers=16MB"
            )
            started = _run(
                [
                    str(folder / "pg_ctl"),
                    "-D",
                    str(root / "data"),
                    "-o",
                    options,
                    "-l",
                    str(root / "log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ],
                account,
                root,
                check=False,
            )
            if started.returncode == 0:
                cluster = Cluster(root, port, "bhxh", password, folder, account)
                break
            time.sleep(0.2)
        if cluster is None:
            log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {log[-2000:]}")
        try:
            yield cluster
        finally:
            cluster.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
