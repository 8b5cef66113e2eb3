"""Fixtures for the actuals tests: a temp database, SQLite and PostgreSQL, and the CLI in-process.

Every test that takes ``db`` runs twice, on a SQLite file and on a PostgreSQL database (a
schema of its own in one throwaway cluster per session, see ``tests/pg_cluster.py``), unless
it is marked ``sqlite_only`` or ``postgresql_only`` (what it checks exists in one of them only:
SQLite's WAL file and file permissions, PostgreSQL's accounts).
"""

from __future__ import annotations

import os
import secrets

import psycopg
import pytest
from click.testing import CliRunner

from bhxh_geo.actuals import store
from bhxh_geo.cli import cli
from tests.pg_cluster import bin_dir, running_cluster

DIALECTS = ("sqlite", "postgresql")


def pytest_configure(config):
    for dialect in DIALECTS:
        config.addinivalue_line(
            "markers", f"{dialect}_only: the test checks what only {dialect} has (runs there alone)"
        )


def pytest_generate_tests(metafunc):
    if "db" in metafunc.fixturenames:
        only = [d for d in DIALECTS if metafunc.definition.get_closest_marker(f"{d}_only")]
        metafunc.parametrize("db", only or list(DIALECTS), indirect=True)


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL server for the session (CI installs Debian's postgresql)."""
    if bin_dir() is None:
        message = "PostgreSQL is not installed: apt-get install postgresql (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with running_cluster() as cluster:
        yield cluster


def pg_database(cluster) -> tuple[str, str]:
    """A fresh, empty schema in the cluster: (its URL, its name). The URL's search_path puts
    every table the store makes there."""
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return cluster.url("postgres", options=f"-csearch_path={schema}"), schema


@pytest.fixture
def db(request, tmp_path, monkeypatch):
    """A fresh database that does not exist yet (SQLite: a path; PostgreSQL: a URL of an empty
    schema), also set as $BHXH_GEO_DB so the CLI uses it."""
    if request.param == "sqlite":
        target = tmp_path / "actuals.sqlite3"
        monkeypatch.setenv("BHXH_GEO_DB", str(target))
        yield target
        return
    cluster = request.getfixturevalue("pg_cluster")
    url, schema = pg_database(cluster)
    monkeypatch.setenv("BHXH_GEO_DB", url)
    try:
        yield url
    finally:
        store.close()  # each test's URL has its own reader pool
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner, db):
    """Run ``python -m bhxh_geo actuals ARGS…`` in-process against the temp database."""

    def run(*args: str):
        return runner.invoke(cli, ["actuals", *map(str, args)], catch_exceptions=False)

    return run
