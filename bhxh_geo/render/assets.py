"""Files the browser loads from the app itself (no CDN): Leaflet and the boundary geometry.

Leaflet comes from the npm registry's pinned tarball, checked against its published sha512
integrity, and is unpacked under ``static/vendor/`` (not committed). The simplified boundaries
are published there under a content-addressed name, so the browser caches them and a toggle
never re-sends geometry.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tarfile
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from bhxh_geo.paths import BOUNDARIES_PATH, STATIC_DIR

LEAFLET_VERSION = "1.9.4"
LEAFLET_TARBALL = f"https://registry.npmjs.org/leaflet/-/leaflet-{LEAFLET_VERSION}.tgz"
LEAFLET_INTEGRITY = "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
VENDOR_DIR = STATIC_DIR / "vendor"
LEAFLET_DIR = VENDOR_DIR / f"leaflet-{LEAFLET_VERSION}"
_LEAFLET_FILES = ("dist/leaflet.js", "dist/leaflet.css", "LICENSE")

# streamlit-folium's iframe lives at <base>/component/streamlit_folium.st_folium/index.html;
# a relative URL reaches the app's static files under any server base path.
STATIC_URL = "../../app/static"


class AssetError(RuntimeError):
    """A front-end asset cannot be fetched or fails its integrity check."""


def leaflet_present(folder: Path = LEAFLET_DIR) -> bool:
    return all((folder / Path(name).name).is_file() for name in _LEAFLET_FILES)


def fetch_leaflet(folder: Path = LEAFLET_DIR, timeout: float = 60.0) -> str:
    """Unpack Leaflet's dist into ``folder`` unless it is already there; returns what happened."""
    if leaflet_present(folder):
        return f"{folder}: Leaflet {LEAFLET_VERSION} already present"
    fetch_npm_files(
        LEAFLET_TARBALL,
        LEAFLET_INTEGRITY,
        folder,
        lambda name: name in _LEAFLET_FILES or name.startswith("dist/images/"),
        strip="dist/",
        timeout=timeout,
    )
    return f"{folder}: Leaflet {LEAFLET_VERSION} unpacked from {LEAFLET_TARBALL}"


def fetch_npm_files(
    tarball: str,
    integrity: str,
    folder: Path,
    wanted: Callable[[str], bool],
    strip: str = "",
    timeout: float = 60.0,
) -> list[Path]:
    """Download an npm package's tarball, check it against its published sha512 ``integrity``
    and unpack the files ``wanted`` (paths inside the package, ``strip`` removed) into
    ``folder``; the files written."""
    try:
        with urllib.request.urlopen(tarball, timeout=timeout) as response:
            data = response.read()
    except (urllib.error.URLError, OSError) as error:
        raise AssetError(f"cannot download {tarball}: {error}") from error
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != integrity:
        raise AssetError(f"{tarball}: integrity {digest} ≠ pinned {integrity}")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member in archive.getmembers():
            name = member.name.removeprefix("package/")
            source = archive.extractfile(member) if member.isfile() else None
            if source is None or not wanted(name) or ".." in Path(name).parts:
                continue
            target = folder / name.removeprefix(strip)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read())
            written.append(target)
    return written


def publish_geometry(source: Path = BOUNDARIES_PATH, folder: Path = VENDOR_DIR / "geo") -> str:
    """Copy the boundary file under a content-addressed name; return its URL from the map iframe."""
    data = source.read_bytes()
    name = f"gialai_districts-{hashlib.sha256(data).hexdigest()[:12]}.geojson"
    target = folder / name
    if not target.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        # A temporary name of this process's own: servers and test workers may publish at once.
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    return f"{STATIC_URL}/vendor/geo/{name}"


def static_url(relative: str) -> str:
    """URL of a file under ``static/`` as the map iframe sees it, versioned by its content."""
    path = STATIC_DIR / relative
    version = hashlib.sha256(path.read_bytes()).hexdigest()[:8] if path.is_file() else "missing"
    return f"{STATIC_URL}/{relative}?v={version}"
