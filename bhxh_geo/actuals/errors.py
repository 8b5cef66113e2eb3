"""The store's one exception: a refusal or a fault, with its message in any language.

A refusal (a file already imported, no such batch) and a fault of the database (busy,
read-only, disk full, missing, damaged, unreachable) are both a :class:`StoreError` whose
``key`` names the message in ``bhxh_geo/i18n/strings/actuals.py``. Faults carry ``db``, the
database as people may see it (a file path, or a URL without its password); the app shows
:meth:`StoreError.reason`, which leaves it out.
"""

from __future__ import annotations

from bhxh_geo.i18n import t

# The database's faults (not a refusal of what was asked): the app keeps working without actuals.
FAULTS = frozenset(
    {
        "busy",
        "read_only",
        "disk_full",
        "missing_db",
        "no_server_db",
        "corrupt",
        "unreachable",
        "old_schema",
        "failed",
    }
)


class StoreError(RuntimeError):
    """A refused store operation; ``key``/``params`` give the message in any language.

    Examples
    --------
    >>> error = StoreError("busy", db="var/a.sqlite3")
    >>> error.is_fault, error.message("en").startswith("var/a.sqlite3: the database is busy")
    (True, True)
    >>> error.reason("en").startswith("the database is busy")
    True
    """

    def __init__(self, key: str, db: str | None = None, **params: object):
        self.key, self.db, self.params = key, db, params
        super().__init__(self.message("vi"))

    @property
    def is_fault(self) -> bool:
        """True for a fault of the database itself, False for a refusal of the request."""
        return self.key in FAULTS

    def reason(self, lang: str = "vi") -> str:
        """The message without the database's location (for visitors of the app)."""
        return t(f"actuals.error.{self.key}", lang, **self.params)

    def message(self, lang: str = "vi") -> str:
        """The message, after the database's location when there is one (command line, logs)."""
        text = self.reason(lang)
        return f"{self.db}: {text}" if self.db else text
