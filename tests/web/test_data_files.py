"""The data behind a published view: ``export table``'s bytes, and the plan to the last digit."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bhxh_geo.cli import cli
from bhxh_geo.coverage import coverage_table
from bhxh_geo.paths import TARGETS_CSV
from tests.test_targets import _appendix_rows


def _export_table(runner, tmp_path, *args) -> bytes:
    out = tmp_path / "table.csv"
    result = runner.invoke(cli, ["export", "table", *args, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.mark.parametrize("year, indicator", [(2023, "bhxh"), (2025, "bhtn")])
def test_the_view_csv_is_export_table_for_its_year_and_indicator(
    client, reported_db, runner, tmp_path, year, indicator
):
    served = client.get(f"/data/coverage.csv?year={year}&indicator={indicator}&measure=actual")
    expected = _export_table(runner, tmp_path, "--year", str(year), "--indicator", indicator)
    assert served.content == expected
    assert client.get(f"/data/{year}-{indicator}.csv").content == expected
    assert served.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(served.content.decode("utf-8-sig"))))
    assert len(rows) == 18 and {r["indicator"] for r in rows} == {indicator}
    if year == 2023:  # the imported report: its figures, and its source on each row
        assert all(r["actual_source"].startswith("Báo cáo 15/BC-BHXH") for r in rows)
        assert rows[0]["actual_pct"] and "," not in rows[0]["actual_pct"]  # dot decimals


def test_targets_csv_is_the_plan_to_the_last_digit(client, empty_db, plan_text):
    served = client.get("/data/targets.csv")
    assert served.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(served.content.decode("utf-8-sig"))))
    stored = list(csv.DictReader(io.StringIO(TARGETS_CSV.read_text(encoding="utf-8"))))
    assert len(rows) == 216
    # Every figure exactly as data/targets.csv writes it (text, not a float read back).
    assert [(r["unit_code"], r["year"], r["indicator"], r["target_pct"]) for r in rows] == [
        (r["unit_code"], r["year"], r["indicator"], r["target_pct"]) for r in stored
    ]
    assert {r["source"] for r in rows} == {r["source"] for r in stored}
    # And as the plan's appendix prints them (41,51% → 41.51).
    printed = set()
    for _, _, figures in _appendix_rows(plan_text):
        printed |= {f.rstrip("%").replace(",", ".") for f in figures.split()}
    assert {r["target_pct"] for r in rows} <= printed


def test_the_view_json_holds_the_maps_figures_with_their_sources(client, reported_db):
    document = json.loads(client.get("/data/coverage.json?year=2023&measure=gap").content)
    assert document["view"] == {
        "year": 2023,
        "indicator": "bhxh",
        "measure": "gap",
        "period": "full",
    }
    table = coverage_table(2023, "bhxh", "gap", _actuals(reported_db)).set_index("unit_code")
    values = {v["unit_code"]: v for v in document["values"]}
    assert values["622"]["value"] == table.loc["622", "value"]
    assert values["622"]["rank"] == table.loc["622", "rank"]
    assert document["sources"][0].startswith("UBND tỉnh Gia Lai")
    assert any(s.startswith("Báo cáo 15/BC-BHXH") for s in document["sources"])
    assert len(document["rows"]) == 18 and "target_pct" in document["columns"]
    assert document["demo"] is None


def _actuals(path):
    from bhxh_geo.actuals import store

    return store.current_actuals(path=path)
