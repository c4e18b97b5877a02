"""Assertions on the output's text: equality, substrings, prefix, regular expression.

Each is a pure function ``fn(output, *, value=None, **context) -> Score`` registered under the
name a suite uses. ``value`` is the assertion's configured value; a list of terms may also be a
single string (one term: strings are never split on commas). Binary checks score 1.0 or 0.0;
``contains-all`` scores the share of terms found, so a ``threshold`` can give partial credit.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from typing import Any

from lmops.evals.score import Score, metric

__all__ = [
    "MAX_PATTERN_CHARS",
    "compile_pattern",
    "contains",
    "contains_all",
    "contains_any",
    "equals",
    "icontains",
    "not_contains",
    "regex",
    "starts_with",
    "terms",
]

MAX_PATTERN_CHARS = 1_000
_SHOWN = 60  # characters of an output quoted in a reason


def _short(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN] + "...")


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} needs a string value, got {type(value).__name__}")
    return value


def terms(value: Any, name: str) -> list[str]:
    """The terms of ``value``: one string, or a non-empty list of strings."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Sequence) and value and all(isinstance(t, str) for t in value):
        return list(value)
    raise ValueError(f"{name} needs a string or a non-empty list of strings")


def _quoted(items: Sequence[str]) -> str:
    return ", ".join(repr(t) for t in items)


@metric("equals")
def equals(output: str, *, value: Any = None, **_: Any) -> Score:
    """``output == value``; when ``value`` is a JSON object or list (not a string), the output
    is parsed as JSON and compared as data, so key order and spacing do not matter."""
    if value is None:
        raise ValueError("equals needs a value")
    if not isinstance(value, str):
        try:
            parsed = json.loads(output)
        except (ValueError, RecursionError):
            return Score(0.0, False, "output is not JSON, expected a JSON value")
        if parsed == value:
            return Score(1.0, True, "output equals the expected JSON")
        return Score(0.0, False, "output's JSON differs from the expected value")
    if output == value:
        return Score(1.0, True, "output equals the expected text")
    return Score(0.0, False, f"expected {_short(value)}, got {_short(output)}")


def _contains(output: str, term: str, *, fold: bool) -> Score:
    found = term.casefold() in output.casefold() if fold else term in output
    if found:
        return Score(1.0, True, f"contains {term!r}")
    return Score(0.0, False, f"missing {term!r}")


@metric("contains")
def contains(output: str, *, value: Any = None, **_: Any) -> Score:
    """The output contains ``value`` (case-sensitive)."""
    return _contains(output, _text(value, "contains"), fold=False)


@metric("icontains")
def icontains(output: str, *, value: Any = None, **_: Any) -> Score:
    """The output contains ``value``, ignoring case (Unicode case folding)."""
    return _contains(output, _text(value, "icontains"), fold=True)


@metric("contains-all")
def contains_all(output: str, *, value: Any = None, **_: Any) -> Score:
    """Every term is in the output; the value is the share of terms found."""
    wanted = terms(value, "contains-all")
    missing = [t for t in wanted if t not in output]
    share = (len(wanted) - len(missing)) / len(wanted)
    if missing:
        return Score(share, False, f"missing {_quoted(missing)}")
    return Score(1.0, True, f"contains all of {_quoted(wanted)}")


@metric("contains-any")
def contains_any(output: str, *, value: Any = None, **_: Any) -> Score:
    """At least one term is in the output."""
    wanted = terms(value, "contains-any")
    found = [t for t in wanted if t in output]
    if found:
        return Score(1.0, True, f"contains {_quoted(found)}")
    return Score(0.0, False, f"missing all of {_quoted(wanted)}")


@metric("not-contains")
def not_contains(output: str, *, value: Any = None, **_: Any) -> Score:
    """No forbidden term is in the output (case-sensitive); the value is the share of terms
    absent. The same verdict as ``contains`` (one term) or ``contains-any`` (a list) negated."""
    forbidden = terms(value, "not-contains")
    present = [t for t in forbidden if t in output]
    share = (len(forbidden) - len(present)) / len(forbidden)
    if present:
        return Score(share, False, f"contains forbidden {_quoted(present)}")
    return Score(1.0, True, f"none of {_quoted(forbidden)}")


@metric("starts-with")
def starts_with(output: str, *, value: Any = None, **_: Any) -> Score:
    """The output begins with ``value``."""
    prefix = _text(value, "starts-with")
    if output.startswith(prefix):
        return Score(1.0, True, f"starts with {prefix!r}")
    return Score(0.0, False, f"expected to start with {prefix!r}, got {_short(output)}")


@functools.lru_cache(maxsize=512)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def compile_pattern(pattern: Any) -> re.Pattern[str]:
    """The compiled ``regex`` pattern, cached; a ValueError naming the pattern when it is not a
    string, is longer than :data:`MAX_PATTERN_CHARS`, or does not compile (call it when a suite
    is loaded, so a bad pattern is a suite error and not a failure in every cell)."""
    if not isinstance(pattern, str):
        raise ValueError(f"regex needs a string pattern, got {type(pattern).__name__}")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ValueError(
            f"regex pattern {_short(pattern)} is {len(pattern)} characters, "
            f"over the {MAX_PATTERN_CHARS} allowed"
        )
    try:
        return _compile(pattern)
    except re.error as exc:
        raise ValueError(f"regex pattern {pattern!r} does not compile: {exc}") from None


@metric("regex")
def regex(output: str, *, value: Any = None, **_: Any) -> Score:
    """The pattern matches somewhere in the output (``re.search``). The pattern's length is
    bounded, not its backtracking: suites are the user's own, like a ``python`` assertion."""
    compiled = compile_pattern(value)
    match = compiled.search(output)
    if match is not None:
        return Score(1.0, True, f"matches {compiled.pattern!r} at {match.start()}")
    return Score(0.0, False, f"no match for {compiled.pattern!r}")
