"""The import page's logic, without Streamlit: who may edit, reading an upload, committing it,
and the frames a person reads (problems row by row, old → new, batches, history).

Editing (upload, commit, revert) needs an officer signed in with a named account
(:mod:`bhxh_geo.officers`); without any account, editing is off everywhere. Viewers only read
the batches and the history. A batch records the name of the officer who signed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from bhxh_geo import officers
from bhxh_geo.actuals import listings, store
from bhxh_geo.actuals.importer import ImportResult, parse_actuals
from bhxh_geo.actuals.issues import ImportIssue
from bhxh_geo.i18n import t


def editing_enabled(path: Path | str | None = None) -> bool:
    """True when at least one officer account can sign in (otherwise nobody can import or
    revert in the app)."""
    return officers.any_active(path)


def sign_in(
    name: str, password: str, client: str, path: Path | str | None = None
) -> officers.SignIn:
    """An officer's sign-in from ``client`` (see :func:`bhxh_geo.officers.sign_in`)."""
    return officers.sign_in(name, password, client, path=path)


@dataclass(frozen=True)
class ImportOptions:
    """What the officer gives besides the file: how to read it, and where it comes from.

    ``year``/``period``/``scale``/``sheet`` are :func:`parse_actuals`'s options (None: from the
    file); ``source`` defaults to the file name; ``by`` is the signed-in officer's account name.
    """

    year: int | None = None
    period: str | None = None
    scale: str | None = None
    sheet: str | None = None
    source: str = ""
    by: str = ""

    @property
    def reading(self) -> tuple:
        """The options that change how the file is read (a cache key with the file's hash)."""
        return (self.year, self.period, self.scale, self.sheet or None)


def read_upload(
    data: bytes, filename: str, options: ImportOptions, lang: str = "vi"
) -> ImportResult:
    """Parse an uploaded file with the officer's options (the format comes from the content).

    Examples
    --------
    >>> result = read_upload("Địa bàn;Chỉ tiêu;Tỷ lệ\\nAn Khê;BHTN;9,5\\n".encode(), "a.txt",
    ...                      ImportOptions(year=2024, period="h1"))
    >>> row = result.rows.iloc[0]
    >>> result.ok, row["unit_code"], int(row["year"]), row["period"]
    (True, '623', 2024, 'h1')
    """
    year, period, scale, sheet = options.reading
    return parse_actuals(
        data, filename, year=year, period=period, scale=scale, sheet=sheet, lang=lang
    )


def read_summary(result: ImportResult, lang: str) -> str:
    """One line on how the file was read: format, encoding, separator, sheet, header row."""
    details = result.details
    if not details:
        return ""
    delimiter = details.get("delimiter")
    if delimiter is not None:
        delimiter = {"\t": "tab"}.get(delimiter, delimiter)
    return t(
        "importpage.details",
        lang,
        format=(details.get("format") or "–").upper(),
        encoding=details.get("encoding") or "–",
        delimiter=delimiter or "–",
        sheet=details.get("sheet") or "–",
        row=details.get("header_row") or "–",
    )


def errors_frame(errors: list[ImportIssue], lang: str) -> pd.DataFrame:
    """A refused file's problems, one row each, in the file's order: row, column, value, problem,
    what was expected, and the full message (as the command line prints it)."""
    return pd.DataFrame(
        {
            t("importpage.col.row", lang): ["" if e.row is None else str(e.row) for e in errors],
            t("importpage.col.column", lang): [e.column or "" for e in errors],
            t("importpage.col.value", lang): ["" if e.value is None else e.value for e in errors],
            t("importpage.col.problem", lang): [e.message for e in errors],
            t("importpage.col.expected", lang): [e.expected for e in errors],
            t("importpage.col.message", lang): [str(e) for e in errors],
        }
    )


def preview(result: ImportResult, path: Path | str | None = None) -> pd.DataFrame:
    """What committing ``result`` would change (see :func:`store.preview`)."""
    return store.preview(result, path=path)


def preview_counts(changes: pd.DataFrame) -> dict[str, int]:
    """How many values are new, changed and unchanged (and how many in all)."""
    counts = changes["status"].value_counts()
    return {"rows": len(changes), **{s: int(counts.get(s, 0)) for s in ("new", "changed", "same")}}


def earlier_batch(result: ImportResult, path: Path | str | None = None) -> int | None:
    """The batch that already stored this very file (same SHA-256), or None."""
    return store.batch_with_sha256(result.sha256, path=path)


def commit(
    result: ImportResult,
    filename: str,
    options: ImportOptions,
    *,
    force: bool = False,
    path: Path | str | None = None,
) -> int:
    """Store a clean file as one batch; the source defaults to the file name. Returns the batch id.

    Raises :class:`store.StoreError` (nothing stored) for a file with problems or already stored.
    """
    return store.import_batch(
        result,
        filename=filename,
        sha256=result.sha256,
        source=options.source.strip() or filename,
        by=options.by.strip(),
        force=force,
        path=path,
    )


def revert(batch_id: int, by: str = "", path: Path | str | None = None) -> None:
    """Mark a batch reverted (nothing is deleted)."""
    store.revert(batch_id, path=path, by=by.strip())


def stored_batches(path: Path | str | None = None) -> pd.DataFrame:
    """Every batch (see :func:`store.batches`); empty, and no database created, when none exists."""
    if not store.exists(path):
        return pd.DataFrame(
            columns=[
                "batch_id",
                "imported_at",
                "filename",
                "sha256",
                "shape",
                "source",
                "imported_by",
                "row_count",
                "forced",
                "reverted_at",
                "reverted_by",
            ]
        )
    return store.batches(path)


def live_batches(batches: pd.DataFrame) -> pd.DataFrame:
    """The batches not reverted, newest first (the ones a revert button is offered for)."""
    live = batches[batches["reverted_at"].isna() | (batches["reverted_at"] == "")]
    return live.sort_values("batch_id", ascending=False)


def batches_frame(batches: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Batches as people read them (newest first): file, SHA-256, source, officer, status."""
    return listings.batches_frame(batches, lang).iloc[::-1].reset_index(drop=True)


def unit_history(unit_code: str, lang: str, path: Path | str | None = None) -> pd.DataFrame:
    """Every value a unit has had, oldest first, or an empty frame (no database created)."""
    if not store.exists(path):
        return pd.DataFrame()
    frame = store.history(unit_code, path=path)
    return listings.history_frame(frame, lang) if len(frame) else pd.DataFrame()
