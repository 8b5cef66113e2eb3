"""How a published file is answered over HTTP: validators, compression, CORS, errors.

Every answer carries ``ETag`` (the bytes' hash) and ``Last-Modified`` (the figures' last
change), so both change when an import lands; a request repeating either gets ``304``. Text is
sent gzip-compressed when the client accepts it (compressed once, when the file was built).
CORS is open: any page may read the data.
"""

from __future__ import annotations

from collections.abc import Callable
from email.utils import format_datetime, parsedate_to_datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from bhxh_geo.embed import render
from bhxh_geo.embed.content import NoFigures
from bhxh_geo.embed.params import ParamError
from bhxh_geo.export_formats import ExportError

MAX_AGE_S = 60  # readers see an import within a minute; caches revalidate cheaply (304)
BAD_REQUEST = "Tham số không hợp lệ / Bad parameters"


async def answer(
    request: Request, make: Callable[[], render.Rendered], headers: dict[str, str] | None = None
) -> Response:
    """Answer with what ``make()`` builds: on the event loop when it is built already (a dict
    look-up), else built in a worker thread, so a first build never holds up other requests."""
    try:
        try:
            with render.built_only():
                rendered = make()
        except render.NotBuilt:
            rendered = await run_in_threadpool(make)
    except ParamError as error:
        return bad_request(error)
    except (NoFigures, ExportError) as error:
        return plain(str(error), 404)
    return respond(request, rendered, headers or {})


def respond(request: Request, rendered: render.Rendered, extra: dict[str, str]) -> Response:
    headers = {
        "ETag": rendered.etag,
        "Last-Modified": format_datetime(rendered.last_modified, usegmt=True),
        "Cache-Control": f"public, max-age={MAX_AGE_S}",
        "Access-Control-Allow-Origin": "*",
        "X-Content-Type-Options": "nosniff",
        **extra,
    }
    if rendered.gzipped is not None:
        headers["Vary"] = "Accept-Encoding"
    if _not_modified(request, rendered):
        return Response(status_code=304, headers=headers)
    body = rendered.body
    if rendered.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        body, headers["Content-Encoding"] = rendered.gzipped, "gzip"
    return Response(body, media_type=rendered.media_type, headers=headers)


def _not_modified(request: Request, rendered: render.Rendered) -> bool:
    tags = request.headers.get("if-none-match")
    if tags is not None:  # it takes precedence over If-Modified-Since (RFC 9110, 13.2.2)
        wanted = {tag.strip().removeprefix("W/") for tag in tags.split(",")}
        return "*" in wanted or rendered.etag in wanted
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return rendered.last_modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def plain(text: str, status: int) -> PlainTextResponse:
    return PlainTextResponse(
        text.rstrip("\n") + "\n",
        status_code=status,
        headers={"Cache-Control": "no-store", "Access-Control-Allow-Origin": "*"},
    )


def bad_request(error: ParamError) -> PlainTextResponse:
    return plain(f"{BAD_REQUEST}:\n{error}", 400)


def public_url(request: Request) -> str:
    """The server's address as readers reach it (``$BHXH_GEO_PUBLIC_URL`` behind a proxy)."""
    import os

    configured = os.environ.get("BHXH_GEO_PUBLIC_URL", "").strip()
    base = configured or str(request.base_url)
    return base if base.endswith("/") else base + "/"
