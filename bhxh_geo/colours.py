"""Every colour the maps use: one place, shared by the web map and the static export.

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
# Static exports (PNG/SVG/PDF, the briefing): text, the demo stamp, the province line.
TEXT_MUTED = "#555555"
SWATCH_EDGE = "#888888"
DEMO_TEXT = "#b2182b"
PROVINCE_LINE = "#252525"


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
