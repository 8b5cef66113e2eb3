"""The map as PNG, SVG and PDF: opened and read back, colours and labels as the web map has them.

The synthetic actuals here are invented for the tests (like every "DỮ LIỆU MINH HỌA" file).
"""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from matplotlib.colors import to_rgba
from PIL import Image
from pypdf import PdfReader

from bhxh_geo.coverage import fixed_classes
from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.districts import load_districts
from bhxh_geo.export_formats import ExportError, parse_size
from bhxh_geo.label_placement import label_layout
from bhxh_geo.map_view import MapView
from bhxh_geo.render.map_data import map_data
from bhxh_geo.render.static import export_style, figure_bytes, map_figure, render_map
from bhxh_geo.targets import load_targets
from bhxh_geo.view_text import format_value

MADE_ON = datetime.date(2026, 11, 25)
SOURCE_VI = "Nguồn: Kế hoạch của UBND tỉnh Gia Lai triển khai Nghị quyết 69/NQ-CP, Phụ lục"
SHORT_NAMES = load_districts()["short_label"].tolist()
REPORT = "Báo cáo thử nghiệm 01/BC-TEST (số liệu giả)"


def synthetic_actuals(source: str = REPORT, year: int = 2024, skip=("625", "626")) -> pd.DataFrame:
    """Made-up actuals: 90 % of each target, two districts left out (missing)."""
    targets = load_targets()
    targets = targets[(targets["year"] == year) & ~targets["unit_code"].isin(skip)]
    return pd.DataFrame(
        {
            "unit_code": targets["unit_code"],
            "year": year,
            "period": "full",
            "indicator": targets["indicator"],
            "value_pct": (targets["target_pct"] * 0.9).round(2),
            "insured": pd.NA,
            "labour_force": pd.NA,
            "source": source,
        }
    )


@pytest.fixture(scope="module")
def layout(boundaries):
    return label_layout(boundaries)


@pytest.fixture(scope="module")
def target_data(boundaries, layout):
    return map_data(MapView(2025, "bhxh"), None, "vi", boundaries, layout)


@pytest.fixture(scope="module")
def figure(target_data):
    with export_style():
        return map_figure(target_data, "vi", made_on=MADE_ON)


@pytest.fixture(scope="module")
def files(target_data):
    return {
        fmt: render_map(target_data, fmt, "vi", made_on=MADE_ON) for fmt in ("png", "svg", "pdf")
    }


def _texts(fig) -> list:
    return [
        text for text in fig.findobj(match=lambda a: type(a).__name__ == "Text") if text.get_text()
    ]


def test_png_has_the_exact_pixel_size(files, target_data):
    assert Image.open(io.BytesIO(files["png"])).size == (1920, 1080)
    social = render_map(target_data, "png", "vi", (1200, 675), MADE_ON)
    assert Image.open(io.BytesIO(social)).size == (1200, 675)


def test_svg_parses_and_keeps_vietnamese_text_as_text(files):
    root = ET.fromstring(files["svg"])
    texts = ["".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Chỉ tiêu BHXH (tổng) năm 2025" in texts
    assert SOURCE_VI in texts and "Lập ngày 25/11/2026 bằng bhxh-geo" in texts
    assert set(SHORT_NAMES) <= set(texts)  # "Đăk Đoa", "Chư Păh", "Phú Thiện": diacritics intact


def test_pdf_text_has_the_source_every_district_and_the_date(files):
    page = PdfReader(io.BytesIO(files["pdf"])).pages[0]
    text = page.extract_text()
    for expected in [
        SOURCE_VI,
        "Chỉ tiêu BHXH (tổng) năm 2025",
        "25/11/2026",
        "cấp huyện đã chấm dứt",
        *SHORT_NAMES,
    ]:
        assert expected in text, expected
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    assert any("DejaVuSans" in str(font["/BaseFont"]) for font in fonts)
    # Type 42: the TrueType font itself is embedded (subset), so every glyph prints.
    assert all(font["/Subtype"] in ("/Type0", "/TrueType") for font in fonts)


def test_district_colours_are_the_web_maps_classes(figure, target_data):
    (districts,) = [c for c in figure.axes[0].collections if c.get_gid() == "districts"]
    classes = fixed_classes("bhxh", "natural_breaks", "target")
    assert classes == target_data.classes
    expected = [to_rgba(classes.colour_of(value)) for value in target_data.frame["value"]]
    assert [tuple(c) for c in districts.get_facecolors()] == expected
    assert len(set(map(tuple, expected))) == 5  # every class shows in 2025


def test_labels_sit_where_the_layout_puts_them_with_the_same_leaders(figure, target_data):
    ax = figure.axes[0]
    labels = {t.get_text(): t.get_position() for t in ax.texts if t.get_gid() == "label"}
    assert len(labels) == 17
    places = target_data.places
    for row in target_data.frame.itertuples():
        text = f"{row.short_label}\n{format_value(row.value, 'target', 'vi', compact=True)}"
        assert labels[text] == pytest.approx((places.label_x[row.code], places.label_y[row.code]))
    leaders = [line for line in ax.lines if line.get_marker() in ("None", None, "")]
    assert len(leaders) == int(places["leader"].sum())
    assert "Pleiku\n44,66%" in labels


def test_legend_gives_each_class_range_and_count(figure, target_data):
    texts = [t.get_text() for t in _texts(figure)]
    for entry in target_data.classes.legend(target_data.values, "vi"):
        assert entry["label"] in texts and entry["count_label"] in texts
    assert "Toàn tỉnh: 16,83%" in texts


def test_missing_values_are_hatched_and_named(boundaries, layout):
    data = map_data(MapView(2024, "bhxh", "actual"), synthetic_actuals(), "vi", boundaries, layout)
    with export_style():
        fig = map_figure(data, "vi", made_on=MADE_ON)
    (missing,) = [c for c in fig.axes[0].collections if c.get_gid() == "missing"]
    assert missing.get_hatch() == "///" and len(missing.get_paths()) == 2
    texts = [t.get_text() for t in _texts(fig)]
    assert "không có số liệu" in texts and "2 huyện" in texts
    assert "KBang\nkhông có số liệu" in texts
    assert f"Số liệu thực hiện: {REPORT}" in texts and SOURCE_VI in texts
    assert DEMO_LABEL not in texts


def test_demo_figures_carry_the_demo_label_big(boundaries, layout):
    data = map_data(
        MapView(2024, "bhxh", "gap"), synthetic_actuals(DEMO_LABEL), "en", boundaries, layout
    )
    assert data.demo
    with export_style():
        fig = map_figure(data, "en", made_on=MADE_ON)
        svg = figure_bytes(fig, "svg").decode()
    stamp = [t for t in _texts(fig) if t.get_text() == DEMO_LABEL]
    assert stamp and stamp[0].get_fontsize() > 30
    assert "reported minus target, 2024" in svg and DEMO_LABEL in svg


def test_first_half_title_says_six_months(boundaries, layout):
    actuals = synthetic_actuals().assign(period="h1")
    data = map_data(MapView(2024, "bhxh", "actual", "h1"), actuals, "vi", boundaries, layout)
    with export_style():
        fig = map_figure(data, "vi", size=(1200, 675), made_on=MADE_ON)
    assert any("6 tháng" in t.get_text() for t in _texts(fig))


def test_an_actuals_measure_with_nothing_imported_is_refused(boundaries, layout):
    with pytest.raises(ExportError, match="chưa có số liệu thực hiện BHXH"):
        map_data(MapView(2025, "bhxh", "actual"), None, "vi", boundaries, layout)
    with pytest.raises(ExportError, match="no reported figures"):
        map_data(MapView(2025, "bhxh", "gap"), synthetic_actuals(), "en", boundaries, layout)


@pytest.mark.parametrize(
    "text, size",
    [("1920x1080", (1920, 1080)), ("1200×675", (1200, 675)), (" 800X800 ", (800, 800))],
)
def test_sizes(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize(
    "text", ["big", "1920", "100x50", "9000x5000", "600x1200", "3000x900", "-5x4"]
)
def test_bad_sizes_are_refused(text):
    with pytest.raises(ExportError, match="1920x1080"):
        parse_size(text, "en")


def _pdf_words(data: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_briefing_states_the_story_leads_and_the_change(boundaries, layout):
    from bhxh_geo.leads import story_leads
    from bhxh_geo.render.briefing import KEY_LEADS, key_points, render_briefing

    leads = {lead.kind: lead.text for lead in story_leads(2025, "bhxh", "vi")}
    assert key_points(2025, "bhxh", "vi") == [leads[kind] for kind in KEY_LEADS]
    text = _pdf_words(render_briefing(2025, "vi", "bhxh", MADE_ON, boundaries, layout))
    for sentence in key_points(2025, "bhxh", "vi"):
        assert " ".join(sentence.split()) in text
    for expected in [
        "Xếp hạng 17 huyện theo chỉ tiêu",
        "Toàn tỉnh: 16,83%",
        "Thay đổi so với năm 2024",
        "+1,44",
        SOURCE_VI,
        "25/11/2026",
        *SHORT_NAMES,
    ]:
        assert expected in text, expected


def test_briefing_of_the_first_year_says_there_is_no_change(boundaries, layout):
    from bhxh_geo.render.briefing import render_briefing

    text = _pdf_words(render_briefing(2023, "en", "bhtn", MADE_ON, boundaries, layout))
    assert "2023 is the plan's first year: there is no previous year to compare." in text
    assert "Unemployment insurance coverage targets, 2023: briefing" in text
