"""The Examples sections of the actuals modules run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["bhxh_geo.actuals.importer", "bhxh_geo.actuals.columns", "bhxh_geo.actuals.header",
           "bhxh_geo.actuals.editing",
           "bhxh_geo.tabular"]


@pytest.mark.parametrize("name", MODULES)
def test_examples_run(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
