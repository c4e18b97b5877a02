"""Assertions on sizes and measurements: length, word count, latency, cost.

Lengths count characters (code points); words are runs of non-whitespace (``str.split()``).
Latency and cost come from the cell, passed as ``latency_ms`` and ``cost_usd``; an unknown
measurement scores ``Score(None, False, ...)``, which no threshold or negation turns into a pass.
"""

from __future__ import annotations

import math
from typing import Any

from lmops.evals.score import Score, metric

__all__ = ["cost", "latency", "max_length", "min_length", "number", "word_bounds", "word_count"]


def number(value: Any, name: str, *, integer: bool = False) -> float:
    """``value`` as a finite, non-negative number; a ValueError naming the assertion if not."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} needs a number, got {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} needs a finite number >= 0, got {value!r}")
    if integer and value != int(value):
        raise ValueError(f"{name} needs a whole number, got {value!r}")
    return float(value)


def _at_most(measured: float, limit: float, what: str, unit: str) -> Score:
    if measured <= limit:
        return Score(1.0, True, f"{what} {measured:g}{unit} <= {limit:g}{unit}")
    return Score(0.0, False, f"{what} {measured:g}{unit} over the {limit:g}{unit} allowed")


@metric("max-length")
def max_length(output: str, *, value: Any = None, **_: Any) -> Score:
    """At most ``value`` characters."""
    return _at_most(len(output), number(value, "max-length", integer=True), "length", " chars")


@metric("min-length")
def min_length(output: str, *, value: Any = None, **_: Any) -> Score:
    """At least ``value`` characters."""
    limit = number(value, "min-length", integer=True)
    if len(output) >= limit:
        return Score(1.0, True, f"length {len(output)} chars >= {limit:g}")
    return Score(0.0, False, f"length {len(output)} chars under the {limit:g} required")


def word_bounds(value: Any) -> tuple[float | None, float | None]:
    """``(min, max)`` from a number (exactly that many words) or ``{min, max}`` (either may be
    left out, not both)."""
    if isinstance(value, dict):
        unknown = set(value) - {"min", "max"}
        if unknown or not value:
            raise ValueError("word-count's value is a number or {min, max}")
        low = None if value.get("min") is None else number(value["min"], "word-count min")
        high = None if value.get("max") is None else number(value["max"], "word-count max")
        if low is None and high is None:
            raise ValueError("word-count needs min or max")
        if low is not None and high is not None and low > high:
            raise ValueError(f"word-count min {low:g} is over max {high:g}")
        return low, high
    exact = number(value, "word-count", integer=True)
    return exact, exact


@metric("word-count")
def word_count(output: str, *, value: Any = None, **_: Any) -> Score:
    """The number of words is ``value``, or within ``{min, max}``."""
    low, high = word_bounds(value)
    words = len(output.split())
    if low is not None and words < low:
        return Score(0.0, False, f"{words} words, under the {low:g} required")
    if high is not None and words > high:
        return Score(0.0, False, f"{words} words, over the {high:g} allowed")
    return Score(1.0, True, f"{words} words")


@metric("latency")
def latency(output: str, *, value: Any = None, latency_ms: float | None = None, **_: Any) -> Score:
    """The cell's measured latency is at most ``value`` milliseconds."""
    limit = number(value, "latency")
    if latency_ms is None:
        return Score(None, False, "latency unknown")
    return _at_most(latency_ms, limit, "latency", " ms")


@metric("cost")
def cost(output: str, *, value: Any = None, cost_usd: float | None = None, **_: Any) -> Score:
    """The cell's cost is at most ``value`` US dollars."""
    limit = number(value, "cost")
    if cost_usd is None:
        return Score(None, False, "cost unknown")
    if cost_usd <= limit:
        return Score(1.0, True, f"cost ${cost_usd:.6g} <= ${limit:.6g}")
    return Score(0.0, False, f"cost ${cost_usd:.6g} over the ${limit:.6g} allowed")
