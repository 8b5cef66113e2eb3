"""The map page in a real browser: readable labels, drill-down, URL views, presentation, English."""

import re
from pathlib import Path

from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.districts import load_districts
from bhxh_geo.i18n import format_pct
from tests.browser.conftest import MAP_FRAME


def _labels(app_page):
    return app_page.map_frame.locator(".bhxh-label")


def test_every_district_shows_its_name_and_value_large_enough_to_read(app_page):
    app_page.open("?year=2025&indicator=bhxh")
    labels = _labels(app_page)
    assert labels.count() == 17
    table = coverage_table(2025, "bhxh").set_index("unit_code")
    expected = {
        f"{row.short_label}\n{format_pct(row.value, 'vi')}"
        for row in table[~table.is_province].itertuples()
    }
    texts = {label.inner_text().strip() for label in labels.all()}
    assert texts == expected
    boxes = []
    for label in labels.all():
        assert label.is_visible()
        size = label.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        assert size >= 14
        assert "rgb(255, 255, 255)" in label.evaluate("el => getComputedStyle(el).textShadow")
        boxes.append(label.bounding_box())
    # No two printed labels cover each other on a 1920×1080 screen.
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap_x = min(a["x"] + a["width"], b["x"] + b["width"]) - max(a["x"], b["x"])
            overlap_y = min(a["y"] + a["height"], b["y"] + b["height"]) - max(a["y"], b["y"])
            assert overlap_x <= 2 or overlap_y <= 2, (a, b)


def test_click_a_district_shows_its_plan_figures_then_click_again_clears(app_page):
    app_page.open("?year=2024")
    view = app_page.view()
    app_page.map_frame.locator("path[data-code='632']").dispatch_event("click")
    app_page.wait_view(view)
    app_page.wait_idle()
    page = app_page.page
    assert page.get_by_text("Huyện Chư Prông: 4 chỉ tiêu × 3 năm").is_visible()
    assert "district=632" in page.url
    panel = page.locator('[data-testid="bhxh-drilldown"]')
    panel_text = panel.inner_text()
    assert "10,82%" in panel_text and "9,11%" in panel_text  # BHXH 2025 and 2023 of Chư Prông
    # Outlined in black above its neighbours, and announced as pressed.
    outline = app_page.map_frame.locator("path.bhxh-selected-outline")
    assert (
        outline.get_attribute("data-selected") == "632"
        and outline.get_attribute("stroke") == "#000000"
    )
    assert (
        app_page.map_frame.locator("path[data-code='632']").get_attribute("aria-pressed") == "true"
    )
    # ... and shaded in the table of districts, under the province row.
    rows = page.locator("[data-testid='bhxh-district-table'] tbody tr")
    assert rows.count() == 18 and rows.first.get_attribute("data-code") == "64"
    assert (
        page.locator("[data-testid='bhxh-district-table'] tr.bhxh-selected").get_attribute(
            "data-code"
        )
        == "632"
    )
    view = app_page.view()
    app_page.map_frame.locator("path[data-code='632']").dispatch_event("click")
    app_page.wait_view(view)
    app_page.wait_idle()
    assert page.get_by_text("Huyện Chư Prông: 4 chỉ tiêu × 3 năm").count() == 0
    assert "district=" not in page.url


def test_a_url_reopens_the_exact_view(app_page, browser, app_url):
    app_page.open("?year=2023&indicator=bhtn&scheme=quantiles&district=624&lang=en")
    page = app_page.page
    assert page.get_by_text("Unemployment insurance: plan target, 2023").is_visible()
    assert page.get_by_text("Ayun Pa: 4 indicators × 3 years").is_visible()
    # Change the view by hand, then open the URL the app wrote in a fresh browser.
    view = app_page.view()
    app_page.choose_year("2024")
    app_page.wait_view(view)
    page.wait_for_function("() => location.search.includes('year=2024')")
    app_page.wait_idle()
    url = page.url
    assert re.search(r"indicator=bhtn", url) and "scheme=quantiles" in url and "district=624" in url
    from tests.browser.conftest import Page

    other = Page(browser, app_url)
    try:
        other.open(url.removeprefix(app_url + "/"))
        assert other.page.get_by_text("Unemployment insurance: plan target, 2024").is_visible()
        assert other.view() == app_page.view()
        assert other.fills() == app_page.fills()
    finally:
        other.close()


def test_presentation_mode_steps_with_the_arrow_keys(app_page):
    app_page.open("?present=1&year=2025&indicator=bhxh")
    page = app_page.page
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    title = page.locator("[data-testid='bhxh-title']")
    assert title.inner_text() == "Chỉ tiêu BHXH (tổng) năm 2025"
    assert (
        "Nguồn: Kế hoạch của UBND tỉnh Gia Lai"
        in page.locator("[data-testid='bhxh-source']").inner_text()
    )
    assert float(title.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")) >= 36
    view = app_page.view()
    page.keyboard.press("ArrowRight")  # after BHXH 2025 comes compulsory BHXH 2023
    app_page.wait_view(view)
    app_page.wait_idle()
    assert title.inner_text() == "Chỉ tiêu BHXH bắt buộc năm 2023"
    view = app_page.view()
    page.keyboard.press("ArrowLeft")
    app_page.wait_view(view)
    app_page.wait_idle()
    assert title.inner_text() == "Chỉ tiêu BHXH (tổng) năm 2025"
    assert app_page.external == []


def test_english_view(app_page):
    app_page.open("?lang=en&year=2025")
    page = app_page.page
    assert page.get_by_text("Social insurance (total): plan target, 2025").is_visible()
    assert (
        page.get_by_text(
            "Source: Gia Lai People's Committee plan implementing Resolution 69/NQ-CP, Appendix"
        ).count()
        == 1
    )
    texts = {label.inner_text().strip() for label in _labels(app_page).all()}
    assert "Ia Grai\n10.64%" in texts
    assert app_page.map_frame.get_by_role("radiogroup", name="Year").is_visible()
    names = set(load_districts()["short_label"])
    assert {t.split("\n")[0] for t in texts} == names


def test_the_table_downloads_as_csv_with_its_source(app_page):
    app_page.open("?year=2024&indicator=bhtn")
    app_page.choose("Tên (A → Z)")
    page = app_page.page
    page.wait_for_function("() => location.search.includes('sort=name')")
    app_page.wait_idle()
    names = page.locator("[data-testid='bhxh-district-table'] tbody th").all_inner_texts()
    assert names[:2] == ["Toàn tỉnh", "Thị xã An Khê"] and names[-1] == "Thành phố Pleiku"
    assert (
        page.locator("[data-testid='bhxh-district-table'] td").first.evaluate(
            "el => parseFloat(getComputedStyle(el).fontSize)"
        )
        >= 16
    )
    with app_page.page.expect_download() as download_info:
        app_page.page.get_by_role("button", name="Tải bảng (CSV)").click()
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert len(lines) == 19 and lines[0].startswith(
        "unit_code,name,year,indicator,measure,period,value"
    )
    ayun_pa = next(line for line in lines if line.startswith("624,"))
    assert ",2024,bhtn,target,full,9.46," in ayun_pa and "69/NQ-CP" in ayun_pa


def test_the_year_buttons_on_the_map_step_with_the_keyboard_in_presentation_mode(app_page):
    app_page.open("?present=1&year=2025&indicator=bhtn")
    frame = app_page.map_frame
    assert frame.get_by_role("radiogroup", name="Năm").is_visible()
    current = frame.get_by_role("radio", name="2025")
    assert current.get_attribute("aria-checked") == "true"
    assert current.evaluate("el => parseFloat(getComputedStyle(el).fontSize)") >= 16
    view = app_page.view()
    current.press("ArrowLeft")
    app_page.wait_view(view)
    assert frame.get_by_role("radio", name="2024").get_attribute("aria-checked") == "true"
    classes = fixed_classes("bhtn")
    table = coverage_table(2024, "bhtn")
    assert app_page.fills() == {
        r.unit_code: classes.colour_of(r.value) for r in table[~table.is_province].itertuples()
    }
    # The large title follows once the app has rerun.
    app_page.page.locator("[data-testid='bhxh-title']").filter(has_text="năm 2024").wait_for(
        timeout=30_000
    )


# Marks, inside the page, when the map's colours are painted (and where the map then was) and
# when the legend and the table of districts first appear.
_ARRIVALS = (
    """(() => {
  if (window !== window.top) return;
  window.bhxhArrivals = {};
  const mark = (name, present) => { if (present && !(name in window.bhxhArrivals)) window.bhxhArrivals[name] = performance.now(); };
  const watch = () => {
    const frame = document.querySelector('%s');
    const body = frame && frame.contentDocument && frame.contentDocument.body;
    if (body && body.getAttribute('data-bhxh-ready') === '1' && !('map' in window.bhxhArrivals)) {
      window.bhxhArrivals.mapTop = frame.getBoundingClientRect().top;
    }
    mark('map', body && body.getAttribute('data-bhxh-ready') === '1');
    mark('legend', document.querySelector("[data-testid='bhxh-legend']"));
    mark('table', document.querySelector("[data-testid='bhxh-district-table']"));
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();"""
    % MAP_FRAME
)


def test_a_page_open_paints_the_map_first_then_the_rest_follows_unasked(app_page):
    app_page.context.add_init_script(_ARRIVALS)
    app_page.open("?year=2024&district=628")
    page = app_page.page
    page.locator("[data-testid='bhxh-district-table'] tbody tr").first.wait_for(timeout=30_000)
    arrivals = page.evaluate("window.bhxhArrivals")
    assert arrivals["map"] < arrivals["legend"] and arrivals["map"] < arrivals["table"], arrivals
    # What came after the map did not push it down.
    assert (
        app_page.map_iframe.evaluate("el => el.getBoundingClientRect().top") == arrivals["mapTop"]
    )
    # The rest is the page as any other run draws it: the drill-down of the district in the URL,
    # the controls, the whole table.
    assert page.get_by_text("Huyện Ia Grai: 4 chỉ tiêu × 3 năm").is_visible()
    assert page.get_by_role("radiogroup").count() >= 3
    assert page.locator("[data-testid='bhxh-district-table'] tbody tr").count() == 18


def test_back_from_another_page_the_map_is_painted_first_again(app_page):
    app_page.context.add_init_script(_ARRIVALS)
    app_page.open("?year=2024")
    page = app_page.page
    nav = page.locator("[data-testid='stSidebarNav']")
    nav.get_by_role("link", name="So sánh").click()
    page.get_by_role("heading", name="So sánh").wait_for(timeout=30_000)
    app_page.wait_idle()
    page.evaluate("window.bhxhArrivals = {}")
    nav.get_by_role("link", name="Bản đồ").click()
    page.locator("[data-testid='bhxh-district-table'] tbody tr").first.wait_for(timeout=30_000)
    arrivals = page.evaluate("window.bhxhArrivals")
    assert arrivals["map"] < arrivals["legend"] and arrivals["map"] < arrivals["table"], arrivals


def test_when_the_map_cannot_draw_the_rest_of_the_page_still_comes(app_page):
    # The map's own script is unreachable: no colours, so no report; the fallback timer
    # (ui/map_first.FALLBACK_SECONDS) still brings the legend, controls and table.
    app_page.context.route("**/bhxh/district_map.js*", lambda route: route.abort())
    page = app_page.page
    page.goto(app_page.base_url + "/?year=2024&indicator=bhtn")
    rows = page.locator("[data-testid='bhxh-district-table'] tbody tr")
    rows.first.wait_for(timeout=30_000)
    assert rows.count() == 18
    assert page.locator("[data-testid='bhxh-legend']").is_visible()
    assert page.get_by_role("heading", name=re.compile("BHTN.*năm 2024")).is_visible()
