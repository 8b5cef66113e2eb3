"""A view of the map (year, indicator, measure, period, scheme): its title, units, value format,
and the fixed order a briefing steps through.

The web map, its table, the static export and the CLI all describe a view with these functions,
so a title or a number reads the same everywhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from bhxh_geo.choices import check_choice
from bhxh_geo.classify import DEFAULT_SCHEME, SCHEMES
from bhxh_geo.i18n import format_int, format_number, format_pct, format_pp, indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS, check_indicator, check_year
from bhxh_geo.measures import check_measure, check_period


@dataclass(frozen=True)
class MapView:
    year: int = YEARS[-1]
    indicator: str = INDICATORS[0]
    measure: str = "target"
    period: str = "full"
    scheme: str = DEFAULT_SCHEME

    def __post_init__(self):
        check_year(self.year)
        check_indicator(self.indicator)
        check_measure(self.measure)
        check_period(self.period)
        check_choice("scheme", self.scheme, SCHEMES)
        if self.measure == "target" and self.period != "full":
            raise ValueError("targets are set per year: a target view has period 'full'")

    @property
    def key(self) -> str:
        """A short stable text naming the view (``2025-bhxh-target-full-natural_breaks``)."""
        return f"{self.year}-{self.indicator}-{self.measure}-{self.period}-{self.scheme}"


def title(view: MapView, lang: str) -> str:
    """``Chỉ tiêu BHXH (tổng) năm 2025``; first-half actuals say ``6 tháng đầu năm``."""
    when = t(f"view.when.{view.period}", lang, year=view.year)
    return t(
        f"view.title.{view.measure}",
        lang,
        indicator=indicator_label(view.indicator, lang),
        when=when,
    )


def unit_line(view: MapView, lang: str) -> str:
    """What the numbers are: % of the labour force, points, or people."""
    return t(f"view.unit.{view.measure}", lang)


def source_line(view: MapView, table, lang: str) -> str:
    """Where the shown numbers come from: the plan, the imported report(s), or both."""
    parts = [t("source.plan", lang)] if view.measure != "actual" else []
    if view.measure != "target":
        reports = sorted({s for s in table["report_source"] if s})
        parts.append(t("source.report", lang, sources="; ".join(reports) if reports else "–"))
    return " · ".join(parts)


def format_value(value: float | None, measure: str, lang: str, compact: bool = False) -> str:
    """A value of ``measure`` as people read it; ``compact`` drops the unit (map labels)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("legend.missing", lang)
    if measure in ("target", "actual"):
        return format_number(value, lang) + "%" if compact else format_pct(value, lang)
    if measure == "gap":
        return format_pp(value, lang, unit=not compact)
    people = format_int(value, lang)
    return people if compact else t("view.people", lang, count=people)


def legend_format(measure: str, lang: str) -> tuple[Callable[[float], str], str]:
    """How a legend writes the bounds of ``measure``'s classes, and the unit after them."""
    if measure == "gap":
        return (lambda v: format_pp(v, lang, unit=False)), " " + t("unit.pp", lang)
    if measure == "people_needed":
        return (lambda v: format_int(v, lang)), ""
    return (lambda v: format_number(v, lang)), "%"


# A briefing steps through every indicator, each over the three years, in the plan's order.
BRIEFING_ORDER = tuple((indicator, year) for indicator in INDICATORS for year in YEARS)


def step(view: MapView, delta: int) -> MapView:
    """The view ``delta`` steps along :data:`BRIEFING_ORDER` (wrapping), other settings kept."""
    position = BRIEFING_ORDER.index((view.indicator, view.year))
    indicator, year = BRIEFING_ORDER[(position + delta) % len(BRIEFING_ORDER)]
    return replace(view, indicator=indicator, year=year)
