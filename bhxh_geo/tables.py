"""Tables of districts as people read them: localized headers, Vietnamese number format, and
the same table as a CSV download (codes, raw numbers, the source on every row)."""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

from bhxh_geo.i18n import t
from bhxh_geo.tabular import csv_bytes
from bhxh_geo.view import MapView, format_value

SELECTED_BACKGROUND = "#fff3b0"
PROVINCE_BACKGROUND = "#f0f2f6"
_COLUMNS = ["unit_code", "name", "value", "rank", "change_pp", "vs_province_pp", "source"]


def district_table(table: pd.DataFrame, measure: str, lang: str) -> pd.DataFrame:
    """The province first, then the 17 districts by value (highest first; missing last).

    The source is a column only when the rows have different sources. Numbers stay numbers, so a sortable table sorts them right; :func:`styled` formats them.
    """
    province = table[table["is_province"]].assign(name=t("province", lang))
    districts = table[~table["is_province"]].sort_values(
        ["value", "name"], ascending=[False, True], na_position="last"
    )
    ordered = pd.concat([province, districts], ignore_index=True)[_COLUMNS]
    # One source for every row is said once, under the title; a column only when rows differ.
    if ordered.loc[ordered["source"] != "", "source"].nunique() <= 1:
        ordered = ordered.drop(columns="source")
    return ordered.rename(columns=_headers(measure, lang)).set_index(t("table.code", lang))


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


def styled(frame: pd.DataFrame, measure: str, lang: str, selected: str | None = None) -> Styler:
    """``frame`` from :func:`district_table` with Babel-formatted numbers, province and selection shaded."""
    headers = _headers(measure, lang)
    difference = "gap" if measure != "people_needed" else measure
    styler = frame.style.format(
        {
            headers["value"]: lambda v: format_value(v, measure, lang, compact=True),
            headers["change_pp"]: lambda v: format_value(v, difference, lang, compact=True),
            headers["vs_province_pp"]: lambda v: format_value(v, difference, lang, compact=True),
            headers["rank"]: lambda v: str(int(v)),
        },
        na_rep="",
    )
    shades = {selected: SELECTED_BACKGROUND, frame.index[0]: PROVINCE_BACKGROUND}
    return styler.apply(
        lambda row: [f"background-color: {shades[row.name]}" if row.name in shades else "" for _ in row],
        axis=1,
    )


def table_csv(table: pd.DataFrame, view: MapView, lang: str) -> bytes:
    """The map's table as a CSV download: the view in columns, raw numbers, a source per row."""
    frame = table[["unit_code", "name", "value", "rank", "change_pp", "vs_province_pp", "source"]].copy()
    frame.insert(2, "year", view.year)
    frame.insert(3, "indicator", view.indicator)
    frame.insert(4, "measure", view.measure)
    frame.insert(5, "period", view.period)
    frame["unit"] = t(f"view.unit.{view.measure}", lang)
    return csv_bytes(frame)
