"""District boundaries: fetch the pinned upstream file, simplify it as a coverage, load it.

The upstream file (dvhcvn, GPL-3.0) is never committed. ``build_boundaries`` reads it from the
offline mirror named by ``$BHXH_GEO_MIRROR`` or downloads the pinned URL, checks its SHA-256,
simplifies the 17 districts together with ``shapely.coverage_simplify`` (shared borders stay
shared: no gaps, no slivers), rounds coordinates to 5 decimals (~1 m) and writes compact GeoJSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from bhxh_geo.districts import DISTRICT_COUNT, district_codes
from bhxh_geo.paths import BOUNDARIES_PATH, CRS_WGS84, MIRROR_ENV, mirror_dir

UPSTREAM_URL = (
    "https://raw.githubusercontent.com/daohoangson/dvhcvn/"
    "4f987025d79fa13b882a2a611515dde306daa25e/data/gis/64.json"
)
UPSTREAM_SHA256 = "fe01196126f1e51416a681b098cbcaefc51874c065aff65b6bda641fc6a9e4cd"
MIRROR_FILENAME = "dvhcvn-gis-64.json"
SOURCE_NOTE = "dvhcvn (daohoangson/dvhcvn, GPL-3.0), data/gis/64.json; gis.chinhphu.vn"

# 0.002° is ~200 m on the ground: under a pixel at the zoom where the province fills a screen.
SIMPLIFY_TOLERANCE = 0.002
COORDINATE_DECIMALS = 5
# Bump when the build's output would change for the same input, so old files are rebuilt.
BUILD_VERSION = 1


class BoundaryError(RuntimeError):
    """The boundary source cannot be obtained, fails its checksum, or the built file is unusable."""


@dataclass(frozen=True)
class BuildReport:
    path: Path
    features: int
    vertices: int
    bytes: int
    source: str
    rebuilt: bool

    def summary(self) -> str:
        verb = "built" if self.rebuilt else "up to date"
        return (
            f"{self.path}: {verb}, {self.features} districts, {self.vertices:,} vertices,"
            f" {self.bytes:,} bytes (source: {self.source})"
        )


def fetch_upstream(timeout: float = 30.0) -> tuple[bytes, str]:
    """The upstream file's bytes and where they came from; the SHA-256 is checked either way."""
    folder = mirror_dir()
    if folder is not None:
        path = folder / MIRROR_FILENAME
        if not path.is_file():
            raise BoundaryError(f"{MIRROR_ENV}={folder} has no {MIRROR_FILENAME}")
        data, origin = path.read_bytes(), str(path)
    else:
        try:
            with urllib.request.urlopen(UPSTREAM_URL, timeout=timeout) as response:
                data, origin = response.read(), UPSTREAM_URL
        except (urllib.error.URLError, OSError) as error:
            raise BoundaryError(
                f"cannot download {UPSTREAM_URL} ({error}); offline, set {MIRROR_ENV} to a folder"
                f" holding {MIRROR_FILENAME} (e.g. {MIRROR_ENV}=../shared/geo)"
            ) from error
    digest = hashlib.sha256(data).hexdigest()
    if digest != UPSTREAM_SHA256:
        raise BoundaryError(
            f"{origin}: SHA-256 {digest} does not match the pinned {UPSTREAM_SHA256}; refusing it"
        )
    return data, origin


def districts_from_upstream(data: bytes) -> gpd.GeoDataFrame:
    """The 17 level-2 units of the dvhcvn file as a GeoDataFrame (code, name, geometry), EPSG:4326."""
    document = json.loads(data)
    rows = [
        {
            "code": str(unit["level2_id"]),
            "name": unit["name"],
            "geometry": shapely.geometry.shape(
                {"type": unit["type"], "coordinates": unit["coordinates"]}
            ),
        }
        for unit in document["level2s"]
    ]
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS_WGS84)
    _check_codes(frame, "upstream file")
    return frame.sort_values("code", ignore_index=True)


def simplify_coverage(
    frame: gpd.GeoDataFrame, tolerance: float = SIMPLIFY_TOLERANCE
) -> gpd.GeoDataFrame:
    """Clean, simplify and round all districts together so that shared edges stay identical.

    The upstream file is not an exact coverage (a few shared edges have vertices on one side
    only); simplifying it as it is opens gaps of ~0.01 km². ``coverage_clean`` matches those
    edges first, then ``coverage_simplify`` moves each shared edge once for both neighbours.
    """
    if frame.crs is None or not frame.crs.equals(CRS_WGS84):
        raise BoundaryError(f"simplify_coverage expects {CRS_WGS84}, got {frame.crs}")
    # shapely.coverage_clean is public API (shapely 2.2); types-shapely 2.1 predates it.
    geometries = shapely.coverage_clean(frame.geometry.values, gap_width=1e-5)  # type: ignore[attr-defined]
    geometries = shapely.coverage_simplify(geometries, tolerance)
    geometries = shapely.transform(geometries, lambda xy: np.round(xy, COORDINATE_DECIMALS))
    if not (shapely.is_valid(geometries).all() and shapely.coverage_is_valid(geometries)):
        raise BoundaryError("simplified boundaries are not a valid coverage; lower the tolerance")
    out = frame.copy()
    out["geometry"] = gpd.GeoSeries(geometries, crs=CRS_WGS84).apply(_as_multipolygon)
    return out


def _as_multipolygon(geometry):
    # One geometry type for every feature keeps GeoJSON consumers simple.
    return shapely.MultiPolygon([geometry]) if geometry.geom_type == "Polygon" else geometry


def build_boundaries(path: Path = BOUNDARIES_PATH, force: bool = False) -> BuildReport:
    """Write ``geo/gialai_districts.geojson``; a current file is left as it is unless ``force``."""
    if not force and _is_current(path):
        frame = load_boundaries(path)
        return BuildReport(
            path, len(frame), count_vertices(frame), path.stat().st_size, "existing file", False
        )
    data, origin = fetch_upstream()
    frame = simplify_coverage(districts_from_upstream(data))
    document = json.loads(frame.to_json(drop_id=True))
    document["bhxh_geo"] = {
        "source_sha256": UPSTREAM_SHA256,
        "source": SOURCE_NOTE,
        "build_version": BUILD_VERSION,
        "simplify_tolerance_deg": SIMPLIFY_TOLERANCE,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # builds in parallel never share a temp file
    tmp.write_text(
        json.dumps(document, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    tmp.replace(path)
    return BuildReport(path, len(frame), count_vertices(frame), path.stat().st_size, origin, True)


def _is_current(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("bhxh_geo", {})
    except (OSError, ValueError):
        return False
    return (
        meta.get("source_sha256") == UPSTREAM_SHA256 and meta.get("build_version") == BUILD_VERSION
    )


def load_boundaries(path: Path = BOUNDARIES_PATH) -> gpd.GeoDataFrame:
    """The 17 simplified districts (code, name, geometry) in EPSG:4326, ordered by code."""
    if not path.is_file():
        raise BoundaryError(f"{path} does not exist: run `python -m bhxh_geo boundaries build`")
    # The file is ours and small: JSON and shapely read it, without GDAL's reader (pyogrio),
    # which would add tens of MB to every server process. Its coordinates are WGS 84 by build.
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
        frame = gpd.GeoDataFrame.from_features(features, crs=CRS_WGS84)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BoundaryError(
            f"{path} is not the GeoJSON `python -m bhxh_geo boundaries build` writes ({error});"
            " run `python -m bhxh_geo boundaries build --force`"
        ) from error
    frame["code"] = frame["code"].astype(str)
    _check_codes(frame, str(path))
    return frame[["code", "name", "geometry"]].sort_values("code", ignore_index=True)


def _check_codes(frame: gpd.GeoDataFrame, where: str) -> None:
    have, want = set(frame["code"]), set(district_codes())
    if len(frame) != DISTRICT_COUNT or have != want:
        raise BoundaryError(
            f"{where}: {len(frame)} features; missing codes {sorted(want - have)},"
            f" unexpected codes {sorted(have - want)}"
        )


def count_vertices(frame: gpd.GeoDataFrame) -> int:
    """Total number of coordinate pairs in the frame's geometries."""
    return int(shapely.get_num_coordinates(frame.geometry.values).sum())
