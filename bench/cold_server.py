"""Benchmark baseline, NOT the product: the app served as ``server.py`` serves it, but without
the warm-up (no lifespan), as it was before: the first visitor pays for every once-per-process
step. ``bench/service_bench.py`` measures it beside the app and the careful baseline."""

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from bhxh_geo.web import ROUTES
from bhxh_geo.web.headers import SecurityHeaders

app = st.App(
    Path(__file__).resolve().parent.parent / "app.py",
    routes=ROUTES,
    middleware=[Middleware(SecurityHeaders)],
)
