"""How a view of the map (:class:`~bhxh_geo.map_view.MapView`) reads: its title, unit, source
line, value format and legend format, and the summary a page writes around its map.

The web map, its table, the static export and the CLI all describe a view with these functions,
so a title or a number reads the same everywhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bhxh_geo.i18n import format_int, format_number, format_pct, format_pp, indicator_label, t

if TYPE_CHECKING:
    from bhxh_geo.classify import Classes
    from bhxh_geo.map_view import MapView


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


@dataclass(frozen=True)
class ViewSummary:
    """What a page writes around the map of one view in one language: heading, unit, source,
    the legend (:meth:`~bhxh_geo.classify.Classes.legend` entries and note), whether this year
    has no reported figure, and whether any year has one (there is something to share)."""

    heading: str
    unit: str
    source: str
    legend: tuple[dict, ...]
    legend_note: str
    nothing_reported: bool
    has_figures: bool


def view_summary(
    view: MapView, table, classes: Classes, lang: str, any_year_reported: bool
) -> ViewSummary:
    """The summary of ``view`` from its coverage table (:func:`bhxh_geo.coverage.coverage_table`),
    its fixed classes and whether any year of an actuals measure has a reported figure.

    Examples
    --------
    >>> from bhxh_geo.coverage import coverage_table, fixed_classes
    >>> from bhxh_geo.map_view import MapView
    >>> view = MapView(2025, "bhtn", "target", "full", "natural_breaks")
    >>> s = view_summary(view, coverage_table(2025, "bhtn"), fixed_classes("bhtn"), "vi", False)
    >>> s.heading, s.nothing_reported, sum(entry["count"] for entry in s.legend)
    ('Chỉ tiêu BHTN (bảo hiểm thất nghiệp) năm 2025', False, 17)
    """
    district_values = table.loc[~table["is_province"], "value"].tolist()
    entries = classes.legend(district_values, lang, *legend_format(view.measure, lang))
    return ViewSummary(
        heading=title(view, lang),
        unit=unit_line(view, lang),
        source=source_line(view, table, lang),
        legend=tuple(entries),
        legend_note=classes.legend_note(lang),
        nothing_reported=view.measure != "target" and all(math.isnan(v) for v in district_values),
        has_figures=view.measure == "target" or any_year_reported,
    )
