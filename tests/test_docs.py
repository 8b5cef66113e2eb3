"""The README shows every command the CLI has, and the two-command quick start."""

import click

from bhxh_geo.cli import cli
from bhxh_geo.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _verbs(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _verbs(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


def test_every_command_is_in_the_readme_and_has_help():
    verbs = list(_verbs(cli))
    assert len(verbs) >= 12
    for verb, command in verbs:
        assert f"python -m bhxh_geo {verb}" in README, (
            f"README does not show `python -m bhxh_geo {verb}`"
        )
        assert command.help and command.help.strip(), f"{verb} has no help text"


def test_quick_start_is_two_commands():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [block.strip() for block in quick_start.split("```")[1::2]]
    assert blocks[:2] == ["make run", "make test"]
