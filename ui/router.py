"""The frame every page gets (page config, demo banner, presentation mode, language picker), and
deep links on a fresh server.

Because the repository has a ``pages/`` folder, Streamlit starts in its old ``pages/`` mode and
leaves it only when ``st.navigation`` runs in ``app.py``. Until then (a fresh server whose first
request is a deep link such as ``/district?code=632``, and every AppTest run, which resets the
mode) Streamlit runs the page file alone, without ``app.py``. :func:`ensure_router`, the first
call of every page, leaves the old mode so the next run goes through ``app.py``. On a session's
first load it reruns at once (nothing can be lost). Otherwise it draws the frame itself instead:
a rerun would drop the click or form submission that started this run. Streamlit is pinned
(1.67.0); the mode is its own class attribute.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.i18n import t
from ui import cached, components, map_first, state

# Each page's icon, from the Material Symbols font Streamlit serves itself: emoji would need a
# colour emoji font on the machine, which a briefing room's Linux box may lack (it draws boxes).
NAV_ICONS = {
    "map": ":material/map:",
    "compare": ":material/bar_chart:",
    "district": ":material/location_on:",
    "plan": ":material/description:",
    "export": ":material/download:",
    "import_actuals": ":material/upload_file:",
}
WARNING_ICON = ":material/warning:"


def frame_top() -> bool:
    """Before the page: page config, presentation mode's styles, the demo banner. True when
    presenting."""
    st.set_page_config(page_title=t("app.title", state.lang()), page_icon="🗺️", layout="wide")
    map_first.frame_started()
    present = components.presentation_mode()
    stamp = cached.db_stamp()
    demo, notice = _banners(stamp)
    st.session_state[_BANNERS] = (demo, notice)
    # A demo database (make demo) is labelled on every page, presentation mode included.
    if demo:
        st.warning(DEMO_LABEL, icon=WARNING_ICON)
    # A store that cannot be read for now (busy, damaged, unreachable): the targets, and why.
    if notice:
        st.warning(notice, icon=WARNING_ICON)
    return present


_BANNERS = "_frame_banners"


def _banners(stamp: tuple) -> tuple[bool, str | None]:
    return cached.is_demo(stamp), cached.store_notice(stamp, state.lang())


def frame_is_current(stamp: tuple) -> bool:
    """Whether the frame's banners (demo data, a store that cannot be read) still say what the
    store at ``stamp`` calls for: a fragment's rerun checks before it draws figures under them."""
    return st.session_state.get(_BANNERS) == _banners(stamp)


def frame_bottom() -> None:
    """After the page: the language picker (drawn last so the page's own elements go first)."""
    components.language_picker()


def ensure_router() -> None:
    """Call first in every page: when Streamlit ran the page alone, frame it here."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        if not st.session_state.keys():
            st.rerun()
        frame_top()
        frame_bottom()
