"""The one-page briefing (PDF, A4 landscape) a leader can hold: one indicator, one year.

Left, the map (the static map's drawing: same classes, labels and legend); middle, the 17
districts ranked, with the province as a line; right, three key points (the story leads of
:mod:`bhxh_geo.leads`: highest, lowest, largest planned increase) over the change on the year
before; at the foot, the sources, the note on the 2025 reorganisation and the date.
"""

from __future__ import annotations

import datetime
import textwrap

import geopandas as gpd
import pandas as pd
from matplotlib.figure import Figure

from bhxh_geo import colours
from bhxh_geo.coverage import coverage_table
from bhxh_geo.i18n import MISSING, indicator_label, t
from bhxh_geo.indicators import YEARS
from bhxh_geo.leads import story_leads
from bhxh_geo.map_view import MapView
from bhxh_geo.render.map_data import map_data
from bhxh_geo.render.static import (
    draw_legend,
    draw_map,
    export_style,
    figure_bytes,
    footer,
    footer_lines,
    header,
    map_box,
    note,
    points,
    to_fraction,
)
from bhxh_geo.view_text import format_value, unit_line

A4_LANDSCAPE_IN = (11.69, 8.27)
KEY_LEADS = ("highest", "lowest", "largest_increase")
TEXT_PT = 8.5
KEY_WRAP = 44  # characters per line in the right-hand column


def key_points(year: int, indicator: str, lang: str) -> list[str]:
    """The three key sentences: highest, lowest, largest planned increase (from :mod:`bhxh_geo.leads`).

    Examples
    --------
    >>> key_points(2025, "bhxh", "en")[0]
    'In 2025, Pleiku has the highest social insurance coverage target of the 17 districts: 44.66% of the working-age labour force.'
    """
    leads = {lead.kind: lead for lead in story_leads(year, indicator, lang)}
    return [leads[kind].text for kind in KEY_LEADS if kind in leads]


def render_briefing(
    year: int,
    lang: str = "vi",
    indicator: str = "bhxh",
    made_on: datetime.date | None = None,
    boundaries: gpd.GeoDataFrame | None = None,
    layout: pd.DataFrame | None = None,
) -> bytes:
    """The briefing of the plan's ``indicator`` targets for ``year`` as PDF bytes."""
    view = MapView(year, indicator)
    data = map_data(view, None, lang, boundaries, layout)
    table = coverage_table(year, indicator)
    with export_style():
        return figure_bytes(briefing_figure(data, table, lang, made_on), "pdf")


def briefing_figure(
    data, table: pd.DataFrame, lang: str, made_on: datetime.date | None = None
) -> Figure:
    """Lay the page out in points (A4 landscape: 842 × 595)."""
    fig = Figure(figsize=A4_LANDSCAPE_IN, facecolor="white")
    view = data.view
    _width, height = points(fig)
    heading = t(
        "briefing.title", lang, indicator=indicator_label(view.indicator, lang), year=view.year
    )
    header(fig, heading, unit_line(view, lang), top=height - 22, size=18, left=22)
    footer(
        fig,
        footer_lines(data.report_sources, lang, made_on),
        bottom=12,
        size=7.5,
        left=22,
        wrap=190,
    )
    box = map_box(data, left=16, bottom=178, top=height - 78, max_width=330)
    draw_map(fig.add_axes(to_fraction(fig, box)), data, lang)
    draw_legend(fig, data, lang, left=26, top=170, size=8.5)
    districts = table[~table["is_province"]]
    province = float(table.loc[table["is_province"], "value"].iloc[0])
    ranking(
        fig.add_axes(to_fraction(fig, (428, 70, 150, height - 160))),
        districts,
        data,
        province,
        lang,
    )
    bottom = key_block(
        fig, key_points(view.year, view.indicator, lang), left=632, top=height - 78, lang=lang
    )
    if view.year - 1 in YEARS:
        top = min(bottom - 30, 305)
        change(fig.add_axes(to_fraction(fig, (704, 70, 116, top - 70))), districts, view.year, lang)
    else:
        note(
            fig,
            t("briefing.no_change", lang, year=view.year),
            left=632,
            top=bottom - 20,
            size=TEXT_PT,
            wrap=KEY_WRAP,
        )
    return fig


def ranking(ax, districts: pd.DataFrame, data, province: float, lang: str) -> None:
    """The 17 as horizontal bars, highest first, in the map's colours; the province as a line."""
    rows = districts.sort_values("value", ascending=False, na_position="last")
    values = rows["value"].fillna(0)
    positions = range(len(rows))
    ax.barh(
        positions,
        values,
        color=[data.classes.colour_of(v) for v in rows["value"]],
        edgecolor=colours.SWATCH_EDGE,
        linewidth=0.4,
        height=0.72,
    )
    _bar_axes(ax, rows["short_label"], values.max() * 1.25, bottom_room=0.9)
    for y, value in zip(positions, rows["value"]):
        label = ax.text(
            0 if pd.isna(value) else value,
            y,
            " "
            + (MISSING if pd.isna(value) else format_value(value, "target", lang, compact=True)),
            va="center",
            fontsize=TEXT_PT - 1,
        )
        _clear_of(label, province)
    ax.axvline(province, color=colours.PROVINCE_LINE, linewidth=0.9, linestyle="--")
    ax.text(
        province,
        len(rows) - 0.3,
        " " + t("export.province", lang, value=format_value(province, "target", lang)),
        fontsize=TEXT_PT - 1,
        ha="left",
        va="top",
        color=colours.PROVINCE_LINE,
    )
    ax.set_title(
        t("briefing.ranking", lang), fontsize=TEXT_PT + 1.5, fontweight="bold", loc="left", pad=8
    )


def _clear_of(label, x: float) -> None:
    """Move a bar's value label just past the line at ``x`` when the line would run through it
    (measured as drawn, in the axes' data units)."""
    ax = label.axes
    box = label.get_window_extent()
    left, right = ax.transData.inverted().transform([[box.x0, 0], [box.x1, 0]])[:, 0]
    if left <= x <= right:
        label.set_x(x)


def change(ax, districts: pd.DataFrame, year: int, lang: str) -> None:
    """Each district's change on the year before, in points, largest rise first."""
    previous = year - 1
    rows = districts.sort_values("change_pp", ascending=False, na_position="last")
    negative, positive = colours.diverging(4)[0], colours.diverging(4)[-1]
    values = rows["change_pp"].fillna(0)
    ax.barh(
        range(len(rows)),
        values,
        color=[positive if v > 0 else negative for v in values],
        height=0.7,
    )
    for y, value in enumerate(rows["change_pp"]):
        ax.text(
            max(value, 0) if not pd.isna(value) else 0,
            y,
            " " + format_value(value, "gap", lang, compact=True),
            va="center",
            fontsize=TEXT_PT - 1.5,
        )
    ax.axvline(0, color=colours.PROVINCE_LINE, linewidth=0.6)
    _bar_axes(
        ax, rows["short_label"], max(values.max(), 0) * 1.6 or 1, low=min(values.min(), 0) * 1.1
    )
    ax.set_title(
        t("briefing.change", lang, previous=previous),
        fontsize=TEXT_PT + 0.5,
        fontweight="bold",
        loc="right",
        pad=6,
    )


def _bar_axes(ax, names, high: float, low: float = 0, bottom_room: float = 0) -> None:
    ax.set_yticks(range(len(names)), labels=list(names), fontsize=TEXT_PT - 0.5)
    ax.set_ylim(len(names) - 0.5 + bottom_room, -0.5)
    ax.set_xlim(low, high)
    ax.xaxis.set_visible(False)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)


def key_block(fig: Figure, sentences: list[str], left: float, top: float, lang: str) -> float:
    """The key points as numbered paragraphs; returns the bottom of the block (points)."""
    width, height = points(fig)
    fig.text(
        left / width,
        top / height,
        t("briefing.key", lang),
        fontsize=TEXT_PT + 1.5,
        fontweight="bold",
        va="top",
    )
    y = top - 20
    for number, sentence in enumerate(sentences, start=1):
        text = f"{number}. {sentence}"
        note(fig, text, left, y, size=TEXT_PT, wrap=KEY_WRAP)
        y -= (len(textwrap.wrap(text, KEY_WRAP)) * 1.4 + 0.8) * TEXT_PT
    return y
