"""Every user-facing string (Vietnamese first, English) and Babel number formatting.

Add a string: one key in ``STRINGS`` with both ``vi`` and ``en`` (a test checks both exist),
placeholders in ``{braces}`` filled by :func:`t`. Numbers go through :func:`format_pct`,
:func:`format_pp` and :func:`format_number`, never through f-strings, so the decimal comma
is the same on the map, in tables, exports and the CLI.
"""

from __future__ import annotations

import math

from babel.numbers import format_decimal

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
_LOCALES = {"vi": "vi_VN", "en": "en_US"}

STRINGS: dict[str, dict[str, str]] = {
    # App frame
    "app.title": {"vi": "Bao phủ BHXH, BHTN tỉnh Gia Lai", "en": "Social insurance coverage, Gia Lai"},
    "app.subtitle": {
        "vi": "Chỉ tiêu giai đoạn 2023 - 2025 theo Nghị quyết 69/NQ-CP",
        "en": "2023-2025 targets under Government Resolution 69/NQ-CP",
    },
    "nav.map": {"vi": "Bản đồ", "en": "Map"},
    "nav.compare": {"vi": "So sánh", "en": "Compare"},
    "nav.district": {"vi": "Hồ sơ huyện", "en": "District profile"},
    "nav.plan": {"vi": "Kế hoạch", "en": "The plan"},
    "nav.import": {"vi": "Nhập số liệu", "en": "Import actuals"},
    "nav.export": {"vi": "Tải xuống", "en": "Downloads"},
    "lang.label": {"vi": "Ngôn ngữ", "en": "Language"},
    "lang.vi": {"vi": "Tiếng Việt", "en": "Tiếng Việt"},
    "lang.en": {"vi": "English", "en": "English"},
    # Controls
    "control.year": {"vi": "Năm", "en": "Year"},
    "control.indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "control.scheme": {"vi": "Cách chia lớp màu", "en": "Colour classes"},
    "control.measure": {"vi": "Số liệu", "en": "Measure"},
    # Indicators (the plan's wording)
    "indicator.bhxh": {"vi": "BHXH (tổng)", "en": "Social insurance (total)"},
    "indicator.bhxh_bat_buoc": {"vi": "BHXH bắt buộc", "en": "Compulsory social insurance"},
    "indicator.bhxh_tu_nguyen": {"vi": "BHXH tự nguyện", "en": "Voluntary social insurance"},
    "indicator.bhtn": {"vi": "BHTN (bảo hiểm thất nghiệp)", "en": "Unemployment insurance"},
    "indicator.bhxh.short": {"vi": "BHXH", "en": "Social ins."},
    "indicator.bhxh_bat_buoc.short": {"vi": "BHXH bắt buộc", "en": "Compulsory"},
    "indicator.bhxh_tu_nguyen.short": {"vi": "BHXH tự nguyện", "en": "Voluntary"},
    "indicator.bhtn.short": {"vi": "BHTN", "en": "Unemployment ins."},
    # Classification schemes
    "scheme.natural_breaks": {"vi": "Ngắt tự nhiên (Jenks)", "en": "Natural breaks (Jenks)"},
    "scheme.quantiles": {"vi": "Phân vị", "en": "Quantiles"},
    "scheme.equal_interval": {"vi": "Khoảng đều", "en": "Equal interval"},
    # Measures
    "measure.target": {"vi": "Chỉ tiêu kế hoạch", "en": "Plan target"},
    # Units, sources, notes
    "unit.pct_labour_force": {
        "vi": "% lực lượng lao động trong độ tuổi",
        "en": "% of the working-age labour force",
    },
    "source.plan": {
        "vi": "Nguồn: Kế hoạch của UBND tỉnh Gia Lai triển khai Nghị quyết 69/NQ-CP, Phụ lục",
        "en": "Source: Gia Lai People's Committee plan implementing Resolution 69/NQ-CP, Appendix",
    },
    "note.districts_2025": {
        "vi": "17 huyện, thị xã, thành phố là đơn vị của Kế hoạch 2023 - 2025 (cấp huyện đã chấm dứt hoạt động từ 01/7/2025).",
        "en": "The 17 districts are the units of the 2023-2025 plan (district level abolished on 1 July 2025).",
    },
    "note.excluded": {
        "vi": "Tỷ lệ bao phủ chưa bao gồm lực lượng vũ trang đang tại ngũ đóng chân trên địa bàn.",
        "en": "Coverage excludes armed forces personnel stationed in the province.",
    },
    "map.title": {"vi": "{indicator} năm {year}", "en": "{indicator}, {year}"},
    "map.title.target": {"vi": "Chỉ tiêu {indicator} năm {year}", "en": "{indicator} target, {year}"},
    "map.legend": {"vi": "Chú giải", "en": "Legend"},
    "legend.count": {"vi": "{count} huyện", "en": "{count} districts"},
    "legend.missing": {"vi": "không có số liệu", "en": "no data"},
    # Tables
    "table.unit": {"vi": "Địa bàn", "en": "Area"},
    "table.value": {"vi": "Tỷ lệ (%)", "en": "Rate (%)"},
    "table.rank": {"vi": "Hạng", "en": "Rank"},
    "table.source": {"vi": "Nguồn", "en": "Source"},
    "table.code": {"vi": "Mã", "en": "Code"},
    "table.heading": {"vi": "17 huyện, thị xã, thành phố", "en": "The 17 districts"},
    "province": {"vi": "Toàn tỉnh", "en": "Province"},
    # Errors shown in the app
    "error.boundaries_missing": {
        "vi": "Chưa có ranh giới huyện: chạy `make run` hoặc `python -m bhxh_geo boundaries build`.",
        "en": "District boundaries are missing: run `make run` or `python -m bhxh_geo boundaries build`.",
    },
    # Row references in import messages
    "row": {"vi": "dòng {n}", "en": "row {n}"},
    "column": {"vi": "cột {name}", "en": "column {name}"},
}


def check_lang(lang: str) -> str:
    """Return ``lang`` when supported, else raise ValueError naming the supported languages."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return lang


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
        raise KeyError(f"no string {key!r} in bhxh_geo.i18n.STRINGS") from error
    return text.format(**values) if values else text


def indicator_label(indicator: str, lang: str = DEFAULT_LANG, short: bool = False) -> str:
    """The indicator's name as people read it."""
    return t(f"indicator.{indicator}" + (".short" if short else ""), lang)


def format_number(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2) -> str:
    """``10,64`` in Vietnamese, ``10.64`` in English; ``–`` for a missing value.

    Examples
    --------
    >>> format_number(3684.7, "vi", 1), format_number(3684.7, "en", 1)
    ('3.684,7', '3,684.7')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=_LOCALES[check_lang(lang)])


def format_pct(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2) -> str:
    """A coverage rate already in percent: ``10,64%`` (vi) or ``10.64%`` (en).

    Examples
    --------
    >>> format_pct(10.64, "vi"), format_pct(10.64, "en")
    ('10,64%', '10.64%')
    """
    text = format_number(value, lang, decimals)
    return text if text == "–" else text + "%"


def format_pp(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2) -> str:
    """A difference in percentage points with its sign: ``+0,89 điểm %`` / ``+0.89 pp``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    unit = " điểm %" if lang == "vi" else " pp"
    return sign + format_number(abs(value), lang, decimals) + unit


def format_int(value: float | None, lang: str = DEFAULT_LANG) -> str:
    """A count of people: ``12.345`` (vi) or ``12,345`` (en)."""
    return format_number(value, lang, 0)
