"""Plain, escaped HTML tables that fit a phone: the stylesheet the app's tables share (a
narrow screen drops secondary columns, a stacked table turns each row into a card) and the
stacked table of already formatted text."""

from __future__ import annotations

import html
import math

import pandas as pd

from bhxh_geo import colours
from bhxh_geo.i18n import MISSING

NARROW_PX = 640
TABLE_STYLE = (
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


def is_missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


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
            text = MISSING if is_missing(value) or str(value) in ("", "None", "nan") else str(value)
            if position == 0:
                cells.append(f'<th scope="row">{html.escape(text)}</th>')
                continue
            css = ' class="num"' if column in numeric else ""
            cells.append(
                f'<td{css} data-label="{html.escape(str(column))}">{html.escape(text)}</td>'
            )
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'{TABLE_STYLE}<table class="bhxh-table{" bhxh-stack" if stack else ""}"'
        f' data-testid="{html.escape(testid)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
