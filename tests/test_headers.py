"""Security headers on every HTTP response: the app's pages framed by no one and loading only
from this server, the map's component frame framed by the app only, embeddable routes left to
set their own, a route's own header never replaced, websockets untouched; and the server's
defaults (errors without tracebacks, this machine only, uploads capped)."""

from __future__ import annotations

import asyncio
import tomllib

import pytest
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route, WebSocketRoute

from bhxh_geo.actuals.limits import MAX_BYTES
from bhxh_geo.paths import ROOT
from bhxh_geo.web import headers
from bhxh_geo.web.headers import SecurityHeaders


async def page(request):
    return PlainTextResponse("page")


async def own_policy(request):
    return PlainTextResponse(
        "embed",
        headers={"Content-Security-Policy": "frame-ancestors *", "Referrer-Policy": "no-referrer"},
    )


async def echo(websocket):
    await websocket.accept()
    await websocket.send_text(await websocket.receive_text())
    await websocket.close()


class Client:
    """Requests straight to an ASGI app (Starlette's TestClient needs a package we don't pin)."""

    def __init__(self, app):
        self.app = app

    def get(self, path: str) -> Headers:
        async def call():
            started = {}
            messages = [{"type": "http.request", "body": b"", "more_body": False}]

            async def receive():
                return messages.pop(0) if messages else {"type": "http.disconnect"}

            async def send(message):
                if message["type"] == "http.response.start":
                    started.update(message)

            scope = {
                "type": "http",
                "method": "GET",
                "path": path,
                "raw_path": path.encode(),
                "query_string": b"",
                "headers": [(b"host", b"testserver")],
                "scheme": "http",
                "server": ("testserver", 80),
                "client": ("203.0.113.1", 5000),
                "root_path": "",
                "http_version": "1.1",
            }
            await self.app(scope, receive, send)
            return Headers(raw=started["headers"])

        return asyncio.run(call())

    def echo(self, path: str, text: str) -> list[dict]:
        async def call():
            incoming = [
                {"type": "websocket.connect"},
                {"type": "websocket.receive", "text": text},
                {"type": "websocket.disconnect", "code": 1000},
            ]
            sent = []

            async def receive():
                return incoming.pop(0)

            async def send(message):
                sent.append(message)

            scope = {
                "type": "websocket",
                "path": path,
                "raw_path": path.encode(),
                "query_string": b"",
                "headers": [],
                "scheme": "ws",
                "server": ("testserver", 80),
                "client": ("203.0.113.1", 5000),
                "root_path": "",
                "subprotocols": [],
            }
            await self.app(scope, receive, send)
            return sent

        return asyncio.run(call())


@pytest.fixture
def client():
    app = Starlette(
        routes=[
            Route("/", page),
            Route("/import_actuals", page),
            Route("/component/streamlit_folium.st_folium/index.html", page),
            Route("/embed", page),
            Route("/embed/map", own_policy),
            Route("/card.png", page),
            Route("/embedded-looking", page),
            WebSocketRoute("/_stcore/stream", echo),
        ],
        middleware=[Middleware(SecurityHeaders)],
    )
    return Client(app)


@pytest.mark.parametrize("path", ["/", "/import_actuals", "/embedded-looking", "/nowhere"])
def test_the_apps_pages_are_framed_by_no_one_and_load_only_from_here(client, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and response["X-Frame-Options"] == "DENY"
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'"
    assert directives["img-src"] == "'self' data: blob:" and directives["connect-src"] == "'self'"
    # Scripts: this server's and Streamlit's own inline one, by its hash; no eval.
    assert directives["script-src"].split()[0] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_the_map_frame_may_be_framed_by_the_app_only(client):
    response = client.get("/component/streamlit_folium.st_folium/index.html")
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_embeddable_routes_set_their_own_framing_and_keep_it(client):
    bare = client.get("/embed")
    assert "Content-Security-Policy" not in bare and "X-Frame-Options" not in bare
    assert bare["X-Content-Type-Options"] == "nosniff"
    assert "X-Frame-Options" not in client.get("/card.png")
    own = client.get("/embed/map")
    assert own.getlist("Content-Security-Policy") == ["frame-ancestors *"]
    assert own.getlist("Referrer-Policy") == ["no-referrer"]  # not replaced by the default


def test_websockets_pass_untouched(client):
    sent = client.echo("/_stcore/stream", "xin chào")
    assert [m["type"] for m in sent][:2] == ["websocket.accept", "websocket.send"]
    assert sent[1]["text"] == "xin chào"
    assert not sent[0].get("headers")  # the handshake gets no HTTP headers added


def test_a_base_url_path_is_taken_off_before_matching():
    app = Starlette(
        routes=[Route("/bhxh/embed", page), Route("/bhxh/", page)],
        middleware=[Middleware(SecurityHeaders, base_path="/bhxh/")],
    )
    client = Client(app)
    assert "X-Frame-Options" not in client.get("/bhxh/embed")
    assert client.get("/bhxh/")["X-Frame-Options"] == "DENY"


def test_streamlits_inline_script_is_allowed_by_its_hash():
    """Fails loudly if a Streamlit upgrade moves its page (the hash would go missing)."""
    hashes = headers.streamlit_inline_scripts()
    assert hashes and all(h.startswith("'sha256-") for h in hashes), hashes
    assert all(h in headers.APP_POLICY for h in hashes)


def test_server_defaults_hide_tracebacks_listen_locally_and_cap_uploads():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_BYTES
