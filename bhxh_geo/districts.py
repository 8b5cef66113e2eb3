"""The 17 districts of the 2023-2025 plan and the province: codes, names, and name matching.

``data/districts.csv`` is the single source of truth for codes and spellings; every other
module asks this one. Names are matched through :func:`name_key`, never by exact string,
because the plan, the GSO and the districts' own reports spell them differently
(``Huyện Kbang`` / ``Huyện KBang``, ``Đak Đoa`` / ``Đăk Đoa``, ``TP Pleiku``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

import pandas as pd

from bhxh_geo.paths import DISTRICTS_CSV

PROVINCE_CODE = "64"
PROVINCE_NAME = "Tỉnh Gia Lai"
PROVINCE_PLAN_NAME = "Toàn tỉnh"
DISTRICT_COUNT = 17
KINDS = ("thanh_pho", "thi_xa", "huyen")

# Ways a report names the whole province instead of a district (compared after name_key).
_PROVINCE_ALIASES = ("toan tinh", "tong cong", "tong so", "tinh gia lai", "gia lai", "cong")

# Administrative prefixes, longest first, in the forms people type them (after folding).
_PREFIXES = (
    "thanh pho",
    "thi xa",
    "huyen",
    "tp.",
    "tp",
    "tx.",
    "tx",
    "h.",
    "q.",
)


class UnknownDistrict(ValueError):
    """A name or code that matches no district; ``suggestions`` holds the nearest names."""

    def __init__(self, text: str, suggestions: list[str]):
        self.text = text
        self.suggestions = suggestions
        hint = f"; gần nhất / nearest: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"không rõ địa bàn / unknown district {text!r}{hint}")


def fold(text: object) -> str:
    """Lower-case, strip Vietnamese diacritics (đ → d) and collapse whitespace."""
    text = unicodedata.normalize("NFD", str(text).replace("Đ", "D").replace("đ", "d"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", text).strip().lower()


def name_key(text: str) -> str:
    """A spelling-proof key: folded, administrative prefix dropped, letters and digits only.

    Examples
    --------
    >>> name_key("Huyện Đak Đoa") == name_key("H. Đăk Đoa") == name_key("dak doa")
    True
    >>> name_key("TP Pleiku")
    'pleiku'
    """
    folded = fold(text)
    for prefix in _PREFIXES:
        if folded.startswith(prefix + " ") or (prefix.endswith(".") and folded.startswith(prefix)):
            folded = folded[len(prefix) :]
            break
    return re.sub(r"[^a-z0-9]", "", folded)


@lru_cache(maxsize=1)
def _districts() -> pd.DataFrame:
    frame = pd.read_csv(DISTRICTS_CSV, dtype={"code": str}, keep_default_na=False)
    _check_districts(frame)
    return frame.set_index("code", drop=False)


def _check_districts(frame: pd.DataFrame) -> None:
    expected = ["code", "official_name", "plan_name", "kind", "short_label", "plan_row"]
    if list(frame.columns) != expected:
        raise ValueError(f"{DISTRICTS_CSV}: columns {list(frame.columns)}, expected {expected}")
    if len(frame) != DISTRICT_COUNT or frame["code"].nunique() != DISTRICT_COUNT:
        raise ValueError(
            f"{DISTRICTS_CSV}: expected {DISTRICT_COUNT} unique codes, got {len(frame)}"
        )
    bad = frame.loc[~frame["kind"].isin(KINDS), "kind"].tolist()
    if bad:
        raise ValueError(f"{DISTRICTS_CSV}: unknown kind {bad}, expected one of {KINDS}")
    official = [name_key(n) for n in frame["official_name"]]
    if len(set(official)) != DISTRICT_COUNT:
        raise ValueError(f"{DISTRICTS_CSV}: two districts share a name key: {sorted(official)}")
    for row in frame.itertuples():
        if name_key(row.plan_name) != name_key(row.official_name):
            raise ValueError(
                f"{DISTRICTS_CSV}, code {row.code}: plan spelling {row.plan_name!r} does not fold"
                f" to the official name {row.official_name!r}"
            )


def load_districts() -> pd.DataFrame:
    """The 17 districts in plan order, indexed by GSO code (a fresh copy).

    Examples
    --------
    >>> load_districts().loc["622", "short_label"]
    'Pleiku'
    """
    return _districts().copy()


def district_codes() -> list[str]:
    """The 17 GSO codes in the plan's row order."""
    return _districts().sort_values("plan_row")["code"].tolist()


@lru_cache(maxsize=1)
def _key_index() -> dict[str, str]:
    index: dict[str, str] = {alias.replace(" ", ""): PROVINCE_CODE for alias in _PROVINCE_ALIASES}
    index[PROVINCE_CODE] = PROVINCE_CODE
    for row in _districts().itertuples():
        for name in (row.official_name, row.plan_name, row.short_label):
            index[name_key(name)] = row.code
        index[row.code] = row.code
    return index


def match_unit(text: object) -> str:
    """The GSO code of a district or of the province (``"64"``) named by ``text``.

    Accepts any spelling with or without diacritics and prefix, or the code itself.
    Raises :class:`UnknownDistrict` with the nearest names; it never guesses.

    Examples
    --------
    >>> match_unit("TX. An Khê"), match_unit("huyen dak po"), match_unit(632), match_unit("Toàn tỉnh")
    ('623', '634', '632', '64')
    """
    raw = str(text).strip()
    if re.fullmatch(r"\d+(\.0+)?", raw):
        raw = raw.split(".")[0]
    code = _key_index().get(name_key(raw)) or _key_index().get(raw)
    if code is None:
        raise UnknownDistrict(raw, nearest_names(raw))
    return code


def nearest_names(text: str, n: int = 3) -> list[str]:
    """Up to ``n`` official district names closest to ``text`` (a hint, never a correction)."""
    names = _districts()["official_name"].tolist()
    by_key = {name_key(name): name for name in names}
    close = difflib.get_close_matches(name_key(text), list(by_key), n=n, cutoff=0.5)
    return [by_key[key] for key in close]


def unit_name(code: str, spelling: str = "official") -> str:
    """The name of a district (``official``, ``plan`` or ``short``) or of the province."""
    if code == PROVINCE_CODE:
        return PROVINCE_PLAN_NAME if spelling == "plan" else PROVINCE_NAME
    column = {"official": "official_name", "plan": "plan_name", "short": "short_label"}[spelling]
    return str(_districts().loc[code, column])
