"""Debian's nginx with deploy/nginx's configuration, on free ports, in a folder of its own.

The site file and the upstream file are the ones in deploy/nginx, with only what a machine
changes replaced: the replicas' ports, the listening addresses (free ports of 127.0.0.1), the
certificate (self-signed, made here with openssl) and the snippet's path. The access log records
which replica answered each request and the browser's replica cookie.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bhxh_geo.paths import ROOT
from tests.pg_cluster import free_port

DEPLOY = ROOT / "deploy" / "nginx"
LOG_FORMAT = '$request_method $uri $status $upstream_addr "$cookie_bhxh_replica"'


def nginx_binary() -> str | None:
    return shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )


@dataclass
class Proxy:
    url: str
    folder: Path

    def log(self) -> list[dict]:
        """Each request the proxy passed on: method, path, status, replica, cookie."""
        rows = []
        for line in (self.folder / "access.log").read_text().splitlines():
            method, uri, status, upstream, cookie = line.split(" ", 4)
            rows.append(
                dict(
                    method=method,
                    uri=uri,
                    status=int(status),
                    upstream=upstream,
                    cookie=cookie.strip('"'),
                )
            )
        return rows


def site_config(replica_ports: list[int], port: int, folder: Path) -> str:
    """deploy/nginx's files for this machine, inside an ``http`` block of a test nginx.conf."""
    upstream = (DEPLOY / "bhxh-geo-upstream.conf").read_text()
    servers = re.findall(r"server 127\.0\.0\.1:\d+", upstream)
    assert len(servers) == len(replica_ports) == 2, servers
    for old, new in zip(servers, replica_ports):
        upstream = upstream.replace(old, f"server 127.0.0.1:{new}", 1)
    site = (DEPLOY / "bhxh-geo.conf").read_text()
    site = site.replace(
        "include snippets/bhxh-geo-proxy.conf;", f"include {DEPLOY}/bhxh-geo-proxy.conf;"
    )
    site = re.sub(r"\n\s*listen \[::\]:\d+[^;]*;", "", site)
    site = site.replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;")
    site = re.sub(r"ssl_certificate\s+\S+;", f"ssl_certificate {folder}/cert.pem;", site)
    site = re.sub(r"ssl_certificate_key\s+\S+;", f"ssl_certificate_key {folder}/key.pem;", site)
    assert "example.gov.vn/fullchain" not in site
    return upstream + "\n" + site


def _conf(folder: Path, site: str) -> str:
    user = "user root root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {folder}/tmp/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 256; }}
http {{
    log_format bhxh '{LOG_FORMAT}';
    access_log {folder}/access.log bhxh;
{temp}
{site}
}}
"""


@contextlib.contextmanager
def running_proxy(replica_ports: list[int]):
    """Yield a :class:`Proxy` (``https://127.0.0.1:PORT``) in front of the replicas."""
    binary = nginx_binary()
    if binary is None:
        raise FileNotFoundError("nginx is not installed (apt-get install nginx; .ci/run does)")
    folder = Path(tempfile.mkdtemp(prefix="bhxh-nginx-"))
    process = None
    try:
        (folder / "tmp").mkdir()
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-keyout",
                str(folder / "key.pem"),
                "-out",
                str(folder / "cert.pem"),
            ],
            check=True,
            capture_output=True,
        )
        port = free_port()
        (folder / "nginx.conf").write_text(_conf(folder, site_config(replica_ports, port, folder)))
        command = [
            binary,
            "-p",
            str(folder),
            "-e",
            str(folder / "error.log"),
            "-c",
            str(folder / "nginx.conf"),
        ]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
                break
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
        yield Proxy(f"https://127.0.0.1:{port}", folder)
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(folder, ignore_errors=True)
