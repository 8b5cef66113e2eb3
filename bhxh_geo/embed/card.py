"""The social card of a view: a 1200×630 PNG (the Open Graph size) with the map, title, the
province's figure and the source, drawn by the static export's renderer
(:mod:`bhxh_geo.render.static`): the same classes, colours, labels and legend as the app.
"""

from __future__ import annotations

import datetime
import textwrap

from bhxh_geo import colours
from bhxh_geo.i18n import format_date, t
from bhxh_geo.render import static
from bhxh_geo.render.map_data import MapData
from bhxh_geo.view_text import format_value, title, unit_line

CARD_SIZE = (1200, 630)


def render_card(data: MapData, lang: str, made_on: datetime.date | None = None) -> bytes:
    """The card of ``data`` (:func:`bhxh_geo.render.map_data.map_data`) as PNG bytes."""
    with static.export_style():
        return static.figure_bytes(card_figure(data, lang, made_on), "png")


def card_figure(data: MapData, lang: str, made_on: datetime.date | None = None):
    """Title and unit on top, the map on the left; legend and the province beside it; the
    sources and the date at the foot (larger type than a screen export: a card is seen small)."""
    fig = static.new_figure(*CARD_SIZE)
    width = static.points(fig)[0]
    header_bottom = _header(fig, title(data.view, lang), unit_line(data.view, lang))
    made_on = made_on or datetime.date.today()
    lines = [t("source.plan", lang)]
    if data.report_sources:
        lines.append(t("source.report", lang, sources="; ".join(data.report_sources)))
    lines.append(t("export.made_on", lang, date=format_date(made_on, lang)))
    footer_top = static.footer(fig, lines, bottom=14, size=17, wrap=120)
    map_top, map_bottom = header_bottom - 14, footer_top + 8
    box = static.map_box(data, left=22, bottom=map_bottom, top=map_top, max_width=0.5 * width)
    left_, bottom_, width_, height_ = static.to_fraction(fig, box)
    static.draw_map(fig.add_axes((left_, bottom_, width_, height_)), data, lang)
    left = box[0] + box[2] + 40
    province = t(
        "export.province", lang, value=format_value(data.province, data.view.measure, lang)
    )
    static.note(fig, province, left, map_top - 4, size=30, wrap=34, fontweight="bold")
    static.draw_legend(fig, data, lang, left=left, top=map_top - 76, size=18)
    if data.demo:
        static.demo_stamp(fig, lang, left, map_bottom + 60)
    return fig


def _header(fig, heading: str, subheading: str, left: float = 22) -> float:
    """The title (wrapped on two lines at most, smaller when long) and the unit; their bottom."""
    width, height = static.points(fig)
    for size in (34, 28, 23):
        lines = textwrap.wrap(heading, int((width - 2 * left) / (0.62 * size)))
        if len(lines) <= 2:
            break
    top = height - 20
    fig.text(
        left / width,
        top / height,
        "\n".join(lines),
        fontsize=size,
        fontweight="bold",
        va="top",
        linespacing=1.15,
        color=colours.LABEL_TEXT,
    )
    top -= len(lines) * 1.3 * size + 6
    fig.text(
        left / width, top / height, subheading, fontsize=20, va="top", color=colours.TEXT_MUTED
    )
    return top - 28
