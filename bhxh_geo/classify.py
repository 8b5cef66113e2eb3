"""Class breaks for the choropleth: one result shared by the web map, legend and static export.

Breaks are computed once per indicator over the values of all three years, so a colour means
the same value whichever year is shown. Pleiku's BHXH target is about four times most others';
with natural breaks it gets a class of its own instead of flattening the other 16 into one.

The breaks are mapclassify's three schemes, computed without importing mapclassify: it imports
scikit-learn, SciPy's statistics and Matplotlib's pyplot (the largest part of a server's memory;
README, As a service) for what is, on 51 values, three short computations. Natural breaks come
from jenkspy (the exact Fisher–Jenks optimum, in double precision), quantiles from NumPy, equal
intervals by mapclassify's own formula. ``tests/test_classify_reference.py`` holds mapclassify as
the reference: the same breaks on the plan's data and on hundreds of random inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import jenkspy
import numpy as np

from bhxh_geo import colours
from bhxh_geo.choices import check_choice
from bhxh_geo.i18n import format_number, t

SCHEMES = ("natural_breaks", "quantiles", "equal_interval")
DEFAULT_SCHEME = "natural_breaks"
DEFAULT_K = 5


def natural_breaks(data: np.ndarray, k: int) -> np.ndarray:
    """Upper bounds of the ``k`` classes that minimise the squared deviations within classes
    (Fisher–Jenks, as ``mapclassify.FisherJenks``)."""
    if k == 1:
        return np.array([data.max()])
    return np.asarray(jenkspy.jenks_breaks(data, n_classes=k)[1:], dtype=float)


def quantiles(data: np.ndarray, k: int) -> np.ndarray:
    """Upper bounds of ``k`` classes of (nearly) equal counts, as ``mapclassify.Quantiles``:
    the linear-interpolation percentiles at 100/k, 200/k, …, 100."""
    width = 100.0 / k
    percents = np.arange(width, 100 + width, width)
    percents[-1] = min(percents[-1], 100.0)
    return np.percentile(data, percents)


def equal_interval(data: np.ndarray, k: int) -> np.ndarray:
    """Upper bounds of ``k`` classes of equal width from the minimum, the last at the maximum,
    as ``mapclassify.EqualInterval``."""
    low, high = data.min(), data.max()
    width = (high - low) / k
    cuts = np.arange(low + width, high + width, width)[:k] if width else np.array([high])
    cuts[-1] = high
    return cuts


_CLASSIFIERS = {
    "natural_breaks": natural_breaks,
    "quantiles": quantiles,
    "equal_interval": equal_interval,
}


@dataclass(frozen=True)
class Classes:
    """Upper bounds of each class (``bins``), the pooled minimum, and a colour per class."""

    scheme: str
    lower: float
    bins: tuple[float, ...]
    palette: tuple[str, ...]
    # Diverging classes hold [low, high): zero opens the first class at or above target.
    diverging: bool = False

    @property
    def k(self) -> int:
        return len(self.bins)

    def class_of(self, value: float | None) -> int | None:
        """Index of the class holding ``value`` (``None`` when missing)."""
        if value is None or np.isnan(value):
            return None
        position = int(
            np.searchsorted(self.bins, value, side="right" if self.diverging else "left")
        )
        return min(max(position, 0), self.k - 1)

    def colour_of(self, value: float | None) -> str:
        index = self.class_of(value)
        return colours.MISSING_FILL if index is None else self.palette[index]

    def ranges(self) -> list[tuple[float, float]]:
        lows = (self.lower, *self.bins[:-1])
        return list(zip(lows, self.bins))

    def counts(self, values) -> list[int]:
        """How many of ``values`` fall in each class (missing values are not counted)."""
        indices = [self.class_of(v) for v in values]
        return [sum(1 for i in indices if i == c) for c in range(self.k)]

    def labels(
        self, lang: str, fmt: Callable[[float], str] | None = None, suffix: str = "%"
    ) -> list[str]:
        """One range per class whose neighbours share no edge: a sequential class holds its upper
        bound (``6,48 – 9,11%``, then ``> 9,11 – 11,53%``), a diverging one its lower bound
        (``−1,50 – < −0,75``; the last class holds both).

        Examples
        --------
        >>> classify([1, 2, 3, 10, 11, 40], "natural_breaks", k=3).labels("vi")
        ['1,00 – 3,00%', '> 3,00 – 11,00%', '> 11,00 – 40,00%']
        >>> classify_diverging([-1.2, 0.4]).labels("en", suffix=" pp")
        ['−1.50 – < −0.75 pp', '−0.75 – < 0.00 pp', '0.00 – < 0.75 pp', '0.75 – 1.50 pp']
        """
        fmt = fmt or (lambda value: format_number(value, lang))
        out = []
        for index, (low, high) in enumerate(self.ranges()):
            last = index == self.k - 1
            if self.diverging:
                out.append(f"{fmt(low)} – {'' if last else '< '}{fmt(high)}{suffix}")
            else:
                out.append(f"{'> ' if index else ''}{fmt(low)} – {fmt(high)}{suffix}")
        return out

    def legend_note(self, lang: str) -> str:
        """Which side of each range its class includes, said once under the legend."""
        return t("legend.note.lower" if self.diverging else "legend.note.upper", lang)

    def legend(
        self, values, lang: str, fmt: Callable[[float], str] | None = None, suffix: str = "%"
    ) -> list[dict]:
        """One entry per class: colour, its range (:meth:`labels`) and the count of ``values``
        in it; "no data" too when a value is missing.

        ``fmt`` formats each bound (Babel decimals by default) and ``suffix`` names the unit,
        e.g. :func:`bhxh_geo.view_text.legend_format` for points or people. When no value is
        known (nothing reported yet) the legend is that one entry: no class is drawn that nothing
        is in.
        """
        values = list(values)
        missing = sum(1 for v in values if v is None or np.isnan(v))
        entries = []
        if not values or missing < len(values):
            entries = [
                {
                    "colour": colour,
                    "label": label,
                    "count": count,
                    "count_label": count_label(count, lang),
                }
                for colour, label, count in zip(
                    self.palette, self.labels(lang, fmt, suffix), self.counts(values)
                )
            ]
        if missing:
            entries.append(
                {
                    "colour": colours.MISSING_FILL,
                    "label": t("legend.missing", lang),
                    "count": missing,
                    "count_label": count_label(missing, lang),
                    "missing": True,
                }
            )
        return entries


def count_label(count: int, lang: str) -> str:
    """``3 huyện`` / ``3 districts``, ``1 district``."""
    return t("legend.count.one" if count == 1 else "legend.count", lang, count=count)


def classify(values, scheme: str = DEFAULT_SCHEME, k: int = DEFAULT_K) -> Classes:
    """Sequential classes for ``values`` (the pooled values the colours must stay fixed over).

    Examples
    --------
    >>> c = classify([1, 2, 3, 10, 11, 40], "natural_breaks", k=3)
    >>> c.bins, c.class_of(2.5), c.class_of(40)
    ((3.0, 11.0, 40.0), 0, 2)
    """
    check_choice("scheme", scheme, SCHEMES)
    data = np.asarray([v for v in values if v is not None and not np.isnan(v)], dtype=float)
    if data.size == 0:
        raise ValueError("cannot classify: no values")
    k = max(1, min(k, len(np.unique(data))))
    bins = tuple(float(b) for b in np.unique(_CLASSIFIERS[scheme](data, k)))
    return Classes(
        scheme, float(data.min()), bins, colours.sequential(max(len(bins), 3))[-len(bins) :]
    )


def classify_diverging(values, k: int = 4) -> Classes:
    """Classes symmetric around zero (half below, half at or above), for differences in points.

    Examples
    --------
    >>> c = classify_diverging([-1.2, 0.0, 0.4])
    >>> c.lower, c.bins, c.class_of(-0.01), c.class_of(0.0)
    (-1.5, (-0.75, 0.0, 0.75, 1.5), 1, 2)
    """
    if k % 2:
        raise ValueError(f"diverging classes need an even k (half each side of zero), got {k}")
    data = [abs(v) for v in values if v is not None and not np.isnan(v)]
    # Round the extent up to a half point so the legend reads in round numbers.
    extent = float(max(0.5, np.ceil(max(data, default=1.0) * 2) / 2))
    step = extent / (k // 2)
    bins = tuple(float(round(-extent + step * (i + 1), 4)) for i in range(k))
    return Classes("diverging", -extent, bins, colours.diverging(k), diverging=True)
