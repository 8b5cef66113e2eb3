"""``python -m bhxh_geo publish -o DIR``: every view as a static site (:mod:`bhxh_geo.publish`)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from bhxh_geo.i18n import format_int, t

DEFAULT_APP_URL = "http://localhost:8501/"


@click.command(name="publish")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write (created when missing; files of the same names are replaced).",
)
@click.option(
    "--app-url",
    default=lambda: os.environ.get("BHXH_GEO_PUBLIC_URL") or DEFAULT_APP_URL,
    show_default="$BHXH_GEO_PUBLIC_URL or " + DEFAULT_APP_URL,
    help="The live app's address: each page's “open in the app” link.",
)
@click.option(
    "--site-url",
    help="Where DIR will be served from (absolute); writes the share pages, whose card "
    "addresses must be absolute.",
)
@click.option(
    "--no-cards",
    is_flag=True,
    help="Leave out the 1200×630 cards and share pages (the slow part; pages and data only).",
)
def publish_command(output, app_url, site_url, no_cards):
    """Write the embed pages, data files and cards of every view, with an index page.

    Indicators × measures × periods × languages, the three years inside each page; a reported
    measure with nothing imported is skipped (the index says so). Serve DIR with any web server.

    Example:

    \b
        python -m bhxh_geo publish -o site --app-url https://bhxh.example.vn/
    """
    from bhxh_geo.boundaries import BoundaryError
    from bhxh_geo.publish import publish

    try:
        site = publish(output, app_url, site_url, cards=not no_cards)
    except (BoundaryError, OSError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(
        t(
            "publish.written",
            "vi",
            pages=len(site.pages),
            cards=len(site.cards),
            files=len(site.files),
            folder=output,
            size=format_int(site.size, "vi"),
            skipped=len(site.skipped),
        )
    )
