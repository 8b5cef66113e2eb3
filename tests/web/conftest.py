"""The published routes under Starlette's TestClient (they need no Streamlit session), on an
empty database or one with imported (synthetic) reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bhxh_geo.actuals import store
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.demo import demo_files
from bhxh_geo.embed import snapshot
from bhxh_geo.web import ROUTES

# A report source as an officer might type it, with markup that must stay text everywhere.
HOSTILE_SOURCE = 'Báo cáo 15/BC-BHXH </script><img src=x onerror="alert(1)"> & <b>'


@pytest.fixture(autouse=True)
def store_asked_every_time(monkeypatch):
    """The tests import and read at once; the server asks the store at most once a second."""
    monkeypatch.setattr(snapshot, "RECHECK_S", 0.0)


@pytest.fixture
def empty_db(tmp_path, monkeypatch) -> Path:
    """No database at all: the plan's targets only."""
    path = tmp_path / "none.sqlite3"
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    monkeypatch.delenv("BHXH_GEO_PUBLIC_URL", raising=False)
    return path


def import_report(path: Path, index: int = 0, source: str = HOSTILE_SOURCE) -> int:
    """Import one of the synthetic report files (2023 full year, 2024 counts, 2025 first half)."""
    name, data, period = demo_files()[index]
    result = parse_actuals(data, name, period=period)
    return store.import_batch(
        result, filename=name, sha256=result.sha256, source=source, by="test", path=path
    )


@pytest.fixture
def reported_db(tmp_path, monkeypatch) -> Path:
    """A database with the synthetic 2023 full-year report, under a hostile source text."""
    path = tmp_path / "reported.sqlite3"
    import_report(path, 0)
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    monkeypatch.delenv("BHXH_GEO_PUBLIC_URL", raising=False)
    return path


@pytest.fixture
def client(boundaries) -> TestClient:
    return TestClient(Starlette(routes=ROUTES))
