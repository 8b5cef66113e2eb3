"""The first map in a real browser: 17 coloured districts, a year toggle, nothing external."""

from bhxh_geo.coverage import coverage_table, fixed_classes


def _expected_fills(year, indicator="bhxh"):
    classes = fixed_classes(indicator)
    table = coverage_table(year, indicator)
    return {
        row.unit_code: classes.colour_of(row.value)
        for row in table[~table["is_province"]].itertuples()
    }


def test_17_coloured_districts_then_2024_changes_colours_with_no_external_request(app_page):
    app_page.open()
    fills = app_page.fills()
    assert fills == _expected_fills(2025)
    view = app_page.view()
    app_page.choose_year("2024")  # the buttons on the map switch at once ...
    app_page.wait_view(view)
    assert app_page.fills() == _expected_fills(2024)
    assert app_page.fills() != fills
    assert (
        app_page.map_frame.get_by_role("radio", name="2024").get_attribute("aria-checked") == "true"
    )
    # ... and the rest of the page follows: title, URL, table.
    app_page.page.get_by_role("heading", name="Chỉ tiêu BHXH (tổng) năm 2024").wait_for(
        timeout=30_000
    )
    assert "year=2024" in app_page.page.url
    assert app_page.external == []
