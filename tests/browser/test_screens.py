"""Every screen its users have: the projector (1024×768, 1366×768), laptops, a 4K wall, phones,
a keyboard and a screen reader; axe-core on every page in both languages.

One server for the session (conftest), and a few pages reused across tests: a viewport change
is a resize of the same page, as when a laptop is plugged into a projector.
"""

from __future__ import annotations

import re

import pytest

from tests.browser import axe
from tests.browser.conftest import MAP_FRAME, Page, wait_settled
from tests.browser.screenshots import PAGES, PHONES, PRESENT_VIEWPORTS


def _id(size) -> str:
    return f"{size[0]}x{size[1]}"


def _open(page: Page, path: str) -> None:
    page.page.goto(page.base_url + path)
    # Generous: on a shared machine the server's first page open can take its time.
    wait_settled(page.page, timeout=90_000)


def _resize(page: Page, size) -> None:
    """Resize the window and wait until the map has laid itself out for the new screen."""
    page.page.set_viewport_size({"width": size[0], "height": size[1]})
    page.map_frame.locator(f"body[data-bhxh-layout='{_id(size)}']").wait_for(timeout=30_000)
    page.page.wait_for_timeout(100)


def _inside(box, width, height, slack=1.0) -> bool:
    return (
        box is not None
        and box["x"] >= -slack
        and box["y"] >= -slack
        and box["x"] + box["width"] <= width + slack
        and box["y"] + box["height"] <= height + slack
    )


def _overlapping(boxes) -> list:
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            dx = min(a[1]["x"] + a[1]["width"], b[1]["x"] + b[1]["width"]) - max(
                a[1]["x"], b[1]["x"]
            )
            dy = min(a[1]["y"] + a[1]["height"], b[1]["y"] + b[1]["height"]) - max(
                a[1]["y"], b[1]["y"]
            )
            if dx > 0.5 and dy > 0.5:
                pairs.append((a[0], b[0]))
    return pairs


_LABEL_BOXES_JS = """() => [...document.querySelectorAll('.bhxh-label')].map(label => {
  const r = label.getBoundingClientRect();
  return [label.innerText.replace(/\\n/g, ' '), {x: r.x, y: r.y, width: r.width, height: r.height}];
})"""


def _label_boxes(page: Page) -> list:
    """Every label's text and box in the page, read at once (not label by label while the map
    may still be placing them) and once they have stopped moving."""
    frame = page.map_frame.locator("body")
    previous = None
    for _ in range(40):
        boxes = frame.evaluate(_LABEL_BOXES_JS)
        if boxes == previous:
            break
        previous = boxes
        page.page.wait_for_timeout(150)
    assert len(boxes) == 17
    offset = page.map_iframe.bounding_box()
    return [
        (text, {**box, "x": box["x"] + offset["x"], "y": box["y"] + offset["y"]})
        for text, box in boxes
    ]


def _font_px(locator) -> float:
    return locator.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")


# --- presentation mode on every screen ---------------------------------------------------------


@pytest.fixture(scope="module")
def presenting(browser, app_url):
    page = Page(browser, app_url, viewport=PRESENT_VIEWPORTS[0])
    _open(page, "/?present=1")
    yield page
    page.close()


@pytest.fixture(scope="module")
def title_ratio_1080(presenting):
    """Labels' size against the title's at 1920×1080 (what 4K must keep)."""
    _resize(presenting, (1920, 1080))
    label = presenting.map_frame.locator(".bhxh-label").first
    return _font_px(label) / _font_px(presenting.page.locator("[data-testid='bhxh-title']"))


@pytest.mark.parametrize("size", PRESENT_VIEWPORTS, ids=_id)
def test_presentation_shows_the_whole_province_every_label_the_legend_and_the_source(
    presenting, title_ratio_1080, size
):
    _resize(presenting, size)
    page, (width, height) = presenting.page, size
    # The first slide, as a briefing starts.
    title = page.locator("[data-testid='bhxh-title']")
    assert title.inner_text() == "Chỉ tiêu BHXH (tổng) năm 2023"
    for name, locator in (
        ("title", title),
        ("source", page.locator("[data-testid='bhxh-source']")),
        ("legend", page.locator("[data-testid='bhxh-legend']")),
        ("map", page.locator(MAP_FRAME)),
    ):
        assert _inside(locator.bounding_box(), width, height), (name, locator.bounding_box())
    paths = presenting.map_frame.locator("path.bhxh-district")
    assert paths.count() == 17
    for path in paths.all():
        box = path.bounding_box()
        assert _inside(box, width, height), (path.get_attribute("data-code"), box)
    boxes = _label_boxes(presenting)
    for text, box in boxes:
        assert _inside(box, width, height), (text, box)
    assert _overlapping(boxes) == []
    # Nothing below the fold to scroll to.
    assert page.evaluate(
        "() => { const m = document.querySelector('[data-testid=stMain]');"
        " return m.scrollHeight <= m.clientHeight + 1 }"
    )
    label_px = _font_px(presenting.map_frame.locator(".bhxh-label").first)
    if height >= 1080:
        assert label_px >= 18, label_px
        ratio = label_px / _font_px(title)
        assert abs(ratio - title_ratio_1080) / title_ratio_1080 < 0.1, (ratio, title_ratio_1080)
    # Every district named and its value printed: a leader at the back of the room reads them.
    if width >= 1366:
        assert presenting.map_frame.locator("body").get_attribute("data-bhxh-labels") == ",".join(
            ["full"] * 17
        )


# --- the map page: labels, one click, the keyboard ---------------------------------------------


@pytest.fixture(scope="module")
def map_page(browser, app_url):
    page = Page(browser, app_url, viewport=(1366, 768))
    _open(page, PAGES["map"])
    yield page
    page.close()


@pytest.mark.parametrize("size", [(1366, 768), (390, 844)], ids=_id)
def test_printed_labels_never_overlap_or_leave_the_map(map_page, size):
    _resize(map_page, size)
    frame = map_page.map_iframe.bounding_box()
    boxes = _label_boxes(map_page)
    assert _overlapping(boxes) == []
    for text, box in boxes:
        inside = {
            "x": box["x"] - frame["x"],
            "y": box["y"] - frame["y"],
            "width": box["width"],
            "height": box["height"],
        }
        assert _inside(inside, frame["width"], frame["height"]), (text, inside, frame)
    # What a label cannot print is in its key, never lost: a numbered label has its entry.
    modes = map_page.map_frame.locator("body").get_attribute("data-bhxh-labels").split(",")
    key = map_page.map_frame.locator(".bhxh-key")
    assert key.locator("div").count() == modes.count("number")
    assert modes.count("full") >= (14 if size[0] >= 1366 else 10), modes
    # Another year's values keep the layout clear (the boxes are as wide as the widest year's).
    view = map_page.view()
    map_page.choose_year("2023")
    map_page.wait_view(view)
    assert _overlapping(_label_boxes(map_page)) == []
    view = map_page.view()
    map_page.choose_year("2025")
    map_page.wait_view(view)


def test_the_map_takes_the_height_left_at_1366x768(map_page):
    _resize(map_page, (1366, 768))
    frame = map_page.map_iframe.bounding_box()
    assert frame["y"] + frame["height"] <= 768 and frame["y"] + frame["height"] >= 768 - 40, frame
    for path in map_page.map_frame.locator("path.bhxh-district").all():
        assert _inside(path.bounding_box(), 1366, 768), path.get_attribute("data-code")


def _point_inside(page: Page, code: str) -> tuple[float, float]:
    """A point of the page where district ``code`` is what a click hits."""
    point = page.map_frame.locator(f"path[data-code='{code}']").evaluate(
        """path => {
            const r = path.getBoundingClientRect();
            for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
                const x = r.left + r.width * i / 12, y = r.top + r.height * j / 12;
                if (document.elementFromPoint(x, y) === path) return [x, y];
            }
            return null;
        }"""
    )
    frame = page.map_iframe.bounding_box()
    return frame["x"] + point[0], frame["y"] + point[1]


def _scroll_top(page: Page) -> float:
    return page.page.evaluate("document.querySelector('[data-testid=stMain]').scrollTop")


def test_one_click_at_1366x768_opens_the_drilldown_and_the_page_stays_put(browser, app_url):
    page = Page(browser, app_url, viewport=(1366, 768))
    try:
        _open(page, PAGES["map"])
        x, y = _point_inside(page, "632")
        page.page.mouse.click(x, y)
        assert _scroll_top(page) == 0
        heading = page.page.get_by_text("Huyện Chư Prông: 4 chỉ tiêu × 3 năm")
        heading.wait_for(timeout=30_000)
        page.wait_idle()
        assert "district=632" in page.page.url and _scroll_top(page) == 0
        # Beside the map, on the first screen.
        drill = page.page.locator("[data-testid='bhxh-drilldown']")
        box, frame = drill.bounding_box(), page.map_iframe.bounding_box()
        assert box["x"] >= frame["x"] + frame["width"] and box["y"] < 768
        assert "10,82%" in drill.inner_text() and "9,11%" in drill.inner_text()
        # The click left no focus ring behind (the keyboard's is kept for the keyboard).
        assert page.map_frame.locator(":focus").count() == 0
    finally:
        page.close()


def test_tab_reaches_every_district_and_enter_or_space_opens_it(browser, app_url):
    page = Page(browser, app_url, viewport=(1366, 768))
    try:
        _open(page, PAGES["map"])
        frame = page.map_frame
        active = "() => document.activeElement && document.activeElement.getAttribute('data-code')"
        reached = []
        for _ in range(60):
            page.page.keyboard.press("Tab")
            code = frame.locator("body").evaluate(
                "body => document.activeElement.getAttribute('data-code')"
            )
            if code:
                reached.append(code)
            elif reached:
                break
        assert sorted(reached) == sorted(
            frame.locator("path.bhxh-district").evaluate_all(
                "paths => paths.map(p => p.getAttribute('data-code'))"
            )
        )
        assert len(reached) == 17
        # Shift+Tab back to Chư Prông; its name and value are what a screen reader announces.
        while frame.locator("body").evaluate(active.replace("() =>", "body =>")) != "632":
            page.page.keyboard.press("Shift+Tab")
        focused = frame.locator("path[data-code='632']")
        assert focused.get_attribute("aria-label") == "Huyện Chư Prông: 10,82%"
        assert focused.get_attribute("role") == "button"
        assert focused.evaluate("el => el.matches(':focus-visible')")
        assert focused.evaluate("el => getComputedStyle(el).strokeWidth") == "5px"
        page.page.keyboard.press("Enter")
        page.page.get_by_text("Huyện Chư Prông: 4 chỉ tiêu × 3 năm").wait_for(timeout=30_000)
        page.wait_idle()
        assert "district=632" in page.page.url
        assert frame.locator("path[data-code='632']").get_attribute("aria-pressed") == "true"
        # Space on another district opens it instead.
        frame.locator("path[data-code='622']").focus()
        page.page.keyboard.press(" ")
        page.page.get_by_text("Thành phố Pleiku: 4 chỉ tiêu × 3 năm").wait_for(timeout=30_000)
        assert "district=622" in page.page.url
    finally:
        page.close()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_map_is_named_and_described_in_the_pages_language(map_page, lang):
    _open(map_page, f"/?year=2025&indicator=bhxh&lang={lang}")
    title = {"vi": "Bản đồ: Chỉ tiêu BHXH (tổng) năm 2025", "en": "Map: Social insurance"}[lang]
    assert map_page.map_iframe.get_attribute("title").startswith(title)
    assert map_page.page.evaluate("document.documentElement.lang") == lang
    frame = map_page.map_frame
    assert frame.locator("html").get_attribute("lang") == lang
    container = frame.locator(".leaflet-container")
    assert container.get_attribute("aria-label").startswith(title)
    description = frame.locator("#" + container.get_attribute("aria-describedby")).inner_text()
    table = {"vi": "«17 huyện, thị xã, thành phố»", "en": "«The 17 districts»"}[lang]
    assert table in description  # the table of districts is the map's text alternative
    heading = {"vi": "17 huyện, thị xã, thành phố", "en": "The 17 districts"}[lang]
    assert map_page.page.get_by_role("heading", name=heading).count() == 1
    assert frame.locator("svg[role='group']").get_attribute("aria-label") == heading
    # The year buttons keep their radio group.
    year = {"vi": "Năm", "en": "Year"}[lang]
    assert frame.get_by_role("radiogroup", name=year).get_by_role("radio").count() == 3


# --- phones -------------------------------------------------------------------------------------

_WIDER_THAN_SCREEN = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const wide = [...document.querySelectorAll('[data-testid=stMain] *')]
    .filter(e => { const r = e.getBoundingClientRect();
                   return r.width > 0 && r.height > 0 && r.right > innerWidth + 1; })
    .map(e => (e.getAttribute('data-testid') || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().right));
  return {scroll: Math.max(main.scrollWidth - main.clientWidth,
                           document.documentElement.scrollWidth - innerWidth), wide: wide.slice(0, 5)};
}"""


@pytest.fixture(scope="module")
def phone(browser, app_url):
    page = Page(browser, app_url, viewport=PHONES[0])
    yield page
    page.close()


@pytest.mark.parametrize("size", PHONES, ids=_id)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_page_scrolls_sideways_on_a_phone(phone, name, size):
    phone.page.set_viewport_size({"width": size[0], "height": size[1]})
    _open(phone, PAGES[name])
    assert phone.page.evaluate(_WIDER_THAN_SCREEN) == {"scroll": 0, "wide": []}
    if name == "map":
        # The map fills the width.
        frame = phone.map_iframe.bounding_box()
        assert frame["width"] >= size[0] - 2 * 16 - 1


def test_a_tap_on_a_phone_opens_the_drilldown_under_the_map_and_brings_it_into_view(
    browser, app_url
):
    phone = Page(browser, app_url, viewport=(390, 844), has_touch=True, is_mobile=True)
    try:
        _open(phone, PAGES["map"])
        page = phone.page
        x, y = _point_inside(phone, "628")
        page.touchscreen.tap(x, y)
        heading = page.get_by_text("Huyện Ia Grai: 4 chỉ tiêu × 3 năm")
        heading.wait_for(timeout=30_000)
        page.wait_for_function(
            """() => { const h = [...document.querySelectorAll('h4')]
                         .find(e => e.textContent.includes('Ia Grai'));
                       const r = h && h.getBoundingClientRect();
                       return r && r.top >= 0 && r.top < innerHeight / 2; }""",
            timeout=10_000,
        )
        frame = page.locator(MAP_FRAME).bounding_box()
        assert heading.bounding_box()["y"] > frame["y"] + frame["height"] - 1  # under the map
        # No focus box left where the finger was.
        assert page.frame_locator(MAP_FRAME).locator(":focus").count() == 0
        # Every target on the page at least 24 × 24 px.
        # (What is on the screen: the closed sidebar's links are off it; the skip link is
        # a 1 px box until the keyboard reaches it.)
        small = page.evaluate(
            """() => [...document.querySelectorAll('button, a[href], [role=radio], input')]
                .filter(e => { const r = e.getBoundingClientRect();
                               return r.width > 1 && r.right > 0 && r.left < innerWidth
                                      && (r.width < 24 || r.height < 24); })
                .map(e => (e.textContent.trim() || e.getAttribute('aria-label')).slice(0, 30) + ' '
                          + Math.round(e.getBoundingClientRect().width) + 'x'
                          + Math.round(e.getBoundingClientRect().height))"""
        )
        assert small == []
        small_on_map = (
            page.frame_locator(MAP_FRAME)
            .locator("button, a")
            .evaluate_all(
                """els => els.filter(e => { const r = e.getBoundingClientRect();
                                        return r.width < 24 || r.height < 24; }).length"""
            )
        )
        assert small_on_map == 0
    finally:
        phone.close()


# --- WCAG 2.2 AA: axe-core on every page, both languages ---------------------------------------


@pytest.fixture(scope="module")
def axe_script():
    return axe.axe_source()


@pytest.fixture(scope="module")
def checker(browser, app_url):
    page = Page(browser, app_url, viewport=(1366, 768))
    yield page
    page.close()


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_finds_no_wcag_violation(checker, axe_script, name, lang):
    path = PAGES[name]
    _open(checker, f"{path}{'&' if '?' in path else '?'}lang={lang}")
    found = {}
    for frame in checker.page.frames:
        if frame.url.startswith(checker.base_url) and "about:" not in frame.url:
            found[re.sub(r"\?.*", "", frame.url)] = axe.axe_violations(frame, script=axe_script)
    assert found and all(v == [] for v in found.values()), found


# --- the published embed page (no Streamlit session): same checks --------------------------------

EMBED = "/embed?indicator=bhxh&year=2025"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_embed_page_passes_axe_and_fits_every_phone(browser, app_url, axe_script, lang):
    page = Page(browser, app_url, viewport=(1366, 768))
    try:
        page.page.goto(f"{app_url}{EMBED}&lang={lang}")
        page.page.locator("body[data-ready='1']").wait_for(timeout=60_000)
        assert page.page.evaluate("document.documentElement.lang") == lang
        assert axe.axe_violations(page.page, script=axe_script) == []
        for width, height in PHONES:
            page.page.set_viewport_size({"width": width, "height": height})
            page.page.wait_for_timeout(200)
            assert (
                page.page.evaluate("() => document.documentElement.scrollWidth - innerWidth") == 0
            ), (width, lang)
        assert page.page.locator("svg path.district").count() == 17
    finally:
        page.close()
