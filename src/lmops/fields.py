"""Bounded input types for what operators type: names, limits, budgets, durations, metadata.

The admin API and the CLI validate through the same pydantic models (:mod:`lmops.accounts`),
and those models are built from these types, so both refuse the same values with the same
words. Every bound is one a store or a quota backend needs, never a taste:

- rpm, tpm and max_parallel: 1 to :data:`~lmops.store.keys.MAX_LIMIT` (the columns are 32-bit
  integers on PostgreSQL);
- a budget: more than 0 and at most :data:`~lmops.store.keys.MAX_BUDGET_USD`, finite (the quota
  stores count nano-dollars in 64-bit integers);
- names, model group names and references: 1 to 200 characters, no control characters
  (PostgreSQL text cannot hold NUL; a newline in a name forges lines in a table or a log);
- prompt allowlist entries: a prompt name's characters (letters, digits, ``.``, ``_``, ``-``)
  and ``*``, at most 200, :data:`MAX_PROMPTS` of them (so ``?`` and ``[`` never act as
  patterns);
- metadata: a JSON object of at most 16 KiB (as compact JSON) nested at most 16 deep (pydantic
  cannot serialise a few hundred levels back), with no NUL anywhere;
- durations (``expires_in``): at most :data:`MAX_DURATION`.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StringConstraints

from lmops.store.keys import CONTROL_CHARS, MAX_BUDGET_USD, MAX_LIMIT
from lmops.store.records import prompt_pattern

__all__ = [
    "MAX_DURATION",
    "MAX_METADATA_BYTES",
    "MAX_METADATA_DEPTH",
    "MAX_MODELS",
    "MAX_NAME",
    "MAX_PROMPTS",
    "Count",
    "Metadata",
    "ModelName",
    "Models",
    "Name",
    "PromptPattern",
    "Prompts",
    "Ref",
    "Usd",
    "printable",
]

MAX_NAME = 200
MAX_MODELS = 1000
MAX_PROMPTS = 1000
MAX_METADATA_BYTES = 16 * 1024
MAX_METADATA_DEPTH = 16
MAX_DURATION = timedelta(days=100 * 366)


def printable(value: str) -> str:
    """``value`` when it holds no control character (NUL, newline, escape...); ValueError
    otherwise."""
    found = CONTROL_CHARS.search(value)
    if found is not None:
        raise ValueError(f"must not contain control characters (found {found[0]!r})")
    return value


def _metadata(value: dict[str, Any]) -> dict[str, Any]:
    if _depth(value) > MAX_METADATA_DEPTH:
        raise ValueError(f"must be nested at most {MAX_METADATA_DEPTH} deep")
    text = json.dumps(value, separators=(",", ":"), allow_nan=False)
    if "\\u0000" in text:
        raise ValueError("must not contain NUL characters (\\u0000)")
    if len(text.encode()) > MAX_METADATA_BYTES:
        raise ValueError(f"must be at most {MAX_METADATA_BYTES} bytes as JSON")
    return value


def _depth(value: dict[str, Any]) -> int:
    """How deeply ``value`` nests objects and lists, counted up to one past the maximum
    (iteratively: the value may be deeper than the interpreter's recursion limit)."""
    deepest = 0
    todo: list[tuple[Any, int]] = [(value, 1)]
    while todo and deepest <= MAX_METADATA_DEPTH:
        item, level = todo.pop()
        deepest = max(deepest, level)
        children = item.values() if isinstance(item, dict) else item
        todo.extend((c, level + 1) for c in children if isinstance(c, dict | list))
    return deepest


_Text = StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME)
Name = Annotated[str, _Text, AfterValidator(printable)]
ModelName = Annotated[str, _Text, AfterValidator(printable)]
# A key or team given by id or name (path and query parameters, --team): not stripped, so that
# it finds exactly what was stored.
Ref = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_NAME), AfterValidator(printable)
]
Models = Annotated[list[ModelName], Field(min_length=1, max_length=MAX_MODELS)]
# A prompt name or a pattern with ``*`` (``support-*``), in a key's or team's allowlist.
PromptPattern = Annotated[str, _Text, AfterValidator(prompt_pattern)]
Prompts = Annotated[list[PromptPattern], Field(min_length=1, max_length=MAX_PROMPTS)]
Count = Annotated[int, Field(ge=1, le=MAX_LIMIT, strict=True)]
Usd = Annotated[float, Field(gt=0, le=MAX_BUDGET_USD, strict=True, allow_inf_nan=False)]
Metadata = Annotated[dict[str, Any], AfterValidator(_metadata)]
