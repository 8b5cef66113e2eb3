"""The string catalogue: every area's strings in one lookup, :func:`t` to read it."""

from __future__ import annotations

from bhxh_geo.choices import check_choice
from bhxh_geo.i18n.strings import actuals, compare, exports, frame, map, publish

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
LOCALES = {"vi": "vi_VN", "en": "en_US"}
_AREAS = (frame, map, exports, actuals, compare, publish)


def _merged() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in _AREAS:
        for key, texts in area.STRINGS.items():
            if key in merged:
                raise ValueError(f"string {key!r} is defined twice (again in {area.__name__})")
            merged[key] = texts
    return merged


STRINGS: dict[str, dict[str, str]] = _merged()


def check_lang(lang: str) -> str:
    """Return ``lang`` when supported, else raise ValueError naming the supported languages."""
    return check_choice("language", lang, LANGS)


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The string ``key`` in ``lang`` with ``{placeholders}`` filled.

    Examples
    --------
    >>> t("legend.count", "vi", count=3)
    '3 huyện'
    """
    try:
        text = STRINGS[key][check_lang(lang)]
    except KeyError as error:
        raise KeyError(f"no string {key!r} in bhxh_geo.i18n.strings") from error
    return text.format(**values) if values else text


def indicator_label(indicator: str, lang: str = DEFAULT_LANG, short: bool = False) -> str:
    """The indicator's name as people read it.

    Examples
    --------
    >>> indicator_label("bhtn", "en")
    'Unemployment insurance'
    """
    return t(f"indicator.{indicator}" + (".short" if short else ""), lang)
