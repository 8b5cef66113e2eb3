"""How reports word their columns and cells: header roles, indicators, periods, numbers.

Every comparison goes through :func:`header_key` (folded, punctuation dropped), never through
exact strings, because each district words its headers its own way (``Kỳ``, ``Kỳ báo cáo``,
``Tỷ lệ bao phủ (%)``). Cell parsers return ``None`` for "no figure" (empty, ``-``) and raise
:class:`~bhxh_geo.actuals.issues.FileProblem` with the expected form otherwise.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bhxh_geo.actuals.issues import FileProblem
from bhxh_geo.districts import fold
from bhxh_geo.indicators import BHTN, BHXH, BHXH_BAT_BUOC, BHXH_TU_NGUYEN, INDICATORS, YEARS

FULL, H1 = "full", "h1"
PERIODS = (FULL, H1)

# Cells that mean "no figure"; dashes as typed and as word processors autocorrect them.
_NO_FIGURE = {"", "-", "–", "—"}
# A text cell starting with one of these is a formula (or would become one in a spreadsheet).
FORMULA_PREFIXES = ("=", "+", "@")

_UNIT = {
    "dia ban",
    "don vi",
    "ten don vi",
    "huyen",
    "ten huyen",
    "dia phuong",
    "ten dia ban",
    "huyen thi xa thanh pho",
    "don vi hanh chinh",
    "unit",
    "unit name",
    "district",
    "district name",
    "name",
}
_CODE = {
    "ma",
    "ma huyen",
    "ma dia ban",
    "ma don vi",
    "ma dvhc",
    "ma gso",
    "code",
    "unit code",
    "district code",
    "gso code",
}
_YEAR = {"nam", "year", "nam bao cao"}
_PERIOD = {"ky", "ky bao cao", "period", "thoi ky", "ky so lieu"}
_INDICATOR = {"chi tieu", "indicator", "loai hinh", "loai bao hiem", "chi tieu bao phu"}
_VALUE = {"value", "value pct", "gia tri", "so lieu", "ty le", "rate", "coverage"}
_IGNORED = {"stt", "tt", "so tt", "so thu tu", "no", "ghi chu", "note", "notes"}
_COUNT_MARKERS = ("so nguoi", "nguoi tham gia", "lao dong tham gia", "insured", "so luong")
_LABOUR_MARKERS = ("luc luong lao dong", "labour force", "labor force", "llld")


@dataclass(frozen=True)
class Role:
    """What a column holds: ``kind`` is unit, code, year, period, indicator, value, pct, count,
    labour_force or ignored; ``indicator`` is set for pct and count columns."""

    kind: str
    indicator: str | None = None


def header_key(text: object) -> str:
    """Folded text with punctuation as spaces.

    Examples
    --------
    >>> header_key("Tỷ lệ bao phủ (%)"), header_key("Kỳ báo cáo")
    ('ty le bao phu', 'ky bao cao')
    """
    folded = fold(text).replace("_", " ")
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]+", " ", folded)).strip()


def find_indicator(text: object) -> str | None:
    """The indicator a header or cell names (``Trong đó BHXH tự nguyện`` → bhxh_tu_nguyen)."""
    key = f" {header_key(text)} "
    if " tu nguyen " in key:
        return BHXH_TU_NGUYEN
    if " bat buoc " in key:
        return BHXH_BAT_BUOC
    if " bhtn " in key or " that nghiep " in key:
        return BHTN
    if " bhxh " in key or " bao hiem xa hoi " in key:
        return BHXH
    return None


def classify_header(text: object) -> Role | None:
    """The role of a column from its header, or None for a column the import does not use.

    Examples
    --------
    >>> classify_header("Trong đó BHXH tự nguyện"), classify_header("Số người tham gia BHTN")
    (Role(kind='pct', indicator='bhxh_tu_nguyen'), Role(kind='count', indicator='bhtn'))
    >>> classify_header("Lực lượng lao động trong độ tuổi").kind, classify_header("Ghi chú").kind
    ('labour_force', 'ignored')
    """
    if text is None or isinstance(text, (int, float)):
        return None
    key = header_key(text)
    if not key:
        return None
    is_rate = "%" in str(text) or key.startswith("ty le") or " ty le " in f" {key} "
    indicator = find_indicator(text)
    if indicator:
        is_count = not is_rate and any(marker in key for marker in _COUNT_MARKERS)
        return Role("count" if is_count else "pct", indicator)
    if is_rate:
        return Role("value")
    if any(marker in key for marker in _LABOUR_MARKERS):
        return Role("labour_force")
    for kind, words in (
        ("unit", _UNIT),
        ("code", _CODE),
        ("year", _YEAR),
        ("period", _PERIOD),
        ("indicator", _INDICATOR),
        ("ignored", _IGNORED),
    ):
        if key in words:
            return Role(kind)
    return Role("value") if key in _VALUE else None


def is_blank(cell: object) -> bool:
    """True for an empty cell or a bare dash: no figure."""
    return cell is None or (isinstance(cell, str) and cell.strip() in _NO_FIGURE)


def is_formula(cell: object) -> bool:
    """True for a text cell that a spreadsheet would run as a formula."""
    return isinstance(cell, str) and cell.lstrip(" ").startswith(FORMULA_PREFIXES)


_PCT = re.compile(r"^(-?)([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*(%?)$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:([.,\s])[0-9]{3})(?:\1[0-9]{3})*$")


def parse_percent(cell: object) -> tuple[float | None, bool]:
    """A rate and whether it was written with ``%``: ``"15,24%"`` → ``(15.24, True)``.

    Decimal comma or dot; no thousands separators (a rate is at most 100).

    Examples
    --------
    >>> parse_percent("15,24%"), parse_percent("15.24"), parse_percent("-"), parse_percent(7)
    ((15.24, True), (15.24, False), (None, False), (7.0, False))
    """
    if is_blank(cell):
        return None, False
    if isinstance(cell, bool):
        raise FileProblem("not_number", value=cell)
    if isinstance(cell, (int, float)):
        if not math.isfinite(cell):
            raise FileProblem("not_number", value=cell)
        return float(cell), False
    match = _PCT.match(str(cell).strip().replace("\u00a0", " "))
    if not match:
        raise FileProblem("not_number", value=cell)
    sign, number, percent = match.groups()
    value = float(number.replace(",", "."))
    return (-value if sign else value), bool(percent)


def parse_count(cell: object) -> int | None:
    """A number of people: ``12345``, ``12.345``, ``12,345`` or ``12 345`` → 12345.

    Examples
    --------
    >>> parse_count("12.345"), parse_count("12 345"), parse_count(120000.0), parse_count("")
    (12345, 12345, 120000, None)
    """
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        raise FileProblem("not_count", value=cell)
    if isinstance(cell, (int, float)):
        if not math.isfinite(cell) or cell != int(cell) or cell < 0:
            raise FileProblem("not_count", value=cell)
        return int(cell)
    text = str(cell).strip().replace("\u00a0", " ")
    if re.fullmatch(r"[0-9]+", text):
        return int(text)
    if _GROUPED.match(text):
        return int(re.sub(r"[.,\s]", "", text))
    raise FileProblem("not_count", value=cell)


def parse_year(cell: object) -> int | None:
    """A plan year from ``2024``, ``2024.0`` or ``Năm 2024``; None for an empty cell."""
    if is_blank(cell):
        return None
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    match = re.fullmatch(r"(?:nam\s*)?([0-9]{4})", header_key(cell))
    if not match or int(match.group(1)) not in YEARS:
        raise FileProblem("bad_year", value=cell, years=list(YEARS))
    return int(match.group(1))


_PERIOD_WORDS = {
    FULL: {"ca nam", "nam", "12 thang", "full", "full year", "year", "annual"},
    H1: {
        "6 thang",
        "6 thang dau nam",
        "sau thang",
        "sau thang dau nam",
        "nua nam",
        "nua dau nam",
        "h1",
        "first half",
        "half year",
    },
}


def parse_period(cell: object) -> str | None:
    """``full`` for ``Cả năm``, ``h1`` for ``6 tháng``; None for an empty cell.

    Examples
    --------
    >>> parse_period("Cả năm"), parse_period("6 tháng đầu năm"), parse_period(None)
    ('full', 'h1', None)
    """
    if is_blank(cell):
        return None
    key = header_key(cell)
    for period, words in _PERIOD_WORDS.items():
        if key in words:
            return period
    raise FileProblem("bad_period", value=cell)


def parse_indicator(cell: object) -> str:
    """The indicator code a long-shape cell names (``BHTN``, ``bhxh_bat_buoc``, …)."""
    indicator = find_indicator(cell) if not is_blank(cell) else None
    if indicator is None:
        raise FileProblem("bad_indicator", value=cell, indicators=list(INDICATORS))
    return indicator


def mentions_first_half(text: str) -> bool:
    """True when a title line speaks of a six-month report (``6 tháng đầu năm``)."""
    key = f" {header_key(text)} "
    return any(f" {word} " in key for word in ("6 thang", "sau thang", "nua nam"))


def year_in_titles(lines: list[str]) -> int | None:
    """The one plan year a title names (``… năm 2024``), or None when none or several.

    Examples
    --------
    >>> year_in_titles(["KẾT QUẢ GIAI ĐOẠN 2023 - 2025", "Năm 2024"])
    2024
    """
    keys = [header_key(line) for line in lines]
    for pattern in (r"\bnam ([0-9]{4})\b", r"\b([0-9]{4})\b"):
        found = {int(y) for key in keys for y in re.findall(pattern, key)} & set(YEARS)
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None
