"""A server that stops hands its PostgreSQL connections back (server.py's lifespan)."""

from __future__ import annotations

import asyncio
import time

import psycopg
import pytest

from bhxh_geo.actuals import store


def _other_sessions(url: str) -> int:
    """Client sessions on the database other than this one (the store's pooled readers)."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend'"
        ).fetchone()
    return int(row[0])


@pytest.mark.postgresql_only
def test_the_server_closes_its_reader_pool_when_it_stops(db, monkeypatch, invoke):
    import server
    from ui import warm

    invoke("migrate")
    # The warm-up's part that matters here: the first reads open the reader pool.
    monkeypatch.setattr(warm, "warm_up", lambda: store.current_actuals())

    async def serve_then_stop():
        async with server.lifespan(None):
            serving = _other_sessions(db)
        return serving

    before = _other_sessions(db)
    serving = asyncio.run(serve_then_stop())
    assert serving > before, "the reads opened the reader pool"
    # A closed connection's backend ends a moment after the client has hung up.
    deadline = time.monotonic() + 10
    while _other_sessions(db) > before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _other_sessions(db) == before
