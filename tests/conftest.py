"""Shared fixtures: the built boundaries, a CLI runner, the plan's text when it is available."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from hypothesis import settings

from bhxh_geo.boundaries import build_boundaries, load_boundaries
from bhxh_geo.paths import ROOT

# Property tests: a hundred examples each in `make test`; HYPOTHESIS_PROFILE=thorough for ten
# times as many, before a release or after a change to the import.
settings.register_profile("default", max_examples=100)
settings.register_profile("thorough", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

BROWSER_TESTS = "tests/browser/"


def pytest_xdist_make_scheduler(config, log):
    """Under ``make test`` (``-n``, ``--dist loadfile``): a file's tests on one worker, and all the
    browser tests on one worker, so that one app server and one Chromium run at a time on two
    cores. (``--dist loadgroup`` with an ``xdist_group`` mark would say so, but pytest-xdist 3.8
    no longer groups under pytest 9.2.) The scope hook is xdist's own extension point, which
    its file scheduler overrides too; tests/test_workarounds.py checks it is still called."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class BrowserTestsTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return BROWSER_TESTS if scope.startswith(BROWSER_TESTS) else scope

    return BrowserTestsTogether(config, log)


# The plan as issued (Vietnamese). It sits beside the repository, not in it.
PLAN_TEXT = ROOT.parent / "shared" / "seed" / "ke-hoach-nq69-gia-lai-2023-2025.txt"


@pytest.fixture(scope="session")
def boundaries():
    """The 17 simplified districts, built from the mirror or the pinned URL when missing."""
    build_boundaries()
    return load_boundaries()


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="session")
def plan_text() -> str:
    if not PLAN_TEXT.is_file():
        pytest.skip(f"the plan's text is not at {PLAN_TEXT}")
    return PLAN_TEXT.read_text(encoding="utf-8")
