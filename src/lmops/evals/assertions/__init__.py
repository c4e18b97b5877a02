"""The deterministic assertions and the character- and n-gram-level reference metrics.

Importing this package registers each function in :data:`lmops.evals.score.METRICS` under the
name a suite uses (``contains``, ``regex``, ``bleu``...). Each is pure:
``fn(output, *, value=None, **context) -> Score``, where ``value`` is the assertion's configured
value and ``context`` may carry ``reference``, ``latency_ms`` and ``cost_usd``; a test's
``threshold`` and ``not-`` negation are applied afterwards by :func:`lmops.evals.score.apply`.

:func:`check_value` is for the suite loader: it raises the ValueError an assertion's value would
raise in every cell (a regex that does not compile, an invalid JSON Schema, a negative length),
so such a suite is refused when loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from lmops.evals.assertions.bleu import bleu, sentence_bleu
from lmops.evals.assertions.limits import (
    cost,
    latency,
    max_length,
    min_length,
    number,
    word_bounds,
    word_count,
)
from lmops.evals.assertions.python import python_assertion
from lmops.evals.assertions.similarity import distance, exact_match, levenshtein, similarity
from lmops.evals.assertions.structured import (
    is_json,
    is_valid_python,
    is_xml,
    json_schema,
    schema_validator,
)
from lmops.evals.assertions.text import (
    compile_pattern,
    contains,
    contains_all,
    contains_any,
    equals,
    icontains,
    not_contains,
    regex,
    starts_with,
    terms,
)
from lmops.evals.score import CHECKS

__all__ = [
    "bleu",
    "check_value",
    "compile_pattern",
    "contains",
    "contains_all",
    "contains_any",
    "cost",
    "distance",
    "equals",
    "exact_match",
    "icontains",
    "is_json",
    "is_valid_python",
    "is_xml",
    "json_schema",
    "latency",
    "levenshtein",
    "max_length",
    "min_length",
    "not_contains",
    "python_assertion",
    "regex",
    "schema_validator",
    "sentence_bleu",
    "similarity",
    "starts_with",
    "word_count",
]


def _string(name: str) -> Callable[[Any], object]:
    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise ValueError(f"{name} needs a string value, got {type(value).__name__}")

    return check


def _schema_or_none(value: Any) -> None:
    if value is not None:
        schema_validator(value)


def _schema(value: Any) -> None:
    if value is None:
        raise ValueError("json-schema needs a schema value")
    schema_validator(value)


# Each check raises, or returns something ignored.
_CHECKS: dict[str, Callable[[Any], object]] = {
    "contains": _string("contains"),
    "icontains": _string("icontains"),
    "starts-with": _string("starts-with"),
    "contains-all": partial(terms, name="contains-all"),
    "contains-any": partial(terms, name="contains-any"),
    "not-contains": partial(terms, name="not-contains"),
    "regex": compile_pattern,
    "is-json": _schema_or_none,
    "json-schema": _schema,
    "max-length": partial(number, name="max-length", integer=True),
    "min-length": partial(number, name="min-length", integer=True),
    "word-count": word_bounds,
    "latency": partial(number, name="latency"),
    "cost": partial(number, name="cost"),
}


def check_value(name: str, value: Any) -> None:
    """Raise the ValueError that ``value`` would raise for assertion ``name`` in every cell;
    names without a check here (or not from this package) pass."""
    check = _CHECKS.get(name) or CHECKS.get(name)
    if check is not None:
        check(value)
