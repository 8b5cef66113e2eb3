"""Security headers on every HTTP response the server sends (an ASGI middleware for ``st.App``).

The app's pages get a Content-Security-Policy that lets a page load only from this server (no
outside script, style, image, font or connection: an image written into a page from imported
text could not load either) and be framed by no one (``frame-ancestors 'none'``, with
``X-Frame-Options: DENY`` for older browsers): the import page cannot be overlaid on another
site. The documents the page frames itself (Streamlit's components: the map) may be framed by
this server only. ``X-Content-Type-Options: nosniff`` and a ``Referrer-Policy`` go on everything.

Routes meant to be embedded elsewhere (:data:`FRAMEABLE`: ``/embed``, ``/data``, ``/card.png``,
``/share``) get no framing or CSP defaults; they set their own. A header a route sets itself is
never replaced: defaults are added only when absent.

What each document needs, found in Chromium with the policy enforced on every page (the map,
the compare page's Vega charts, the district profile, downloads, the import page with an upload):
the app's page runs only scripts from this server plus the one inline script of Streamlit's own
``index.html`` (allowed by its hash, read from the installed package) and the app's own inline
scripts (:mod:`bhxh_geo.web.page_scripts`, allowed by their hashes); styles may be inline
(Streamlit's CSS-in-JS and ``st.html``); the websocket and uploads are same-origin. The map's
component frame builds the folium map from inline script run through ``eval``, so that frame
(and only it) allows ``'unsafe-inline'`` and ``'unsafe-eval'``: it holds nothing but the
app's own map script, whose text from files is escaped. Every other origin stays closed.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bhxh_geo.web import page_scripts

FRAMEABLE = ("/embed", "/data", "/card.png", "/share")
# Documents the app's own page frames: Streamlit's components (v1 and v2).
FRAMED_BY_US = ("/component/", "/_stcore/bidi-components/")

_SOURCES = {
    "default-src": "'self'",
    "script-src": "'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "media-src": "'self' data: blob:",
    "frame-src": "'self' blob: data:",
    "worker-src": "'self' blob:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}


def content_security_policy(frame_ancestors: str = "'none'", scripts: str | None = None) -> str:
    """The policy of the app's documents; ``frame_ancestors`` says who may frame them.

    >>> policy = content_security_policy()
    >>> "default-src 'self'" in policy, policy.endswith("frame-ancestors 'none'")
    (True, True)
    """
    sources = {**_SOURCES, **({"script-src": scripts} if scripts else {})}
    parts = [f"{name} {value}" for name, value in sources.items()]
    return "; ".join([*parts, f"frame-ancestors {frame_ancestors}"])


_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


@cache
def streamlit_inline_scripts() -> tuple[str, ...]:
    """CSP hashes (``'sha256-…'``) of the inline scripts in Streamlit's own page, read from the
    installed package's ``static/index.html`` (found, not imported: this package never imports
    Streamlit). Empty when the file is not there."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or not spec.submodule_search_locations:
        return ()
    index = Path(next(iter(spec.submodule_search_locations))) / "static" / "index.html"
    if not index.is_file():
        return ()
    scripts = _INLINE_SCRIPT.findall(index.read_text(encoding="utf-8"))
    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in scripts
    )


APP_POLICY = content_security_policy(
    "'none'",
    scripts=" ".join(["'self'", *streamlit_inline_scripts(), *page_scripts.csp_hashes()]),
)
FRAMED_POLICY = content_security_policy("'self'", scripts="'self' 'unsafe-inline' 'unsafe-eval'")
COMMON = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}


def headers_for(path: str) -> dict[str, str]:
    """The default headers of a response to ``path``.

    >>> headers_for("/import_actuals")["X-Frame-Options"]
    'DENY'
    >>> headers_for("/component/streamlit_folium.st_folium/index.html")["X-Frame-Options"]
    'SAMEORIGIN'
    >>> sorted(headers_for("/embed/map"))
    ['Referrer-Policy', 'X-Content-Type-Options']
    """
    if _under(path, FRAMEABLE):
        return dict(COMMON)
    if any(path.startswith(prefix) for prefix in FRAMED_BY_US):
        return {**COMMON, "Content-Security-Policy": FRAMED_POLICY, "X-Frame-Options": "SAMEORIGIN"}
    return {**COMMON, "Content-Security-Policy": APP_POLICY, "X-Frame-Options": "DENY"}


def _under(path: str, prefixes: Iterable[str]) -> bool:
    return any(path == p or path.startswith((p + "/", p + "?")) for p in prefixes)


class SecurityHeaders:
    """ASGI middleware adding :func:`headers_for`'s defaults to every HTTP response.

    Pure ASGI (not ``BaseHTTPMiddleware``): responses stream through untouched but for their
    headers, and websockets pass by.
    """

    def __init__(self, app: ASGIApp, base_path: str = ""):
        self.app = app
        self.base_path = base_path.rstrip("/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        defaults = headers_for(path)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in defaults.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
