"""Tables of districts as people read them: localized headers, Vietnamese number format."""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

from bhxh_geo.i18n import format_number, format_pp, t

SELECTED_BACKGROUND = "#fff3b0"


def district_table(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The province first, then the 17 districts by value (highest first), with localized headers.

    Numbers stay numbers (so a sortable table sorts them right); see :func:`styled`.
    """
    province = table[table["is_province"]].assign(name=t("province", lang))
    districts = table[~table["is_province"]].sort_values(["value", "name"], ascending=[False, True])
    ordered = pd.concat([province, districts], ignore_index=True)
    frame = ordered[["unit_code", "name", "value", "rank", "change_pp", "vs_province_pp", "source"]]
    return frame.rename(columns=_headers(lang)).set_index(t("table.code", lang))


def _headers(lang: str) -> dict[str, str]:
    return {
        "unit_code": t("table.code", lang),
        "name": t("table.unit", lang),
        "value": t("table.value", lang),
        "rank": t("table.rank", lang),
        "change_pp": t("table.change", lang),
        "vs_province_pp": t("table.vs_province", lang),
        "source": t("table.source", lang),
    }


def styled(frame: pd.DataFrame, lang: str, selected: str | None = None) -> Styler:
    """``frame`` from :func:`district_table` with Babel-formatted numbers and the selection shaded."""
    headers = _headers(lang)
    styler = frame.style.format(
        {
            headers["value"]: lambda v: format_number(v, lang),
            headers["change_pp"]: lambda v: format_pp(v, lang),
            headers["vs_province_pp"]: lambda v: format_pp(v, lang),
            headers["rank"]: lambda v: str(int(v)),
        },
        na_rep="",
    )
    if selected in frame.index:
        styler = styler.apply(
            lambda row: [f"background-color: {SELECTED_BACKGROUND}" if row.name == selected else "" for _ in row],
            axis=1,
        )
    return styler
