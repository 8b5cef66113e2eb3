"""Altair charts for the compare page and the district profile (Vega-Lite specs; no Streamlit).

Every chart takes tables that :mod:`bhxh_geo.coverage`, :mod:`bhxh_geo.neighbours` and
:mod:`bhxh_geo.district_profile` already computed; it adds no figure of its own. Colours come from the
same :class:`~bhxh_geo.classify.Classes` as the web map (``classes.colour_of``), so a district
has the same colour on the map, in the small multiples and in the ranking. Numbers shown as text
(bar labels, tooltips, legends) are formatted by Babel; axes use the language's decimal mark.

Maps are ``mark_geoshape`` over a coarser copy of the boundaries (:func:`chart_geometry`, ~25 kB)
embedded once per chart; each panel looks its values up by district code.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from bhxh_geo import colours
from bhxh_geo.classify import Classes, classify_diverging
from bhxh_geo.districts import load_districts
from bhxh_geo.i18n import MINUS, MISSING, format_number, format_pct, format_pp, indicator_label, t
from bhxh_geo.i18n.numbers import number_symbols
from bhxh_geo.neighbours import ABOVE, BELOW, EQUAL
from bhxh_geo.paths import CRS_WGS84

# A small multiple is ~300 px wide for ~160 km: 0.005° (~550 m) is about a pixel.
CHART_TOLERANCE = 0.005
CHART_DECIMALS = 3
PANEL_WIDTH = 300
PANEL_HEIGHT = 330
SMALL_PANEL = (220, 330)
TRAJECTORY_PANEL = (200, 160)
BIG_PANEL = (560, 610)
BAR_HEIGHT = 24
FONT = "DejaVu Sans, Arial, sans-serif"
# The width of a character of the bars' 12 px labels, a little over DejaVu Sans's digits (7.6 px),
# so a label is never taken for narrower than it is.
LABEL_CHAR_PX = 8
# The printed names and values of the change and neighbour maps: the label layout was planned
# for 15 px on a 760 px map; these maps are drawn about 0.8 of that.
MAP_LABEL_PX = 12
# Semantic colours, all taken from the palettes in colours.py.
POSITION_COLOURS = {
    ABOVE: colours.diverging(5)[-1],
    EQUAL: colours.diverging(5)[2],
    BELOW: colours.diverging(5)[0],
}
BEHIND_COLOUR, MET_COLOUR = colours.diverging(4)[0], colours.diverging(4)[-1]
DISTRICT_LINE = colours.sequential(5)[-1]
PROVINCE_LINE = colours.LABEL_TEXT


def chart_geometry(boundaries: gpd.GeoDataFrame) -> dict:
    """The 17 districts as a compact GeoJSON FeatureCollection (``code``, ``name``) for charts.

    Simplified together (``coverage_simplify``) so neighbours still share their edges.

    Examples
    --------
    >>> from bhxh_geo.boundaries import load_boundaries
    >>> geometry = chart_geometry(load_boundaries())
    >>> len(geometry["features"]), geometry["features"][0]["properties"]["code"]
    (17, '622')
    """
    if not isinstance(boundaries, gpd.GeoDataFrame):
        raise TypeError(f"chart_geometry expects a GeoDataFrame, got {type(boundaries).__name__}")
    if boundaries.crs is None or not boundaries.crs.equals(CRS_WGS84):
        raise ValueError(
            f"chart_geometry expects {CRS_WGS84} (what Vega projects), got {boundaries.crs}"
        )
    geometries = shapely.coverage_simplify(boundaries.geometry.values, CHART_TOLERANCE)
    geometries = shapely.transform(geometries, lambda xy: np.round(xy, CHART_DECIMALS))
    features = [
        {
            "type": "Feature",
            "properties": {"code": str(code), "name": str(name)},
            "geometry": shapely.geometry.mapping(geometry),
        }
        for code, name, geometry in zip(boundaries["code"], boundaries["name"], geometries)
    ]
    return {"type": "FeatureCollection", "features": features}


# --- ranking ------------------------------------------------------------------------------


def ranking_chart(
    table: pd.DataFrame, classes: Classes, lang: str, title: str = ""
) -> alt.LayerChart:
    """The 17 districts as horizontal bars, highest first, with the province as a vertical rule.

    ``table`` is :func:`bhxh_geo.coverage.coverage_table`'s output; bars take the map's colours.
    """
    districts = _district_rows(table)
    province = float(table.loc[table["is_province"], "value"].iloc[0])
    data = pd.DataFrame(
        {
            "unit_code": districts["unit_code"],
            "name": districts["name"],
            "value": districts["value"],
            "value_text": [format_pct(v, lang) for v in districts["value"]],
            "rank": districts["rank"].astype("float").astype("Int64"),
            "fill": [classes.colour_of(v) for v in districts["value"]],
            "source": districts["source"],
        }
    ).sort_values(["value", "name"], ascending=[False, True], na_position="last")
    order = data["name"].tolist()
    value_title = t("table.value", lang)
    base = alt.Chart(data).encode(
        y=alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
        x=alt.X("value:Q", title=value_title),
    )
    tooltip = [
        alt.Tooltip("name:N", title=t("table.unit", lang)),
        alt.Tooltip("value_text:N", title=value_title),
        alt.Tooltip("rank:Q", title=t("table.rank", lang)),
        alt.Tooltip("source:N", title=t("table.source", lang)),
    ]
    bars = base.mark_bar(stroke=colours.MISSING_HATCH, strokeWidth=0.5).encode(
        color=alt.Color("fill:N", scale=None), tooltip=tooltip
    )
    # Each value just after its bar, unless the dashed province line would run through it:
    # then just after the line. Positions in pixels, from the chart's own x scale.
    end = "scale('x', datum.value) + 4"
    rule_px = f"scale('x', {province!r})"
    width = f"length(datum.value_text) * {LABEL_CHAR_PX}"
    x = (
        f"!isValid(datum.value) ? 4 : ({end} < {rule_px} + 4 && {end} + {width} > {rule_px} - 4)"
        f" ? {rule_px} + 6 : {end}"
    )
    labels = (
        alt.Chart(data)
        .mark_text(
            align="left",
            font=FONT,
            fontSize=12,
            color=colours.LABEL_TEXT,
            x=alt.ExprRef(expr=x),
        )
        .encode(y=alt.Y("name:N", sort=order), text="value_text:N")
    )
    rule_data = pd.DataFrame(
        {
            "value": [province],
            "label": [t("compare.province_rule", lang, value=format_pct(province, lang))],
        }
    )
    rule = (
        alt.Chart(rule_data)
        .mark_rule(color=PROVINCE_LINE, strokeDash=[6, 3], strokeWidth=2)
        .encode(x="value:Q")
    )
    rule_label = (
        alt.Chart(rule_data)
        .mark_text(
            align="left",
            dx=4,
            dy=-6,
            baseline="bottom",
            font=FONT,
            fontSize=12,
            fontWeight="bold",
            color=PROVINCE_LINE,
        )
        .encode(x="value:Q", y=alt.value(0), text="label:N")
    )
    chart = alt.layer(bars, labels, rule, rule_label).properties(
        width="container", height=BAR_HEIGHT * len(data), **_title(title)
    )
    return _finish(chart, lang)


# --- maps -----------------------------------------------------------------------------------


def map_values(table: pd.DataFrame, classes: Classes, lang: str, unit: str = "pct") -> pd.DataFrame:
    """What a map panel looks up per district: value, its text, its class label (legend entry)."""
    districts = _district_rows(table)
    labels = class_labels(classes, lang, unit)
    return pd.DataFrame(
        {
            "code": districts["unit_code"],
            "name": districts["name"],
            "value": districts["value"],
            "value_text": [_value_text(v, lang, unit) for v in districts["value"]],
            "class_label": [_class_label(classes, labels, v, lang) for v in districts["value"]],
            "source": districts["source"],
        }
    ).reset_index(drop=True)


def class_labels(classes: Classes, lang: str, unit: str = "pct") -> list[str]:
    """One legend label per class, as the map's legend writes it: ``> 6,48 – 8,10%``, or in
    points."""
    if unit == "pct":
        return classes.labels(lang)
    return classes.labels(lang, lambda v: format_number(v, lang), " " + t("unit.pp", lang))


def _class_label(classes: Classes, labels: list[str], value: float, lang: str) -> str:
    index = classes.class_of(value)
    return t("legend.missing", lang) if index is None else labels[index]


def _value_text(value: float, lang: str, unit: str) -> str:
    if pd.isna(value):
        return MISSING
    return format_pct(value, lang) if unit == "pct" else format_pp(value, lang)


def _colour_scale(labels: list[str], palette, lang: str, values: pd.DataFrame) -> alt.Scale:
    """Legend entries in class order; "no data" only when a district has none."""
    missing = t("legend.missing", lang)
    domain, scale_range = list(labels), list(palette)
    if (values["class_label"] == missing).any():
        domain.append(missing)
        scale_range.append(colours.MISSING_FILL)
    return alt.Scale(domain=domain, range=scale_range)


def _geo_panel(
    values: pd.DataFrame,
    scale: alt.Scale,
    title: str,
    legend: alt.Legend | None,
    lang: str,
    extra_tooltip: list | None = None,
    size: tuple[int, int] = (PANEL_WIDTH, PANEL_HEIGHT),
) -> alt.Chart:
    fields = [c for c in values.columns if c != "code"]
    tooltip = [
        alt.Tooltip("name:N", title=t("table.unit", lang)),
        alt.Tooltip("value_text:N", title=t("table.value", lang)),
        *(extra_tooltip or []),
        alt.Tooltip("source:N", title=t("table.source", lang)),
    ]
    return (
        alt.Chart()
        .mark_geoshape(stroke=colours.BORDER, strokeWidth=0.8)
        .transform_lookup(lookup="properties.code", from_=alt.LookupData(values, "code", fields))
        .encode(color=alt.Color("class_label:N", scale=scale, legend=legend), tooltip=tooltip)
        .project(type="mercator")
        .properties(width=size[0], height=size[1], **_title(title))
    )


def _legend(title: str | None, columns: int = 2) -> alt.Legend:
    return alt.Legend(title=title, orient="bottom", columns=columns, labelLimit=0, titleLimit=0)


def _geo_data(geometry: dict) -> alt.InlineData:
    return alt.InlineData(values=geometry, format=alt.DataFormat(property="features", type="json"))


def year_multiples(
    tables: dict[int, pd.DataFrame], classes: Classes, geometry: dict, lang: str
) -> list[alt.LayerChart]:
    """One map per year on the same classes (``fixed_classes``), each its own chart so that they
    wrap on a narrow screen; their one legend is the page's (the map page's legend)."""
    values = {year: map_values(table, classes, lang) for year, table in tables.items()}
    scale = _colour_scale(
        class_labels(classes, lang), classes.palette, lang, pd.concat(values.values())
    )
    return [
        _finish(
            alt.layer(_geo_panel(frame, scale, str(year), None, lang), data=_geo_data(geometry)),
            lang,
        )
        for year, frame in values.items()
    ]


def indicator_multiples(
    tables: dict[str, pd.DataFrame], classes: dict[str, Classes], geometry: dict, lang: str
) -> list[alt.LayerChart]:
    """One map per indicator for a year, each on its own classes and legend, each its own chart
    so that they wrap on a narrow screen."""
    panels = []
    for indicator, table in tables.items():
        values = map_values(table, classes[indicator], lang)
        scale = _colour_scale(
            class_labels(classes[indicator], lang), classes[indicator].palette, lang, values
        )
        label = indicator_label(indicator, lang, short=True)
        panel = _geo_panel(values, scale, label, _legend(None, columns=1), lang, size=SMALL_PANEL)
        panels.append(_finish(alt.layer(panel, data=_geo_data(geometry)), lang))
    return panels


def values_table(tables: dict, lang: str, column_names: dict | None = None) -> pd.DataFrame:
    """What small multiples show, as text: a row per district, a column per panel (the
    tables' keys, or ``column_names`` of them), "–" where a value is missing."""
    short = load_districts()["short_label"]
    columns: dict[str, list[str]] = {}
    codes: list[str] = []
    for key, table in tables.items():
        rows = _district_rows(table)
        codes = rows["unit_code"].tolist()
        label = str(key) if column_names is None else column_names[key]
        columns[label] = [format_pct(v, lang) for v in rows["value"]]
    frame = pd.DataFrame(columns)
    frame.insert(0, t("table.unit", lang), [short[code] for code in codes])
    return frame


def change_values(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """The districts of two ``coverage_table`` outputs with ``value`` = after − before (points)."""
    merged = _district_rows(after).merge(
        _district_rows(before)[["unit_code", "value", "source"]],
        on="unit_code",
        suffixes=("", "_before"),
    )
    merged["after"], merged["before"] = merged["value"], merged["value_before"]
    merged["value"] = (merged["after"] - merged["before"]).round(2)
    merged["source"] = merged["source"].where(
        merged["source"] == merged["source_before"],
        merged["source"] + "; " + merged["source_before"],
    )
    return merged[["unit_code", "name", "value", "before", "after", "source"]].assign(
        is_province=False
    )


def map_places(layout: pd.DataFrame, short_labels: pd.Series) -> pd.DataFrame:
    """Where the big maps print each district's name and value: :func:`bhxh_geo.label_placement.label_layout`
    (degrees) with the short label, by code."""
    places = layout.copy()
    places["short"] = short_labels.reindex(places.index)
    return places


def _label_layers(values: pd.DataFrame, places: pd.DataFrame) -> list:
    """Names and values printed on a map (with a white halo), and leader lines where the label
    layout moved a label off its district."""
    printed = "short_text" if "short_text" in values.columns else "value_text"
    data = places.join(values.set_index("code")[[printed]]).reset_index(names="code")
    leaders = data[data["leader"]]
    layers: list = [
        alt.Chart(leaders)
        .mark_rule(color=colours.LABEL_TEXT, strokeWidth=1)
        .encode(
            longitude="anchor_lon:Q",
            latitude="anchor_lat:Q",
            longitude2="label_lon:Q",
            latitude2="label_lat:Q",
        ),
        alt.Chart(leaders)
        .mark_circle(color=colours.LABEL_TEXT, size=12, opacity=1)
        .encode(longitude="anchor_lon:Q", latitude="anchor_lat:Q"),
    ]
    for field, dy in (("short", -MAP_LABEL_PX * 0.55), (printed, MAP_LABEL_PX * 0.6)):
        for halo in (True, False):
            style: dict[str, Any] = {"stroke": colours.LABEL_HALO, "strokeWidth": 3} if halo else {}
            layers.append(
                alt.Chart(data)
                .mark_text(
                    font=FONT,
                    fontSize=MAP_LABEL_PX,
                    fontWeight="bold",
                    color=colours.LABEL_TEXT,
                    dy=dy,
                    **style,
                )
                .encode(longitude="label_lon:Q", latitude="label_lat:Q", text=f"{field}:N")
            )
    return layers


def change_map(
    change: pd.DataFrame,
    geometry: dict,
    lang: str,
    start: int,
    end: int,
    places: pd.DataFrame | None = None,
) -> tuple[alt.LayerChart, Classes]:
    """The change from ``start`` to ``end`` (:func:`change_values`) in points, on diverging
    classes centred on zero (:func:`~bhxh_geo.classify.classify_diverging`); each district's
    name and change printed on it when ``places`` (:func:`map_places`) is given."""
    classes = classify_diverging(change["value"].tolist())
    values = map_values(change, classes, lang, unit="pp")
    # Printed on the map without the unit, which the title and legend give.
    values["short_text"] = [
        MISSING if pd.isna(v) else format_pp(v, lang, unit=False) for v in change["value"]
    ]
    values["before_text"] = [format_pct(v, lang) for v in change["before"]]
    values["after_text"] = [format_pct(v, lang) for v in change["after"]]
    scale = _colour_scale(class_labels(classes, lang, "pp"), classes.palette, lang, values)
    panel = _geo_panel(
        values,
        scale,
        "",
        _legend(t("compare.col.change", lang), columns=1),
        lang,
        extra_tooltip=[
            alt.Tooltip("before_text:N", title=str(start)),
            alt.Tooltip("after_text:N", title=str(end)),
        ],
        size=BIG_PANEL,
    )
    labels = [] if places is None else _label_layers(values, places)
    return _finish(alt.layer(panel, *labels, data=_geo_data(geometry)), lang), classes


def neighbours_map(
    comparison: pd.DataFrame, geometry: dict, lang: str, places: pd.DataFrame | None = None
) -> alt.LayerChart:
    """Each district coloured above / equal / below the mean of its neighbours; its name and
    value printed on it when ``places`` (:func:`map_places`) is given."""
    labels = {position: t(f"compare.position.{position}", lang) for position in POSITION_COLOURS}
    missing = t("legend.missing", lang)
    values = pd.DataFrame(
        {
            "code": comparison["unit_code"],
            "name": comparison["name"],
            "value_text": [format_pct(v, lang) for v in comparison["value"]],
            "mean_text": [format_pct(v, lang) for v in comparison["neighbours_mean"]],
            "difference_text": [format_pp(v, lang) for v in comparison["difference_pp"]],
            "class_label": [labels.get(p, missing) for p in comparison["position"]],
            "source": comparison["source"],
        }
    )
    present = [p for p in POSITION_COLOURS if (comparison["position"] == p).any()]
    scale = _colour_scale(
        [labels[p] for p in present], [POSITION_COLOURS[p] for p in present], lang, values
    )
    panel = _geo_panel(
        values,
        scale,
        "",
        _legend(None, columns=1),
        lang,
        extra_tooltip=[
            alt.Tooltip("mean_text:N", title=t("compare.col.neighbours_mean", lang)),
            alt.Tooltip("difference_text:N", title=t("compare.col.difference", lang)),
        ],
        size=BIG_PANEL,
    )
    printed = [] if places is None else _label_layers(values, places)
    return _finish(alt.layer(panel, *printed, data=_geo_data(geometry)), lang)


# --- target against actual -------------------------------------------------------------------


def dumbbell_data(gap_table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Long data for :func:`dumbbell_chart`: one target row and one actual row per reporting district."""
    districts = _district_rows(gap_table)
    districts = districts[districts["actual"].notna()].sort_values(["value", "name"])
    rows = []
    for row in districts.itertuples(index=False):
        status = t("compare.status.behind" if row.value < 0 else "compare.status.met", lang)
        for series, value in (("target", row.target), ("actual", row.actual)):
            rows.append(
                {
                    "unit_code": row.unit_code,
                    "name": row.name,
                    "series": t(f"compare.series.{series}", lang),
                    "value": float(value),
                    "value_text": format_pct(value, lang),
                    "gap_pp": row.value,
                    "gap_text": format_pp(row.value, lang),
                    "status": status,
                    "source": row.source,
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "unit_code",
            "name",
            "series",
            "value",
            "value_text",
            "gap_pp",
            "gap_text",
            "status",
            "source",
        ],
    )


def dumbbell_chart(gap_table: pd.DataFrame, lang: str, title: str = "") -> alt.LayerChart | None:
    """Target and actual per district joined by a line, furthest behind first; None without actuals.

    ``gap_table`` is ``coverage_table(year, indicator, "gap", actuals)``.
    """
    data = dumbbell_data(gap_table, lang)
    if data.empty:
        return None
    order = list(dict.fromkeys(data["name"]))
    target_label, actual_label = t("compare.series.target", lang), t("compare.series.actual", lang)
    behind, met = t("compare.status.behind", lang), t("compare.status.met", lang)
    y = alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=220))
    tooltip = [
        alt.Tooltip("name:N", title=t("table.unit", lang)),
        alt.Tooltip("series:N", title="·"),
        alt.Tooltip("value_text:N", title=t("table.value", lang)),
        alt.Tooltip("gap_text:N", title=t("compare.col.difference", lang)),
        alt.Tooltip("source:N", title=t("table.source", lang)),
    ]
    line = (
        alt.Chart(data)
        .mark_line(color=colours.MISSING_HATCH, strokeWidth=2)
        .encode(y=y, x=alt.X("value:Q", title=t("table.value", lang)), detail="name:N")
    )
    targets = (
        alt.Chart(data)
        .transform_filter(alt.datum.series == target_label)
        .mark_point(shape="diamond", size=110, filled=False, strokeWidth=2, color=PROVINCE_LINE)
        .encode(y=y, x="value:Q", tooltip=tooltip)
    )
    actuals = (
        alt.Chart(data)
        .transform_filter(alt.datum.series == actual_label)
        .mark_circle(size=130, opacity=1)
        .encode(
            y=y,
            x="value:Q",
            tooltip=tooltip,
            color=alt.Color(
                "status:N",
                scale=alt.Scale(domain=[behind, met], range=[BEHIND_COLOUR, MET_COLOUR]),
                legend=alt.Legend(title=actual_label, orient="bottom"),
            ),
        )
    )
    chart = alt.layer(line, targets, actuals).properties(
        width="container", height=BAR_HEIGHT * len(order), **_title(title)
    )
    return _finish(chart, lang)


# --- one district over the years -------------------------------------------------------------


def trajectory_data(profile: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Long data for :func:`trajectory_chart` from :func:`bhxh_geo.district_profile.district_profile`."""
    rows = []
    for row in profile.itertuples(index=False):
        label = indicator_label(row.indicator, lang, short=True)
        for series, value in (
            ("district", row.target),
            ("province", row.province_target),
            ("actual", row.actual),
        ):
            if pd.isna(value):
                continue
            rows.append(
                {
                    "indicator": row.indicator,
                    "indicator_label": label,
                    "year": int(row.year),
                    "series": series,
                    "value": float(value),
                    "value_text": format_pct(value, lang),
                    "source": row.source if series != "province" else row.plan_source,
                }
            )
    return pd.DataFrame(
        rows,
        columns=["indicator", "indicator_label", "year", "series", "value", "value_text", "source"],
    )


def trajectory_chart(profile: pd.DataFrame, name: str, lang: str) -> list[alt.LayerChart]:
    """Small panels, one per indicator: the district's targets (solid), the province's (dashed),
    and reported actuals (dots) where imported; each panel on its own scale, each its own chart
    so that they wrap on a narrow screen; the legend under the last."""
    data = trajectory_data(profile, lang)
    colours_by_series = {
        "district": DISTRICT_LINE,
        "province": PROVINCE_LINE,
        "actual": BEHIND_COLOUR,
    }
    labels = {
        "district": name,
        "province": t("province", lang),
        "actual": t("compare.series.actual", lang),
    }
    present = [series for series in labels if (data["series"] == series).any()]
    data["series_label"] = data["series"].map(labels)
    scale = alt.Scale(
        domain=[labels[s] for s in present], range=[colours_by_series[s] for s in present]
    )
    x = alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0))
    y = alt.Y("value:Q", title=t("table.value", lang), scale=alt.Scale(zero=False))
    tooltip = [
        alt.Tooltip("series_label:N", title="·"),
        alt.Tooltip("year:O", title=t("control.year", lang)),
        alt.Tooltip("value_text:N", title=t("table.value", lang)),
        alt.Tooltip("source:N", title=t("table.source", lang)),
    ]
    dash = alt.StrokeDash(
        "series_label:N",
        legend=None,
        scale=alt.Scale(domain=[labels["district"], labels["province"]], range=[[1, 0], [5, 3]]),
    )
    order = list(dict.fromkeys(data["indicator_label"]))
    charts = []
    for label in order:
        legend = (
            alt.Legend(title=None, orient="bottom", labelLimit=0) if label == order[-1] else None
        )
        color = alt.Color("series_label:N", scale=scale, legend=legend)
        layers = [
            alt.Chart()
            .transform_filter(alt.datum.series != "actual")
            .mark_line(point=True)
            .encode(x=x, y=y, color=color, strokeDash=dash, tooltip=tooltip)
        ]
        if "actual" in present:
            layers.append(
                alt.Chart()
                .transform_filter(alt.datum.series == "actual")
                .mark_circle(size=90, opacity=1)
                .encode(x=x, y=y, color=color, tooltip=tooltip)
            )
        panel = alt.layer(*layers, data=data[data["indicator_label"] == label]).properties(
            width=TRAJECTORY_PANEL[0], height=TRAJECTORY_PANEL[1], title=label
        )
        charts.append(_finish(panel, lang))
    return charts


# --- helpers ---------------------------------------------------------------------------------


def _title(title: str) -> dict:
    return {"title": title} if title else {}


def _district_rows(table: pd.DataFrame) -> pd.DataFrame:
    if "is_province" in table.columns:
        table = table[~table["is_province"].astype(bool)]
    return table.reset_index(drop=True)


def _number_locale(lang: str) -> alt.NumberLocale:
    symbols = number_symbols(lang)
    return alt.NumberLocale(
        decimal=symbols["decimal"],
        thousands=symbols["group"],
        grouping=[3],
        currency=["", ""],
        minus=MINUS,
    )


def _finish(chart, lang: str):
    """Fonts and the language's number format for axes (Babel formats every other number)."""
    return chart.configure(
        font=FONT, locale=alt.Locale(number=_number_locale(lang))
    ).configure_view(stroke=None)
