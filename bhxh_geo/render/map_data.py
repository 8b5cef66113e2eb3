"""What a static map draws: the 17 districts (projected), their classes, label places, sources.

One function gathers it, with the same calls the web map makes (:func:`coverage.coverage_frame`,
:func:`coverage.fixed_classes`, :func:`label_placement.label_layout`), so an image and the app cannot
disagree. An actuals measure with no reported figure for the view is refused, never drawn
empty: a map of nothing but "no data" would look like a finding.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from bhxh_geo.boundaries import load_boundaries
from bhxh_geo.classify import Classes
from bhxh_geo.coverage import coverage_frame, fixed_classes
from bhxh_geo.demo import DEMO_LABEL
from bhxh_geo.export_formats import ExportError
from bhxh_geo.i18n import indicator_label, t
from bhxh_geo.label_placement import label_layout
from bhxh_geo.map_view import MapView
from bhxh_geo.paths import CRS_PROJECTED, CRS_WGS84


@dataclass(frozen=True)
class MapData:
    """Everything a static map of one view draws."""

    view: MapView
    frame: gpd.GeoDataFrame  # the 17 districts in CRS_PROJECTED: code, short_label, value, …
    classes: Classes
    places: pd.DataFrame  # by code: anchor_x, anchor_y, label_x, label_y (metres), leader
    report_sources: tuple[str, ...]  # the import's source documents of the values shown
    province: float  # the province's value of the same view (NaN when not reported)

    @property
    def values(self) -> list[float]:
        return self.frame["value"].tolist()

    @property
    def demo(self) -> bool:
        """True when any value shown comes from the demo database."""
        return DEMO_LABEL in self.report_sources


def map_data(
    view: MapView,
    actuals: pd.DataFrame | None = None,
    lang: str = "vi",
    boundaries: gpd.GeoDataFrame | None = None,
    layout: pd.DataFrame | None = None,
) -> MapData:
    """Gather one view's map: values and classes as the web map has them, in metres.

    ``layout`` is :func:`label_placement.label_layout` of ``boundaries`` (computed when not given).
    Raises :class:`ExportError` for an actuals measure without any reported figure.

    Examples
    --------
    >>> data = map_data(MapView(2025, "bhxh"))
    >>> len(data.frame), data.classes.colour_of(data.frame.set_index("code").value["622"])
    (17, '#253494')
    """
    boundaries = load_boundaries() if boundaries is None else boundaries
    frame = coverage_frame(
        view.year, view.indicator, view.measure, boundaries, actuals, view.period
    )
    if view.measure != "target" and frame["value"].isna().all():
        when = t(f"view.when.{view.period}", lang, year=view.year)
        raise ExportError(
            t(
                "export.error.no_actuals",
                lang,
                indicator=indicator_label(view.indicator, lang),
                when=when,
                measure=t(f"measure.{view.measure}", lang),
            )
        )
    classes = fixed_classes(view.indicator, view.scheme, view.measure, actuals, view.period)
    layout = label_layout(boundaries) if layout is None else layout
    return MapData(
        view,
        frame.to_crs(CRS_PROJECTED),
        classes,
        project_places(layout),
        report_sources(view, actuals, frame["code"]),
        float(frame["province_value"].iloc[0]),
    )


def project_places(layout: pd.DataFrame) -> pd.DataFrame:
    """:func:`label_placement.label_layout` (degrees) in the projected CRS of the static map (metres)."""
    out = pd.DataFrame(index=layout.index)
    for point in ("anchor", "label"):
        projected = gpd.GeoSeries(
            gpd.points_from_xy(layout[f"{point}_lon"], layout[f"{point}_lat"]),
            index=layout.index,
            crs=CRS_WGS84,
        ).to_crs(CRS_PROJECTED)
        out[f"{point}_x"], out[f"{point}_y"] = projected.x, projected.y
    out["leader"] = layout["leader"].astype(bool)
    return out


def report_sources(view: MapView, actuals: pd.DataFrame | None, codes) -> tuple[str, ...]:
    """The distinct source documents of the reported figures a view of ``codes`` shows."""
    if view.measure == "target" or actuals is None or actuals.empty:
        return ()
    rows = actuals[
        (actuals["year"] == view.year)
        & (actuals["indicator"] == view.indicator)
        & (actuals["period"] == view.period)
        & actuals["unit_code"].isin(set(codes))
    ]
    rows = rows[rows["value_pct"].notna() | rows["insured"].notna()]
    return tuple(sorted({str(s) for s in rows["source"].dropna() if str(s).strip()}))
