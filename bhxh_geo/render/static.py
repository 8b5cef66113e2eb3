"""The map as a file made on the server: PNG, SVG or PDF, drawn with GeoPandas/matplotlib.

The same classes, colours, printed labels, leader lines and legend as the web map (see
:mod:`bhxh_geo.render.map_data`), plus what an image travelling alone needs: a title, the unit,
the sources, the date it was made and the note on the 2025 reorganisation. Demo figures get the
demo label across the image. Text stays text: ``pdf.fonttype=42`` embeds DejaVu Sans (bundled
with matplotlib, every Vietnamese glyph), ``svg.fonttype="none"`` writes ``<text>`` elements.

Everything is laid out in points on a canvas 19.2 inches wide; the pixel size only changes the
resolution (``dpi = width / 19.2``), so 1920×1080 and 1200×675 look the same.
"""

from __future__ import annotations

import datetime
import io
import textwrap
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib import patheffects
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from bhxh_geo import colours, label_placement
from bhxh_geo.choices import check_choice
from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.export_formats import DEFAULT_SIZE, MAP_FORMATS, ExportError
from bhxh_geo.i18n import format_date, t
from bhxh_geo.render.map_data import MapData
from bhxh_geo.view_text import format_value, legend_format, title, unit_line

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

FORMATS = MAP_FORMATS
CANVAS_WIDTH_IN = 19.2
BASE_DPI = 100  # the pixels the web map's label sizes are given in
LABEL_LINE_SPACING = label_placement.LINE_PX / label_placement.FONT_PX
RC: dict[RcKeyType, Any] = {
    "pdf.fonttype": 42,
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "svg.hashsalt": "bhxh-geo",
    "hatch.linewidth": 1.5,
}
_RC_LOCK = threading.Lock()  # rcParams are global; Streamlit renders on several threads


@contextmanager
def export_style():
    """The export's matplotlib settings, for one thread at a time (build and save inside)."""
    with _RC_LOCK, matplotlib.rc_context(RC):
        yield


def check_format(fmt: str) -> str:
    return check_choice("format", fmt, FORMATS, ExportError)


def new_figure(width_px: int, height_px: int) -> Figure:
    """A figure 19.2 inches wide with exactly ``width_px`` × ``height_px`` pixels as PNG."""
    dpi = width_px / CANVAS_WIDTH_IN
    return Figure(figsize=(CANVAS_WIDTH_IN, height_px / dpi), dpi=dpi, facecolor="white")


def figure_bytes(fig: Figure, fmt: str) -> bytes:
    """The figure as PNG, SVG or PDF (call inside :func:`export_style`)."""
    buffer = io.BytesIO()
    metadata = {"svg": {"Date": None}, "pdf": {"Creator": "bhxh-geo"}}.get(fmt)
    fig.savefig(buffer, format=check_format(fmt), dpi=fig.dpi, metadata=metadata)
    return buffer.getvalue()


def render_map(
    data: MapData,
    fmt: str,
    lang: str = "vi",
    size: tuple[int, int] = DEFAULT_SIZE,
    made_on: datetime.date | None = None,
) -> bytes:
    """The map of ``data`` as ``fmt`` bytes (see :func:`map_figure`)."""
    check_format(fmt)
    with export_style():
        return figure_bytes(map_figure(data, lang, size, made_on), fmt)


def map_figure(
    data: MapData,
    lang: str = "vi",
    size: tuple[int, int] = DEFAULT_SIZE,
    made_on: datetime.date | None = None,
) -> Figure:
    """Title and unit on top, the map on the left, the legend beside it, sources at the bottom."""
    fig = new_figure(*size)
    height = points(fig)[1]
    header(fig, title(data.view, lang), unit_line(data.view, lang), top=height - 24, size=26)
    footer_top = footer(fig, footer_lines(data.report_sources, lang, made_on), bottom=16, size=12)
    map_top, map_bottom = height - 100, footer_top + 14
    box = map_box(data, left=24, bottom=map_bottom, top=map_top, max_width=0.6 * points(fig)[0])
    draw_map(fig.add_axes(to_fraction(fig, box)), data, lang)
    left = box[0] + box[2] + 36
    bottom = draw_legend(fig, data, lang, left=left, top=map_top - 10, size=17)
    province = t(
        "export.province", lang, value=format_value(data.province, data.view.measure, lang)
    )
    note(fig, province, left, bottom - 10, size=17)
    if data.demo:
        demo_stamp(fig, lang, left, bottom - 60)
    return fig


# --- layout helpers (points from the bottom-left corner) -------------------------------------


def points(fig: Figure) -> tuple[float, float]:
    width_in, height_in = fig.get_size_inches()
    return width_in * 72, height_in * 72


def to_fraction(
    fig: Figure, box: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    width, height = points(fig)
    left, bottom, w, h = box
    return (left / width, bottom / height, w / width, h / height)


def map_box(
    data: MapData, left: float, bottom: float, top: float, max_width: float
) -> tuple[float, float, float, float]:
    """The map's box in points: as tall as allowed, as wide as the districts' shape needs."""
    xmin, ymin, xmax, ymax = data.frame.total_bounds
    height = top - bottom
    width = min(max_width, height * (xmax - xmin) / (ymax - ymin))
    return (left, bottom, width, height)


def header(
    fig: Figure, heading: str, subheading: str, top: float, size: float, left: float = 24
) -> None:
    width, height = points(fig)
    fig.text(
        left / width,
        top / height,
        heading,
        fontsize=size,
        fontweight="bold",
        va="top",
        color=colours.LABEL_TEXT,
    )
    fig.text(
        left / width,
        (top - 1.6 * size) / height,
        subheading,
        fontsize=size * 0.6,
        va="top",
        color=colours.TEXT_MUTED,
    )


def footer_lines(report_sources, lang: str, made_on: datetime.date | None) -> list[str]:
    """Source(s), the note on the districts, the date: what every export carries at its foot."""
    lines = [t("source.plan", lang)]
    if report_sources:
        lines.append(t("source.report", lang, sources="; ".join(report_sources)))
    lines.append(t("note.districts_2025", lang))
    lines.append(
        t("export.made_on", lang, date=format_date(made_on or datetime.date.today(), lang))
    )
    return lines


def footer(
    fig: Figure, lines: list[str], bottom: float, size: float, left: float = 24, wrap: int = 170
) -> float:
    """``lines`` stacked upwards from ``bottom`` (points), long ones wrapped; returns their top."""
    width, height = points(fig)
    wrapped = [part for line in lines for part in textwrap.wrap(line, wrap)]
    for i, line in enumerate(reversed(wrapped)):
        fig.text(
            left / width,
            (bottom + i * 1.4 * size) / height,
            line,
            fontsize=size,
            color=colours.TEXT_MUTED,
            va="bottom",
        )
    return bottom + len(wrapped) * 1.4 * size


def note(
    fig: Figure, text: str, left: float, top: float, size: float, wrap: int = 60, **style
) -> None:
    """A block of text at ``left``/``top`` (points), wrapped at ``wrap`` characters."""
    width, height = points(fig)
    fig.text(
        left / width,
        top / height,
        "\n".join(textwrap.wrap(text, wrap)),
        fontsize=size,
        va="top",
        linespacing=1.4,
        **style,
    )


def demo_stamp(fig: Figure, lang: str, left: float, top: float) -> None:
    """The demo label, big and across the image, so no one mistakes it for real figures."""
    fig.text(
        0.5,
        0.5,
        DEMO_LABEL,
        fontsize=points(fig)[0] / len(DEMO_LABEL) * 1.25,
        fontweight="bold",
        color=colours.DEMO_TEXT,
        alpha=0.35,
        rotation=18,
        ha="center",
        va="center",
        zorder=10,
    )
    note(
        fig,
        t("export.demo_note", lang),
        left,
        top,
        size=15,
        fontweight="bold",
        color=colours.DEMO_TEXT,
    )


# --- the map ------------------------------------------------------------------------------


def draw_map(ax, data: MapData, lang: str) -> None:
    """Districts filled by class (missing: hatched grey), then leader lines and printed labels."""
    ax.set_axis_off()
    scale = _fit(ax, data)
    frame = data.frame
    fills = [data.classes.colour_of(value) for value in frame["value"]]
    frame.plot(
        ax=ax, color=fills, edgecolor=colours.BORDER, linewidth=1.2 * scale * 0.72, aspect=None
    )
    ax.collections[-1].set_gid("districts")
    missing = frame[frame["value"].isna()]
    if len(missing):
        missing.plot(
            ax=ax, facecolor="none", edgecolor=colours.BORDER, hatch="///", linewidth=0, aspect=None
        )
        ax.collections[-1].set_hatchcolor(colours.MISSING_HATCH)
        ax.collections[-1].set_gid("missing")
    for row in frame.itertuples(index=False):
        text = (
            f"{row.short_label}\n{format_value(row.value, data.view.measure, lang, compact=True)}"
        )
        draw_label(ax, data.places.loc[row.code], text, scale)


def _fit(ax, data: MapData) -> float:
    """Set limits so one metre is as many points across as up; return web pixels → pixels here.

    The label layout was computed for the web map's scale; drawing the labels at the same
    ground size keeps them where the layout placed them, clear of each other.
    """
    xmin, ymin, xmax, ymax = data.frame.total_bounds
    pad = 0.02 * max(xmax - xmin, ymax - ymin)
    xmin, ymin, xmax, ymax = xmin - pad, ymin - pad, xmax + pad, ymax + pad
    box = ax.get_position()
    width_px, height_px = (
        box.width * ax.figure.get_figwidth() * BASE_DPI,
        box.height * ax.figure.get_figheight() * BASE_DPI,
    )
    per_px = max((xmax - xmin) / width_px, (ymax - ymin) / height_px)
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    ax.set_xlim(cx - per_px * width_px / 2, cx + per_px * width_px / 2)
    ax.set_ylim(cy - per_px * height_px / 2, cy + per_px * height_px / 2)
    latitude = float(data.frame.to_crs("EPSG:4326").geometry.union_all().centroid.y)
    return label_placement.metres_per_pixel(latitude) / per_px


def draw_label(ax, place, text: str, scale: float) -> None:
    """One printed label (white halo under real text) with its leader line when it has one."""
    px_to_pt = 72 / BASE_DPI * scale
    if place.leader:
        ax.plot(
            [place.anchor_x, place.label_x],
            [place.anchor_y, place.label_y],
            color=colours.LABEL_TEXT,
            linewidth=1.5 * px_to_pt,
            zorder=3,
            solid_capstyle="round",
        )
        ax.plot(
            [place.anchor_x],
            [place.anchor_y],
            marker="o",
            markersize=5 * px_to_pt,
            color=colours.LABEL_TEXT,
            zorder=3,
        )
    style = dict(
        ha="center",
        va="center",
        fontsize=label_placement.FONT_PX * px_to_pt,
        fontweight="bold",
        linespacing=LABEL_LINE_SPACING,
        zorder=5,
    )
    # The halo is a stroke-only copy (drawn as outlines); the text above it stays selectable text.
    halo = [patheffects.Stroke(linewidth=3 * px_to_pt, foreground=colours.LABEL_HALO)]
    ax.text(
        place.label_x, place.label_y, text, color=colours.LABEL_HALO, path_effects=halo, **style
    )
    ax.text(place.label_x, place.label_y, text, color=colours.LABEL_TEXT, gid="label", **style)


def draw_legend(
    fig: Figure, data: MapData, lang: str, left: float, top: float, size: float
) -> float:
    """The legend at ``left``/``top`` (points): each class's range and count; returns its bottom."""
    width, height = points(fig)
    row = 1.9 * size
    fig.text(
        left / width,
        top / height,
        t("map.legend", lang),
        fontsize=size,
        fontweight="bold",
        va="top",
    )
    y = top - 1.8 * size
    for entry in data.classes.legend(data.values, lang, *legend_format(data.view.measure, lang)):
        swatch = Rectangle(
            ((left) / width, (y - 1.05 * size) / height),
            2.2 * size / width,
            1.1 * size / height,
            transform=fig.transFigure,
            facecolor=entry["colour"],
            edgecolor=colours.SWATCH_EDGE,
            linewidth=0.8,
            hatch="///" if entry.get("missing") else None,
        )
        if entry.get("missing"):
            swatch.set_hatchcolor(colours.MISSING_HATCH)
        fig.add_artist(swatch)
        text_y = (y - 0.5 * size) / height
        fig.text((left + 2.8 * size) / width, text_y, entry["label"], fontsize=size, va="center")
        fig.text(
            (left + 13.5 * size) / width,
            text_y,
            entry["count_label"],
            fontsize=size * 0.9,
            va="center",
            color=colours.TEXT_MUTED,
        )
        y -= row
    return y
