"""Fixtures for the actuals tests: a temp database and the CLI, run in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bhxh_geo.cli import cli


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    """A fresh database path, also set as $BHXH_GEO_DB so the CLI uses it."""
    path = tmp_path / "actuals.sqlite3"
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner, db):
    """Run ``python -m bhxh_geo actuals ARGS…`` in-process against the temp database."""

    def run(*args: str):
        return runner.invoke(cli, ["actuals", *map(str, args)], catch_exceptions=False)

    return run
