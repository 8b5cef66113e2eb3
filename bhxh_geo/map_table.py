"""The map page's table of districts as people read it (the province pinned first, Vietnamese
number format, the selected district shaded, sortable; on a phone its secondary columns drop)
and the same table as a CSV download (codes, raw numbers, the source on every row)."""

from __future__ import annotations

import html

import pandas as pd

from bhxh_geo.districts import name_key
from bhxh_geo.html_tables import TABLE_STYLE, is_missing
from bhxh_geo.i18n import MISSING, t
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
        f'{TABLE_STYLE}<table class="bhxh-table" data-testid="bhxh-district-table">'
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
    value = "" if is_missing(row.value) else f' data-value="{row.value!r}"'
    cells = "".join(_cell(column, getattr(row, column), measure, lang) for column in columns)
    return f'<tr class="{kind}" data-code="{html.escape(row.unit_code)}"{value}>{cells}</tr>'


def _cell(column: str, value, measure: str, lang: str) -> str:
    if column == "name":
        return f'<th scope="row">{html.escape(str(value))}</th>'
    if column not in _NUMBERS:
        text = MISSING if is_missing(value) or value == "" else str(value)
        return f"<td{_classes(column)}>{html.escape(text)}</td>"
    if is_missing(value):
        text = MISSING
    elif column == "rank":
        text = str(int(value))
    else:
        difference = "gap" if measure != "people_needed" else measure
        text = format_value(value, measure if column == "value" else difference, lang, compact=True)
    return f"<td{_classes(column)}>{html.escape(text)}</td>"


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
