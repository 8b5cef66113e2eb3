"""What a published view shows in each of the plan's years: the same calls as the app's map.

:func:`view_content` gathers, for one view and language, the classes (fixed over the three
years), and per year the table (:func:`bhxh_geo.coverage.coverage_table`), each district's fill,
printed value and tooltip lines (:func:`bhxh_geo.render.folium_map.map_payload`, what the app's
map receives), the legend, title and source line. An actuals measure with no reported figure in
any year is refused (:class:`NoFigures`): a page of nothing but "no data" would look like a
finding.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pandas as pd

from bhxh_geo.classify import Classes
from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.i18n import indicator_label, t
from bhxh_geo.indicators import YEARS
from bhxh_geo.map_view import MapView
from bhxh_geo.render.folium_map import map_payload
from bhxh_geo.view_text import format_value, legend_format, source_line, title


class NoFigures(LookupError):
    """An actuals view with nothing imported for any year; the message says what to import."""


@dataclass(frozen=True)
class YearContent:
    view: MapView
    table: pd.DataFrame  # coverage_table: the province first, then the 17 districts
    units: dict[str, dict]  # code → fill, missing, value (as printed), tip (tooltip lines)
    legend: list[dict]
    title: str
    source: str
    province: str  # "Toàn tỉnh: 16,83%"

    @property
    def has_figures(self) -> bool:
        return bool(self.table.loc[~self.table["is_province"], "value"].notna().any())


@dataclass(frozen=True)
class ViewContent:
    view: MapView
    lang: str
    classes: Classes
    years: dict[int, YearContent]
    demo: bool

    @property
    def shown(self) -> YearContent:
        return self.years[self.view.year]


def view_content(
    view: MapView, lang: str, actuals: pd.DataFrame | None = None, demo: bool = False
) -> ViewContent:
    """Every year of ``view`` in ``lang``; raises :class:`NoFigures` for an empty actuals view.

    Examples
    --------
    >>> content = view_content(MapView(2025, "bhxh"), "vi")
    >>> content.shown.title, content.shown.units["622"]["value"], content.shown.province
    ('Chỉ tiêu BHXH (tổng) năm 2025', '44,66%', 'Toàn tỉnh: 16,83%')
    """
    tables = {
        year: coverage_table(year, view.indicator, view.measure, actuals, view.period)
        for year in YEARS
    }
    if view.measure != "target" and not any(
        table.loc[~table["is_province"], "value"].notna().any() for table in tables.values()
    ):
        raise NoFigures(
            t(
                "publish.error.no_data",
                lang,
                indicator=indicator_label(view.indicator, lang),
                measure=t(f"measure.{view.measure}", lang),
                period=t(f"period.{view.period}", lang),
            )
        )
    classes = fixed_classes(view.indicator, view.scheme, view.measure, actuals, view.period)
    years = {}
    for year, table in tables.items():
        year_view = dataclasses.replace(view, year=year)
        units = map_payload(table, classes, year_view, lang, None)["units"]
        districts = table.loc[~table["is_province"], "value"].tolist()
        province = table.loc[table["is_province"], "value"].iloc[0]
        years[year] = YearContent(
            view=year_view,
            table=table,
            units=units,
            legend=classes.legend(districts, lang, *legend_format(view.measure, lang)),
            title=title(year_view, lang),
            source=source_line(year_view, table, lang),
            province=t("export.province", lang, value=format_value(province, view.measure, lang)),
        )
    return ViewContent(view, lang, classes, years, demo)
