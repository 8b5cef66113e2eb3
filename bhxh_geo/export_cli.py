"""``python -m bhxh_geo export map|table|briefing``: the files the app's Downloads page offers.

Bodies are thin: they call the functions the page calls. Bad input (year, indicator, measure,
format, size, a file name that does not match the format, an actuals measure with nothing
imported) stops with a message and exit status 1 or 2, before anything is written. Matplotlib
is imported inside the commands, so other commands stay quick to start.
"""

from __future__ import annotations

from pathlib import Path

import click

from bhxh_geo.export_formats import (
    DEFAULT_SIZE,
    MAP_FORMATS,
    TABLE_FORMATS,
    ExportError,
    parse_size,
)
from bhxh_geo.i18n import LANGS, format_int, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.measures import MEASURES, PERIODS


def _size(ctx, param, value):
    try:
        return parse_size(value, ctx.params.get("lang") or "vi")
    except ExportError as error:
        raise click.BadParameter(str(error), ctx=ctx, param=param) from error


def _year_option(required: bool):
    return click.option(
        "--year",
        type=click.Choice([str(y) for y in YEARS]),
        required=required,
        help="A year of the plan." + ("" if required else " (default: all years)"),
    )


def _lang_option(command):
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default="vi",
        show_default=True,
        is_eager=True,
        help="Language of the text on the export.",
    )(command)


def _output_option(command):
    return click.option(
        "-o",
        "--output",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="The file to write; its suffix must match the format.",
    )(command)


def _write(output: Path, fmt: str, build, lang: str) -> None:
    """Check the suffix, build the bytes, then write: a refusal writes nothing."""
    if output.suffix.lower() != f".{fmt}":
        raise click.ClickException(t("export.error.suffix", lang, path=output, fmt=fmt))
    from bhxh_geo.boundaries import BoundaryError

    try:
        data = build()
    except (
        ValueError,
        BoundaryError,
    ) as error:  # ExportError, the view's checks, missing boundaries
        raise click.ClickException(str(error)) from error
    output.write_bytes(data)
    click.echo(t("export.written", lang, path=output, size=format_int(len(data), lang)))


@click.group(name="export")
def export_group():
    """Files made on the server, each with its sources: the map, the data table, the briefing."""


@export_group.command(name="map")
@_year_option(required=True)
@click.option("--indicator", type=click.Choice(INDICATORS), required=True, help="The indicator.")
@click.option(
    "--measure",
    type=click.Choice(MEASURES),
    default="target",
    show_default=True,
    help="The plan's target, or (once imported) the reported figure, the gap, the people needed.",
)
@click.option(
    "--period",
    type=click.Choice(PERIODS),
    default="full",
    show_default=True,
    help="full = Cả năm, h1 = 6 tháng (reported measures only).",
)
@click.option(
    "--format", "fmt", type=click.Choice(MAP_FORMATS), required=True, help="The file format."
)
@click.option(
    "--size",
    default="x".join(map(str, DEFAULT_SIZE)),
    show_default=True,
    callback=_size,
    help="Pixels, WIDTHxHEIGHT; 1200x675 for social posts (sets the aspect of SVG and PDF too).",
)
@_lang_option
@click.option(
    "--scheme",
    help="Colour classes, as on the web map: natural_breaks (default), quantiles, equal_interval.",
)
@_output_option
def export_map(year, indicator, measure, period, fmt, size, lang, scheme, output):
    """The map as PNG, SVG or PDF: classes, labels and legend as in the app, with its sources.

    Example:

    \b
        python -m bhxh_geo export map --year 2025 --indicator bhxh --format png -o bhxh-2025.png
    """

    def build():
        from bhxh_geo.actuals.current import stored_actuals
        from bhxh_geo.classify import DEFAULT_SCHEME
        from bhxh_geo.map_view import MapView
        from bhxh_geo.render.map_data import map_data
        from bhxh_geo.render.static import render_map

        view = MapView(int(year), indicator, measure, period, scheme or DEFAULT_SCHEME)
        actuals = stored_actuals() if measure != "target" else None
        return render_map(map_data(view, actuals, lang), fmt, lang, size)

    _write(output, fmt, build, lang)


@export_group.command(name="table")
@_year_option(required=False)
@click.option("--indicator", type=click.Choice(INDICATORS), help="One indicator (default: all).")
@click.option(
    "--format", "fmt", type=click.Choice(TABLE_FORMATS), required=True, help="The file format."
)
@_output_option
def export_table(year, indicator, fmt, output):
    """Every target (and imported actual) exactly as stored, with its source: CSV or XLSX.

    Example:

    \b
        python -m bhxh_geo export table --format xlsx -o bhxh-gia-lai.xlsx
    """
    from bhxh_geo.actuals.current import stored_actuals
    from bhxh_geo.table_export import table_bytes

    def build():
        return table_bytes(fmt, int(year) if year else None, stored_actuals(), indicator=indicator)

    _write(output, fmt, build, "vi")


@export_group.command(name="briefing")
@_year_option(required=True)
@click.option(
    "--indicator",
    type=click.Choice(INDICATORS),
    default=INDICATORS[0],
    show_default=True,
    help="The indicator the briefing is about.",
)
@_lang_option
@_output_option
def export_briefing(year, indicator, lang, output):
    """The one-page briefing (A4 landscape PDF): map, ranking, change, key points, sources.

    Example:

    \b
        python -m bhxh_geo export briefing --year 2025 -o tom-tat-2025.pdf
    """

    def build():
        from bhxh_geo.render.briefing import render_briefing

        return render_briefing(int(year), lang, indicator)

    _write(output, "pdf", build, lang)
