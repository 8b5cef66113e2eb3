"""Numbers and dates as people write them, through Babel: one place for the decimal comma,
the minus sign and the mark for a missing value."""

from __future__ import annotations

import math

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from bhxh_geo.i18n.catalogue import DEFAULT_LANG, LOCALES, check_lang, t

# One minus sign everywhere (U+2212, as typeset), and one mark for a missing value.
MINUS = "\u2212"
MISSING = "–"


def _nan(value: float) -> bool:
    return isinstance(value, float) and math.isnan(value)


def format_date(value, lang: str = DEFAULT_LANG) -> str:
    """A date as people write it: ``25/11/2026`` (vi) or ``November 25, 2026`` (en).

    Examples
    --------
    >>> import datetime
    >>> format_date(datetime.date(2026, 11, 25), "vi"), format_date(datetime.date(2026, 11, 25), "en")
    ('25/11/2026', 'November 25, 2026')
    """
    pattern = "dd/MM/yyyy" if check_lang(lang) == "vi" else "long"
    return _babel_date(value, pattern, locale=LOCALES[lang])


def format_number(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2) -> str:
    """``10,64`` in Vietnamese, ``10.64`` in English; ``–`` for a missing value; ``−`` (U+2212)
    for a negative one.

    Examples
    --------
    >>> format_number(3684.7, "vi", 1), format_number(3684.7, "en", 1)
    ('3.684,7', '3,684.7')
    >>> format_number(-3.5, "vi"), format_number(None)
    ('−3,50', '–')
    """
    if value is None or _nan(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, pattern, locale=LOCALES[check_lang(lang)])
    return text.replace("-", MINUS)


def format_pct(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2) -> str:
    """A coverage rate already in percent: ``10,64%`` (vi) or ``10.64%`` (en).

    Examples
    --------
    >>> format_pct(10.64, "vi"), format_pct(10.64, "en")
    ('10,64%', '10.64%')
    """
    text = format_number(value, lang, decimals)
    return text if text == MISSING else text + "%"


def format_pp(
    value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2, unit: bool = True
) -> str:
    """A difference in percentage points with its sign.

    Examples
    --------
    >>> format_pp(0.89, "vi"), format_pp(-3.01, "en"), format_pp(0, "en", unit=False)
    ('+0,89 điểm %', '−3.01 pp', '±0.00')
    """
    if value is None or _nan(value):
        return MISSING
    sign = "+" if value > 0 else (MINUS if value < 0 else "±")
    suffix = " " + t("unit.pp", lang) if unit else ""
    return sign + format_number(abs(value), lang, decimals) + suffix


def format_int(value: float | None, lang: str = DEFAULT_LANG) -> str:
    """A count of people: ``12.345`` (vi) or ``12,345`` (en).

    Examples
    --------
    >>> format_int(12345, "vi"), format_int(12345, "en")
    ('12.345', '12,345')
    """
    return format_number(value, lang, 0)


def number_symbols(lang: str = DEFAULT_LANG) -> dict[str, str]:
    """The language's decimal and grouping marks, as Babel knows them (for chart axes).

    Examples
    --------
    >>> number_symbols("vi"), number_symbols("en")
    ({'decimal': ',', 'group': '.'}, {'decimal': '.', 'group': ','})
    """
    locale = LOCALES[check_lang(lang)]
    return {"decimal": get_decimal_symbol(locale), "group": get_group_symbol(locale)}
