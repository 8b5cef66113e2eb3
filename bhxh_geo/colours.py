"""Every colour the app uses: one place, shared by the web map (its script gets them from
:func:`map_script_colours`), the page's legend and tables, the charts and the static export.

Sequential: ColorBrewer YlGnBu (colour-blind safe; lightness falls steadily, so the classes stay
distinct in greyscale). Diverging (differences: vs province, change between years, actual −
target): ColorBrewer PuOr, also colour-blind safe, with a neutral middle class.
"""

from __future__ import annotations

SEQUENTIAL = {
    3: ("#edf8b1", "#7fcdbb", "#2c7fb8"),
    4: ("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
    5: ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"),
    6: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
}
DIVERGING = {
    4: ("#e66101", "#fdb863", "#b2abd2", "#5e3c99"),
    5: ("#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"),
}
MISSING_FILL = "#d9d9d9"
MISSING_HATCH = "#737373"
BORDER = "#ffffff"
SELECTED_BORDER = "#000000"
LABEL_TEXT = "#111111"
LABEL_HALO = "#ffffff"
# A district before its geometry has arrived (a moment at page open).
PLACEHOLDER_FILL = "#eeeeee"
# The keyboard's focus ring: dark on every fill of the palettes and on white.
FOCUS_RING = "#000000"
FOCUS_RING_INNER = "#ffffff"
# The year buttons drawn on the map.
CONTROL_BACKGROUND = "#ffffff"
CONTROL_BORDER = "#767676"
CONTROL_TEXT = "#111111"
CONTROL_SELECTED = "#252525"
CONTROL_SELECTED_TEXT = "#ffffff"
# The page around the map: text that must stay at least 4.5:1 on white (WCAG AA), the legend's
# swatch edge (3:1 against white, so the lightest class still shows), the tables.
TEXT = "#262730"
CAPTION_TEXT = "#555555"
SELECTED_CONTROL_TEXT = "#b3261e"
TABLE_SELECTED_BACKGROUND = "#fff3b0"
TABLE_PROVINCE_BACKGROUND = "#f0f2f6"
TABLE_RULE = "#e3e5ea"
TABLE_HEAD_RULE = "#999999"
# Static exports (PNG/SVG/PDF, the briefing): text, the demo stamp, the province line.
TEXT_MUTED = "#555555"
SWATCH_EDGE = "#888888"
DEMO_TEXT = "#b2182b"
PROVINCE_LINE = "#252525"


def map_script_colours() -> dict[str, str]:
    """The colours ``static/bhxh/district_map.js`` draws with (it holds none of its own).

    Examples
    --------
    >>> map_script_colours()["selectedBorder"]
    '#000000'
    """
    return {
        "border": BORDER,
        "selectedBorder": SELECTED_BORDER,
        "placeholder": PLACEHOLDER_FILL,
        "missingFill": MISSING_FILL,
        "missingHatch": MISSING_HATCH,
        "labelText": LABEL_TEXT,
        "labelHalo": LABEL_HALO,
        "leader": LABEL_TEXT,
        "focus": FOCUS_RING,
        "focusInner": FOCUS_RING_INNER,
        "controlBackground": CONTROL_BACKGROUND,
        "controlBorder": CONTROL_BORDER,
        "controlText": CONTROL_TEXT,
        "controlSelected": CONTROL_SELECTED,
        "controlSelectedText": CONTROL_SELECTED_TEXT,
    }


def sequential(k: int) -> tuple[str, ...]:
    """``k`` sequential colours, lightest first."""
    if k not in SEQUENTIAL:
        raise ValueError(f"no sequential palette with {k} classes; have {sorted(SEQUENTIAL)}")
    return SEQUENTIAL[k]


def diverging(k: int = 5) -> tuple[str, ...]:
    """``k`` diverging colours, most negative first."""
    if k not in DIVERGING:
        raise ValueError(f"no diverging palette with {k} classes; have {sorted(DIVERGING)}")
    return DIVERGING[k]
