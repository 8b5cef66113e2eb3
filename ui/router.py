"""Deep links on a fresh server: make every page run inside app.py's router.

Streamlit starts in its old ``pages/``-folder mode and leaves it only when ``st.navigation``
runs. When a server's very first request is a deep link (``/district?code=632``), Streamlit runs
that page file alone, without ``app.py`` (no language picker, no layout, no page titles), and
stays in that mode. :func:`ensure_router` leaves the old mode and reruns, so ``app.py`` routes the
same URL, query parameters kept. Streamlit is pinned (1.67.0); the flag is its own switch.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure_router() -> None:
    """Call first in every page: rerun through ``app.py`` when Streamlit ran the page alone."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
