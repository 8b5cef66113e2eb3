"""Every check of an allowed value refuses the same way: what was given, and every allowed value."""

import re

import pytest

from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.choices import check_choice
from bhxh_geo.classify import classify
from bhxh_geo.district_profile import district_profile
from bhxh_geo.export_formats import ExportError
from bhxh_geo.i18n import check_lang
from bhxh_geo.indicators import check_indicator, check_year
from bhxh_geo.map_view import MapView
from bhxh_geo.measures import check_measure, check_period
from bhxh_geo.render.static import check_format
from bhxh_geo.table_export import table_bytes

REFUSALS = {
    "indicator": (lambda: check_indicator("bhyt"), "unknown indicator 'bhyt'; expected one of bhxh, bhxh_bat_buoc, bhxh_tu_nguyen, bhtn"),
    "year": (lambda: check_year(2026), "unknown year 2026; expected one of 2023, 2024, 2025"),
    "year as text": (lambda: check_year("năm nay"), "unknown year 'năm nay'; expected one of 2023, 2024, 2025"),
    "measure": (lambda: check_measure("forecast"), "unknown measure 'forecast'; expected one of target, actual, gap, people_needed"),
    "period": (lambda: check_period("q3"), "unknown period 'q3'; expected one of full, h1"),
    "language": (lambda: check_lang("fr"), "unknown language 'fr'; expected one of vi, en"),
    "scheme": (lambda: classify([1, 2, 3], "jenks"), "unknown scheme 'jenks'; expected one of natural_breaks, quantiles, equal_interval"),
    "view scheme": (lambda: MapView(scheme="jenks"), "unknown scheme 'jenks'; expected one of natural_breaks"),
    "map format": (lambda: check_format("gif"), "unknown format 'gif'; expected one of png, svg, pdf"),
    "table format": (lambda: table_bytes("ods"), "unknown table format 'ods'; expected one of csv, xlsx"),
    "import period": (lambda: parse_actuals(b"", "x.csv", period="q3"), "unknown period 'q3'; expected one of full, h1"),
    "import scale": (lambda: parse_actuals(b"", "x.csv", scale="per mille"), "unknown scale 'per mille'; expected one of percent, fraction"),
    "district code": (lambda: district_profile("999"), "unknown district code '999'; expected one of 622, "),
}  # fmt: skip


@pytest.mark.parametrize("call, message", REFUSALS.values(), ids=REFUSALS.keys())
def test_every_refusal_names_the_value_and_what_is_allowed(call, message):
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        call()


def test_export_refusals_are_export_errors():
    for call in (lambda: check_format("gif"), lambda: table_bytes("ods")):
        with pytest.raises(ExportError):
            call()


def test_a_year_from_a_url_or_the_command_line_comes_back_as_the_number():
    assert check_year("2024") == 2024 and isinstance(check_year(" 2024 "), int)
    assert check_choice("year", 2025, (2023, 2024, 2025)) == 2025
    with pytest.raises(ValueError, match="unknown year '2024.5'"):
        check_year("2024.5")
