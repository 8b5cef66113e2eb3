"""The export rules every CSV and XLSX the project writes follows.

- CSV: UTF-8 *with* BOM (so Excel on Windows reads Vietnamese), comma separator, dot decimals.
- XLSX (openpyxl): the data on the first sheet, then a sheet ``Nguồn - Sources`` listing the
  sources and notes, so a copy that travels alone still says where its figures come from.
- Every text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is written
  with a leading ``'`` (OWASP "CSV injection"), so no spreadsheet runs it as a formula;
  numbers stay numbers.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

SOURCES_SHEET = "Nguồn - Sources"
DATA_SHEET = "Dữ liệu - Data"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_ENCODING = "utf-8-sig"


def neutralise(value: object) -> object:
    """Prefix formula-looking text with ``'``; anything that is not text is returned as it is.

    Examples
    --------
    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-"), neutralise(-3.5), neutralise("Pleiku")
    ('\\'=HYPERLINK("http://x")', "'-", -3.5, 'Pleiku')
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every text cell and column name passed through :func:`neutralise`."""
    out = frame.copy()
    out.columns = [neutralise(str(name)) for name in out.columns]
    for name in out.columns:
        if out[name].dtype == object or pd.api.types.is_string_dtype(out[name]):
            out[name] = out[name].map(neutralise)
    return out


def csv_text(frame: pd.DataFrame) -> str:
    """The CSV text of ``frame`` (comma, dot decimals, CRLF, formula-looking text neutralised), no BOM."""
    # CRLF as RFC 4180 and Excel want; it also makes the writer quote any field holding \r or \n.
    return neutralised(frame).to_csv(index=False, sep=",", decimal=".", lineterminator="\r\n")


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The CSV file of ``frame`` as bytes: UTF-8 with BOM (for downloads and files)."""
    return csv_text(frame).encode(CSV_ENCODING)


def xlsx_bytes(
    frame: pd.DataFrame,
    *,
    sources: Sequence[str],
    notes: Sequence[str] = (),
    sheet: str = DATA_SHEET,
    title: str | None = None,
) -> bytes:
    """An XLSX workbook: ``frame`` on ``sheet`` (under an optional title row) and the sources sheet."""
    from openpyxl import Workbook  # heavy; only exports need it

    workbook = Workbook()
    data = workbook.worksheets[0]  # a new workbook starts with one empty sheet
    data.title = sheet[:31]
    if title:
        data.append([neutralise(title)])
    data.append([neutralise(str(name)) for name in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        data.append([_xlsx_value(value) for value in row])
    about = workbook.create_sheet(SOURCES_SHEET)
    about.append(["Nguồn / Sources"])
    for source in sources:
        about.append([neutralise(str(source))])
    if notes:
        about.append([])
        about.append(["Ghi chú / Notes"])
        for note in notes:
            about.append([neutralise(str(note))])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_value(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()  # numpy scalar → Python number, which openpyxl writes as a number
    return neutralise(value) if isinstance(value, str) else value


def write_table(
    frame: pd.DataFrame,
    path: Path | str,
    *,
    sources: Sequence[str],
    notes: Sequence[str] = (),
    title: str | None = None,
    fmt: str | None = None,
) -> Path:
    """Write ``frame`` to ``path`` as ``fmt`` (default: by its suffix), under the export rules.

    A CSV has no second sheet: keep the source in a column of ``frame``; ``title`` (e.g. the
    demo label) becomes its first line, above the header.
    """
    path = Path(path)
    suffix = "." + fmt if fmt else path.suffix.lower()
    if suffix == ".xlsx":
        data = xlsx_bytes(frame, sources=sources, notes=notes, title=title)
    elif suffix == ".csv":
        data = csv_bytes(frame)
        if title:
            line = csv_text(pd.DataFrame({"": [title]})).split("\n", 1)[1]
            data = (line + csv_text(frame)).encode(CSV_ENCODING)
    else:
        raise ValueError(f"{path}: expected a .csv or .xlsx file name")
    path.write_bytes(data)
    return path
