"""Two replicas of the app behind nginx (deploy/nginx, over TLS), sharing one PostgreSQL, each
a throwaway instance on free ports of 127.0.0.1 (tests/deploy/proxy.py, tests/pg_cluster.py).

An officer signs in and uploads a report through the proxy, in Chromium: the upload (its own
HTTP request) reaches the replica that holds the page's session, because the proxy keeps a
browser on one replica; the same request sent to the other replica is refused with
"Invalid session_id", which is why it must. The import then shows on the other replica, which
reads the same database. Figures are synthetic.
"""

from __future__ import annotations

import contextlib
import time
import urllib.error
import urllib.request

import psycopg
import pytest

from tests.browser.conftest import Page, start_app
from tests.deploy.proxy import nginx_binary, running_proxy
from tests.pg_cluster import bin_dir, running_cluster

PASSWORD = "mật khẩu thử"
REPORT = "Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\nAn Khê;2024;BHTN;9,5\n"


@pytest.fixture(scope="module")
def deployment(boundaries):
    if bin_dir() is None or nginx_binary() is None:
        pytest.fail(
            "PostgreSQL and nginx are needed: apt-get install postgresql nginx (.ci/run does)"
        )
    with contextlib.ExitStack() as stack:
        cluster = stack.enter_context(running_cluster())
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bhxh_geo")
        env = {
            "BHXH_GEO_DB": cluster.url("bhxh_geo"),
            "BHXH_EDITOR_PASSWORD": PASSWORD,
            "STREAMLIT_SERVER_COOKIE_SECRET": "the same secret on every replica",
        }
        replicas = []
        for _ in range(2):
            process, url = start_app(env)
            stack.callback(lambda p=process: (p.terminate(), p.wait(timeout=10)))
            replicas.append(url)
        ports = [int(url.rsplit(":", 1)[1]) for url in replicas]
        proxy = stack.enter_context(running_proxy(ports))
        yield proxy, replicas, cluster


def sign_in_and_upload(page, report) -> None:
    """The import page's own steps: officer password, file, store."""
    page.get_by_role("heading", name="Nhập số liệu thực hiện").wait_for(timeout=60_000)
    page.get_by_label("Mật khẩu cán bộ").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.locator("input[type=file]").first.wait_for(state="attached", timeout=30_000)
    page.locator("input[type=file]").first.set_input_files(str(report))
    page.get_by_role("button", name="Lưu 2 giá trị thành một lô mới").click(timeout=60_000)
    page.get_by_text("Đã nhập lô 1: 2 giá trị.").wait_for(timeout=30_000)


def test_an_upload_through_the_proxy_and_the_import_on_the_other_replica(
    deployment, browser, tmp_path
):
    proxy, replicas, _ = deployment
    viewers = [Page(browser, url) for url in replicas]
    for viewer in viewers:  # both replicas show the map before anything is imported
        open_map(viewer, "?measure=actual&year=2024&indicator=bhtn")
        assert "bao-cao-qua-proxy.csv" not in viewer.page.content()
    report = tmp_path / "bao-cao-qua-proxy.csv"
    report.write_text(REPORT, encoding="utf-8")
    context = browser.new_context(ignore_https_errors=True, viewport={"width": 1366, "height": 768})
    uploads = []
    page = context.new_page()
    page.on(
        "request",
        lambda r: (
            uploads.append(r) if "/_stcore/upload_file/" in r.url and r.method == "PUT" else None
        ),
    )
    try:
        page.goto(f"{proxy.url}/import_actuals")
        sign_in_and_upload(page, report)
        cookie = next(c["value"] for c in context.cookies() if c["name"] == "bhxh_replica")
        upload = uploads[-1]
        headers = upload.all_headers()  # with the cookies (the XSRF token is checked first)
        body = upload.post_data_buffer
    finally:
        context.close()

    # Every request of that browser after its first went to one replica: page, websocket, upload.
    # (nginx logs the websocket when it closes, a moment after the browser went.)
    deadline = time.monotonic() + 10
    while True:
        mine = [row for row in proxy.log() if row["cookie"] == cookie]
        kinds = {row["uri"].split("/")[2] for row in mine if row["uri"].startswith("/_stcore/")}
        if {"stream", "upload_file"} <= kinds or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert {"stream", "upload_file"} <= kinds, mine
    assert len({row["upstream"] for row in mine}) == 1, mine
    assert [r["status"] for r in mine if r["method"] == "PUT"] == [204]
    served = mine[0]["upstream"]
    other = next(url for url in replicas if not url.endswith(served.rsplit(":", 1)[1]))
    viewer = viewers[replicas.index(other)]
    viewers[1 - replicas.index(other)].close()

    # The same upload sent to the other replica: refused, that replica has no such session.
    path = upload.url.split("/", 3)[3]
    request = urllib.request.Request(
        f"{other}/{path}",
        data=body,
        method="PUT",
        headers={
            k: v
            for k, v in headers.items()
            if k.lower() in ("content-type", "x-xsrftoken", "cookie")
        },
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 400
    assert "Invalid session_id" in refused.value.read().decode("utf-8", "replace")

    # The other replica reads the same database: its map, drawn before the import (its caches
    # filled), shows the batch on the next open.
    viewer.page.reload()
    viewer.page.locator('[data-testid="bhxh-source"]').get_by_text(
        "bao-cao-qua-proxy.csv"
    ).wait_for(timeout=60_000)
    viewer.close()


def open_map(viewer: Page, query: str) -> None:
    """The map page at ``query``; a cold replica on a busy machine may take a while."""
    viewer.page.goto(f"{viewer.base_url}/{query}")
    viewer.map_frame.locator("body[data-bhxh-ready='1']").wait_for(timeout=120_000)
    viewer.page.locator('[data-testid="bhxh-source"]').wait_for(timeout=60_000)
