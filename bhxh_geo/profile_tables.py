"""The district profile (:func:`~bhxh_geo.district_profile.district_profile`) as people read it:
the page's table with localized headers and Babel-formatted numbers, the map's drill-down panel,
the CSV download; and a unit's plan targets as indicators × years for the plan page.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pandas as pd

from bhxh_geo import colours
from bhxh_geo.district_profile import COLUMNS, has_actuals
from bhxh_geo.districts import DISTRICT_COUNT
from bhxh_geo.html_tables import TABLE_STYLE, is_missing, stacked_html
from bhxh_geo.i18n import MISSING, format_int, format_pct, format_pp, indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.spreadsheets import csv_bytes
from bhxh_geo.targets import load_targets

if TYPE_CHECKING:  # pandas imports its Styler (and its templates) only when a page styles a table
    from pandas.io.formats.style import Styler

_SHOWN = [
    "indicator",
    "year",
    "target",
    "change_pp",
    "rank",
    "province_target",
    "vs_province_pp",
    "actual",
    "gap_pp",
    "labour_force",
    "insured",
    "people_needed",
    "source",
]
# The map's drill-down panel: the plan's figures, and the reported ones only once imported.
_PANEL = ["indicator", "year", "target", "change_pp", "rank", "province_target", "vs_province_pp"]
_PANEL_ACTUALS = ["actual", "gap_pp"]
_HEADER_KEYS = {
    "unit_code": "profile.col.code",
    "name": "profile.col.unit",
    "indicator": "profile.col.indicator",
    "year": "profile.col.year",
    "target": "profile.col.target",
    "change_pp": "profile.col.change",
    "rank": "profile.col.rank",
    "province_target": "profile.col.province",
    "vs_province_pp": "profile.col.vs_province",
    "actual": "profile.col.actual",
    "gap_pp": "profile.col.gap",
    "insured": "profile.col.insured",
    "labour_force": "profile.col.labour_force",
    "people_needed": "profile.col.people_needed",
    "source": "profile.col.source",
}


def profile_table(profile: pd.DataFrame, lang: str, panel: bool = False) -> pd.DataFrame:
    """The profile as the page shows it: indicator names, localized headers, numbers kept numeric.

    ``panel`` keeps the columns of the map's drill-down (plan figures, and actual and gap once
    any is imported)."""
    shown = (_PANEL + (_PANEL_ACTUALS if has_actuals(profile) else [])) if panel else _SHOWN
    frame = profile[shown].copy()
    frame["indicator"] = [indicator_label(code, lang) for code in frame["indicator"]]
    return frame.rename(columns={c: t(_HEADER_KEYS[c], lang) for c in shown})


def styled(frame: pd.DataFrame, lang: str) -> Styler:
    """:func:`profile_table` with Babel-formatted numbers (``10,82%``, ``−4,91 điểm %``, ``12.345``)."""
    header = {c: t(_HEADER_KEYS[c], lang) for c in _SHOWN}
    formats = {
        header["target"]: lambda v: format_pct(v, lang),
        header["province_target"]: lambda v: format_pct(v, lang),
        header["actual"]: lambda v: format_pct(v, lang),
        header["vs_province_pp"]: lambda v: format_pp(v, lang),
        header["change_pp"]: lambda v: format_pp(v, lang),
        header["gap_pp"]: lambda v: format_pp(v, lang),
        header["labour_force"]: lambda v: format_int(v, lang),
        header["insured"]: lambda v: format_int(v, lang),
        header["people_needed"]: lambda v: format_int(v, lang),
        header["rank"]: lambda v: t("unit.rank_of", lang, rank=int(v), count=DISTRICT_COUNT),
        header["year"]: lambda v: str(int(v)),
    }
    return frame.style.format({c: f for c, f in formats.items() if c in frame.columns}, na_rep="–")


def profile_csv(profile: pd.DataFrame, lang: str) -> bytes:
    """The profile as a CSV download under the export rules (UTF-8 BOM, comma, dot decimals,
    formula-looking text neutralised): codes and raw values exactly as stored, a source per row."""
    frame = profile[[c for c in COLUMNS if c not in ("plan_source", "report_source")]].copy()
    frame.insert(3, "indicator_name", [indicator_label(code, lang) for code in frame["indicator"]])
    for count in ("insured", "labour_force", "people_needed"):
        frame[count] = frame[count].astype("Float64").round().astype("Int64")
    headers = {c: t(_HEADER_KEYS[c], lang) for c in _HEADER_KEYS}
    headers["indicator"] = "indicator"
    headers["indicator_name"] = t("profile.col.indicator", lang)
    return csv_bytes(frame.rename(columns=headers))


def unit_targets(code: str, lang: str) -> pd.DataFrame:
    """The plan's targets of one unit (``"64"`` for the province) as indicators × years, in percent.

    Examples
    --------
    >>> float(unit_targets("64", "vi").loc["BHXH (tổng)", "2025"])
    16.83
    """
    targets = load_targets()
    mine = targets[targets["unit_code"] == code]
    if mine.empty:
        raise ValueError(f"no targets for unit {code!r}")
    wide = mine.pivot(index="indicator", columns="year", values="target_pct").loc[
        list(INDICATORS), list(YEARS)
    ]
    wide.index = [indicator_label(i, lang) for i in wide.index]
    wide.columns = [str(y) for y in wide.columns]
    wide.index.name = t("profile.col.indicator", lang)
    return wide


def drilldown_html(profile: pd.DataFrame, lang: str) -> str:
    """The clicked district beside the map: its 4 indicators (rows) × 3 years (columns), each
    cell the plan's target, its rank and the province's target of that year, and the reported
    figure with its gap once any is imported. Narrow enough for the column beside the map.

    ``profile`` is :func:`bhxh_geo.district_profile.district_profile`'s frame.
    """
    by_key = {(r.indicator, int(r.year)): r for r in profile.itertuples(index=False)}
    head = "".join(f'<th scope="col" class="num">{year}</th>' for year in YEARS)
    rows = []
    for indicator in INDICATORS:
        cells = []
        for year in YEARS:
            row = by_key[(indicator, year)]
            lines = [f'<span class="bhxh-big">{html.escape(format_pct(row.target, lang))}</span>']
            if not is_missing(row.rank):
                lines.append(html.escape(t("drilldown.rank", lang, rank=int(row.rank))))
            lines.append(
                html.escape(
                    t("drilldown.province", lang, value=format_pct(row.province_target, lang))
                )
            )
            if not is_missing(row.actual):
                lines.append(
                    html.escape(
                        t(
                            "drilldown.actual",
                            lang,
                            value=format_pct(row.actual, lang),
                            gap=format_pp(row.gap_pp, lang, unit=False),
                        )
                    )
                )
            cells.append(f'<td data-year="{year}">{"<br>".join(lines)}</td>')
        name = html.escape(indicator_label(indicator, lang, short=True))
        rows.append(
            f'<tr data-indicator="{indicator}"><th scope="row">{name}</th>{"".join(cells)}</tr>'
        )
    return (
        f"{TABLE_STYLE}<style>.bhxh-drill td{{font-size:.78rem;line-height:1.25;text-align:right;"
        "white-space:nowrap;"
        f"color:{colours.CAPTION_TEXT}}}.bhxh-drill .bhxh-big{{font-size:1.1rem;font-weight:700;"
        f"color:{colours.TEXT}}}.bhxh-drill th,.bhxh-drill td{{padding:.3rem .4rem}}"
        ".bhxh-drill thead th.num{text-align:right}</style>"
        f'<table class="bhxh-table bhxh-drill" data-testid="bhxh-drilldown">'
        f'<thead><tr><th scope="col">{html.escape(t("profile.col.indicator", lang))}</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def profile_html(frame: pd.DataFrame, styled, lang: str) -> str:
    """The district profile's table (:func:`bhxh_geo.profile_tables.profile_table`), its numbers as
    ``styled`` (:func:`bhxh_geo.profile_tables.styled`) writes them, every column whole: columns
    that hold nothing yet (figures only an import brings) are left out, and one source for
    every row is said once under the table rather than repeated (the page does); stacked into
    cards on a phone."""
    keep = [
        column
        for position, column in enumerate(frame.columns)
        if position < 2 or frame[column].notna().any()
    ]
    source = t("profile.col.source", lang)
    if source in keep and frame[source].nunique() <= 1:
        keep.remove(source)
    frame = frame[keep]
    lines = styled(frame, lang).hide(axis="index").to_string(delimiter=_CELL).splitlines()
    text = pd.DataFrame([line.split(_CELL) for line in lines[1:]], columns=keep)
    for column in keep:
        text.loc[frame[column].isna().to_numpy(), column] = MISSING
    numeric = {c for c in keep[1:] if pd.api.types.is_numeric_dtype(frame[c])}
    return stacked_html(text, numeric, "bhxh-profile-table")


# Separates cells in the text a Styler writes (never found in a figure or a name).
_CELL = "\x1f"
