"""axe-core, the accessibility checker the browser tests inject into every page (test-only).

Pinned like Leaflet: the npm registry's tarball, checked against its published sha512 integrity,
unpacked into ``build/axe-core-<version>/`` (not committed). ``make test`` fetches it first
(``python -m tests.browser.axe``); the tests fetch it themselves should it be missing.
"""

from __future__ import annotations

from pathlib import Path

from bhxh_geo.paths import ROOT
from bhxh_geo.render.assets import fetch_npm_files

AXE_VERSION = "4.14.1"
AXE_TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{AXE_VERSION}.tgz"
AXE_INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
AXE_DIR = ROOT / "build" / f"axe-core-{AXE_VERSION}"
AXE_SCRIPT = AXE_DIR / "axe.min.js"
# What the app is held to: WCAG 2.2 A and AA (2.0, 2.1 and 2.2 rules).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def fetch(folder: Path = AXE_DIR) -> str:
    """Unpack axe.min.js (and its licence) unless present; returns what happened."""
    if (folder / "axe.min.js").is_file():
        return f"{folder}: axe-core {AXE_VERSION} already present"
    fetch_npm_files(
        AXE_TARBALL, AXE_INTEGRITY, folder, lambda name: name in ("axe.min.js", "LICENSE")
    )
    return f"{folder}: axe-core {AXE_VERSION} unpacked from {AXE_TARBALL}"


def source() -> str:
    """The script to inject into a page (fetched first when missing)."""
    fetch()
    return AXE_SCRIPT.read_text(encoding="utf-8")


if __name__ == "__main__":
    print(fetch())
