"""Bar labels clear of the dashed province line, in the briefing (PDF) as drawn."""

from types import SimpleNamespace

from matplotlib.figure import Figure

from bhxh_geo.coverage import coverage_table, fixed_classes
from bhxh_geo.i18n import format_pct
from bhxh_geo.render.briefing import ranking


def _drawn_labels(districts, province):
    fig = Figure(figsize=(3, 5))
    ax = fig.add_axes((0.3, 0.05, 0.65, 0.85))
    ranking(ax, districts, SimpleNamespace(classes=fixed_classes("bhxh")), province, "vi")
    inverse = ax.transData.inverted()
    boxes = []
    for text in ax.texts:
        if not text.get_text().strip().endswith("%") or "Toàn tỉnh" in text.get_text():
            continue
        box = text.get_window_extent()
        left, right = inverse.transform([[box.x0, 0], [box.x1, 0]])[:, 0]
        boxes.append((text.get_text().strip(), left, right))
    return boxes


def test_the_briefing_moves_a_label_past_the_province_line_instead_of_under_it():
    table = coverage_table(2025, "bhxh")
    districts = table[~table["is_province"]].copy()
    province = float(table.loc[table["is_province"], "value"].iloc[0])  # 16,83%
    # A bar ending just short of the line, as happens with other indicators and years.
    districts.loc[districts["unit_code"] == "632", "value"] = province - 0.4
    boxes = _drawn_labels(districts, province)
    assert len(boxes) == 17
    for text, left, right in boxes:
        assert not (left < province < right), (text, left, right, province)
    moved = next(b for b in boxes if b[0] == "16,43%")
    assert moved[1] >= province - 1e-9


def test_a_label_stays_at_its_bar_unless_the_line_would_cross_it():
    table = coverage_table(2025, "bhxh")
    districts = table[~table["is_province"]]
    province = float(table.loc[table["is_province"], "value"].iloc[0])
    values = {format_pct(v, "vi"): v for v in districts["value"]}
    for text, left, right in _drawn_labels(districts, province):
        value = values[text]
        crossing = value < province < value + (right - left)  # had it stayed at its bar
        assert abs(left - (province if crossing else value)) < 1e-6, (text, left, value)
