"""``GET /healthz``: a plain answer that the server, the boundaries and the store are ready."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from bhxh_geo.paths import BOUNDARIES_PATH


def readiness() -> tuple[bool, list[str]]:
    """(ready, one line per check) for the parts a page needs."""
    lines, ready = [], True
    if BOUNDARIES_PATH.is_file():
        lines.append(f"boundaries: ok ({BOUNDARIES_PATH.name})")
    else:
        ready = False
        lines.append(
            f"boundaries: missing ({BOUNDARIES_PATH}); run: python -m bhxh_geo boundaries build"
        )
    return ready, lines


async def healthz(request: Request) -> PlainTextResponse:
    ready, lines = readiness()
    body = ("ok" if ready else "not ready") + "\n" + "\n".join(lines) + "\n"
    return PlainTextResponse(
        body, status_code=200 if ready else 503, headers={"Cache-Control": "no-store"}
    )


ROUTES = [Route("/healthz", healthz, methods=["GET", "HEAD"])]
