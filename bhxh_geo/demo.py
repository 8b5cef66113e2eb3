"""Synthetic actuals for a separate demo database, labelled as such everywhere.

Nothing here is a real figure: values are drawn around the plan's targets with a fixed seed,
so every run gives the same demo. Each batch's source is :data:`DEMO_LABEL`, which every
screen and export of a demo database shows. The demo goes through the real importer and
store (the same checks as an officer's file), and never into the normal database.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from bhxh_geo.districts import PROVINCE_CODE, district_codes
from bhxh_geo.indicators import BHTN, BHXH, BHXH_BAT_BUOC, BHXH_TU_NGUYEN
from bhxh_geo.paths import DEFAULT_DB, is_db_url

DEMO_LABEL = "DỮ LIỆU MINH HỌA — không phải số liệu thật"
SEED = 20230519
DEMO_BY = "demo"
# (year, period, layout): a full year in rates, a full year in counts, a first half.
DEMO_REPORTS = ((2023, "full", "long"), (2024, "full", "counts"), (2025, "h1", "long"))


class DemoError(RuntimeError):
    """The demo would be written where real actuals live."""


def demo_files(seed: int = SEED) -> list[tuple[str, bytes, str]]:
    """The synthetic report files: (file name, CSV bytes, period), deterministic for ``seed``."""
    from bhxh_geo.targets import load_targets

    rng = np.random.default_rng(seed)
    targets = load_targets().set_index(["unit_code", "year", "indicator"])["target_pct"]
    files = []
    for year, period, layout in DEMO_REPORTS:
        progress = (0.80, 1.00) if period == "h1" else (0.85, 1.10)
        rates = {code: _rates(rng, targets, code, year, progress) for code in district_codes()}
        if layout == "counts":
            frame = _counts_frame(rng, rates)
        else:
            rates[PROVINCE_CODE] = _rates(rng, targets, PROVINCE_CODE, year, progress)
            frame = pd.DataFrame(
                [
                    (code, year, "6 tháng" if period == "h1" else "Cả năm", indicator, value)
                    for code, values in rates.items()
                    for indicator, value in values.items()
                ],
                columns=["Mã", "Năm", "Kỳ", "Chỉ tiêu", "Tỷ lệ (%)"],
            )
        body = frame.to_csv(index=False, lineterminator="\n")
        text = f"{DEMO_LABEL}\n\n" + body
        files.append((f"minh-hoa-{year}-{period}-{layout}.csv", text.encode("utf-8-sig"), period))
    return files


def _rates(rng, targets, code, year, progress) -> dict[str, float]:
    low, high = progress
    parts = {
        i: round(float(targets[(code, year, i)]) * rng.uniform(low, high), 2)
        for i in (BHXH_BAT_BUOC, BHXH_TU_NGUYEN, BHTN)
    }
    # BHXH is the sum of its parts, as the importer requires.
    return {BHXH: round(parts[BHXH_BAT_BUOC] + parts[BHXH_TU_NGUYEN], 2), **parts}


def _counts_frame(rng, rates: dict[str, dict[str, float]]) -> pd.DataFrame:
    rows = []
    for code, values in rates.items():
        labour = int(rng.integers(20_000, 150_000))
        insured = {
            i: round(labour * values[i] / 100) for i in (BHXH_BAT_BUOC, BHXH_TU_NGUYEN, BHTN)
        }
        insured[BHXH] = insured[BHXH_BAT_BUOC] + insured[BHXH_TU_NGUYEN]
        rows.append(
            [
                code,
                labour,
                insured[BHXH],
                insured[BHXH_BAT_BUOC],
                insured[BHXH_TU_NGUYEN],
                insured[BHTN],
            ]
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "Mã",
            "Lực lượng lao động trong độ tuổi",
            "Số người tham gia BHXH",
            "Số người tham gia BHXH bắt buộc",
            "Số người tham gia BHXH tự nguyện",
            "Số người tham gia BHTN",
        ],
    )
    total = frame.drop(columns="Mã").sum()
    frame.loc[len(frame)] = [PROVINCE_CODE, *total.tolist()]
    frame.insert(1, "Năm", 2024)
    return frame


def seed_demo_db(path: Path | str, seed: int = SEED) -> list[int]:
    """Fill the demo database at ``path``; return the new batch ids (none when already seeded).

    Refuses (:class:`DemoError`) the real database's default file, and any database that holds
    a batch not from the demo (real actuals, whichever file or server it is).
    """
    from bhxh_geo.actuals import store
    from bhxh_geo.actuals.importer import parse_actuals

    if not is_db_url(path) and Path(path).resolve() == DEFAULT_DB.resolve():
        raise DemoError(f"{path} is the real actuals database; give the demo its own file")
    existing = _batches(path)
    real = existing[existing["source"] != DEMO_LABEL]
    if len(real):
        raise DemoError(
            f"{store.location(path)} holds real actuals (batch {real['batch_id'].iloc[0]});"
            " give the demo its own database"
        )
    known = set(existing["sha256"])
    created = []
    for name, data, period in demo_files(seed):
        result = parse_actuals(data, name, period=period)
        result.raise_for_errors()
        if result.sha256 in known:
            continue
        created.append(
            store.import_batch(
                result,
                filename=name,
                sha256=result.sha256,
                source=DEMO_LABEL,
                by=DEMO_BY,
                path=path,
            )
        )
    return created


def _batches(path: Path | str | None) -> pd.DataFrame:
    """The database's batches; none when it does not exist yet (nothing is created)."""
    from bhxh_geo.actuals import store

    try:
        return store.batches(path)
    except store.StoreError as error:
        if error.key == "missing_db":
            return pd.DataFrame(columns=["batch_id", "sha256", "source"])
        raise


def is_demo_db(path: Path | str | None = None) -> bool:
    """True when any batch in the database is demo data (the app then shows the label)."""
    return bool((_batches(path)["source"] == DEMO_LABEL).any())
