"""The README shows every command the CLI has, the two-command quick start and every module."""

import re

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


def test_the_layout_names_every_module_of_the_package_and_the_glue():
    layout = README.split("## Layout", 1)[1].split("\n## ", 1)[0]
    missing = [
        path.relative_to(ROOT).as_posix()
        for folder in (ROOT / "bhxh_geo", ROOT / "ui")
        for path in sorted(folder.iterdir())
        if (path.suffix == ".py" and not path.name.startswith("__"))
        or (path.is_dir() and not path.name.startswith("__"))
        if not re.search(r"(?<!\w)" + re.escape(path.name + ("/" if path.is_dir() else "")), layout)
    ]
    assert not missing, f"README's Layout does not name {missing}"
