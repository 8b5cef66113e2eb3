"""Every published file, built once per view, language, state of the figures and day.

The server's routes and ``publish`` both ask here, so a page served by the app and its file in
a published folder are the same bytes. A file is built on first demand and kept (gzip-compressed
too) until the figures change (:mod:`bhxh_geo.embed.snapshot`) or the day does (the pages carry
their date); concurrent first requests for one file wait for a single build.
"""

from __future__ import annotations

import dataclasses
import datetime
import gzip
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from bhxh_geo.embed import content, data_files, page, share, snapshot
from bhxh_geo.embed.svg_map import MapGeometry, map_geometry
from bhxh_geo.export_formats import ExportError
from bhxh_geo.indicators import YEARS
from bhxh_geo.map_view import MapView

MAX_ENTRIES = 800
MEDIA_TYPES = {
    "embed": "text/html; charset=utf-8",
    "share": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "targets": "text/csv; charset=utf-8",
    "json": "application/json",
    "card": "image/png",
}


@dataclass(frozen=True)
class Rendered:
    """One file as served: its bytes (and gzip-compressed, for text), type and validators."""

    body: bytes
    media_type: str
    last_modified: datetime.datetime
    gzipped: bytes | None = None

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:24] + '"'


_lock = threading.Lock()
_cache: OrderedDict[tuple, object] = OrderedDict()
_building: dict[tuple, threading.Lock] = {}


class NotBuilt(LookupError):
    """Raised inside :func:`built_only` for a file not built yet."""


_local = threading.local()


@contextmanager
def built_only():
    """Answer only from what is built: a missing file raises :class:`NotBuilt` instead of being
    built (the server's event loop answers built files itself and builds the rest in a thread)."""
    _local.built_only = True
    try:
        yield
    finally:
        _local.built_only = False


def _once(key: tuple, build: Callable[[], object]):
    """``build()`` once per key, kept (the oldest dropped past :data:`MAX_ENTRIES`). A refusal
    (no figures for the view) is kept too and raised again; concurrent callers wait for one
    build."""
    with _lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
        elif getattr(_local, "built_only", False):
            raise NotBuilt(key)
        else:
            building = _building.setdefault(key, threading.Lock())
    if found is None:
        with building:
            with _lock:
                found = _cache.get(key)
            if found is None:
                try:
                    found = build()
                except (content.NoFigures, ExportError) as error:
                    found = error
                with _lock:
                    _cache[key] = found
                    while len(_cache) > MAX_ENTRIES:
                        _cache.popitem(last=False)
                    _building.pop(key, None)
    if isinstance(found, Exception):
        raise found
    return found


def clear() -> None:
    with _lock:
        _cache.clear()


def _rendered(kind: str, body: bytes, snap: snapshot.Snapshot, dated: datetime.date | None):
    modified = snap.last_modified
    if dated is not None:  # a page that prints its date changed at that day's start at the latest
        start = datetime.datetime.combine(dated, datetime.time(), datetime.UTC)
        modified = max(modified, start)
    compressed = gzip.compress(body, 9, mtime=0) if kind != "card" else None
    return Rendered(body, MEDIA_TYPES[kind], modified, compressed)


@lru_cache(maxsize=2)
def _geometry(version: str):
    from bhxh_geo.boundaries import load_boundaries
    from bhxh_geo.label_placement import label_layout

    boundaries = load_boundaries()
    layout = label_layout(boundaries)
    return boundaries, layout, map_geometry(boundaries, layout)


def geometry(snap: snapshot.Snapshot) -> MapGeometry:
    return _geometry(snap.version.split("-", 1)[1])[2]


def _content(view: MapView, lang: str, snap: snapshot.Snapshot) -> content.ViewContent:
    # One build holds the three years; the year asked for is only the one shown first.
    every_year = dataclasses.replace(view, year=YEARS[-1])
    found = _once(
        ("content", every_year, lang, snap.version),
        lambda: content.view_content(every_year, lang, snap.actuals, snap.demo),
    )
    return dataclasses.replace(found, view=view)


def key(kind: str, view: MapView, lang: str, snap: snapshot.Snapshot, *extra) -> tuple:
    return (kind, view, lang, snap.version, datetime.date.today(), *extra)


def embed(view: MapView, lang: str, app_url: str, snap: snapshot.Snapshot) -> Rendered:
    """The embed page of ``view`` (``view.year`` shown first)."""
    today = datetime.date.today()

    def build() -> Rendered:
        html = page.embed_page(_content(view, lang, snap), geometry(snap), app_url, today)
        return _rendered("embed", html.encode("utf-8"), snap, today)

    return _once(key("embed", view, lang, snap, app_url), build)


def share_page(
    view: MapView, lang: str, site_url: str, app_url: str, snap: snapshot.Snapshot
) -> Rendered:
    def build() -> Rendered:
        html = share.share_page(_content(view, lang, snap), site_url, app_url)
        return _rendered("share", html.encode("utf-8"), snap, None)

    return _once(key("share", view, lang, snap, site_url, app_url), build)


def card_png(view: MapView, lang: str, snap: snapshot.Snapshot) -> Rendered:
    """The 1200×630 card; raises :class:`~bhxh_geo.export_formats.ExportError` for a year with no
    reported figure (never a card of nothing)."""
    today = datetime.date.today()

    def build() -> Rendered:
        # Matplotlib comes with the first card, not with every server (tests/test_server_imports.py).
        from bhxh_geo.embed import card
        from bhxh_geo.render.map_data import map_data

        boundaries, layout, _ = _geometry(snap.version.split("-", 1)[1])
        data = map_data(view, snap.actuals, lang, boundaries, layout)
        return _rendered("card", card.render_card(data, lang, today), snap, today)

    return _once(key("card", view, lang, snap), build)


def view_csv(view: MapView, snap: snapshot.Snapshot) -> Rendered:
    def build() -> Rendered:
        return _rendered("csv", data_files.view_csv(view, snap.actuals), snap, None)

    return _once(key("csv", MapView(view.year, view.indicator), "", snap), build)


def view_json(view: MapView, snap: snapshot.Snapshot) -> Rendered:
    def build() -> Rendered:
        return _rendered("json", data_files.view_json(view, snap.actuals), snap, None)

    view = MapView(view.year, view.indicator, view.measure, view.period)
    return _once(key("json", view, "", snap), build)


def targets_csv(snap: snapshot.Snapshot) -> Rendered:
    def build() -> Rendered:
        return _rendered("targets", data_files.targets_csv(), snap, None)

    return _once(("targets", snap.version), build)
