"""The boundary build: 17 valid districts that still share their borders, small, checked."""

import json
import re
import urllib.error

import pytest
import shapely

from bhxh_geo import boundaries as b
from bhxh_geo.cli import cli
from bhxh_geo.paths import BOUNDARIES_PATH, CRS_PROJECTED, CRS_WGS84


def test_17_valid_features_with_code_and_name(boundaries):
    assert len(boundaries) == 17
    assert boundaries.crs.equals(CRS_WGS84)
    assert boundaries.is_valid.all()
    assert set(boundaries["code"]) == set(b.district_codes())
    assert boundaries.set_index("code").loc["628", "name"] == "Huyện Ia Grai"


def test_neighbours_share_borders_no_gaps_no_overlaps(boundaries):
    geometries = boundaries.geometry.values
    assert shapely.coverage_is_valid(geometries)
    union = shapely.union_all(geometries)
    holes = [ring for polygon in getattr(union, "geoms", [union]) for ring in polygon.interiors]
    assert holes == []


@pytest.fixture(scope="module")
def upstream_bytes():
    return b.fetch_upstream()[0]


def test_area_within_one_percent_of_the_unsimplified(boundaries, upstream_bytes):
    raw = b.districts_from_upstream(upstream_bytes)
    simplified, original = (
        frame.geometry.to_crs(CRS_PROJECTED).area.sum() / 1e6 for frame in (boundaries, raw)
    )
    assert abs(simplified - original) / original < 0.01
    assert 15_000 < simplified < 16_000  # Gia Lai's 17 districts: ~15,540 km²


def test_file_is_small_compact_and_rounded(boundaries):
    text = BOUNDARIES_PATH.read_text(encoding="utf-8")
    assert len(text.encode()) < 80_000
    assert not re.search(r"[\d\]], ", text) and "\n" not in text
    coordinates = json.loads(text)["features"][0]["geometry"]["coordinates"][0][0]
    assert all(len(repr(v).split(".")[1]) <= 5 for point in coordinates for v in point)


def test_build_is_idempotent(boundaries, runner):
    before = BOUNDARIES_PATH.stat().st_mtime_ns
    result = runner.invoke(cli, ["boundaries", "build"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output
    assert BOUNDARIES_PATH.stat().st_mtime_ns == before


def test_checksum_mismatch_is_refused(tmp_path, monkeypatch, upstream_bytes):
    (tmp_path / b.MIRROR_FILENAME).write_bytes(upstream_bytes.replace(b"Pleiku", b"Pleikv", 1))
    monkeypatch.setenv("BHXH_GEO_MIRROR", str(tmp_path))
    out = tmp_path / "out.geojson"
    with pytest.raises(b.BoundaryError, match="does not match the pinned"):
        b.build_boundaries(out, force=True)
    assert not out.exists()


def test_no_mirror_and_no_network_names_the_url_and_the_variable(monkeypatch, tmp_path):
    monkeypatch.delenv("BHXH_GEO_MIRROR", raising=False)

    def offline(*args, **kwargs):
        raise urllib.error.URLError("no route to host")

    monkeypatch.setattr(b.urllib.request, "urlopen", offline)
    with pytest.raises(b.BoundaryError) as error:
        b.build_boundaries(tmp_path / "x.geojson", force=True)
    assert b.UPSTREAM_URL in str(error.value) and "BHXH_GEO_MIRROR" in str(error.value)


def test_mirror_folder_without_the_file_is_named(monkeypatch, tmp_path, runner):
    monkeypatch.setenv("BHXH_GEO_MIRROR", str(tmp_path))
    result = runner.invoke(cli, ["boundaries", "build", "--force"])
    assert result.exit_code == 1
    assert f"BHXH_GEO_MIRROR={tmp_path} has no dvhcvn-gis-64.json" in result.output


def test_every_district_code_joins_a_boundary_and_a_target(boundaries):
    from bhxh_geo.targets import load_targets

    assert set(boundaries["code"]) == set(load_targets()["unit_code"]) - {"64"}


def test_the_loaded_boundaries_are_what_gdal_reads_from_the_file(boundaries):
    """load_boundaries reads the file with JSON and shapely (no GDAL in the server): the same
    codes, names and coordinates, to the last bit, as GeoPandas' own reader."""
    import geopandas as gpd

    gdal = gpd.read_file(BOUNDARIES_PATH).sort_values("code", ignore_index=True)
    assert boundaries["code"].tolist() == gdal["code"].astype(str).tolist()
    assert boundaries["name"].tolist() == gdal["name"].tolist()
    assert shapely.equals_exact(boundaries.geometry.values, gdal.geometry.values, 0).all()


@pytest.mark.parametrize(
    "text", ["{", '{"type": "FeatureCollection"}', '{"features": [{"type": "Feature"}]}']
)
def test_a_damaged_boundary_file_is_named_with_the_command_that_rebuilds_it(tmp_path, text):
    path = tmp_path / "gialai_districts.geojson"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(
        b.BoundaryError, match=r"gialai_districts\.geojson is not the GeoJSON.*--force"
    ):
        b.load_boundaries(path)
