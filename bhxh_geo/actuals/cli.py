"""``python -m bhxh_geo actuals VERB``: import, template, list, history, batches, revert, export,
migrate.

Bodies are thin: they call the same functions the app calls. A refusal is a
``click.ClickException``: the message on stderr, exit status 1, no traceback, nothing stored.
Text that came from a file or the database (file names, sources, officers, cell values) is
printed through :func:`bhxh_geo.terminal.clean`: no terminal escape reaches the terminal. A
refused file lists its first problems (:data:`bhxh_geo.actuals.limits.MAX_LISTED`) and counts
the rest.
"""

from __future__ import annotations

import functools
import getpass
from pathlib import Path

import click

from bhxh_geo import spreadsheets
from bhxh_geo.actuals import listings, store
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.actuals.issues import FileProblem, listed, localize, more_line
from bhxh_geo.actuals.migrate import migration_files
from bhxh_geo.actuals.reader import read_file
from bhxh_geo.actuals.store import StoreError
from bhxh_geo.districts import UnknownDistrict, match_unit, unit_name
from bhxh_geo.i18n import LANGS, t
from bhxh_geo.indicators import YEARS
from bhxh_geo.terminal import clean, clean_frame


def echo(text: str) -> None:
    """Print text that may hold a file's or the database's words."""
    click.echo(clean(text))


def refuse(text: str) -> click.ClickException:
    """A refusal to raise, its message printed as :func:`echo` prints."""
    return click.ClickException(clean(text))


def common_options(command):
    """``--db`` and ``--lang``, shared by every verb."""

    @click.option(
        "--db",
        "db",
        # A string, not a click.Path: a PostgreSQL URL's "//" must survive.
        type=str,
        help="Database: a SQLite file or a postgresql:// URL (default: $BHXH_GEO_DB or"
        " var/bhxh_geo.sqlite3).",
    )
    @click.option(
        "--lang",
        type=click.Choice(LANGS),
        default="vi",
        show_default=True,
        help="Language of messages and tables.",
    )
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except StoreError as error:
            raise refuse(error.message(kwargs["lang"])) from error

    return wrapper


@click.group(name="actuals")
def actuals_group():
    """Actual coverage reported by the districts: import, history, revert, export."""


@actuals_group.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--year",
    type=click.Choice([str(y) for y in YEARS]),
    help="Year of the figures when the file has no Năm column (or only in its title).",
)
@click.option(
    "--period",
    type=click.Choice(["full", "h1"]),
    help="full = Cả năm, h1 = 6 tháng; when the file has no Kỳ column (default: full).",
)
@click.option(
    "--scale",
    type=click.Choice(["percent", "fraction"]),
    help="How to read a file whose values are all ≤ 1.",
)
@click.option("--sheet", help="Worksheet of an XLSX file (default: the first).")
@click.option("--source", help="The source document (default: the file name).")
@click.option("--by", "by", help="The officer importing (default: the login name).")
@click.option("--dry-run", is_flag=True, help="Show what would change; store nothing.")
@click.option("--force", is_flag=True, help="Import a file whose SHA-256 is already stored.")
@common_options
def import_command(file, year, period, scale, sheet, source, by, dry_run, force, db, lang):
    """Import a district report (CSV or XLSX; long, wide or counts).

    The whole file is checked first; any problem refuses all of it, listing every problem.

    Example:

    \b
        python -m bhxh_geo actuals import bao_cao_2024.xlsx --source "Báo cáo 15/BC-BHXH" --by "Nguyễn Văn A"
    """
    try:
        data = read_file(file)
    except FileProblem as problem:
        issue = localize(problem, file.name, lang)
        raise refuse(f"{t('actuals.refused', lang, file=file.name, count=1)}\n{issue}") from None
    result = parse_actuals(
        data,
        file.name,
        year=int(year) if year else None,
        period=period,
        scale=scale,
        sheet=sheet,
        lang=lang,
    )
    if not result.ok:
        shown, more = listed(result.errors)
        lines = [t("actuals.refused", lang, file=file.name, count=len(result.errors))]
        lines += [str(issue) for issue in shown] + ([more_line(more, lang)] if more else [])
        raise refuse("\n".join(lines))
    if dry_run:
        changes = store.preview(result, path=db)
        echo(listings.preview_summary(changes, lang))
        earlier = store.batch_with_sha256(result.sha256, path=db)
        if earlier is not None:
            echo(t("actuals.dry_run_duplicate", lang, batch=earlier))
        echo(listings.preview_table(changes, lang))
        return
    batch = store.import_batch(
        result,
        filename=file.name,
        sha256=result.sha256,
        source=source or file.name,
        by=by or _login(),
        force=force,
        path=db,
    )
    echo(
        t(
            "actuals.imported",
            lang,
            batch=batch,
            rows=len(result.rows),
            file=file.name,
            shape=result.shape,
        )
    )


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return ""


@actuals_group.command(name="template")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--lang", type=click.Choice(LANGS), default="vi", show_default=True)
def template_command(fmt, output, lang):
    """Write an empty import template.

    One row per district (and the province), a column per indicator.

    Example:

    \b
        python -m bhxh_geo actuals template --format xlsx -o mau_nhap.xlsx
    """
    spreadsheets.write_table(
        listings.template_frame(),
        output,
        fmt=fmt,
        sources=[t("actuals.template.source", lang)],
        notes=[t("actuals.template.how", "vi"), t("actuals.template.how", "en")],
    )
    echo(t("actuals.template_written", lang, path=output))


@actuals_group.command(name="list")
@click.option("--year", type=click.Choice([str(y) for y in YEARS]), help="One year (default: all).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@common_options
def list_command(year, fmt, db, lang):
    """Print the current actuals, with their source.

    The current value is the one from the latest batch not reverted.

    Example:

    \b
        python -m bhxh_geo actuals list --year 2024 --format csv
    """
    frame = clean_frame(store.current_actuals(int(year) if year else None, path=db))
    if fmt == "csv":
        click.echo(clean(spreadsheets.csv_text(listings.export_frame(frame))), nl=False)
    elif fmt == "json":
        click.echo(
            listings.export_frame(frame).to_json(orient="records", force_ascii=False, indent=1)
        )
    else:
        echo(listings.values_table(frame, lang) if len(frame) else t("actuals.no_values", lang))


@actuals_group.command(name="history")
@click.argument("district")
@common_options
def history_command(district, db, lang):
    """Every value a district has had, and its source.

    DISTRICT is a name in any spelling or a GSO code; `Toàn tỉnh` is the province.

    Example:

    \b
        python -m bhxh_geo actuals history "TP Pleiku"
    """
    try:
        code = match_unit(district)
    except UnknownDistrict as error:
        raise refuse(str(error)) from error
    frame = clean_frame(store.history(code, path=db))
    if frame.empty:
        echo(t("actuals.no_history", lang, unit=unit_name(code)))
        return
    echo(f"{unit_name(code)} ({code})")
    echo(listings.history_table(frame, lang))


@actuals_group.command(name="batches")
@common_options
def batches_command(db, lang):
    """List the import batches.

    When, which file (and its SHA-256), by whom, from which source, reverted or not.

    Example:

    \b
        python -m bhxh_geo actuals batches
    """
    frame = clean_frame(store.batches(path=db))
    echo(listings.batches_table(frame, lang) if len(frame) else t("actuals.no_batches", lang))


@actuals_group.command(name="revert")
@click.argument("batch_id", type=int)
@click.option("--by", "by", help="The officer reverting (default: the login name).")
@common_options
def revert_command(batch_id, by, db, lang):
    """Revert an import batch (nothing is deleted).

    Its values stop being current; the earlier values are current again.

    Example:

    \b
        python -m bhxh_geo actuals revert 3
    """
    store.revert(batch_id, path=db, by=by or _login())
    echo(t("actuals.reverted", lang, batch=batch_id))


@actuals_group.command(name="export")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="FILE.csv or FILE.xlsx",
)
@common_options
def export_command(output, db, lang):
    """Export the current actuals to CSV or XLSX.

    CSV in UTF-8 with BOM; XLSX with a sources sheet; formula-looking text neutralised.

    Example:

    \b
        python -m bhxh_geo actuals export -o thuc_hien.xlsx
    """
    if output.suffix.lower() not in (".csv", ".xlsx"):
        raise refuse(t("actuals.export_format", lang, path=output))
    frame = store.current_actuals(path=db)
    sources, title = listings.sources_and_title(frame)
    spreadsheets.write_table(
        listings.export_frame(frame),
        output,
        sources=sources,
        notes=[t("actuals.sources_note", lang)],
        title=title,
    )
    echo(t("actuals.exported", lang, rows=len(frame), path=output))


@actuals_group.command(name="backup")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="FILE"
)
@common_options
def backup_command(output, db, lang):
    """Back up the database while the app runs.

    SQLite: a copy of the database file (SQLite's backup API); PostgreSQL: pg_dump's custom
    format (restore with pg_restore).

    Example:

    \b
        python -m bhxh_geo actuals backup -o sao-luu/bhxh_geo-2025-07-01.sqlite3
    """
    store.backup(output, path=db)
    echo(t("actuals.backed_up", lang, db=store.location(db), path=output))


@actuals_group.command(name="migrate")
@common_options
def migrate_command(db, lang):
    """Create or update the database's tables (numbered migrations; applying twice does nothing).

    The server and every import do it on their own; run it before starting several replicas
    on a new PostgreSQL database, or after an upgrade on storage the app may only read.

    Example:

    \b
        BHXH_GEO_DB=postgresql://bhxh@localhost/bhxh_geo python -m bhxh_geo actuals migrate
    """
    names = store.migrate(path=db)
    where = store.location(db)
    if names:
        echo(t("actuals.migrated", lang, db=where, names=", ".join(names)))
    else:
        echo(t("actuals.up_to_date", lang, db=where, count=len(migration_files())))
