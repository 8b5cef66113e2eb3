"""``python -m bhxh_geo officers VERB``: add, list, passwd, remove officer accounts.

The password is asked twice without echo (``--password-stdin`` reads one line instead, for
scripts); it is never an argument, which would show in the shell's history and in ``ps``.
"""

from __future__ import annotations

import sys

import click

from bhxh_geo import officers
from bhxh_geo.actuals.errors import StoreError
from bhxh_geo.i18n import LANGS, t
from bhxh_geo.officers import OfficerError
from bhxh_geo.terminal import clean


def _options(command):
    command = click.option(
        "--lang", type=click.Choice(LANGS), default="vi", show_default=True, help="Language."
    )(command)
    return click.option(
        "--db",
        "db",
        # A string, not a click.Path: a PostgreSQL URL's "//" must survive.
        type=str,
        help="Database: a SQLite file or a postgresql:// URL (default: $BHXH_GEO_DB or"
        " var/bhxh_geo.sqlite3).",
    )(command)


def _password(stdin: bool, lang: str) -> str:
    if stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    first = click.prompt(t("officers.prompt", lang), hide_input=True, show_default=False)
    again = click.prompt(t("officers.prompt.again", lang), hide_input=True, show_default=False)
    if first != again:
        raise click.ClickException(t("officers.error.mismatch", lang))
    return first


def _run(action, lang: str):
    try:
        return action()
    except (OfficerError, StoreError) as error:
        raise click.ClickException(clean(error.message(lang))) from error


@click.group(name="officers")
def officers_group():
    """Officer accounts: who may import and revert actuals in the app."""


@officers_group.command(name="add")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@_options
def add_command(name, password_stdin, db, lang):
    """Create an officer account (asks for its password twice).

    The batches this officer imports in the app record NAME.

    Example:

    \b
        python -m bhxh_geo officers add "Nguyễn Văn A"
    """
    password = _password(password_stdin, lang)
    stored = _run(lambda: officers.add(name, password, path=db), lang)
    click.echo(clean(t("officers.added", lang, name=stored)))


@officers_group.command(name="passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@_options
def passwd_command(name, password_stdin, db, lang):
    """Set a new password for an account (a removed account can sign in again).

    Example:

    \b
        python -m bhxh_geo officers passwd "Nguyễn Văn A"
    """
    password = _password(password_stdin, lang)
    stored = _run(lambda: officers.set_password(name, password, path=db), lang)
    click.echo(clean(t("officers.password_set", lang, name=stored)))


@officers_group.command(name="list")
@_options
def list_command(db, lang):
    """List the officer accounts, removed ones included.

    Example:

    \b
        python -m bhxh_geo officers list
    """
    accounts = _run(lambda: officers.officers(path=db), lang)
    if not accounts:
        click.echo(t("officers.none", lang))
        return
    rows = [
        (
            clean(a.name, lines=False),
            a.created_at[:19],
            t("officers.status.active", lang)
            if a.active
            else t("officers.status.removed", lang, when=(a.disabled_at or "")[:19]),
        )
        for a in accounts
    ]
    header = (
        t("officers.col.name", lang),
        t("officers.col.created", lang),
        t("officers.col.status", lang),
    )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


@officers_group.command(name="remove")
@click.argument("name")
@_options
def remove_command(name, db, lang):
    """Remove an account: it can no longer sign in (its batches keep its name).

    Example:

    \b
        python -m bhxh_geo officers remove "Nguyễn Văn A"
    """
    stored = _run(lambda: officers.remove(name, path=db), lang)
    click.echo(clean(t("officers.removed", lang, name=stored)))
