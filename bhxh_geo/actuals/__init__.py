"""Actuals: the coverage the districts report, imported from their files, kept with history.

:mod:`~bhxh_geo.actuals.importer` reads and validates a file (all-or-nothing),
:mod:`~bhxh_geo.actuals.store` keeps batches in SQLite (the only module running SQL),
:mod:`~bhxh_geo.actuals.cli` is the ``python -m bhxh_geo actuals …`` command group.
"""

from bhxh_geo.actuals.issues import ActualsImportError, ImportIssue

__all__ = ["ActualsImportError", "ImportIssue"]
