"""The domain package stays free of Streamlit, so the CLI and tests run without it."""

import pkgutil
import subprocess
import sys

import bhxh_geo
from bhxh_geo.paths import ROOT


def test_no_module_of_bhxh_geo_imports_streamlit():
    modules = [m.name for m in pkgutil.walk_packages(bhxh_geo.__path__, "bhxh_geo.")]
    assert len(modules) >= 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('streamlit' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
