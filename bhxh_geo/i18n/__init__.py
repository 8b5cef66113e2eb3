"""Every user-facing string (Vietnamese first, English) and the way numbers are written.

Strings live in :mod:`bhxh_geo.i18n.strings`, one module per area of the app; add a key there
with both ``vi`` and ``en`` (a test checks both exist and that no key is defined twice),
placeholders in ``{braces}`` filled by :func:`t`. Numbers go through :mod:`bhxh_geo.i18n.numbers`
(Babel), never through f-strings, so the decimal comma is the same on the map, in tables,
exports and the CLI.
"""

from __future__ import annotations

from bhxh_geo.i18n.catalogue import (
    DEFAULT_LANG,
    LANGS,
    LOCALES,
    STRINGS,
    check_lang,
    indicator_label,
    t,
)
from bhxh_geo.i18n.numbers import (
    MINUS,
    MISSING,
    format_date,
    format_int,
    format_number,
    format_pct,
    format_pp,
)

__all__ = [
    "DEFAULT_LANG",
    "LANGS",
    "LOCALES",
    "MINUS",
    "MISSING",
    "STRINGS",
    "check_lang",
    "format_date",
    "format_int",
    "format_number",
    "format_pct",
    "format_pp",
    "indicator_label",
    "t",
]
