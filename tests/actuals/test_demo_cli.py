"""``demo seed`` on either database: what it prints names the database without its password."""

from __future__ import annotations

import pytest

from bhxh_geo.actuals import store
from bhxh_geo.cli import cli


@pytest.mark.postgresql_only
def test_seeding_a_postgresql_demo_database_never_prints_its_password(db, runner, pg_cluster):
    result = runner.invoke(cli, ["demo", "seed", "--db", db, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert pg_cluster.password not in result.output
    assert store.location(db) in result.output and "postgresql://" in result.output
    assert len(store.batches(db)) == 3
    again = runner.invoke(cli, ["demo", "seed", "--lang", "en"])  # $BHXH_GEO_DB, the same URL
    assert again.exit_code == 0 and pg_cluster.password not in again.output
    assert len(store.batches(db)) == 3  # seeding twice adds nothing


@pytest.mark.postgresql_only
def test_a_database_that_holds_real_actuals_is_refused_by_name_not_password(
    db, invoke, runner, pg_cluster, tmp_path
):
    report = tmp_path / "a.csv"
    report.write_text("Địa bàn;Năm;Chỉ tiêu;Tỷ lệ\nPleiku;2024;BHTN;15,24\n", encoding="utf-8")
    assert invoke("import", report).exit_code == 0
    refused = runner.invoke(cli, ["demo", "seed", "--lang", "en"])
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert store.location(db) in refused.output and pg_cluster.password not in refused.output
