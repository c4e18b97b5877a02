"""The exact-cache key: everything that can change an answer is keyed, nothing else is."""

from __future__ import annotations

import copy
import re
from typing import Any

import orjson
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lmops.cache import keys as keys_module
from lmops.cache.keys import (
    DEFAULTS,
    IGNORED_PARAMS,
    KEY_SCHEMA_VERSION,
    cache_key,
    is_deterministic,
    normalise_body,
)

TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def base() -> dict[str, Any]:
    # Parsed with orjson, as the gateway does.
    return orjson.loads(
        orjson.dumps(
            {
                "model": "chat-small",
                "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": "What is the capital of France?"},
                ],
                "temperature": 0,
                "max_tokens": 64,
                "tools": [TOOL],
            }
        )
    )


def key(body: dict[str, Any], endpoint: str = "chat", group: str = "g", tenant: str = "t") -> str:
    return cache_key(endpoint, group, tenant, body)


def with_(**changes: Any) -> dict[str, Any]:
    body = base()
    body.update(changes)
    return body


CHANGES: dict[str, dict[str, Any]] = {
    "temperature": {"temperature": 0.7},
    "top_p": {"top_p": 0.5},
    "seed": {"seed": 42},
    "max_tokens": {"max_tokens": 65},
    "max_completion_tokens": {"max_completion_tokens": 64},
    "stop": {"stop": ["\n"]},
    "stop string vs list": {"stop": "\n"},
    "n": {"n": 2},
    "stream": {"stream": True},
    "stream_options": {"stream": True, "stream_options": {"include_usage": True}},
    "logprobs": {"logprobs": True},
    "top_logprobs": {"logprobs": True, "top_logprobs": 3},
    "logit_bias": {"logit_bias": {"1234": -100}},
    "presence_penalty": {"presence_penalty": 0.5},
    "frequency_penalty": {"frequency_penalty": 0.5},
    "response_format": {"response_format": {"type": "json_object"}},
    "tool_choice": {"tool_choice": "required"},
    "tool_choice named": {"tool_choice": {"type": "function", "function": {"name": "x"}}},
    "parallel_tool_calls": {"parallel_tool_calls": False},
    "no tools": {"tools": []},
    "tool description": {
        "tools": [{**TOOL, "function": {**TOOL["function"], "description": "Weather."}}]
    },
    "reasoning_effort": {"reasoning_effort": "high"},
    "modalities": {"modalities": ["text", "audio"]},
    "prediction": {"prediction": {"type": "content", "content": "Paris"}},
    "an unknown parameter": {"some_future_param": 1},
    "content": {"messages": [{"role": "system", "content": "Be brief."}]},
    "message order": {
        "messages": [
            {"role": "user", "content": "What is the capital of France?"},
            {"role": "system", "content": "Be brief."},
        ]
    },
    "role": {
        "messages": [
            {"role": "developer", "content": "Be brief."},
            {"role": "user", "content": "What is the capital of France?"},
        ]
    },
    "trailing space": {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "What is the capital of France? "},
        ]
    },
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_every_output_parameter_changes_the_key(change: dict[str, Any]) -> None:
    assert key(with_(**change)) != key(base())


def test_the_key_is_a_sha256_hex_digest() -> None:
    assert re.fullmatch(r"[0-9a-f]{64}", key(base()))
    assert key(base()) == key(base())


IGNORED_VALUES = {
    "model": "another-name",
    "user": "alice",
    "safety_identifier": "hash-of-alice",
    "metadata": {"team": "search"},
    "store": True,
    "service_tier": "flex",
    "prompt_cache_key": "conversation-7",
}


def test_ignored_values_cover_every_ignored_param() -> None:
    assert set(IGNORED_VALUES) == IGNORED_PARAMS


@pytest.mark.parametrize("name", sorted(IGNORED_PARAMS))
def test_ignored_parameters_do_not_change_the_key(name: str) -> None:
    assert key(with_(**{name: IGNORED_VALUES[name]})) == key(base())


def test_nested_key_order_does_not_matter() -> None:
    reordered = base()
    reordered["tools"] = [
        {
            "function": {
                "parameters": {
                    "required": ["city"],
                    "properties": {"unit": {"type": "string"}, "city": {"type": "string"}},
                    "type": "object",
                },
                "description": "The weather in a city",
                "name": "get_weather",
            },
            "type": "function",
        }
    ]
    reordered["messages"] = [
        {"content": m["content"], "role": m["role"]} for m in base()["messages"]
    ]
    top = dict(reversed(list(reordered.items())))
    assert key(top) == key(base())


@pytest.mark.parametrize(("name", "default"), sorted(DEFAULTS.items()))
def test_a_stated_default_equals_an_absent_one(name: str, default: object) -> None:
    body = base()
    body.pop(name, None)
    assert key({**body, name: copy.deepcopy(default)}) == key(body)


def test_chat_only_defaults() -> None:
    body = base()
    assert key({**body, "logprobs": False}) == key(body)
    assert key({**body, "parallel_tool_calls": True}) == key(body)
    # completions' logprobs is a count: 0 still asks for log-probabilities.
    prompt = {"prompt": "Hello", "max_tokens": 5}
    assert key({**prompt, "logprobs": 0}, "completions") != key(prompt, "completions")
    assert key({**prompt, "echo": False}, "completions") == key(prompt, "completions")


def test_null_is_the_same_as_absent() -> None:
    assert key(with_(seed=None, stop=None, tools=None)) == key({**base(), "tools": None})
    body = base()
    del body["tools"]
    assert key({**body, "tools": None}) == key(body)


def test_booleans_are_not_numbers() -> None:
    assert key(with_(n=True)) != key(base())
    assert key(with_(stream=0)) != key(base())
    assert key(with_(temperature=False)) != key(base())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"temperature": 1}, {"temperature": 1.0}),
        ({"temperature": 0}, {"temperature": 0.0}),
        ({"max_tokens": 64}, {"max_tokens": 64.0}),
        ({"seed": 7}, {"seed": 7.0}),
        ({"logit_bias": {"50256": -100}}, {"logit_bias": {"50256": -100.0}}),
    ],
)
def test_int_and_integral_float_are_the_same(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert key(with_(**a)) == key(with_(**b))


def test_large_numbers_stay_exact() -> None:
    # Above 2**53 a float is not an exact integer: never merge distinct seeds through one.
    assert key(with_(seed=2**60)) != key(with_(seed=2**60 + 1))
    assert key(with_(seed=1e300)) != key(with_(seed=1e299))


def test_tenant_group_and_endpoint_separate_keys() -> None:
    body = base()
    keys = {
        key(body),
        key(body, tenant="team:other"),
        key(body, group="other-group"),
        key(body, endpoint="completions"),
    }
    assert len(keys) == 4


def test_no_field_boundary_ambiguity() -> None:
    # The parts are list elements, never concatenated strings.
    assert cache_key("chat", "a:b", "c", base()) != cache_key("chat", "a", "b:c", base())


def test_key_schema_version_is_in_the_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    before = key(base())
    monkeypatch.setattr(keys_module, "KEY_SCHEMA_VERSION", KEY_SCHEMA_VERSION + 1)
    assert key(base()) != before


def test_normalised_body_drops_model_and_keeps_greedy_temperature() -> None:
    normalised = normalise_body("chat", base())
    assert "model" not in normalised
    assert normalised["temperature"] == 0


def test_normalise_does_not_mutate_the_body() -> None:
    body = with_(temperature=1.0, user="u", logit_bias={"1": 2.0})
    snapshot = copy.deepcopy(body)
    normalise_body("chat", body)
    assert body == snapshot
    assert type(body["temperature"]) is float


json_scalars = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer())
    | st.text(max_size=10)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
param_names = st.sampled_from(
    [*DEFAULTS, "seed", "stop", "tools", "tool_choice", "response_format", "messages", "logprobs"]
) | st.text(min_size=1, max_size=12)


CHAT_DEFAULTS = {**DEFAULTS, "logprobs": False, "parallel_tool_calls": True}


def _meaning(name: str, value: object) -> bytes:
    """What a value says, by the documented equivalences: None (absent) and the default agree."""
    if value is None:
        value = CHAT_DEFAULTS.get(name)
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


@given(name=param_names, a=json_values | st.none(), b=json_values | st.none())
def test_bodies_differing_in_a_keyed_field_get_different_keys(
    name: str, a: object, b: object
) -> None:
    assume(name not in IGNORED_PARAMS and _meaning(name, a) != _meaning(name, b))
    body = {k: v for k, v in base().items() if k != name}
    first = body if a is None else {**body, name: a}
    second = body if b is None else {**body, name: b}
    assert key(first) != key(second)


@pytest.mark.parametrize(
    ("endpoint", "body", "expected"),
    [
        ("embeddings", {"input": "hi"}, True),
        ("chat", {"temperature": 0}, True),
        ("chat", {"temperature": 0.0, "n": 1}, True),
        ("chat", {"temperature": 0, "seed": 3, "max_tokens": 5}, True),
        ("completions", {"temperature": 0, "best_of": 1}, True),
        ("chat", {}, False),
        ("chat", {"temperature": None}, False),
        ("chat", {"temperature": 0.2}, False),
        ("chat", {"temperature": False}, False),
        ("chat", {"temperature": "0"}, False),
        ("chat", {"temperature": 0, "n": 2}, False),
        ("chat", {"temperature": 0, "n": True}, False),
        ("chat", {"top_p": 0}, False),
        ("chat", {"seed": 1}, False),
        ("completions", {"temperature": 0, "best_of": 3}, False),
        ("responses", {"temperature": 0}, False),
    ],
)
def test_is_deterministic(endpoint: str, body: dict[str, Any], expected: bool) -> None:
    assert is_deterministic(endpoint, body) is expected
