"""The server's garbage collection: long-lived objects out of its reach.

Streamlit collects every generation after every run (``runner.postScriptGC``). With pandas,
GeoPandas, matplotlib and the cached maps in memory that took 125-170 ms per run, and the
collector holds the interpreter lock: for that long the server neither sent the page's last
messages nor served the map's files, on every page open and every click. Freezing what is alive
after the first run (modules, boundaries, the base map) leaves the collector only what later
runs allocate: ~1 ms. Measured with ``gc.callbacks`` on the running server, 2026-11-25.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_frozen = False


def freeze_long_lived() -> None:
    """Once per process: collect, then move every surviving object to the permanent generation.

    Objects frozen here are never collected as cycles, only freed by reference counting; they
    are the process's long-lived state, so nothing that should be freed accumulates."""
    global _frozen
    with _lock:
        if _frozen:
            return
        _frozen = True
        gc.collect()
        gc.freeze()
