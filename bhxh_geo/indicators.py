"""The four coverage indicators of the plan, and the years it sets targets for.

Labels for people live in :mod:`bhxh_geo.i18n`; this module holds the codes and their order.
"""

from __future__ import annotations

from bhxh_geo.choices import check_choice

BHXH = "bhxh"
BHXH_BAT_BUOC = "bhxh_bat_buoc"
BHXH_TU_NGUYEN = "bhxh_tu_nguyen"
BHTN = "bhtn"

# The plan's column order: BHXH, of which compulsory and voluntary, then unemployment insurance.
INDICATORS = (BHXH, BHXH_BAT_BUOC, BHXH_TU_NGUYEN, BHTN)
# BHXH is the sum of its two parts in every row of the plan; actuals are checked the same way.
PARTS_OF = {BHXH: (BHXH_BAT_BUOC, BHXH_TU_NGUYEN)}

YEARS = (2023, 2024, 2025)


def check_indicator(indicator: str) -> str:
    """Return ``indicator`` if it is one of the four codes, else raise ValueError naming them."""
    return check_choice("indicator", indicator, INDICATORS)


def check_year(year: int | str) -> int:
    """Return ``year`` as an int if the plan covers it, else raise ValueError naming the years."""
    return check_choice("year", year, YEARS)
