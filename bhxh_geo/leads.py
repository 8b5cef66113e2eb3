"""Story leads: sentences computed from the data, each with its figures and its source.

Each lead is a :class:`Lead`: the sentence (Vietnamese or English, strings in :mod:`bhxh_geo.i18n`,
numbers through Babel), the figures it states (raw numbers and codes, so a test can recompute
them from ``data/targets.csv``), and the source of those figures. A lead says only what the data
supports: equal values are named together as a tie, "Pleiku stands above the rest" is said only
when Pleiku ranks first alone, and districts behind their target only from imported full-year
actuals (no actuals, no such lead).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from bhxh_geo.coverage import coverage_table
from bhxh_geo.districts import match_unit, unit_name
from bhxh_geo.i18n import format_number, format_pct, t
from bhxh_geo.indicators import YEARS, check_indicator, check_year
from bhxh_geo.targets import plan_source

KINDS = (
    "highest",
    "lowest",
    "largest_increase",
    "widest_gap",
    "furthest_above",
    "furthest_below",
    "pleiku",
    "behind_target",
)
# Differences are rounded to the plan's two decimals before comparing, so 44.66 − 41.51 = 3.15.
DECIMALS = 2


@dataclass(frozen=True)
class Lead:
    """One sentence ready to publish, the figures it states, and where they come from."""

    kind: str
    text: str
    figures: dict = field(default_factory=dict)
    source: str = ""

    def copy_text(self, lang: str) -> str:
        """The sentence followed by its source, as pasted into an article."""
        return f"{self.text} ({t('leads.source', lang, source=self.source)})"


def story_leads(
    year: int,
    indicator: str,
    lang: str = "vi",
    actuals: pd.DataFrame | None = None,
) -> list[Lead]:
    """Every lead the data supports for ``year`` and ``indicator``, in a fixed order.

    Examples
    --------
    >>> leads = story_leads(2025, "bhxh", "en")
    >>> leads[0].figures["codes"], leads[0].figures["value"]
    (('622',), 44.66)
    >>> leads[0].text
    'In 2025, Pleiku has the highest social insurance coverage target of the 17 districts: 44.66% of the working-age labour force.'
    """
    year, indicator = check_year(year), check_indicator(indicator)
    table = coverage_table(year, indicator)
    districts = table[~table["is_province"]].set_index("unit_code")
    province = float(table.loc[table["is_province"], "value"].iloc[0])
    source = plan_source()
    leads = [
        _extreme("highest", districts, year, indicator, lang, source),
        _extreme("lowest", districts, year, indicator, lang, source),
        _largest_increase(indicator, lang, source),
        *_gaps(districts, province, year, indicator, lang, source),
    ]
    pleiku = _pleiku(districts, year, indicator, lang, source)
    if pleiku is not None:
        leads.append(pleiku)
    behind = behind_target(year, indicator, lang, actuals)
    if behind is not None:
        leads.append(behind)
    return leads


def leads_text(leads: list[Lead], lang: str) -> str:
    """All leads as one block of text, one per paragraph, each with its source."""
    return "\n\n".join(lead.copy_text(lang) for lead in leads)


def join_names(names: list[str], lang: str) -> str:
    """``A``, ``A và B``, ``A, B và C`` (``and`` in English).

    Examples
    --------
    >>> join_names(["Chư Prông", "Mang Yang"], "vi"), join_names(["A", "B", "C"], "en")
    ('Chư Prông và Mang Yang', 'A, B and C')
    """
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('leads.and', lang)} {names[-1]}"


def display_name(code: str, lang: str) -> str:
    """A district as a sentence names it: the official name in Vietnamese, the short one in English."""
    return unit_name(code, "official" if lang == "vi" else "short")


def _names(codes, lang: str) -> str:
    return join_names([display_name(code, lang) for code in codes], lang)


def _indicator(indicator: str, lang: str) -> str:
    return t(f"leads.indicator.{indicator}", lang)


def _key(base: str, codes) -> str:
    return base + (".tie" if len(codes) > 1 else "")


def _ties(values: pd.Series, target: float) -> tuple[str, ...]:
    """Codes whose value equals ``target`` (after rounding), in plan order."""
    return tuple(
        code
        for code, value in values.items()
        if round(float(value), DECIMALS) == round(target, DECIMALS)
    )


def _extreme(
    kind: str, districts: pd.DataFrame, year: int, indicator: str, lang: str, source: str
) -> Lead:
    values = districts["value"].dropna()
    value = float(values.max() if kind == "highest" else values.min())
    codes = _ties(values, value)
    text = t(
        _key(f"leads.{kind}", codes),
        lang,
        year=year,
        name=_names(codes, lang),
        indicator=_indicator(indicator, lang),
        value=format_pct(value, lang),
    )
    return Lead(
        kind, text, {"year": year, "indicator": indicator, "codes": codes, "value": value}, source
    )


def _largest_increase(indicator: str, lang: str, source: str) -> Lead:
    start, end = YEARS[0], YEARS[-1]
    before = coverage_table(start, indicator).set_index("unit_code")
    after = coverage_table(end, indicator).set_index("unit_code")
    districts = before.index[~before["is_province"]]
    rise = (after.loc[districts, "value"] - before.loc[districts, "value"]).round(DECIMALS)
    top = float(rise.max())
    codes = _ties(rise, top)
    was = {code: float(before.loc[code, "value"]) for code in codes}
    now = {code: float(after.loc[code, "value"]) for code in codes}
    figures = {
        "indicator": indicator,
        "start": start,
        "end": end,
        "codes": codes,
        "increase_pp": top,
        "before": was,
        "after": now,
    }
    text = t(
        _key("leads.increase", codes),
        lang,
        start=start,
        end=end,
        name=_names(codes, lang),
        indicator=_indicator(indicator, lang),
        points=t("leads.points", lang, value=format_number(top, lang)),
        before=format_pct(was[codes[0]], lang),
        after=format_pct(now[codes[0]], lang),
    )
    return Lead("largest_increase", text, figures, source)


def _gaps(
    districts: pd.DataFrame, province: float, year: int, indicator: str, lang: str, source: str
) -> list[Lead]:
    """The district(s) furthest above and furthest below the province; the wider side is the widest gap."""
    differences = (districts["value"] - province).round(DECIMALS).dropna()
    sides = {}
    if (differences > 0).any():
        sides["above"] = float(differences.max())
    if (differences < 0).any():
        sides["below"] = float(differences.min())
    widest = max((abs(v) for v in sides.values()), default=math.nan)
    leads = []
    for direction, difference in sides.items():
        codes = _ties(differences, difference)
        value = float(districts.loc[codes[0], "value"])
        kind = "widest_gap" if abs(difference) == widest else f"furthest_{direction}"
        base = "leads.gap.widest" if kind == "widest_gap" else "leads.gap.furthest"
        text = t(
            _key(base, codes),
            lang,
            year=year,
            name=_names(codes, lang),
            indicator=_indicator(indicator, lang),
            value=format_pct(value, lang),
            province=format_pct(province, lang),
            direction=t(f"leads.direction.{direction}", lang),
            points=t("leads.points", lang, value=format_number(abs(difference), lang)),
        )
        figures = {
            "year": year,
            "indicator": indicator,
            "codes": codes,
            "value": value,
            "province": province,
            "difference_pp": difference,
        }
        leads.append(Lead(kind, text, figures, source))
    return sorted(leads, key=lambda lead: lead.kind != "widest_gap")


def _pleiku(
    districts: pd.DataFrame, year: int, indicator: str, lang: str, source: str
) -> Lead | None:
    """Pleiku against the other 16: said only when Pleiku is first alone."""
    code = match_unit("Pleiku")
    values = districts["value"].dropna()
    if (
        code not in values.index
        or len(_ties(values, float(values.max()))) > 1
        or values.idxmax() != code
    ):
        return None
    value = float(values[code])
    others = values.drop(code)
    median = float(others.median())
    second_value = float(others.max())
    second = _ties(others, second_value)
    ratio = value / median
    points = round(value - second_value, DECIMALS)
    figures = {
        "year": year,
        "indicator": indicator,
        "code": code,
        "value": value,
        "median_others": median,
        "ratio": ratio,
        "second_codes": second,
        "second_value": second_value,
        "points_above_second": points,
    }
    text = t(
        _key("leads.pleiku", second),
        lang,
        year=year,
        name=display_name(code, lang),
        indicator=_indicator(indicator, lang),
        value=format_pct(value, lang),
        ratio=format_number(ratio, lang, 1),
        median=format_pct(median, lang),
        second=_names(second, lang),
        second_value=format_pct(second_value, lang),
        points=t("leads.points", lang, value=format_number(points, lang)),
    )
    return Lead("pleiku", text, figures, source)


def behind_target(
    year: int, indicator: str, lang: str, actuals: pd.DataFrame | None
) -> Lead | None:
    """Districts whose full-year reported coverage is below their target; None without actuals.

    First-half reports are left out: half a year against a full-year target is progress, not a
    shortfall.
    """
    if actuals is None or actuals.empty:
        return None
    gaps = coverage_table(year, indicator, "gap", actuals, "full")
    reported = gaps[~gaps["is_province"] & gaps["value"].notna()].set_index("unit_code")
    if reported.empty:
        return None
    behind = reported[reported["value"] < 0].sort_values("value")
    source = "; ".join([*sorted({s for s in reported["report_source"] if s}), plan_source()])
    figures = {
        "year": year,
        "indicator": indicator,
        "reported": len(reported),
        "codes": tuple(behind.index),
        "actual": {code: float(behind.loc[code, "actual"]) for code in behind.index},
        "target": {code: float(behind.loc[code, "target"]) for code in behind.index},
        "gap_pp": {code: float(behind.loc[code, "value"]) for code in behind.index},
    }
    if behind.empty:
        text = t(
            "leads.behind.none",
            lang,
            year=year,
            reported=len(reported),
            indicator=_indicator(indicator, lang),
        )
    else:
        items = [
            t(
                "leads.behind.item",
                lang,
                name=display_name(code, lang),
                actual=format_pct(row["actual"], lang),
                target=format_pct(row["target"], lang),
            )
            for code, row in behind.iterrows()
        ]
        text = t(
            "leads.behind",
            lang,
            year=year,
            count=len(behind),
            reported=len(reported),
            indicator=_indicator(indicator, lang),
            items="; ".join(items),
        )
    return Lead("behind_target", text, figures, source)
