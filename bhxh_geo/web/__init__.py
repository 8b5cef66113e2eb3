"""What the server answers without a Streamlit session: plain HTTP routes (Starlette).

:data:`ROUTES` is the list ``server.py`` hands to ``st.App``; each route module adds its own.
"""

from __future__ import annotations

from bhxh_geo.web.health import ROUTES as _HEALTH
from bhxh_geo.web.published import ROUTES as _PUBLISHED

ROUTES = [*_HEALTH, *_PUBLISHED]
