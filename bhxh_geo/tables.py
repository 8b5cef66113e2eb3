"""The tables the pages show, as people read them: the map page's table of districts (the
province pinned first, Vietnamese number format, the selected district shaded, sortable) and
the same table as a CSV download (codes, raw numbers, the source on every row); the drill-down
beside the map; the district profile. Plain, escaped HTML that fits a phone: the districts'
table drops its secondary columns there, the profile stacks each row into a card."""

from __future__ import annotations

import html
import math

import pandas as pd

from bhxh_geo import colours
from bhxh_geo.districts import name_key
from bhxh_geo.i18n import MISSING, format_pct, format_pp, indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.map_view import MapView
from bhxh_geo.spreadsheets import csv_bytes
from bhxh_geo.view_text import format_value

# How the 17 districts can be ordered under the pinned province row: (column, ascending); ties
# and names go by name, administrative prefix and diacritics ignored.
SORTS = {"value": ("value", False), "name": ("name", True), "change": ("change_pp", False)}
DEFAULT_SORT = "value"
_NUMBERS = ("value", "rank", "change_pp", "vs_province_pp")
# Left out on a phone: the figure, its rank and its change stay; the code, the difference from the
# province (the province row is right above) and the sources go.
_NARROW_HIDDEN = ("unit_code", "vs_province_pp", "source")
NARROW_PX = 640
_STYLE = (
    "<style>.bhxh-table{border-collapse:collapse;width:100%;font-size:1.05rem}"
    f".bhxh-table th,.bhxh-table td{{padding:.3rem .7rem;border-bottom:1px solid {colours.TABLE_RULE};text-align:left}}"
    f".bhxh-table thead th{{border-bottom:2px solid {colours.TABLE_HEAD_RULE};vertical-align:bottom}}"
    ".bhxh-table .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    f".bhxh-table tr.bhxh-province{{background:{colours.TABLE_PROVINCE_BACKGROUND};font-weight:700}}"
    f".bhxh-table tr.bhxh-selected{{background:{colours.TABLE_SELECTED_BACKGROUND};font-weight:700}}"
    ".bhxh-table tbody th{font-weight:inherit}"
    f"@media (max-width:{NARROW_PX}px){{.bhxh-table{{font-size:.9rem}}"
    ".bhxh-table th,.bhxh-table td{padding:.3rem .25rem}"
    ".bhxh-table thead th,.bhxh-table thead th.num{white-space:normal;hyphens:auto;overflow-wrap:anywhere}"
    ".bhxh-narrow-hide{display:none}"
    # Stacked: each row a card, each cell a line with its column's name.
    ".bhxh-stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
    f".bhxh-stack tr{{display:block;border-bottom:2px solid {colours.TABLE_HEAD_RULE};padding:.3rem 0}}"
    ".bhxh-stack th,.bhxh-stack td{display:flex;justify-content:space-between;gap:.8rem;"
    "border:none;padding:.1rem 0;text-align:right;white-space:normal}"
    ".bhxh-stack tbody th{font-weight:700;text-align:left}"
    f".bhxh-stack td::before{{content:attr(data-label);text-align:left;color:{colours.CAPTION_TEXT}}}}}"
    "</style>"
)


def sorted_rows(table: pd.DataFrame, sort: str = DEFAULT_SORT) -> pd.DataFrame:
    """``table`` (from :func:`bhxh_geo.coverage.coverage_table`) with the province first, then
    the 17 districts by ``sort``: value (highest first), name (A → Z, administrative prefix and
    diacritics ignored) or change on the previous year (largest first); missing values last."""
    column, ascending = SORTS[sort]
    districts = table[~table["is_province"]].assign(_name=lambda f: f["name"].map(name_key))
    if column == "name":
        districts = districts.sort_values("_name", ascending=ascending)
    else:
        districts = districts.sort_values(
            [column, "_name"], ascending=[ascending, True], na_position="last"
        )
    return pd.concat(
        [table[table["is_province"]], districts.drop(columns="_name")], ignore_index=True
    )


def table_html(
    table: pd.DataFrame,
    measure: str,
    lang: str,
    selected: str | None = None,
    sort: str = DEFAULT_SORT,
) -> str:
    """The table as escaped HTML: a row per unit (``data-code``, the raw value in
    ``data-value``), numbers formatted by Babel for ``lang``, the source as a column only when
    the rows' sources differ (one source is said once, under the page's title)."""
    rows = sorted_rows(table, sort).assign(
        name=lambda f: f["name"].where(~f["is_province"], t("province", lang))
    )
    sources = rows.loc[rows["source"] != "", "source"].nunique()
    columns = ["unit_code", "name", *_NUMBERS] + (["source"] if sources > 1 else [])
    head = "".join(_header(column, measure, lang, sort) for column in columns)
    body = "".join(
        _row(row, columns, measure, lang, selected) for row in rows.itertuples(index=False)
    )
    return (
        f'{_STYLE}<table class="bhxh-table" data-testid="bhxh-district-table">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _classes(column: str) -> str:
    names = (["num"] if column in _NUMBERS else []) + (
        ["bhxh-narrow-hide"] if column in _NARROW_HIDDEN else []
    )
    return f' class="{" ".join(names)}"' if names else ""


def _header(column: str, measure: str, lang: str, sort: str) -> str:
    label = html.escape(_headers(measure, lang)[column])
    attributes = _classes(column)
    sorted_by, ascending = SORTS[sort]
    if column == sorted_by:
        attributes += f' aria-sort="{"ascending" if ascending else "descending"}"'
    return f'<th scope="col"{attributes}>{label}</th>'


def _row(row, columns: list[str], measure: str, lang: str, selected: str | None) -> str:
    kind = (
        "bhxh-province"
        if row.is_province
        else ("bhxh-selected" if row.unit_code == selected else "")
    )
    value = "" if _missing(row.value) else f' data-value="{row.value!r}"'
    cells = "".join(_cell(column, getattr(row, column), measure, lang) for column in columns)
    return f'<tr class="{kind}" data-code="{html.escape(row.unit_code)}"{value}>{cells}</tr>'


def _cell(column: str, value, measure: str, lang: str) -> str:
    if column == "name":
        return f'<th scope="row">{html.escape(str(value))}</th>'
    if column not in _NUMBERS:
        text = MISSING if _missing(value) or value == "" else str(value)
        return f"<td{_classes(column)}>{html.escape(text)}</td>"
    if _missing(value):
        text = MISSING
    elif column == "rank":
        text = str(int(value))
    else:
        difference = "gap" if measure != "people_needed" else measure
        text = format_value(value, measure if column == "value" else difference, lang, compact=True)
    return f"<td{_classes(column)}>{html.escape(text)}</td>"


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _headers(measure: str, lang: str) -> dict[str, str]:
    return {
        "unit_code": t("table.code", lang),
        "name": t("table.unit", lang),
        "value": t(f"table.value.{measure}", lang),
        "rank": t("table.rank", lang),
        "change_pp": t("table.change", lang),
        "vs_province_pp": t("table.vs_province", lang),
        "source": t("table.source", lang),
    }


def table_csv(table: pd.DataFrame, view: MapView, lang: str) -> bytes:
    """The map's table as a CSV download: the view in columns, raw numbers, a source per row."""
    frame = table[
        ["unit_code", "name", "value", "rank", "change_pp", "vs_province_pp", "source"]
    ].copy()
    frame.insert(2, "year", view.year)
    frame.insert(3, "indicator", view.indicator)
    frame.insert(4, "measure", view.measure)
    frame.insert(5, "period", view.period)
    frame["unit"] = t(f"view.unit.{view.measure}", lang)
    return csv_bytes(frame)


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
            if not _missing(row.rank):
                lines.append(html.escape(t("drilldown.rank", lang, rank=int(row.rank))))
            lines.append(
                html.escape(
                    t("drilldown.province", lang, value=format_pct(row.province_target, lang))
                )
            )
            if not _missing(row.actual):
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
        f"{_STYLE}<style>.bhxh-drill td{{font-size:.78rem;line-height:1.25;text-align:right;"
        "white-space:nowrap;"
        f"color:{colours.CAPTION_TEXT}}}.bhxh-drill .bhxh-big{{font-size:1.1rem;font-weight:700;"
        f"color:{colours.TEXT}}}.bhxh-drill th,.bhxh-drill td{{padding:.3rem .4rem}}"
        ".bhxh-drill thead th.num{text-align:right}</style>"
        f'<table class="bhxh-table bhxh-drill" data-testid="bhxh-drilldown">'
        f'<thead><tr><th scope="col">{html.escape(t("profile.col.indicator", lang))}</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def stacked_html(frame: pd.DataFrame, numeric: set[str], testid: str, stack: bool = True) -> str:
    """A table of already formatted text (one column per field, the first naming the row) that
    stacks on a phone (unless ``stack`` is False: a narrow table): each row a card, each cell a
    line labelled with its column's name. Missing cells show "–"."""
    num = ' class="num"'
    head = "".join(
        f'<th scope="col"{num if c in numeric else ""}>{html.escape(str(c))}</th>'
        for c in frame.columns
    )
    body = []
    for values in frame.itertuples(index=False):
        cells = []
        for position, (column, value) in enumerate(zip(frame.columns, values)):
            text = MISSING if _missing(value) or str(value) in ("", "None", "nan") else str(value)
            if position == 0:
                cells.append(f'<th scope="row">{html.escape(text)}</th>')
                continue
            css = ' class="num"' if column in numeric else ""
            cells.append(
                f'<td{css} data-label="{html.escape(str(column))}">{html.escape(text)}</td>'
            )
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'{_STYLE}<table class="bhxh-table{" bhxh-stack" if stack else ""}"'
        f' data-testid="{html.escape(testid)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
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
