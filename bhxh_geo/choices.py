"""The one check of a value against the values allowed for it (an indicator, a year, a format …),
so every refusal reads the same: ``unknown indicator 'bhyt'; expected one of bhxh, …``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def check_choice(
    kind: str, value: object, allowed: Iterable[T], error: type[Exception] = ValueError
) -> T:
    """Return the allowed value equal to ``value``, else raise ``error`` naming them all.

    ``value`` may come as text from a URL or the command line: a year given as ``"2024"`` is
    found among ``(2023, 2024, 2025)`` and returned as the number.

    Examples
    --------
    >>> check_choice("year", "2024", (2023, 2024, 2025))
    2024
    >>> check_choice("language", "fr", ("vi", "en"))
    Traceback (most recent call last):
    ...
    ValueError: unknown language 'fr'; expected one of vi, en
    """
    options = tuple(allowed)
    for option in options:
        if value == option or (not isinstance(option, str) and str(value).strip() == str(option)):
            return option
    raise error(f"unknown {kind} {value!r}; expected one of {', '.join(map(str, options))}")
