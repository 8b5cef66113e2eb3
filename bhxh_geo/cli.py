"""Command line: ``python -m bhxh_geo GROUP VERB``; one verb per capability of the app.

Each body is a few lines that call the same ``bhxh_geo`` functions the app calls. Domain errors
become ``click.ClickException``: ``Error: …`` on stderr, exit status 1, no traceback.
"""

from __future__ import annotations

import click

from bhxh_geo import __version__
from bhxh_geo.boundaries import BoundaryError, build_boundaries
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.render.assets import AssetError, fetch_leaflet
from bhxh_geo.targets import load_targets, plan_source

CONTEXT_SETTINGS = dict(help_option_names=["-h", "--help"], max_content_width=100)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="bhxh-geo")
def cli():
    """Social-insurance coverage of Gia Lai's 17 districts: targets, actuals, maps."""


@cli.group(name="boundaries")
def boundaries_group():
    """District boundaries (built from the pinned upstream file, never committed)."""


@boundaries_group.command(name="build")
@click.option("--force", is_flag=True, help="Rebuild even when the file is current.")
def boundaries_build(force):
    """Write geo/gialai_districts.geojson from the pinned upstream file.

    Reads $BHXH_GEO_MIRROR/dvhcvn-gis-64.json when the variable is set, else downloads the
    pinned URL; either way the SHA-256 is checked. A current file is left untouched.

    Example:

    \b
        BHXH_GEO_MIRROR=../shared/geo python -m bhxh_geo boundaries build
    """
    try:
        report = build_boundaries(force=force)
    except BoundaryError as error:
        raise click.ClickException(str(error)) from error
    click.echo(report.summary())


@cli.group(name="assets")
def assets_group():
    """Front-end files the app serves itself (no CDN)."""


@assets_group.command(name="fetch")
def assets_fetch():
    """Unpack the pinned Leaflet release from the npm registry into static/vendor/.

    The tarball's sha512 is checked against the pinned integrity; a present copy is kept.

    Example:

    \b
        python -m bhxh_geo assets fetch
    """
    try:
        click.echo(fetch_leaflet())
    except AssetError as error:
        raise click.ClickException(str(error)) from error


@cli.group(name="targets")
def targets_group():
    """Coverage targets of the plan (data/targets.csv)."""


@targets_group.command(name="list")
@click.option("--year", type=click.Choice([str(y) for y in YEARS]), help="One year (default: all).")
@click.option("--indicator", type=click.Choice(INDICATORS), help="One indicator (default: all).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True
)
def targets_list(year, indicator, fmt):
    """Print the plan's targets, with their source.

    Example:

    \b
        python -m bhxh_geo targets list --year 2025 --indicator bhxh
    """
    frame = load_targets()
    if year:
        frame = frame[frame["year"] == int(year)]
    if indicator:
        frame = frame[frame["indicator"] == indicator]
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
        return
    click.echo(frame.drop(columns="source").to_string(index=False))
    click.echo(f"\nNguồn / Source: {plan_source()}")


from bhxh_geo.actuals.cli import actuals_group  # noqa: E402 (registered after the core groups)

cli.add_command(actuals_group)
from bhxh_geo.export_cli import export_group  # noqa: E402

cli.add_command(export_group)
from bhxh_geo.demo_cli import demo_group  # noqa: E402

cli.add_command(demo_group)
from bhxh_geo.publish_cli import publish_command  # noqa: E402

cli.add_command(publish_command)
