"""Page open: the map first, the rest of the page once the browser has drawn it.

The browser builds Streamlit's elements and runs the map's iframe on one thread: sent together,
the legend, drill-down, table and download button hold the map's colours back, the more so the
busier the machine (README, Performance). So a page open draws the frame, the controls and title above the
map, and the map (nothing above the map moves once it has drawn); the map's script reports once
its colours are painted (``static/bhxh/district_map.js``), and the rerun that report starts draws
the rest beside and below it.

Should the report never come (the map's files unreachable, a script error), a fragment's timer
draws the rest after :data:`FALLBACK_SECONDS`, so the figures are never lost with the map.
"""

from __future__ import annotations

import time

import streamlit as st

FALLBACK_SECONDS = 5.0
DRAWN = "_map_drawn"
WAIT_STARTED = "_map_wait_started"
# Set when a page open stopped after the map, before the frame's last parts (the language
# picker): the run the map's report starts must then be the whole page, not only the map's
# fragment (pages/map.py).
FRAME_PENDING = "_map_frame_pending"


def map_drawn() -> bool:
    """True once this visit's map has reported its colours painted (or the fallback fired)."""
    return bool(st.session_state.get(DRAWN))


def note_map_event(event: dict) -> bool:
    """Record the map's "drawn" report; True when ``event`` was that report."""
    if not event.get("drawn"):
        return False
    st.session_state[DRAWN] = True
    return True


def stop_until_drawn() -> None:
    """End this run after the map; the page's next run draws the rest, frame included."""
    st.session_state[FRAME_PENDING] = True
    st.stop()


def frame_pending() -> bool:
    """True while the last run of the whole page stopped early (:func:`stop_until_drawn`)."""
    return bool(st.session_state.get(FRAME_PENDING))


def frame_started() -> None:
    """A run of the whole page has started: it draws the frame to its end, unless it stops again."""
    st.session_state.pop(FRAME_PENDING, None)


def forget() -> None:
    """Another page is open: the map page's iframe is rebuilt when it opens again, so it waits
    for its map again."""
    st.session_state.pop(DRAWN, None)
    st.session_state.pop(WAIT_STARTED, None)


def wait_for_map() -> None:
    """Call where the rest of the page would be drawn: arms the fallback timer."""
    st.session_state[WAIT_STARTED] = time.monotonic()
    _fallback()


@st.fragment(run_every=FALLBACK_SECONDS)
def _fallback() -> None:
    # Runs with the page (just armed: nothing to do) and then on the browser's timer, which
    # Streamlit cancels at the next full run, so it fires only if the map's report never came.
    started = st.session_state.get(WAIT_STARTED)
    if started is not None and time.monotonic() - started >= FALLBACK_SECONDS / 2:
        st.session_state[DRAWN] = True
        st.rerun(scope="app")
