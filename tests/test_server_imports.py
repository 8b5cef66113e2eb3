"""The server's memory: what it imports before its first visitor leaves the heavy libraries out."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_warmed_server_leaves_the_heavy_libraries_unimported(tmp_path):
    """What the server (its routes included) has imported once warm (ui/warm.py: the map page's
    modules, base map and default view) holds none of mapclassify's imports, GDAL's reader,
    Altair or Matplotlib: each is tens of MB in every server process. The other pages import
    them on their first visit."""
    code = (
        "import sys; import server; from ui import warm; warm.warm_up(); "
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "BHXH_GEO_DB": str(tmp_path / "bhxh_geo.sqlite3")},
    ).stdout.split()
    assert {"geopandas", "folium", "streamlit_folium"} <= set(loaded), "the warm-up ran"
    heavy = {"mapclassify", "sklearn", "scipy", "matplotlib", "pyogrio", "altair"}
    assert heavy.isdisjoint(loaded), sorted(heavy & set(loaded))
