"""The Anthropic provider's parameter policy, and response_format sent as a forced tool.

Every OpenAI chat parameter is translated, ignored (it cannot change the answer) or refused with
a 400 naming it; ``response_format`` comes back as JSON message content, streamed or not.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import orjson
import pytest

from lmops.errors import GatewayError, UpstreamError
from tests.providers.test_anthropic import (
    USER,
    FakeAnthropic,
    block,
    chat,
    delta,
    end_events,
    make,
    message,
    start_event,
    stop,
    stream_chunks,
)
from tests.providers.test_anthropic import fake as fake  # the fixtures, re-exported
from tests.providers.test_anthropic import http as http

TOOL = {"type": "function", "function": {"name": "f"}}
EVENT_SCHEMA = {
    "type": "object",
    "properties": {"title": {"type": "string"}, "day": {"type": "integer"}},
    "required": ["title", "day"],
    "additionalProperties": False,
}
JSON_SCHEMA = {
    "type": "json_schema",
    "json_schema": {"name": "calendar_event", "schema": EVENT_SCHEMA, "strict": True},
}


async def refused(fake: FakeAnthropic, http: aiohttp.ClientSession, body: Any) -> GatewayError:
    """The provider's 400 for ``body``, checked to be a client error sent nowhere."""
    with pytest.raises(GatewayError) as info:
        await chat(make(fake, http), body)
    err = info.value
    assert not isinstance(err, UpstreamError), "a client error: no retry, fallback or cooldown"
    assert (err.status, err.type) == (400, "invalid_request_error")
    assert fake.requests == []
    return err


# --- parameters without an Anthropic equivalent ------------------------------------------------


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("seed", 7),
        ("seed", 0),
        ("logprobs", True),
        ("top_logprobs", 3),
        ("n", 2),
        ("presence_penalty", 0.5),
        ("frequency_penalty", -1),
        ("logit_bias", {"50256": -100}),
        ("audio", {"voice": "alloy", "format": "wav"}),
        ("modalities", ["text", "audio"]),
        ("reasoning_effort", "high"),
        ("verbosity", "low"),
        ("web_search_options", {}),
        ("functions", [{"name": "f", "parameters": {"type": "object"}}]),
        ("function_call", {"name": "f"}),
    ],
)
async def test_unsupported_parameter_is_400_naming_it(
    fake: FakeAnthropic, http: aiohttp.ClientSession, param: str, value: Any
) -> None:
    err = await refused(fake, http, {"messages": [USER], param: value})
    assert err.param == param
    assert err.code == "unsupported_parameter"
    assert repr(param) in err.message
    wire = orjson.loads(err.body())["error"]
    assert (wire["param"], wire["code"]) == (param, "unsupported_parameter")


async def test_no_op_values_are_accepted_and_not_sent(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message([{"type": "text", "text": "ok"}])
    no_ops = {
        "n": 1,
        "seed": None,
        "logprobs": False,
        "top_logprobs": 0,
        "presence_penalty": 0,
        "frequency_penalty": 0.0,
        "logit_bias": {},
        "audio": None,
        "modalities": ["text"],
        "functions": [],
        "function_call": "auto",
        "prediction": {"type": "content", "content": "ok"},
        "service_tier": "auto",
        "prompt_cache_key": "k",
        "safety_identifier": "h-1",
    }
    await chat(make(fake, http), {"messages": [USER], **no_ops})
    assert not set(no_ops) & set(fake.requests[0])


async def test_other_keys_are_forwarded_as_anthropic_parameters(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message([])
    thinking = {"type": "enabled", "budget_tokens": 2048}
    await chat(make(fake, http), {"messages": [USER], "top_k": 40, "thinking": thinking})
    assert fake.requests[0]["top_k"] == 40
    assert fake.requests[0]["thinking"] == thinking


async def test_a_forwarded_key_never_overrides_a_translated_one(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    system = {"role": "system", "content": "Be brief."}
    err = await refused(fake, http, {"messages": [system, USER], "system": "Be long."})
    assert err.param == "system"


# --- response_format as a forced tool ----------------------------------------------------------


async def test_json_schema_is_a_forced_tool(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    answer = {"title": "Launch", "day": 3}
    fake.reply = message(
        [{"type": "tool_use", "id": "toolu_1", "name": "calendar_event", "input": answer}],
        stop_reason="tool_use",
    )
    resp = await chat(make(fake, http), {"messages": [USER], "response_format": JSON_SCHEMA})

    sent = fake.requests[0]
    assert "response_format" not in sent
    [tool] = sent["tools"]
    assert tool["name"] == "calendar_event"
    assert tool["input_schema"] == EVENT_SCHEMA
    assert tool["description"]
    assert sent["tool_choice"] == {
        "type": "tool",
        "name": "calendar_event",
        "disable_parallel_tool_use": True,
    }
    assert resp.body is not None
    choice = orjson.loads(resp.body)["choices"][0]
    assert orjson.loads(choice["message"]["content"]) == answer
    assert "tool_calls" not in choice["message"]
    assert choice["finish_reason"] == "stop"


async def test_json_schema_description_is_the_tools(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message([])
    spec = {"name": "e", "description": "A calendar event.", "schema": EVENT_SCHEMA}
    body = {"messages": [USER], "response_format": {"type": "json_schema", "json_schema": spec}}
    await chat(make(fake, http), body)
    assert fake.requests[0]["tools"][0]["description"] == "A calendar event."


async def test_json_object_is_a_forced_tool_with_any_object(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message(
        [{"type": "tool_use", "id": "toolu_1", "name": "json_response", "input": {"a": [1]}}],
        stop_reason="tool_use",
    )
    body = {"messages": [USER], "response_format": {"type": "json_object"}}
    resp = await chat(make(fake, http), body)

    sent = fake.requests[0]
    assert sent["tools"][0]["input_schema"] == {"type": "object"}
    assert sent["tool_choice"]["name"] == sent["tools"][0]["name"] == "json_response"
    assert resp.body is not None
    choice = orjson.loads(resp.body)["choices"][0]
    assert choice["message"]["content"] == '{"a":[1]}'
    assert choice["finish_reason"] == "stop"


async def test_json_answer_cut_by_max_tokens_says_length(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message([], stop_reason="max_tokens")
    resp = await chat(make(fake, http), {"messages": [USER], "response_format": JSON_SCHEMA})
    assert resp.body is not None
    choice = orjson.loads(resp.body)["choices"][0]
    assert (choice["message"]["content"], choice["finish_reason"]) == ("", "length")


async def test_text_format_changes_nothing(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message([{"type": "text", "text": "ok"}])
    body = {"messages": [USER], "response_format": {"type": "text"}}
    await chat(make(fake, http), body)
    assert "tools" not in fake.requests[0]
    assert "tool_choice" not in fake.requests[0]


@pytest.mark.parametrize(
    "extra",
    [
        {"response_format": JSON_SCHEMA, "tools": [TOOL]},
        {"response_format": {"type": "json_object"}, "tools": [TOOL], "tool_choice": "auto"},
        {"response_format": {"type": "xml"}},
        {"response_format": "json"},
        {"response_format": {"type": "json_schema"}},
        {"response_format": {"type": "json_schema", "json_schema": {"schema": EVENT_SCHEMA}}},
        {
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "list", "schema": {"type": "array"}},
            }
        },
    ],
)
async def test_response_format_it_cannot_honour_is_400(
    fake: FakeAnthropic, http: aiohttp.ClientSession, extra: dict[str, Any]
) -> None:
    err = await refused(fake, http, {"messages": [USER], **extra})
    assert err.param == "response_format"


async def test_stream_json_schema_as_content(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.events = [
        start_event(),
        block(0, type="tool_use", id="toolu_1", name="calendar_event", input={}),
        delta(0, type="input_json_delta", partial_json=""),
        delta(0, type="input_json_delta", partial_json='{"title": "Lau'),
        delta(0, type="input_json_delta", partial_json='nch", "day": 3}'),
        stop(0),
        *end_events("tool_use", 9),
    ]
    body = {"messages": [USER], "response_format": JSON_SCHEMA, "stream": True}
    resp = await chat(make(fake, http), body, stream=True)
    chunks, last = await stream_chunks(resp)

    assert last == b"[DONE]"
    deltas = [c["choices"][0]["delta"] for c in chunks]
    assert not any("tool_calls" in d for d in deltas)
    content = "".join(d.get("content", "") for d in deltas)
    assert orjson.loads(content) == {"title": "Launch", "day": 3}
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert fake.requests[0]["tool_choice"]["name"] == "calendar_event"


async def test_stream_empty_tool_input_is_an_empty_object(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.events = [
        start_event(),
        block(0, type="tool_use", id="toolu_1", name="json_response", input={}),
        stop(0),
        *end_events("tool_use", 2),
    ]
    body = {"messages": [USER], "response_format": {"type": "json_object"}}
    resp = await chat(make(fake, http), body, stream=True)
    chunks, _ = await stream_chunks(resp)
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == "{}"
