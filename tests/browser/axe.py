"""axe-core for the browser tests (test-only): the pinned release from the npm registry, checked
against its published sha512 integrity, unpacked once into ``build/axe-core-<version>/`` (not
committed), and a call that runs it in a page or frame and returns the violations.

``make test`` fetches it first (``python -m tests.browser.axe``); the tests fetch it themselves
should it be missing. ``AXE_JS`` is the one place that says where the file is.
"""

from __future__ import annotations

from pathlib import Path

from bhxh_geo.paths import ROOT
from bhxh_geo.render.assets import fetch_npm_files

AXE_VERSION = "4.14.1"
AXE_TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{AXE_VERSION}.tgz"
AXE_INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
AXE_DIR = ROOT / "build" / f"axe-core-{AXE_VERSION}"
AXE_JS = AXE_DIR / "axe.min.js"
# What the app is held to: WCAG 2.2 level AA and everything below it (2.0, 2.1 and 2.2 rules).
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def fetch(folder: Path = AXE_DIR) -> str:
    """Unpack axe.min.js (and its licence) unless present; returns what happened."""
    if (folder / "axe.min.js").is_file():
        return f"{folder}: axe-core {AXE_VERSION} already present"
    fetch_npm_files(
        AXE_TARBALL, AXE_INTEGRITY, folder, lambda name: name in ("axe.min.js", "LICENSE")
    )
    return f"{folder}: axe-core {AXE_VERSION} unpacked from {AXE_TARBALL}"


def axe_source() -> str:
    """The script to inject into a page (fetched first when missing)."""
    fetch()
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(frame, tags: list[str] = WCAG_AA, script: str | None = None) -> list[dict]:
    """Run axe in ``frame`` (a Playwright Page or Frame, its own document only, not its
    iframes) and return its violations, each with the rule, its impact and up to five offending
    elements with axe's summary. Evaluated through the DevTools protocol, so a page's
    Content-Security-Policy (which allows no other script) does not block it."""
    frame.evaluate(script if script is not None else axe_source())
    return frame.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, iframes: false})
            .then(result => result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)})))""",
        tags,
    )


if __name__ == "__main__":
    print(fetch())
