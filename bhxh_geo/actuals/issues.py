"""What a refused import reports: one :class:`ImportIssue` per problem, localized.

The reader and the shape parsers raise or collect problems as message *keys* with parameters;
they become :class:`ImportIssue` here so every message has the same parts in the same order:
file, row (as a spreadsheet numbers it), column, value, and what was expected.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bhxh_geo.actuals.limits import MAX_LISTED
from bhxh_geo.i18n import format_int, format_number, t


class ActualsImportError(ValueError):
    """A file was refused; ``issues`` lists every problem found (all-or-nothing import)."""

    def __init__(self, issues: list[ImportIssue]):
        self.issues = list(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


class FileProblem(Exception):
    """A problem found while reading or checking a file, before it is localized.

    ``key`` names the message in :data:`bhxh_geo.i18n.STRINGS` (``import.error.<key>``) and its
    ``expected`` text (``import.expected.<key>``); ``params`` fill both.
    """

    def __init__(
        self,
        key: str,
        *,
        row: int | None = None,
        column: str | None = None,
        value: object = None,
        **params: object,
    ):
        self.key, self.row, self.column, self.value, self.params = key, row, column, value, params
        super().__init__(key)


@dataclass(frozen=True)
class ImportIssue:
    """One refused cell, row or file; ``str()`` is the full message a person reads."""

    file: str
    row: int | None
    column: str | None
    value: str | None
    expected: str
    message: str
    lang: str = field(default="vi", compare=False)

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += ", " + t("import.row", self.lang, n=self.row)
        if self.column:
            where += ", " + t("import.column", self.lang, name=f"«{self.column}»")
        key = "import.issue" if self.value is not None else "import.issue.no_value"
        return t(
            key,
            self.lang,
            where=where,
            message=self.message,
            value=self.value,
            expected=self.expected,
        )


def localize(problem: FileProblem, file: str, lang: str) -> ImportIssue:
    """Turn a :class:`FileProblem` into the :class:`ImportIssue` a person reads in ``lang``."""
    params = {name: _display(value, lang) for name, value in problem.params.items()}
    value = None if problem.value is None else _cell_text(problem.value)
    return ImportIssue(
        file=file,
        row=problem.row,
        column=problem.column,
        value=value,
        expected=t(f"import.expected.{problem.key}", lang, **params),
        message=t(f"import.error.{problem.key}", lang, **params),
        lang=lang,
    )


def listed(issues: list[ImportIssue], limit: int = MAX_LISTED) -> tuple[list[ImportIssue], int]:
    """The first ``limit`` problems, and how many more there are (a file can hold thousands).

    Examples
    --------
    >>> shown, more = listed(list(range(250)))
    >>> len(shown), more
    (200, 50)
    """
    return issues[:limit], max(0, len(issues) - limit)


def more_line(more: int, lang: str) -> str:
    """``… và 50 lỗi khác …`` for the problems not listed; empty when all were.

    >>> more_line(1234, "en")[:26]
    '… and 1,234 more problems '
    >>> more_line(0, "vi")
    ''
    """
    return t("import.more", lang, count=format_int(more, lang)) if more else ""


def _display(value: object, lang: str) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_display(item, lang) for item in value) if value else "–"
    if isinstance(value, float):
        return format_number(value, lang, 2)
    return str(value)


def _cell_text(value: object) -> str:
    text = str(value)
    # A message is one line per issue: show control characters instead of breaking it.
    text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    return text if len(text) <= 80 else text[:77] + "…"
