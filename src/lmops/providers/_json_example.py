"""A value that a JSON Schema accepts, built from the schema, for the mock's structured answers.

It covers what OpenAI structured outputs, function ``parameters`` and pydantic's
``model_json_schema()`` use: ``type`` (one or a list), ``const``, ``enum``, object ``properties``,
``required``, ``additionalProperties``, ``min/maxProperties``; arrays with ``items``,
``prefixItems``, ``min/maxItems``, ``uniqueItems``; strings with ``format``, ``pattern`` and
``min/maxLength``; numbers and integers with (exclusive) bounds and ``multipleOf``; ``anyOf``,
``oneOf`` (the first branch), ``allOf`` (merged); local ``$ref`` into ``$defs`` or
``definitions``, recursive models included. The same schema always gives the same value.

What it cannot satisfy it does its best at: a ``pattern`` with lookarounds or backreferences,
``oneOf`` branches that overlap, ``not``, ``if``/``then``. Everything optional is
filled in, so the value shows the whole shape, except inside a recursive ``$ref``, where only what
is required is generated so that the value ends.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import unquote

from lmops.providers._regex_example import matching_string

__all__ = ["example"]

_STRING = "example"
# A schema comes from the client: these bound the work and the size of what it asks for.
# Past them the value is cut short (null, fewer items, a shorter string) and may not validate.
_MAX_DEPTH = 64  # nested schemas
_MAX_ITEMS = 100  # items of one array, properties of one object
_BUDGET = 100_000  # values plus string characters in all
_SAFE_INTEGER = 2**53  # numbers stay where JSON readers agree on them
_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "name-email": "User <user@example.com>",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "ipvanyaddress": "192.0.2.1",
    "ipv4network": "192.0.2.0/24",
    "ipv6network": "2001:db8::/32",
    "ipvanynetwork": "192.0.2.0/24",
    "ipv4interface": "192.0.2.1/24",
    "ipv6interface": "2001:db8::1/32",
    "ipvanyinterface": "192.0.2.1/24",
    "uri": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri-reference": "https://example.com/",
    "multi-host-uri": "https://example.com/",
    "uri-template": "https://example.com/{id}",
    "json-pointer": "/example",
    "relative-json-pointer": "0",
    "regex": "^example$",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
_UUID_VERSION = re.compile(r"uuid([1-8])")


def example(schema: Any) -> Any:
    """A value valid against ``schema`` (a JSON Schema as parsed JSON), deterministic."""
    return _Generator(schema).value(schema, _Ctx())


@dataclass(frozen=True, slots=True)
class _Ctx:
    """Where generation is: ``refs`` being expanded, ``minimal`` once one of them recurs."""

    refs: frozenset[str] = frozenset()
    minimal: bool = False
    depth: int = 0
    variant: int = 0  # the n-th item of an array, so that items differ (uniqueItems)

    def down(self, variant: int | None = None) -> _Ctx:
        return replace(
            self, depth=self.depth + 1, variant=self.variant if variant is None else variant
        )


class _Generator:
    def __init__(self, root: Any) -> None:
        self._root = root
        self._left = _BUDGET

    def value(self, schema: Any, ctx: _Ctx) -> Any:
        self._left -= 1
        if ctx.depth > _MAX_DEPTH or self._left < 0:
            return None
        if not isinstance(schema, dict):
            return None if schema is False else _STRING  # `true` accepts anything
        if isinstance(schema.get("$ref"), str):
            return self._ref(schema, ctx)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return schema["enum"][ctx.variant % len(schema["enum"])]
        if isinstance(schema.get("allOf"), list):
            return self.value(self._merged(schema), ctx.down())
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list) and branches:
                rest = {k: v for k, v in schema.items() if k != keyword}
                return self.value({**rest, **self._branch(branches, ctx)}, ctx.down())
        kind = _type_of(schema, ctx.minimal)
        if kind == "object":
            return self._object(schema, ctx)
        if kind == "array":
            return self._array(schema, ctx)
        if kind == "string":
            text = _string(schema, ctx.variant, max(0, self._left))
            self._left -= len(text)
            return text
        if kind in ("integer", "number"):
            return _number(schema, ctx.variant, integer=kind == "integer")
        if kind == "boolean":
            return ctx.variant % 2 == 0
        return None if kind == "null" else _STRING

    def _ref(self, schema: dict[str, Any], ctx: _Ctx) -> Any:
        ref = schema["$ref"]
        target = self._resolve(ref)
        # 2020-12 allows keywords beside $ref; they hold too.
        merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        inner = replace(ctx, refs=ctx.refs | {ref}, minimal=ctx.minimal or ref in ctx.refs)
        return self.value(merged, inner.down())

    def _resolve(self, ref: str) -> dict[str, Any]:
        if not ref.startswith("#"):
            return {}  # a remote schema: nothing to go on
        node: Any = self._root
        for part in ref[1:].split("/")[1:]:
            key = unquote(part).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict):
                node = node.get(key)
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                node = None
        return node if isinstance(node, dict) else {}

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``allOf`` as one schema; an ``allOf`` inside a part is left for the next round."""
        out = {k: v for k, v in schema.items() if k != "allOf"}
        nested: list[Any] = []
        for part in schema["allOf"]:
            if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                part = {**self._resolve(part["$ref"]), **part}
                part.pop("$ref")
            if not isinstance(part, dict):
                continue
            properties = {**_dict(out.get("properties")), **_dict(part.get("properties"))}
            required = [*_list(out.get("required")), *_list(part.get("required"))]
            nested += _list(part.get("allOf"))
            out.update(part)
            if properties:
                out["properties"] = properties
            if required:
                out["required"] = list(dict.fromkeys(r for r in required if isinstance(r, str)))
        if nested:
            out["allOf"] = nested
        return out

    def _branch(self, branches: list[Any], ctx: _Ctx) -> dict[str, Any]:
        schemas = [b if isinstance(b, dict) else {} for b in branches]
        if ctx.minimal:
            # Inside recursion: a branch that ends the value (null, or no further reference).
            ends = [b for b in schemas if b.get("type") == "null"]
            ends = ends or [b for b in schemas if "$ref" not in b]
            return ends[0] if ends else schemas[0]
        # Otherwise the most informative one: the first that is not just null.
        return next((b for b in schemas if b.get("type") != "null"), schemas[0])

    def _object(self, schema: dict[str, Any], ctx: _Ctx) -> dict[str, Any]:
        properties = _dict(schema.get("properties"))
        required = [r for r in _list(schema.get("required")) if isinstance(r, str)]
        extra = schema.get("additionalProperties", True)
        out: dict[str, Any] = {}
        for name, sub in properties.items():
            if name in required or not ctx.minimal:
                out[name] = self.value(sub, ctx.down())
        for name in required:
            if name not in out:
                out[name] = self.value(extra if isinstance(extra, dict) else {}, ctx.down())
        wanted = min(_int(schema.get("minProperties"), 0), _MAX_ITEMS)
        if not properties and isinstance(extra, dict) and not ctx.minimal:
            wanted = max(wanted, 1)  # a map (dict[str, X]): show one entry
        key = 0
        while len(out) < wanted and extra is not False:
            name = f"key{key}" if key else "key"
            if name not in out:
                out[name] = self.value(extra if isinstance(extra, dict) else {}, ctx.down(key))
            key += 1
        most = _int(schema.get("maxProperties"), len(out))
        for name in [n for n in out if n not in required][: max(0, len(out) - most)]:
            del out[name]
        return out

    def _array(self, schema: dict[str, Any], ctx: _Ctx) -> list[Any]:
        prefix = schema.get("prefixItems")
        items = schema.get("items", True)
        if isinstance(items, list):  # drafts before 2020-12 wrote tuples this way
            prefix, items = items, schema.get("additionalItems", True)
        prefix = prefix if isinstance(prefix, list) else []
        count = min(_int(schema.get("minItems"), 0), _MAX_ITEMS)
        if not ctx.minimal:
            count = max(count, len(prefix), 1)
        count = min(count, _int(schema.get("maxItems"), count))
        if items is False:
            count = min(count, len(prefix))
        return [
            self.value(prefix[i] if i < len(prefix) else items, ctx.down(ctx.variant + i))
            for i in range(count)
        ]


def _type_of(schema: dict[str, Any], minimal: bool) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        if minimal and "null" in kind:
            return "null"
        kind = next((k for k in kind if k != "null"), kind[0] if kind else None)
    if isinstance(kind, str):
        return kind
    keywords = {
        "object": ("properties", "required", "additionalProperties", "minProperties"),
        "array": ("items", "prefixItems", "minItems", "maxItems"),
        "string": ("format", "pattern", "minLength", "maxLength"),
        "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    }
    return next((k for k, words in keywords.items() if any(w in schema for w in words)), None)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _string(schema: dict[str, Any], variant: int, most_chars: int) -> str:
    fmt = schema.get("format")
    version = _UUID_VERSION.fullmatch(fmt) if isinstance(fmt, str) else None
    if version:
        return f"00000000-0000-{version[1]}000-8000-000000000000"
    if isinstance(fmt, str) and fmt in _FORMATS:
        return _FORMATS[fmt]
    base = _STRING if variant == 0 else f"{_STRING}-{variant}"
    pattern = schema.get("pattern")
    built = matching_string(pattern) if isinstance(pattern, str) else None
    base = built or base
    least = min(_int(schema.get("minLength"), 0), most_chars)
    most = _int(schema.get("maxLength"), -1)
    fitted = base + (base[-1:] or "x") * max(0, least - len(base))
    fitted = fitted[:most] if most >= 0 else fitted
    # Only a pattern that built a match is searched again (see matching_string).
    if built is not None and fitted != built and not re.search(str(pattern), fitted):
        return built  # the pattern matters more than the length
    return fitted


def _number(schema: dict[str, Any], variant: int, *, integer: bool) -> int | float:
    try:
        value = _bounded(schema, variant, integer=integer)
    except (OverflowError, ValueError):  # bounds or steps no float can reach
        value = 0
    return max(-_SAFE_INTEGER, min(_SAFE_INTEGER, value))


def _bounded(schema: dict[str, Any], variant: int, *, integer: bool) -> int | float:
    keys = ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")
    low, low_open, high, high_open = (schema.get(k) for k in keys)
    # Draft 4 wrote exclusive bounds as booleans beside minimum and maximum.
    if low_open is True:
        low_open, low = low, None
    if high_open is True:
        high_open, high = high, None
    # (bound, lower, open): a number is inside when it is on the right side of each.
    bounds = [
        (x, lower, open_)
        for raw, lower, open_ in ((low, 1, 0), (low_open, 1, 1), (high, 0, 0), (high_open, 0, 1))
        if (x := _as_number(raw)) is not None
    ]
    step = _as_number(schema.get("multipleOf")) or 0
    step = step if step > 0 else (1 if integer else 0)

    def inside(x: float) -> bool:
        return all(
            (x > b if open_ else x >= b) if lower else (x < b if open_ else x <= b)
            for b, lower, open_ in bounds
        )

    candidates: list[float] = [variant * (step or 1)]
    candidates += [_step(b, step, up=bool(lower), open_=bool(o)) for b, lower, o in bounds]
    lows, highs = [b for b, lower, _ in bounds if lower], [b for b, lower, _ in bounds if not lower]
    if lows and highs and not step:
        candidates.append((max(lows) + min(highs)) / 2)  # a narrow open interval: its middle
    value = next((x for x in candidates if inside(x)), candidates[-1])
    if integer or (isinstance(step, int) and step and float(value).is_integer()):
        return int(value)
    return float(value)


def _as_number(value: Any) -> float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _step(bound: float, step: float, *, up: bool, open_: bool) -> float:
    """The multiple of ``step`` nearest ``bound`` on the inside; past it if the bound is open."""
    sign = 1 if up else -1
    if not step:
        return bound + sign if open_ else bound
    k = math.ceil(bound / step) if up else math.floor(bound / step)
    return (k + sign) * step if open_ and k * step == bound else k * step
