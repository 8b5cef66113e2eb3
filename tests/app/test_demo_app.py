"""The demo database, honestly labelled: the banner on every page (presentation mode too), the
label in every CSV of demo figures, `demo seed` never touching the real database, `make demo`.
"""

from __future__ import annotations

import io
import subprocess

import pandas as pd
import pytest

from bhxh_geo.actuals import store
from bhxh_geo.cli import cli
from bhxh_geo.coverage import coverage_table
from bhxh_geo.demo import DEMO_LABEL, seed_demo_db
from bhxh_geo.district_profile import district_profile
from bhxh_geo.map_table import table_csv
from bhxh_geo.map_view import MapView
from bhxh_geo.paths import DEFAULT_DB, ROOT
from bhxh_geo.profile_tables import profile_csv
from tests.app.helpers import open_app

PAGES = [
    "pages/map.py",
    "pages/compare.py",
    "pages/district.py",
    "pages/plan.py",
    "pages/export.py",
    "pages/import_actuals.py",
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    seed_demo_db(path)
    mp = pytest.MonkeyPatch()
    mp.setenv("BHXH_GEO_DB", str(path))
    yield path
    mp.undo()


def test_every_page_of_the_demo_app_carries_the_banner(boundaries, demo_db):
    at = open_app({"year": "2024", "measure": "actual"})
    for page in PAGES:
        if page != "pages/map.py":
            at.switch_page(page)
            if page == "pages/district.py":
                at.query_params["code"] = "632"
            at.run()
        assert not at.exception, (page, at.exception)
        assert [w.value for w in at.warning].count(DEMO_LABEL) == 1, page
        assert at.warning[0].value == DEMO_LABEL, page  # the first thing on the page


def test_presentation_mode_keeps_the_banner(boundaries, demo_db):
    at = open_app({"present": "1", "measure": "actual", "year": "2024"})
    assert not at.exception
    assert at.warning[0].value == DEMO_LABEL


def test_the_normal_app_shows_no_banner(boundaries, tmp_path, monkeypatch):
    from bhxh_geo.actuals.importer import parse_actuals

    path = tmp_path / "real.sqlite3"
    result = parse_actuals("Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n".encode(), "a.csv")
    store.import_batch(
        result, filename="a.csv", sha256=result.sha256, source="Báo cáo 1", by="A", path=path
    )
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    at = open_app({"year": "2024", "measure": "actual", "indicator": "bhtn"})
    assert not at.exception
    assert DEMO_LABEL not in [w.value for w in at.warning]
    assert DEFAULT_DB.name == "bhxh_geo.sqlite3" and DEFAULT_DB.parent.name == "var"


@pytest.mark.parametrize("measure", ["actual", "gap", "people_needed"])
def test_the_map_tables_csv_labels_every_demo_row(demo_db, measure):
    actuals = store.current_actuals(path=demo_db)
    view = MapView(2024, "bhxh", measure)
    frame = pd.read_csv(
        io.BytesIO(table_csv(coverage_table(2024, "bhxh", measure, actuals), view, "vi")),
        encoding="utf-8-sig",
        dtype={"unit_code": str},
    )
    districts = frame[frame["unit_code"] != "64"]
    assert districts["value"].notna().all()
    assert districts["source"].str.contains(DEMO_LABEL, regex=False).all(), districts[
        "source"
    ].tolist()


def test_the_district_profile_csv_labels_demo_rows(demo_db):
    data = profile_csv(district_profile("632", store.current_actuals(path=demo_db)), "vi")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    reported = frame[frame["Thực hiện (%)"].notna()]
    assert len(reported) == 8  # 2023 and 2024 full years, four indicators
    assert reported["Nguồn"].str.startswith(DEMO_LABEL).all()


def test_demo_seed_refuses_the_real_database_and_seeds_once(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("BHXH_GEO_DB", raising=False)
    refused = runner.invoke(cli, ["demo", "seed"])
    assert refused.exit_code == 1
    assert "là cơ sở dữ liệu thật; dữ liệu minh họa cần tệp riêng" in refused.output
    path = tmp_path / "demo.sqlite3"
    first = runner.invoke(cli, ["demo", "seed", "--db", str(path)])
    assert first.exit_code == 0 and first.output == f"Đã tạo 3 lô dữ liệu minh họa trong {path}.\n"
    monkeypatch.setenv("BHXH_GEO_DB", str(path))
    again = runner.invoke(cli, ["demo", "seed", "--lang", "en"])
    assert again.output == f"{path} already holds the demo data; nothing added.\n"
    assert len(store.batches(path)) == 3 and set(store.batches(path)["source"]) == {DEMO_LABEL}


def test_make_demo_seeds_then_runs_the_app_on_its_own_database_and_port():
    # --no-print-directory: under `make test` this make is a sub-make, which would print
    # "Entering/Leaving directory" lines around its commands.
    dry = subprocess.run(
        ["make", "--no-print-directory", "-n", "demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = dry.splitlines()
    assert lines[-2] == "BHXH_GEO_DB=var/demo.sqlite3 .venv/bin/python -m bhxh_geo demo seed"
    assert (
        lines[-1]
        == "BHXH_GEO_DB=var/demo.sqlite3 .venv/bin/python -m streamlit run server.py --server.port 8502"
    )
