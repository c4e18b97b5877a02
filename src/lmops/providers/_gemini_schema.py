"""JSON Schemas rewritten in the OpenAPI subset that Gemini's ``Schema`` object accepts.

Tool parameters and ``response_format`` schemas come from OpenAI clients as JSON Schema, often
generated (pydantic's ``$defs``/``$ref``, ``anyOf`` with ``null`` for optional fields,
``additionalProperties: false`` for strict mode). Gemini refuses keywords it does not know, so:
references are inlined (a recursive one is refused with a 400), ``null`` alternatives become
``nullable``, ``oneOf`` reads as ``anyOf``, ``const`` as a one-value ``enum``, and any other
keyword Gemini's schema lacks (``additionalProperties``, ``$schema``, ``strict``, ...) is left
out: the model is then not held to it. ``propertyOrdering`` keeps the properties in the order
the schema lists them, which is the order OpenAI answers in.
"""

from __future__ import annotations

from typing import Any

from lmops.errors import GatewayError

__all__ = ["gemini_schema"]

Json = dict[str, Any]

# The fields of Gemini's Schema object that JSON Schema spells the same way.
_KEPT = frozenset(
    {
        "type",
        "format",
        "title",
        "description",
        "nullable",
        "enum",
        "required",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "minProperties",
        "maxProperties",
        "propertyOrdering",
        "default",
        "example",
    }
)
_NULL = {"type": "null"}


def gemini_schema(schema: Any, param: str) -> Json:
    """``schema`` in Gemini's dialect; a 400 naming ``param`` for what cannot be rewritten."""
    if not isinstance(schema, dict):
        raise GatewayError.bad_request("a schema must be a JSON object", param=param)
    defs = {**(schema.get("definitions") or {}), **(schema.get("$defs") or {})}
    return _rewrite(schema, defs, (), param)


def _rewrite(node: Any, defs: Json, seen: tuple[str, ...], param: str) -> Json:
    if not isinstance(node, dict):
        raise GatewayError.bad_request("a schema must be a JSON object", param=param)
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rpartition("/")[2]
        if not ref.startswith("#/") or not isinstance(defs.get(name), dict):
            raise GatewayError.bad_request(f"schema reference {ref!r} is not defined", param=param)
        if name in seen:
            raise GatewayError.bad_request(
                f"provider gemini cannot take a recursive schema ({name!r} refers to itself)",
                param=param,
                code="unsupported_parameter",
            )
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return _rewrite({**defs[name], **rest}, defs, (*seen, name), param)
    out: Json = {key: value for key, value in node.items() if key in _KEPT}
    if "const" in node:
        out["enum"] = [node["const"]]
    properties = node.get("properties")
    if isinstance(properties, dict):
        out["properties"] = {k: _rewrite(v, defs, seen, param) for k, v in properties.items()}
        if properties and "propertyOrdering" not in out:
            out["propertyOrdering"] = list(properties)
    if "items" in node:
        out["items"] = _rewrite(node["items"], defs, seen, param)
    variants = node.get("anyOf", node.get("oneOf"))
    if isinstance(variants, list):
        _merge_variants(out, [_rewrite(v, defs, seen, param) for v in variants if v != _NULL])
        if _NULL in variants:
            out["nullable"] = True
    _null_type(out)
    return out


def _merge_variants(out: Json, variants: list[Json]) -> None:
    # Optional[X] is anyOf [X, null]: with null gone, X alone is the schema.
    if len(variants) == 1:
        out.update({k: v for k, v in variants[0].items() if k not in out})
    elif variants:
        out["anyOf"] = variants


def _null_type(out: Json) -> None:
    """``"type": ["string", "null"]`` becomes a nullable string; null in an enum, nullable."""
    kinds = out.get("type")
    if isinstance(kinds, list):
        named = [k for k in kinds if k != "null"]
        if len(named) < len(kinds):
            out["nullable"] = True
        if len(named) == 1:
            out["type"] = named[0]
        else:
            del out["type"]
            if named:
                out["anyOf"] = [{"type": k} for k in named]
    enum = out.get("enum")
    if isinstance(enum, list) and None in enum:
        out["enum"] = [v for v in enum if v is not None]
        out["nullable"] = True
