"""Coverage targets per unit (province and 17 districts), year and indicator, from the plan.

``data/targets.csv`` transcribes the plan's appendix; :func:`load_targets` reads it once and
checks it (216 rows, unique keys, known codes, BHXH = compulsory + voluntary) before use.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from bhxh_geo.districts import PROVINCE_CODE, district_codes
from bhxh_geo.indicators import BHXH, INDICATORS, PARTS_OF, YEARS, check_indicator, check_year
from bhxh_geo.paths import TARGETS_CSV

COLUMNS = ["unit_code", "unit_name", "year", "indicator", "target_pct", "source"]
KEY = ["unit_code", "year", "indicator"]


class TargetsError(ValueError):
    """``data/targets.csv`` breaks one of the plan's invariants."""


@lru_cache(maxsize=1)
def _targets() -> pd.DataFrame:
    frame = pd.read_csv(TARGETS_CSV, dtype={"unit_code": str}, keep_default_na=False)
    check_targets(frame)
    return frame


def check_targets(frame: pd.DataFrame) -> None:
    """Raise :class:`TargetsError` naming the first row (as a spreadsheet numbers it) that is wrong."""
    if list(frame.columns) != COLUMNS:
        raise TargetsError(f"{TARGETS_CSV}: columns {list(frame.columns)}, expected {COLUMNS}")
    units = [PROVINCE_CODE, *district_codes()]
    expected_rows = len(units) * len(YEARS) * len(INDICATORS)
    if len(frame) != expected_rows:
        raise TargetsError(f"{TARGETS_CSV}: {len(frame)} rows, expected {expected_rows}")
    for position, row in enumerate(frame.itertuples(index=False), start=2):
        where = f"{TARGETS_CSV}, row {position}"
        if row.unit_code not in units:
            raise TargetsError(
                f"{where}: unit_code {row.unit_code!r} is not the province or a district"
            )
        if row.year not in YEARS or row.indicator not in INDICATORS:
            raise TargetsError(
                f"{where}: year {row.year!r} / indicator {row.indicator!r} not in the plan"
            )
        if not 0 <= float(row.target_pct) <= 100 or not str(row.source).strip():
            raise TargetsError(f"{where}: target_pct {row.target_pct!r} or empty source")
    duplicated = frame[frame.duplicated(KEY, keep=False)]
    if len(duplicated):
        raise TargetsError(f"{TARGETS_CSV}: duplicated keys {duplicated[KEY].values.tolist()[:4]}")
    wide = frame.pivot_table(index=["unit_code", "year"], columns="indicator", values="target_pct")
    for total, parts in PARTS_OF.items():
        gap = (wide[total] - wide[list(parts)].sum(axis=1)).abs()
        bad = gap[gap > 0.005]
        if len(bad):
            raise TargetsError(
                f"{TARGETS_CSV}: {total} ≠ {' + '.join(parts)} for {bad.index.tolist()}"
            )


def load_targets() -> pd.DataFrame:
    """All 216 targets: unit_code, unit_name, year, indicator, target_pct, source (a fresh copy).

    Examples
    --------
    >>> t = load_targets()
    >>> float(t.query("unit_code == '628' and year == 2025 and indicator == 'bhxh'").target_pct.iloc[0])
    10.64
    """
    return _targets().copy()


def targets_for(year: int, indicator: str = BHXH) -> pd.DataFrame:
    """Targets of the province and the 17 districts for one year and indicator, indexed by code."""
    year, indicator = check_year(year), check_indicator(indicator)
    frame = _targets()
    selected = frame[(frame["year"] == year) & (frame["indicator"] == indicator)]
    return selected.set_index("unit_code")[["unit_name", "target_pct", "source"]].copy()


def plan_source() -> str:
    """The citation every target carries (the same text on every row)."""
    return str(_targets()["source"].iloc[0])
