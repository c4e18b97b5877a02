from __future__ import annotations

from typing import Any

import aiohttp
import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lmops.config import Deployment, MockOptions
from lmops.errors import GatewayError, UpstreamError
from lmops.providers.base import UpstreamRequest, create_provider

CHAT = {"model": "m", "messages": [{"role": "user", "content": "repeat after me"}]}


async def send(
    options: dict[str, Any],
    body: dict[str, Any] = CHAT,
    *,
    stream: bool = False,
    endpoint: str = "chat",
) -> Any:
    deployment = Deployment(
        name="m", provider="mock", mock=MockOptions(**options), timeout={"first_byte": 0.01}
    )  # type: ignore[arg-type]
    async with aiohttp.ClientSession() as http:
        provider = create_provider(deployment, http)
        response = await provider.send(
            UpstreamRequest(endpoint, body, stream, "rid")  # type: ignore[arg-type]
        )
        if response.chunks is not None:
            return [chunk async for chunk in response.chunks]
        assert response.body is not None
        return orjson.loads(response.body)


async def test_fixed_and_echoed_content_with_usage() -> None:
    fixed = await send({"content": "hello there", "prompt_tokens": 7, "completion_tokens": 3})
    assert fixed["choices"][0]["message"]["content"] == "hello there"
    assert fixed["usage"] == {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}
    echoed = await send({"echo": True})
    assert echoed["choices"][0]["message"]["content"] == "repeat after me"
    assert echoed["usage"]["completion_tokens"] == 3


async def test_stream_chunk_count_usage_and_done() -> None:
    body = {**CHAT, "stream": True, "stream_options": {"include_usage": True}}
    chunks = await send({"content": "abcdefghij", "stream_chunks": 5}, body, stream=True)
    assert len(chunks) == 5 + 2  # content chunks, usage chunk, [DONE]
    events = [orjson.loads(c[len(b"data: ") :]) for c in chunks[:-1]]
    assert "".join(e["choices"][0]["delta"]["content"] for e in events[:5]) == "abcdefghij"
    assert events[0]["choices"][0]["delta"]["role"] == "assistant"
    assert events[4]["choices"][0]["finish_reason"] == "stop"
    assert events[5]["choices"] == [] and events[5]["usage"]["completion_tokens"] == 1
    assert chunks[-1] == b"data: [DONE]\n\n"


async def test_completions_and_embeddings_are_deterministic() -> None:
    text = await send({"echo": True}, {"model": "m", "prompt": "say this"}, endpoint="completions")
    assert text["object"] == "text_completion" and text["choices"][0]["text"] == "say this"
    body = {"model": "m", "input": ["a", "b", "a"]}
    first = await send({"embedding_dim": 8}, body, endpoint="embeddings")
    again = await send({"embedding_dim": 8}, body, endpoint="embeddings")
    vectors = [d["embedding"] for d in first["data"]]
    assert len(vectors[0]) == 8 and vectors[0] == vectors[2] != vectors[1]
    assert vectors == [d["embedding"] for d in again["data"]]


async def test_error_injection_status_and_rate() -> None:
    with pytest.raises(UpstreamError) as err:
        await send({"error_rate": 1.0, "error_status": 429})
    assert err.value.status == 429 and err.value.retryable and err.value.kind == "rate_limited"
    with pytest.raises(UpstreamError) as err:
        await send({"error_rate": 1.0, "error_status": 503})
    assert err.value.status == 502 and err.value.retryable

    outcomes = []
    deployment = Deployment(name="m", provider="mock", mock=MockOptions(error_rate=0.5, seed=1))
    async with aiohttp.ClientSession() as http:
        provider = create_provider(deployment, http)
        for _ in range(200):
            try:
                await provider.send(UpstreamRequest("chat", CHAT, False, "r"))
                outcomes.append(True)
            except UpstreamError:
                outcomes.append(False)
    assert 70 < outcomes.count(False) < 130


async def test_timeout_injection() -> None:
    with pytest.raises(UpstreamError) as err:
        await send({"timeout_rate": 1.0})
    assert err.value.kind == "timeout" and err.value.status == 504 and err.value.retryable


WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 7},
            },
            "required": ["city", "unit", "days"],
            "additionalProperties": False,
        },
    },
}
TIME = {"type": "function", "function": {"name": "get_time"}}
WEATHER_ARGS = {"city": "example", "unit": "celsius", "days": 1}


def events(chunks: list[bytes]) -> list[dict[str, Any]]:
    assert chunks[-1] == b"data: [DONE]\n\n"
    return [orjson.loads(c[len(b"data: ") :]) for c in chunks[:-1]]


async def test_n_choices_and_usage_counts_them_all() -> None:
    body = {**CHAT, "n": 3}
    done = await send({"content": "two words", "prompt_tokens": 4}, body)
    assert [c["index"] for c in done["choices"]] == [0, 1, 2]
    assert {c["message"]["content"] for c in done["choices"]} == {"two words"}
    assert done["usage"] == {"prompt_tokens": 4, "completion_tokens": 6, "total_tokens": 10}
    configured = await send({"completion_tokens": 5}, body)
    assert configured["usage"]["completion_tokens"] == 15
    text = await send({}, {"model": "m", "prompt": "p", "n": 2}, endpoint="completions")
    assert [c["index"] for c in text["choices"]] == [0, 1]


async def test_n_choices_stream_each_with_its_index() -> None:
    body = {**CHAT, "n": 2, "stream_options": {"include_usage": True}}
    chunks = await send({"content": "abcdef", "stream_chunks": 3}, body, stream=True)
    stream = events(chunks)
    assert all(len(e["choices"]) == 1 for e in stream[:-1])
    for index in (0, 1):
        mine = [e["choices"][0] for e in stream[:-1] if e["choices"][0]["index"] == index]
        assert "".join(c["delta"]["content"] for c in mine) == "abcdef"
        assert mine[0]["delta"]["role"] == "assistant"
        assert [c["finish_reason"] for c in mine] == [None, None, "stop"]
    assert stream[-1]["usage"]["completion_tokens"] == 2


async def test_n_out_of_range_is_a_400() -> None:
    for n in (0, 129, True, "2"):
        with pytest.raises(GatewayError) as err:
            await send({}, {**CHAT, "n": n})
        assert err.value.status == 400 and err.value.param == "n"


async def test_tools_answer_with_a_call_of_the_first_function() -> None:
    for choice in (None, "auto", "required"):
        body = {**CHAT, "tools": [WEATHER, TIME], "n": 2}
        if choice is not None:
            body["tool_choice"] = choice
        done = await send({}, body)
        ids = set()
        for i, answer in enumerate(done["choices"]):
            assert answer["index"] == i and answer["finish_reason"] == "tool_calls"
            message = answer["message"]
            assert message["role"] == "assistant" and message["content"] is None
            [call] = message["tool_calls"]
            assert call["type"] == "function" and call["id"].startswith("call_")
            assert call["function"]["name"] == "get_weather"
            assert orjson.loads(call["function"]["arguments"]) == WEATHER_ARGS
            ids.add(call["id"])
        assert len(ids) == 2


async def test_tool_choice_picks_or_declines_a_tool() -> None:
    named = {"type": "function", "function": {"name": "get_time"}}
    done = await send({}, {**CHAT, "tools": [WEATHER, TIME], "tool_choice": named})
    call = done["choices"][0]["message"]["tool_calls"][0]["function"]
    assert call == {"name": "get_time", "arguments": "{}"}  # no parameters: an empty object
    allowed = {"type": "allowed_tools", "allowed_tools": {"mode": "auto", "tools": [named]}}
    done = await send({}, {**CHAT, "tools": [WEATHER, TIME], "tool_choice": allowed})
    assert done["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "get_time"
    done = await send({"content": "no call"}, {**CHAT, "tools": [WEATHER], "tool_choice": "none"})
    assert done["choices"][0]["message"] == {"role": "assistant", "content": "no call"}
    missing = {"type": "function", "function": {"name": "nope"}}
    with pytest.raises(GatewayError) as err:
        await send({}, {**CHAT, "tools": [WEATHER], "tool_choice": missing})
    assert err.value.status == 400 and err.value.param == "tool_choice"
    with pytest.raises(GatewayError) as err:
        await send({}, {**CHAT, "tools": [{"type": "function", "function": {}}]})
    assert err.value.status == 400 and err.value.param == "tools"


async def test_tool_call_streams_as_openai_does() -> None:
    body = {**CHAT, "tools": [WEATHER], "stream_options": {"include_usage": True}}
    chunks = await send({"stream_chunks": 4}, body, stream=True)
    stream = events(chunks)
    first = stream[0]["choices"][0]
    assert first["delta"]["role"] == "assistant" and first["delta"]["content"] is None
    [head] = first["delta"]["tool_calls"]
    assert head["index"] == 0 and head["id"].startswith("call_") and head["type"] == "function"
    assert head["function"] == {"name": "get_weather", "arguments": ""}
    pieces = [e["choices"][0]["delta"]["tool_calls"][0] for e in stream[1:-2]]
    assert len(pieces) == 4 and all(p["index"] == 0 and "id" not in p for p in pieces)
    assert orjson.loads("".join(p["function"]["arguments"] for p in pieces)) == WEATHER_ARGS
    assert stream[-2]["choices"][0] == {"index": 0, "delta": {}, "finish_reason": "tool_calls"}
    assert stream[-1]["choices"] == [] and stream[-1]["usage"]["completion_tokens"] > 0


async def test_json_schema_response_format() -> None:
    schema = {
        "type": "object",
        "properties": {
            "answer": {"type": "string"},
            "score": {"type": "number", "minimum": 3},
            "tags": {"type": "array", "items": {"type": "string", "enum": ["x", "y"]}},
        },
        "required": ["answer", "score", "tags"],
        "additionalProperties": False,
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "out", "schema": schema, "strict": True}}
    expected = {"answer": "example", "score": 3.0, "tags": ["x"]}
    done = await send({"content": "ignored"}, {**CHAT, "response_format": fmt, "n": 2})
    assert [orjson.loads(c["message"]["content"]) for c in done["choices"]] == [expected] * 2
    chunks = await send({}, {**CHAT, "response_format": fmt}, stream=True)
    text = "".join(e["choices"][0]["delta"]["content"] for e in events(chunks))
    assert orjson.loads(text) == expected
    with pytest.raises(GatewayError) as err:
        await send({}, {**CHAT, "response_format": {"type": "json_schema"}})
    assert err.value.status == 400 and err.value.param == "response_format"


async def test_json_object_and_text_response_formats() -> None:
    json_object = {**CHAT, "response_format": {"type": "json_object"}}
    done = await send({"content": "plain words"}, json_object)
    assert orjson.loads(done["choices"][0]["message"]["content"]) == {"content": "plain words"}
    done = await send({"content": '{"a": [1, 2]}'}, json_object)
    assert done["choices"][0]["message"]["content"] == '{"a": [1, 2]}'
    done = await send({"content": "as is"}, {**CHAT, "response_format": {"type": "text"}})
    assert done["choices"][0]["message"]["content"] == "as is"


json_values = st.recursive(
    # What a parsed body can hold: orjson reads 64-bit integers only.
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
tool_like = st.fixed_dictionaries(
    {"type": st.sampled_from(["function", "custom"]) | json_values},
    optional={
        "function": st.fixed_dictionaries(
            {}, optional={"name": json_values, "parameters": json_values}
        )
    },
)
choice_like = st.sampled_from(["auto", "none", "required"]) | st.fixed_dictionaries(
    {"type": st.sampled_from(["function", "allowed_tools"]) | json_values},
    optional={
        "function": json_values,
        "allowed_tools": json_values | st.fixed_dictionaries({"tools": json_values}),
    },
)
format_like = st.fixed_dictionaries(
    {"type": st.sampled_from(["json_schema", "json_object", "text"]) | json_values},
    optional={"json_schema": st.fixed_dictionaries({}, optional={"schema": json_values})},
)


@settings(max_examples=150, deadline=None)
@given(
    tools=st.lists(tool_like, max_size=3) | json_values,
    tool_choice=choice_like | json_values,
    response_format=format_like | json_values,
    stream=st.booleans(),
)
@example([WEATHER], {"type": "allowed_tools", "allowed_tools": ["x"]}, None, False)
@example([WEATHER], {"type": "allowed_tools", "allowed_tools": {"tools": 5}}, None, False)
async def test_any_tools_and_format_shape_answers_or_400s(
    tools: Any, tool_choice: Any, response_format: Any, stream: bool
) -> None:
    body = {**CHAT, "tools": tools, "tool_choice": tool_choice, "response_format": response_format}
    try:
        await send({}, body, stream=stream)
    except GatewayError as err:
        assert err.status == 400 and err.param in ("tools", "tool_choice", "response_format")
