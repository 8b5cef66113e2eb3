"""Frames and text tables for people: CLI output, exports, the import template.

Numbers are formatted with Babel through :mod:`bhxh_geo.i18n`; exported frames keep numbers
as numbers (the export rules in :mod:`bhxh_geo.spreadsheets` do the rest).
"""

from __future__ import annotations

import pandas as pd

from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.districts import PROVINCE_CODE, district_codes, unit_name
from bhxh_geo.i18n import format_int, format_pct, format_pp, indicator_label, t
from bhxh_geo.indicators import YEARS

TEMPLATE_COLUMNS = [
    "STT",
    "Mã",
    "Địa bàn",
    "Năm",
    "Kỳ",
    "BHXH (tổng)",
    "Trong đó BHXH bắt buộc",
    "Trong đó BHXH tự nguyện",
    "BHTN",
]
EXPORT_COLUMNS = [
    "unit_code",
    "unit_name",
    "year",
    "period",
    "indicator",
    "value_pct",
    "insured",
    "labour_force",
    "source",
    "batch_id",
    "imported_at",
]


def template_frame(year: int = YEARS[-1]) -> pd.DataFrame:
    """The wide import template: the province and the 17 districts, values left empty."""
    rows = [["", PROVINCE_CODE, unit_name(PROVINCE_CODE, "plan"), year, "Cả năm"] + [None] * 4]
    rows += [
        [i, code, unit_name(code), year, "Cả năm"] + [None] * 4
        for i, code in enumerate(district_codes(), start=1)
    ]
    return pd.DataFrame(rows, columns=TEMPLATE_COLUMNS)


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Current actuals as exported: codes, the official unit name, numbers, source and batch."""
    out = frame.copy()
    out["unit_name"] = out["unit_code"].map(unit_name)
    return out[[c for c in EXPORT_COLUMNS if c in out.columns]]


def sources_and_title(frame: pd.DataFrame) -> tuple[list[str], str | None]:
    """Distinct sources of the values, and the demo label as a title when any value is demo."""
    sources = sorted(set(frame["source"])) if "source" in frame else []
    return sources, (DEMO_LABEL if DEMO_LABEL in sources else None)


def period_label(period: str, lang: str) -> str:
    return t(f"actuals.period.{period}", lang)


def _unit(code: str) -> str:
    return unit_name(code, "short") if code != PROVINCE_CODE else unit_name(code, "plan")


def values_table(frame: pd.DataFrame, lang: str) -> str:
    """Current actuals as an aligned text table."""
    table = pd.DataFrame(
        {
            t("table.code", lang): frame["unit_code"],
            t("table.unit", lang): frame["unit_code"].map(_unit),
            **_when_what(frame, lang),
            t("table.value", lang): frame["value_pct"].map(lambda v: format_pct(v, lang)),
            t("actuals.col.insured", lang): frame["insured"].map(lambda v: _count(v, lang)),
            t("actuals.col.labour_force", lang): frame["labour_force"].map(
                lambda v: _count(v, lang)
            ),
            t("actuals.col.batch", lang): frame["batch_id"],
            t("table.source", lang): frame["source"],
        }
    )
    return table.to_string(index=False)


def _when_what(frame: pd.DataFrame, lang: str) -> dict:
    """The year, period and indicator columns every actuals table shows, as people read them."""
    return {
        t("control.year", lang): frame["year"],
        t("actuals.col.period", lang): frame["period"].map(lambda p: period_label(p, lang)),
        t("control.indicator", lang): frame["indicator"].map(
            lambda i: indicator_label(i, lang, short=True)
        ),
    }


def _count(value, lang: str) -> str:
    return "–" if pd.isna(value) else format_int(int(value), lang)


def history_table(frame: pd.DataFrame, lang: str) -> str:
    """Every value of one unit, oldest batch first, marked current or reverted."""
    return history_frame(frame, lang).to_string(index=False)


def history_frame(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """:func:`history_table` as a frame of display text (the import page shows it)."""
    table = pd.DataFrame(
        {
            **_when_what(frame, lang),
            t("table.value", lang): frame["value_pct"].map(lambda v: format_pct(v, lang)),
            t("actuals.col.batch", lang): frame["batch_id"],
            t("actuals.col.imported_at", lang): frame["imported_at"].str[:19],
            t("table.source", lang): frame["source"],
            t("actuals.col.status", lang): [
                _status(row, lang, bool(row.current)) for row in frame.itertuples()
            ],
        }
    )
    return table


def _status(row, lang: str, current: bool = True) -> str:
    """``đã hoàn tác …`` for a reverted batch, else ``hiện hành`` when ``current``."""
    if isinstance(row.reverted_at, str) and row.reverted_at:
        return t("actuals.reverted_mark", lang, when=row.reverted_at[:19])
    return t("actuals.current_mark", lang) if current else ""


def batches_table(frame: pd.DataFrame, lang: str) -> str:
    """Import batches, oldest first."""
    return batches_frame(frame, lang).to_string(index=False)


def batches_frame(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """:func:`batches_table` as a frame of display text (the import page shows it)."""
    table = pd.DataFrame(
        {
            t("actuals.col.batch", lang): frame["batch_id"],
            t("actuals.col.imported_at", lang): frame["imported_at"].str[:19],
            t("actuals.col.file", lang): frame["filename"],
            "SHA-256": frame["sha256"].str[:12],
            t("actuals.col.rows", lang): frame["row_count"],
            t("table.source", lang): frame["source"],
            t("actuals.col.by", lang): frame["imported_by"],
            t("actuals.col.status", lang): [_status(row, lang) for row in frame.itertuples()],
        }
    )
    return table


def preview_summary(changes: pd.DataFrame, lang: str) -> str:
    counts = changes["status"].value_counts()
    return t(
        "actuals.dry_run",
        lang,
        rows=len(changes),
        new=int(counts.get("new", 0)),
        changed=int(counts.get("changed", 0)),
        same=int(counts.get("same", 0)),
    )


def preview_table(changes: pd.DataFrame, lang: str) -> str:
    """Old → new per unit × year × period × indicator."""
    return preview_frame(changes, lang).to_string(index=False)


def preview_frame(changes: pd.DataFrame, lang: str, counts: bool = False) -> pd.DataFrame:
    """:func:`preview_table` as a frame of display text; ``counts`` adds the people insured and
    the labour force (current → new) when the file gives them."""
    table = pd.DataFrame(
        {
            t("table.unit", lang): changes["unit_code"].map(_unit),
            **_when_what(changes, lang),
            t("actuals.col.old", lang): changes["old_value_pct"].map(lambda v: format_pct(v, lang)),
            t("actuals.col.new", lang): changes["new_value_pct"].map(lambda v: format_pct(v, lang)),
            t("actuals.col.change", lang): changes["change_pp"].map(lambda v: format_pp(v, lang)),
            t("actuals.col.status", lang): changes["status"].map(
                lambda s: t(f"actuals.status.{s}", lang)
            ),
        }
    )
    if counts and changes["new_insured"].notna().any():
        for column, old, new in (
            ("actuals.col.insured", "old_insured", "new_insured"),
            ("actuals.col.labour_force", "old_labour_force", "new_labour_force"),
        ):
            table[t(column, lang)] = [
                f"{_count(a, lang)} → {_count(b, lang)}" for a, b in zip(changes[old], changes[new])
            ]
    return table
