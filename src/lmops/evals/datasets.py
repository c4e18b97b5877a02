"""A suite's ``dataset``: a CSV or JSONL file whose rows become tests.

Each row's columns fill the test's variables, except these, which are taken out:

* ``__expected`` and ``expected`` hold the row's assertion, like promptfoo's ``__expected``:
  ``type: value`` (``contains: Paris``, ``not-contains: sorry``, ``regex: ^\\d+$``) when
  ``type`` is a registered assertion (or its ``not-`` negation), else the whole text is the
  value of an ``equals`` assertion. An empty cell adds nothing. In JSONL the value may also be
  an assertion object (``{"type": "rouge-l", "value": "...", "threshold": 0.5}``) or a list of
  them and of strings.
* ``__description`` is the test's description.

Errors name the file, the line of the row and the column: ``cases.csv:4: __expected: ...``.
Rows are data: ``${VAR}`` in them is not resolved.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import orjson

__all__ = ["EXPECTED_COLUMNS", "DatasetError", "DatasetRow", "read_dataset"]

EXPECTED_COLUMNS: Final = ("__expected", "expected")
DESCRIPTION_COLUMN: Final = "__description"
_SPEC: Final = re.compile(r"\A(not-)?([a-z0-9][a-z0-9_-]*):[ \t]?(.*)\Z", re.DOTALL)


class DatasetError(ValueError):
    """A dataset that cannot be used: ``path:line: column: problem``."""


@dataclass(frozen=True, slots=True)
class DatasetRow:
    """One row: its line, description, variables and raw assertion specs (each a dict of the
    suite's assertion fields, still to be validated by the suite loader)."""

    line: int
    description: str
    vars: dict[str, Any]
    asserts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (column, spec)


def read_dataset(path: Path, known: frozenset[str]) -> list[DatasetRow]:
    """The rows of a ``.csv`` or ``.jsonl`` file; ``known`` are the registered assertion types
    (to tell ``contains: x`` from plain expected text)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise DatasetError(f"{path}: cannot read dataset: {why}") from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = _csv(text, path)
    elif suffix in (".jsonl", ".ndjson"):
        raw = _jsonl(text, path)
    else:
        raise DatasetError(f"{path}: a dataset is a .csv or .jsonl file")
    return [_row(line, values, path, known) for line, values in raw]


def _csv(text: str, path: Path) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows: list[tuple[int, dict[str, Any]]] = []
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise DatasetError(f"{path}:1: a CSV dataset starts with a header row of column names")
        names = [h.strip() for h in header]
        for i, name in enumerate(names):
            if not name:
                raise DatasetError(f"{path}:1: column {i + 1} has no name")
            if name in names[:i]:
                raise DatasetError(f"{path}:1: {name}: duplicate column")
        start = reader.line_num + 1
        for cells in reader:
            if not cells or not any(c.strip() for c in cells):
                start = reader.line_num + 1
                continue
            if len(cells) != len(names):
                raise DatasetError(
                    f"{path}:{start}: expected {len(names)} columns, got {len(cells)}"
                )
            rows.append((start, dict(zip(names, cells, strict=True))))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DatasetError(f"{path}:{reader.line_num}: invalid CSV: {exc}") from None
    return rows


def _jsonl(text: str, path: Path) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{number}: invalid JSON: {exc}") from None
        if not isinstance(value, dict):
            raise DatasetError(f"{path}:{number}: each line is a JSON object of columns")
        rows.append((number, value))
    return rows


def _row(line: int, values: dict[str, Any], path: Path, known: frozenset[str]) -> DatasetRow:
    values = dict(values)
    description = values.pop(DESCRIPTION_COLUMN, "")
    if not isinstance(description, str):
        raise DatasetError(f"{path}:{line}: {DESCRIPTION_COLUMN}: must be a string")
    asserts: list[tuple[str, dict[str, Any]]] = []
    for column in EXPECTED_COLUMNS:
        if column in values:
            value = values.pop(column)
            items = value if isinstance(value, list) else [value]
            for item in items:
                spec = _spec(item, known)
                if spec is not None:
                    asserts.append((column, spec))
    return DatasetRow(line, description, values, asserts)


def _spec(item: Any, known: frozenset[str]) -> dict[str, Any] | None:
    if isinstance(item, dict):
        return item
    if item is None or item == "":
        return None
    if not isinstance(item, str):
        return {"type": "equals", "value": str(item)}
    match = _SPEC.match(item)
    if match and match.group(2) in known:
        negate, name, value = match.groups()
        return {"type": f"{negate or ''}{name}", "value": value}
    if match and f"{match.group(1) or ''}{match.group(2)}" in known:  # not-contains
        return {"type": f"{match.group(1)}{match.group(2)}", "value": match.group(3)}
    return {"type": "equals", "value": item}
