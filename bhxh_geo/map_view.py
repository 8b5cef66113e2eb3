"""A view of the map: the year, indicator, measure, period and colour scheme it shows (each
checked), the key that names it, and the fixed order a briefing steps through."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bhxh_geo.choices import check_choice
from bhxh_geo.classify import DEFAULT_SCHEME, SCHEMES
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


# A briefing steps through every indicator, each over the three years, in the plan's order.
BRIEFING_ORDER = tuple((indicator, year) for indicator in INDICATORS for year in YEARS)


def step(view: MapView, delta: int) -> MapView:
    """The view ``delta`` steps along :data:`BRIEFING_ORDER` (wrapping), other settings kept."""
    position = BRIEFING_ORDER.index((view.indicator, view.year))
    indicator, year = BRIEFING_ORDER[(position + delta) % len(BRIEFING_ORDER)]
    return replace(view, indicator=indicator, year=year)
