"""Assertions that the output parses: JSON (optionally against a JSON Schema), Python, XML.

Nothing is executed or fetched: Python is only parsed (:func:`ast.parse`), a JSON Schema's
remote ``$ref`` is not retrieved (``jsonschema`` resolves only what the schema holds), and XML
with entity declarations or external entities is refused before any expansion, so a "billion
laughs" output costs nothing. The output is checked as it is (no code fences stripped).
"""

from __future__ import annotations

import ast
import functools
import json
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

import jsonschema
import jsonschema.exceptions
import referencing.exceptions
from jsonschema.protocols import Validator

from lmops.evals.score import Score, metric

__all__ = ["is_json", "is_valid_python", "is_xml", "json_schema", "schema_validator"]


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse_json(output: str) -> tuple[Any, str | None]:
    """The parsed output, or the reason it is not strict JSON (NaN and Infinity refused)."""
    try:
        return json.loads(output, parse_constant=_no_constant), None
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    except ValueError as exc:
        return None, f"not JSON: {exc}"
    except RecursionError:
        return None, "not JSON: nested too deeply to parse"


@functools.lru_cache(maxsize=128)
def _validator(schema_text: str) -> Validator:
    schema = json.loads(schema_text)
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as exc:
        raise ValueError(f"invalid JSON Schema: {exc.message}") from None
    validator: Validator = cls(schema)
    return validator


def schema_validator(schema: Any) -> Validator:
    """A validator for ``schema`` (a dict, or its JSON text), checked against its metaschema and
    cached; a ValueError when it is not a valid schema (call it when a suite is loaded)."""
    if isinstance(schema, str):
        parsed, error = _parse_json(schema)
        if error is not None:
            raise ValueError(f"JSON Schema is {error}")
        schema = parsed
    if not isinstance(schema, dict | bool):
        raise ValueError(f"a JSON Schema is an object, got {type(schema).__name__}")
    return _validator(json.dumps(schema, sort_keys=True))


def _where(path: Any) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _check_schema(data: Any, schema: Any) -> Score:
    validator = schema_validator(schema)
    try:
        error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    except referencing.exceptions.Unresolvable as exc:
        raise ValueError(
            f"JSON Schema $ref {exc.ref!r} cannot be resolved (only the schema's own "
            "definitions are used; nothing is fetched)"
        ) from None
    if error is None:
        return Score(1.0, True, "JSON matches the schema")
    return Score(0.0, False, f"at {_where(error.absolute_path)}: {error.message}")


@metric("is-json")
def is_json(output: str, *, value: Any = None, **_: Any) -> Score:
    """The whole output is strict JSON; with a ``value`` it must also match that JSON Schema."""
    data, error = _parse_json(output)
    if error is not None:
        return Score(0.0, False, error)
    if value is not None:
        return _check_schema(data, value)
    return Score(1.0, True, "valid JSON")


@metric("json-schema")
def json_schema(output: str, *, value: Any = None, **_: Any) -> Score:
    """The output is JSON that matches the JSON Schema ``value`` (a dict or its JSON text)."""
    if value is None:
        raise ValueError("json-schema needs a schema value")
    schema_validator(value)  # a bad schema is a configuration error, whatever the output
    data, error = _parse_json(output)
    if error is not None:
        return Score(0.0, False, error)
    return _check_schema(data, value)


@metric("is-valid-python")
def is_valid_python(output: str, *, value: Any = None, **_: Any) -> Score:
    """The output parses as Python source (never compiled to bytecode nor run)."""
    try:
        ast.parse(output)
    except SyntaxError as exc:
        return Score(0.0, False, f"not Python: {exc.msg} at line {exc.lineno}")
    except ValueError as exc:  # null bytes, before 3.12
        return Score(0.0, False, f"not Python: {exc}")
    except (RecursionError, MemoryError):
        return Score(0.0, False, "not Python: nested too deeply to parse")
    return Score(1.0, True, "valid Python")


class _Refused(Exception):
    pass


def _refuse(*_: Any) -> Any:
    raise _Refused


def _parse_xml(output: str) -> tuple[ElementTree.Element | None, str | None]:
    """The element tree of ``output`` (tags as written, prefixes kept), or why it is not
    well-formed XML or is refused: entity declarations are refused before any expansion."""
    parser = expat.ParserCreate()
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    builder = ElementTree.TreeBuilder()
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(output, True)
    except _Refused:
        return None, "XML with entity declarations is refused"
    except expat.ExpatError as exc:
        return None, f"not XML: {expat.errors.messages[exc.code]} at line {exc.lineno}"
    return builder.close(), None


def _required(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise ValueError("is-xml's value is an element path ('root.child') or a list of them")


def _has_path(root: ElementTree.Element, path: str) -> bool:
    """Whether the dotted tag path leads from the root to an element; tags compare as written
    (``ns:item`` with its prefix), each part a plain name, never an ElementPath expression."""
    first, *rest = path.split(".")
    level = [root] if root.tag == first else []
    for part in rest:
        level = [child for element in level for child in element if child.tag == part]
    return bool(level)


@metric("is-xml")
def is_xml(output: str, *, value: Any = None, **_: Any) -> Score:
    """The output is well-formed XML; ``value`` may name elements that must be present, as
    dotted paths from the root (``"analysis.summary"``)."""
    paths = _required(value)
    root, error = _parse_xml(output)
    if root is None:
        return Score(0.0, False, error or "not XML")
    if not paths:
        return Score(1.0, True, "well-formed XML")
    missing = [p for p in paths if not _has_path(root, p)]
    if missing:
        share = (len(paths) - len(missing)) / len(paths)
        return Score(share, False, "missing element " + ", ".join(repr(p) for p in missing))
    return Score(1.0, True, "well-formed XML with every required element")
