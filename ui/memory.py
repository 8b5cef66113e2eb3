"""The server's garbage collection: long-lived objects out of its reach.

Streamlit collects every generation after every run (``runner.postScriptGC``). With pandas,
GeoPandas, matplotlib and the cached maps in memory a full collection walks millions of objects
with the interpreter lock held: for that long the server neither sends the page's last messages
nor serves the map's files. Freezing what is alive after the first run (modules, boundaries, the
base map) leaves every later collection only what later runs allocate. Switching Streamlit's
collection off instead (``postScriptGC = false``) does not help: Python's own full collections
still come, rarer and at any moment, each as long as before (README, Performance).
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
