"""The server: Streamlit's app (``app.py``) and the routes it answers without a session.

``make run`` starts it (``streamlit run server.py``); Streamlit finds the ``st.App`` below and
serves it with uvicorn. Routes live in :mod:`bhxh_geo.web`; every HTTP response gets the
security headers of :mod:`bhxh_geo.web.headers`. Before it listens, the server prepares what the
first visitor would otherwise wait for (:mod:`ui.warm`: imports, migrations, the base map, the
default view's caches).
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager

import streamlit as st
from starlette.middleware import Middleware

from bhxh_geo.actuals import store
from bhxh_geo.web import ROUTES
from bhxh_geo.web.headers import SecurityHeaders
from ui import warm

# The app's own log (sign-in failures, the warm-up) on the server's stderr, beside Streamlit's.
_log = logging.getLogger("bhxh_geo")
if not _log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _log.addHandler(_handler)
    _log.setLevel(logging.INFO)


@asynccontextmanager
async def lifespan(_app):
    # Streamlit's runtime has started (its caches work); the server listens once this is done.
    await asyncio.to_thread(warm.warm_up)
    try:
        yield
    finally:
        store.close()  # PostgreSQL readers' pools; SQLite keeps no connection


app = st.App(
    "app.py",
    routes=ROUTES,
    middleware=[
        Middleware(SecurityHeaders, base_path=st.get_option("server.baseUrlPath") or ""),
    ],
    lifespan=lifespan,
)
