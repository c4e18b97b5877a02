"""The exact-cache key: a canonical hash of everything that can change an answer.

Other gateways serve wrong answers because their keys leave parameters out. Here the key covers
the whole request body except the few parameters listed in ``IGNORED_PARAMS``, each with the
reason it cannot change the output; a parameter nobody thought of is keyed, so at worst it costs a
cache miss, never a wrong answer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import orjson

__all__ = [
    "DEFAULTS",
    "IGNORED_PARAMS",
    "KEY_SCHEMA_VERSION",
    "cache_key",
    "is_deterministic",
    "normalise_body",
]

# Bump when normalisation changes: old entries then simply stop matching.
KEY_SCHEMA_VERSION: Final = 1

IGNORED_PARAMS: Final[frozenset[str]] = frozenset(
    {
        # The model group is its own element of the key (the body's name is the same string).
        "model",
        # An end-user id for the provider's abuse monitoring; it is not shown to the model.
        "user",
        # The newer name of "user" (abuse monitoring only).
        "safety_identifier",
        # Tags stored with the completion on the provider's side; not shown to the model.
        "metadata",
        # Whether the provider keeps the completion for distillation and evals.
        "store",
        # Which capacity pool (and price) serves the request, not what it answers.
        "service_tier",
        # A routing hint for the provider's prompt cache: changes latency and price only.
        "prompt_cache_key",
    }
)

# OpenAI's documented defaults for chat and completions: a body that states one says the same as
# a body that leaves it out. Only defaults that are certain are listed; anything else is keyed.
DEFAULTS: Final[Mapping[str, object]] = MappingProxyType(
    {
        "temperature": 1,
        "top_p": 1,
        "n": 1,
        "presence_penalty": 0,
        "frequency_penalty": 0,
        "stream": False,
        "logit_bias": {},
    }
)

# Per endpoint: chat's "logprobs" is a flag, but completions' is a count where 0 still returns
# log-probabilities, so False is a default for chat only. Embeddings share none of DEFAULTS.
_BY_ENDPOINT: Final[Mapping[str, Mapping[str, object]]] = MappingProxyType(
    {
        "chat": MappingProxyType({**DEFAULTS, "logprobs": False, "parallel_tool_calls": True}),
        "completions": MappingProxyType({**DEFAULTS, "echo": False, "best_of": 1}),
        "embeddings": MappingProxyType({"encoding_format": "float"}),
    }
)
_NO_DEFAULTS: Final[Mapping[str, object]] = MappingProxyType({})

# Integral floats within this bound become ints (1.0 -> 1); beyond it a float is not exact.
_EXACT_INT: Final = 2**53


def _number(value: Any) -> Any:
    if type(value) is float and value.is_integer() and -_EXACT_INT < value < _EXACT_INT:
        return int(value)
    return value


def _is_default(value: Any, default: object) -> bool:
    # Compare types strictly enough that True never equals the default 1 (bool is an int).
    if isinstance(default, bool) or isinstance(value, bool):
        return value is default
    return bool(value == default)


def normalise_body(endpoint: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """The body as keyed: ignored parameters, nulls and defaults dropped, 1.0 written as 1.

    OpenAI treats an explicit top-level ``null`` as an omitted parameter, so both share a key.
    Numbers are normalised at the top level and in ``logit_bias``; elsewhere (a JSON schema in
    ``tools``) ``1`` and ``1.0`` stay distinct, which can only cost a miss.
    """
    defaults = _BY_ENDPOINT.get(endpoint, _NO_DEFAULTS)
    out: dict[str, Any] = {}
    for name, raw in body.items():
        if raw is None or name in IGNORED_PARAMS:
            continue
        value = _number(raw) if type(raw) is float else raw
        if name == "logit_bias" and isinstance(value, dict):
            value = {token: _number(bias) for token, bias in value.items()}
        if name in defaults and _is_default(value, defaults[name]):
            continue
        out[name] = value
    return out


def cache_key(endpoint: str, model_group: str, tenant: str, body: Mapping[str, Any]) -> str:
    """Hex SHA-256 of ``[version, endpoint, model group, tenant, normalised body]``.

    Nested objects are hashed with sorted keys, so key order never matters; list order does.
    Raises ``orjson.JSONEncodeError`` (a ``TypeError``) for a body orjson cannot encode, such as
    one nested deeper than 255 levels; the gateway refuses those bodies before this point.
    """
    canonical = orjson.dumps(
        [KEY_SCHEMA_VERSION, endpoint, model_group, tenant, normalise_body(endpoint, body)],
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(canonical).hexdigest()


def is_deterministic(endpoint: str, body: Mapping[str, Any]) -> bool:
    """Whether repeating the request should give the same answer, so caching cannot be noticed.

    Embeddings always are. Chat and completions are when ``temperature`` is 0 (greedy decoding)
    and at most one choice is asked for (``n`` and completions' ``best_of`` absent or 1).
    ``top_p`` 0 does not count: some providers reject it or read it as "unset", and a ``seed``
    alone does not either (OpenAI calls it best effort). Unknown endpoints never are.
    """
    if endpoint == "embeddings":
        return True
    if endpoint not in ("chat", "completions"):
        return False
    temperature = body.get("temperature")
    if isinstance(temperature, bool) or not isinstance(temperature, int | float):
        return False
    if temperature != 0:
        return False
    return all(_single(body.get(name)) for name in ("n", "best_of"))


def _single(value: Any) -> bool:
    return value is None or (type(value) is int and value == 1)
