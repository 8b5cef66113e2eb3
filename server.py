"""The server: Streamlit's app (``app.py``) and the routes it answers without a session.

``make run`` starts it (``streamlit run server.py``); Streamlit finds the ``st.App`` below and
serves it with uvicorn. Routes live in :mod:`bhxh_geo.web`.
"""

from __future__ import annotations

import streamlit as st

from bhxh_geo.web import ROUTES

app = st.App("app.py", routes=ROUTES)
