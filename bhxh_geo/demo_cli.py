"""``python -m bhxh_geo demo seed``: fill a separate demo database with synthetic actuals.

The demo never goes into the real database (``var/bhxh_geo.sqlite3``): give it its own file with
``--db`` or ``$BHXH_GEO_DB`` (``make demo`` uses ``var/demo.sqlite3``). Seeding twice adds nothing.
"""

from __future__ import annotations

import click

from bhxh_geo.actuals import store
from bhxh_geo.actuals.errors import StoreError
from bhxh_geo.demo import DemoError, seed_demo_db
from bhxh_geo.i18n import LANGS, t
from bhxh_geo.paths import db_path
from bhxh_geo.terminal import clean


@click.group(name="demo")
def demo_group():
    """Synthetic demo actuals, labelled "DỮ LIỆU MINH HỌA" everywhere they show."""


@demo_group.command(name="seed")
@click.option(
    "--db",
    "db",
    # A string, not a click.Path: a PostgreSQL URL's "//" must survive.
    type=str,
    help="Demo database: a SQLite file or a postgresql:// URL (default: $BHXH_GEO_DB; never"
    " the real database).",
)
@click.option("--lang", type=click.Choice(LANGS), default="vi", show_default=True)
def seed_command(db, lang):
    """Fill the demo database with synthetic actuals (only when it has none).

    Example:

    \b
        BHXH_GEO_DB=var/demo.sqlite3 python -m bhxh_geo demo seed
    """
    path = db or db_path()
    shown = store.location(path)  # a PostgreSQL URL without its password
    try:
        created = seed_demo_db(path)
    except DemoError as error:
        raise click.ClickException(clean(t("demo.real_db", lang, path=shown))) from error
    except StoreError as error:
        raise click.ClickException(clean(error.message(lang))) from error
    click.echo(
        clean(
            t("demo.seeded", lang, count=len(created), path=shown)
            if created
            else t("demo.already", lang, path=shown)
        )
    )
