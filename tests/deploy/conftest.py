"""The deployment (deploy/): nginx in front of two replicas sharing one PostgreSQL, each a
throwaway instance on free ports of 127.0.0.1, run as the current user and stopped at the end.

These tests drive a real browser through the proxy, so they are `browser` tests (skipped by
`make test-quick`).
"""

from __future__ import annotations

import os

import pytest

from tests.browser.conftest import browser  # noqa: F401  (the session's Chromium)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/deploy/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
