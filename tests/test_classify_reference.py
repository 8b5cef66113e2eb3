"""The class breaks are mapclassify's: the plan's data, the demo's actuals and random inputs.

The app computes its breaks without mapclassify (``bhxh_geo/classify.py`` says why); mapclassify
stays a test dependency, as the reference every scheme is checked against here.
"""

import warnings

import mapclassify
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bhxh_geo.actuals import store
from bhxh_geo.classify import SCHEMES, classify
from bhxh_geo.coverage import PROVINCE_CODE
from bhxh_geo.demo import seed_demo_db
from bhxh_geo.indicators import INDICATORS
from bhxh_geo.measures import measure_values

REFERENCE = {
    "natural_breaks": mapclassify.FisherJenks,
    "quantiles": mapclassify.Quantiles,
    "equal_interval": mapclassify.EqualInterval,
}


def reference_bins(values, scheme: str, k: int = 5) -> np.ndarray:
    data = np.asarray(values, dtype=float)
    k = max(1, min(k, len(np.unique(data))))
    if len(np.unique(data)) == 1:  # mapclassify refuses one value; the app has one class
        return np.unique(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Numba not installed", "Not enough unique values"
        return np.unique(REFERENCE[scheme](data, k=k).bins)


def memberships(values, bins) -> list[int]:
    """Each value's class by the app's rule: a class holds its upper bound."""
    index = np.searchsorted(np.asarray(bins), np.asarray(values, dtype=float), side="left")
    return np.minimum(index, len(bins) - 1).tolist()


def within_class_squares(values, bins) -> float:
    data = np.asarray(values, dtype=float)
    classes = np.asarray(memberships(data, bins))
    return float(
        sum(((data[classes == c] - data[classes == c].mean()) ** 2).sum() for c in set(classes))
    )


def assert_same_classes(values, scheme: str, k: int = 5) -> None:
    ours = np.asarray(classify(values, scheme, k=k).bins)
    reference = reference_bins(values, scheme, k)
    if scheme == "quantiles":
        # NumPy's and SciPy's linear interpolation may round the last bit differently.
        np.testing.assert_allclose(ours, reference, rtol=1e-12, atol=0)
    else:
        np.testing.assert_array_equal(ours, reference)
    assert memberships(values, ours) == memberships(values, reference)


@pytest.fixture(scope="module")
def demo_actuals(tmp_path_factory, monkeypatch_module):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    seed_demo_db(path)
    monkeypatch_module.setenv("BHXH_GEO_DB", str(path))
    return store.current_actuals()


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("indicator", INDICATORS)
def test_the_plans_breaks_are_mapclassifys(indicator, scheme):
    values = measure_values(indicator, "target")
    districts = values.loc[values["unit_code"] != PROVINCE_CODE, "value"].tolist()
    assert len(districts) == 51
    assert_same_classes(districts, scheme)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("indicator", INDICATORS)
@pytest.mark.parametrize(
    ("measure", "period"), [("actual", "full"), ("actual", "h1"), ("people_needed", "full")]
)
def test_the_demos_actuals_get_mapclassifys_breaks(
    demo_actuals, indicator, scheme, measure, period
):
    values = measure_values(indicator, measure, demo_actuals, period)
    districts = values.loc[values["unit_code"] != PROVINCE_CODE, "value"].dropna().tolist()
    assert districts, "the demo database reports every district"
    assert_same_classes(districts, scheme)


# Values as the app has them: percentages with two decimals, counts of people.
figures = st.integers(min_value=-(10**7), max_value=10**7).map(lambda n: n / 100)
classes_k = st.integers(min_value=1, max_value=6)  # the palettes have 3 to 6 classes


@settings(max_examples=300, deadline=None)
@given(values=st.lists(figures, min_size=2, max_size=60, unique=True), k=classes_k)
def test_distinct_values_get_mapclassifys_breaks(values, k):
    """Quantiles and equal intervals are mapclassify's; natural breaks are at least as good as
    mapclassify's, which sums in single precision (on distinct values, nearly always the same)."""
    for scheme in ("quantiles", "equal_interval"):
        assert_same_classes(values, scheme, k)
    ours = classify(values, "natural_breaks", k=k).bins
    reference = reference_bins(values, "natural_breaks", k)
    assert len(ours) == len(reference)
    assert (
        within_class_squares(values, ours)
        <= within_class_squares(values, reference) * (1 + 1e-9) + 1e-9
    )


@settings(max_examples=300, deadline=None)
@given(
    values=st.lists(st.integers(min_value=0, max_value=9), min_size=2, max_size=60),
    k=classes_k,
)
def test_with_ties_natural_breaks_are_as_good_as_mapclassifys(values, k):
    """Many equal values can leave several optimal partitions, and mapclassify (in single
    precision) may pick another of them: the within-class squared deviations are equal."""
    ours = classify(values, "natural_breaks", k=k).bins
    reference = reference_bins(values, "natural_breaks", k)
    assert within_class_squares(values, ours) == pytest.approx(
        within_class_squares(values, reference), rel=1e-9, abs=1e-9
    )
    for scheme in ("quantiles", "equal_interval"):
        assert_same_classes(values, scheme, k)
