"""axe-core for the browser tests: the pinned release from the npm registry, checked against its
published sha512 integrity, unpacked once into ``build/`` (not committed), and a call that runs
it in a page or frame and returns the violations.

``AXE_JS`` is the one place that says where the file is.
"""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
import urllib.request

from bhxh_geo.paths import ROOT

AXE_VERSION = "4.14.1"
AXE_TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{AXE_VERSION}.tgz"
AXE_INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
AXE_JS = ROOT / "build" / f"axe-core-{AXE_VERSION}" / "axe.min.js"
# WCAG 2.2 level AA and everything below it.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_source() -> str:
    """axe.min.js, downloaded and checked on first use."""
    if not AXE_JS.is_file():
        with urllib.request.urlopen(AXE_TARBALL, timeout=60) as response:
            data = response.read()
        digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
        if digest != AXE_INTEGRITY:
            raise RuntimeError(f"{AXE_TARBALL}: integrity {digest} ≠ pinned {AXE_INTEGRITY}")
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            script = archive.extractfile("package/axe.min.js").read()
        AXE_JS.parent.mkdir(parents=True, exist_ok=True)
        AXE_JS.write_bytes(script)
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(frame, tags: list[str] = WCAG_AA) -> list[dict]:
    """Run axe in ``frame`` (a Playwright Page or Frame) and return its violations, each with
    the rule, its impact and the offending elements. Evaluated through the DevTools protocol,
    so a page's Content-Security-Policy (which allows no other script) does not block it."""
    frame.evaluate(axe_source())
    result = frame.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]
