"""The Anthropic provider against a fake Messages API served on localhost."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web

from lmops.config import Deployment
from lmops.errors import GatewayError, UpstreamError
from lmops.providers.anthropic import AnthropicProvider
from lmops.providers.base import UpstreamRequest, UpstreamResponse
from tests.aiohttp_app import start_app

USER = {"role": "user", "content": "hi"}


@dataclass
class FakeAnthropic:
    """Records each request; answers with ``reply`` (JSON) or ``events`` (an SSE stream)."""

    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    status: int = 200
    reply: dict[str, Any] = field(default_factory=dict)
    reply_headers: dict[str, str] = field(default_factory=dict)
    events: list[tuple[str, dict[str, Any]]] | None = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(await request.json())
        self.headers.append({k.lower(): v for k, v in request.headers.items()})
        self.paths.append(request.path)
        if self.events is None:
            return web.json_response(self.reply, status=self.status, headers=self.reply_headers)
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        for event, data in self.events:
            await resp.write(
                f"event: {event}\n".encode() + b"data: " + orjson.dumps(data) + b"\n\n"
            )
        await resp.write_eof()
        return resp


@pytest.fixture
async def fake() -> AsyncIterator[FakeAnthropic]:
    server = FakeAnthropic()
    app = web.Application()
    app.router.add_post("/v1/messages", server.handle)
    app.router.add_post("/v1/messages/count_tokens", server.handle)
    runner, server.url = await start_app(app)
    yield server
    await runner.cleanup()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def make(fake: FakeAnthropic, http: aiohttp.ClientSession, **extra: Any) -> AnthropicProvider:
    settings = {
        "name": "claude",
        "provider": "anthropic",
        "model": "claude-test",
        "api_base": fake.url,
        "api_key": "sk-ant-test",
        **extra,
    }
    return AnthropicProvider(Deployment.model_validate(settings), http)


async def chat(
    provider: AnthropicProvider, body: dict[str, Any], stream: bool = False
) -> UpstreamResponse:
    return await provider.send(UpstreamRequest("chat", body, stream, "req-1"))


def message(
    content: list[dict[str, Any]], stop_reason: str = "end_turn", **usage: int
) -> dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-test-20250101",
        "content": content,
        "stop_reason": stop_reason,
        "usage": {"input_tokens": 10, "output_tokens": 5, **usage},
    }


# --- request translation -----------------------------------------------------------------------


async def test_request_translation(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    fake.reply = message([{"type": "text", "text": "ok"}])
    body = {
        "model": "claude",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "developer", "content": [{"type": "text", "text": "Use metric units."}]},
            {"role": "user", "content": "Weather?"},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "In both places:"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0K"}},
                    {"type": "image_url", "image_url": {"url": "https://example.com/map.jpg"}},
                ],
            },
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "weather", "arguments": '{"city": "Oslo"}'},
                    },
                    {
                        "id": "call_2",
                        "type": "function",
                        "function": {"name": "weather", "arguments": '{"city": "Rome"}'},
                    },
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "4C"},
            {
                "role": "tool",
                "tool_call_id": "call_2",
                "content": [{"type": "text", "text": "21C"}],
            },
            {"role": "user", "content": "Thanks"},
        ],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "weather",
                    "description": "Current weather",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                },
            }
        ],
        "tool_choice": "required",
        "stop": "END",
        "temperature": 0.2,
        "top_p": 0.9,
        "user": "u-42",
        "frequency_penalty": 0,  # no-op values of what Anthropic lacks are accepted
        "logprobs": False,
        "stream_options": {"include_usage": True},
        "metadata": {"team": "search"},  # OpenAI's tags, not Anthropic's metadata
        "store": True,
        "top_k": 5,  # not OpenAI's: Anthropic's own, forwarded
    }
    original = copy.deepcopy(body)
    await chat(make(fake, http), body)

    assert body == original, "the client's body must not be mutated"
    sent = fake.requests[0]
    assert sent["model"] == "claude-test"
    assert sent["system"] == "Be brief.\n\nUse metric units."
    assert sent["max_tokens"] == 4096
    assert sent["stop_sequences"] == ["END"]
    assert sent["temperature"] == 0.2 and sent["top_p"] == 0.9
    assert sent["metadata"] == {"user_id": "u-42"}
    assert sent["tools"] == [
        {
            "name": "weather",
            "description": "Current weather",
            "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
        }
    ]
    assert sent["tool_choice"] == {"type": "any"}
    assert sent["top_k"] == 5
    for dropped in ("frequency_penalty", "logprobs", "stream_options", "stream", "user", "store"):
        assert dropped not in sent
    assert sent["messages"] == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Weather?"},
                {"type": "text", "text": "In both places:"},
                {
                    "type": "image",
                    "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0K"},
                },
                {"type": "image", "source": {"type": "url", "url": "https://example.com/map.jpg"}},
            ],
        },
        {
            "role": "assistant",
            "content": [
                {"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Oslo"}},
                {"type": "tool_use", "id": "call_2", "name": "weather", "input": {"city": "Rome"}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "call_1", "content": "4C"},
                {
                    "type": "tool_result",
                    "tool_use_id": "call_2",
                    "content": [{"type": "text", "text": "21C"}],
                },
                {"type": "text", "text": "Thanks"},
            ],
        },
    ]


@pytest.mark.parametrize("api_base_suffix", ["", "/", "/v1", "/v1/"])
async def test_headers_and_url(
    fake: FakeAnthropic, http: aiohttp.ClientSession, api_base_suffix: str
) -> None:
    fake.reply = message([])
    provider = make(
        fake, http, api_base=fake.url + api_base_suffix, headers={"anthropic-beta": "x-2025"}
    )
    await chat(provider, {"messages": [USER]})
    assert fake.paths == ["/v1/messages"]
    headers = fake.headers[0]
    assert headers["x-api-key"] == "sk-ant-test"
    assert headers["anthropic-version"] == "2023-06-01"
    assert headers["anthropic-beta"] == "x-2025"
    assert headers["content-type"] == "application/json"
    assert "authorization" not in headers


async def test_api_version_override(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    fake.reply = message([])
    await chat(make(fake, http, api_version="2024-01-01"), {"messages": [USER]})
    assert fake.headers[0]["anthropic-version"] == "2024-01-01"


@pytest.mark.parametrize(
    ("choice", "parallel", "expected"),
    [
        ("auto", None, {"type": "auto"}),
        ("none", None, {"type": "none"}),
        ("required", None, {"type": "any"}),
        ({"type": "function", "function": {"name": "f"}}, None, {"type": "tool", "name": "f"}),
        (None, None, None),
        (None, False, {"type": "auto", "disable_parallel_tool_use": True}),
        ("required", False, {"type": "any", "disable_parallel_tool_use": True}),
    ],
)
async def test_tool_choice(
    fake: FakeAnthropic,
    http: aiohttp.ClientSession,
    choice: Any,
    parallel: bool | None,
    expected: dict[str, Any] | None,
) -> None:
    fake.reply = message([])
    body: dict[str, Any] = {
        "messages": [USER],
        "tools": [{"type": "function", "function": {"name": "f"}}],
    }
    if choice is not None:
        body["tool_choice"] = choice
    if parallel is not None:
        body["parallel_tool_calls"] = parallel
    await chat(make(fake, http), body)
    sent = fake.requests[0]
    assert sent["tools"] == [{"name": "f", "input_schema": {"type": "object", "properties": {}}}]
    assert sent.get("tool_choice") == expected


async def test_limits_stop_list_and_stream_flag(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.events = [("message_start", {"type": "message_start", "message": message([])})]
    fake.events.append(("message_stop", {"type": "message_stop"}))
    body = {
        "messages": [USER],
        "max_tokens": 100,
        "max_completion_tokens": 200,
        "stop": ["a", "b"],
        "stream": True,
    }
    resp = await chat(make(fake, http), body, stream=True)
    assert resp.chunks is not None
    [_ async for _ in resp.chunks]
    sent = fake.requests[0]
    assert sent["max_tokens"] == 200
    assert sent["stop_sequences"] == ["a", "b"]
    assert sent["stream"] is True


async def test_cache_control_keeps_system_blocks(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message([])
    cached = {"type": "text", "text": "long context", "cache_control": {"type": "ephemeral"}}
    await chat(make(fake, http), {"messages": [{"role": "system", "content": [cached]}, USER]})
    assert fake.requests[0]["system"] == [cached]


def user_parts(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": list(parts)}]}


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": [USER], "n": 2}, "n"),
        ({"messages": "hi"}, "messages"),
        ({"messages": [{"role": "function", "content": "x"}]}, "messages"),
        (
            {
                "messages": [
                    USER,
                    {"role": "assistant", "content": "x", "thinking_blocks": [{"type": "text"}]},
                ]
            },
            "messages",
        ),
        (user_parts({"type": "input_audio", "input_audio": {"data": "x"}}), None),
        (user_parts({"type": "image_url", "image_url": {"url": "ftp://host/x.png"}}), None),
        (user_parts({"type": "image_url", "image_url": {"url": "data:image/png,raw"}}), None),
        ({"messages": [USER], "tools": [{"type": "custom", "custom": {"name": "x"}}]}, None),
        (
            {
                "messages": [USER],
                "tools": [{"type": "function", "function": {"name": "f"}}],
                "tool_choice": "sometimes",
            },
            "tool_choice",
        ),
    ],
)
async def test_invalid_requests_are_400(
    fake: FakeAnthropic, http: aiohttp.ClientSession, body: dict[str, Any], param: str | None
) -> None:
    with pytest.raises(GatewayError) as info:
        await chat(make(fake, http), body)
    assert info.value.status == 400
    assert not isinstance(info.value, UpstreamError)
    assert info.value.param == param
    assert fake.requests == []


async def test_pdf_file_part_becomes_document(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message([])
    pdf = {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBERi0x"}}
    await chat(make(fake, http), user_parts(pdf, {"type": "text", "text": "Summarise"}))
    assert fake.requests[0]["messages"][0]["content"] == [
        {
            "type": "document",
            "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0x"},
        },
        {"type": "text", "text": "Summarise"},
    ]


async def test_bad_tool_arguments_are_400(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{oops"}}
    body = {"messages": [USER, {"role": "assistant", "tool_calls": [call]}]}
    with pytest.raises(GatewayError) as info:
        await chat(make(fake, http), body)
    assert info.value.status == 400
    assert not isinstance(info.value, UpstreamError)


@pytest.mark.parametrize("endpoint", ["completions", "embeddings"])
async def test_unsupported_endpoint_is_400(
    fake: FakeAnthropic, http: aiohttp.ClientSession, endpoint: Any
) -> None:
    request = UpstreamRequest(endpoint, {"input": "x"}, False, "req-1")
    with pytest.raises(GatewayError) as info:
        await make(fake, http).send(request)
    assert info.value.status == 400
    assert "does not support" in info.value.message
    assert fake.requests == []


# --- response translation ----------------------------------------------------------------------


async def test_response_with_tool_calls_and_cache_usage(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.reply = message(
        [
            {"type": "text", "text": "Let me check "},
            {"type": "text", "text": "both."},
            {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}},
            {"type": "tool_use", "id": "toolu_2", "name": "clock", "input": {}},
        ],
        stop_reason="tool_use",
        cache_read_input_tokens=100,
        cache_creation_input_tokens=20,
    )
    resp = await chat(make(fake, http), {"messages": [USER]})
    assert resp.status == 200 and resp.body is not None
    out = orjson.loads(resp.body)
    assert out["id"] == "msg_1"
    assert out["object"] == "chat.completion"
    assert out["model"] == "claude-test-20250101"
    assert isinstance(out["created"], int)
    choice = out["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["role"] == "assistant"
    assert choice["message"]["content"] == "Let me check both."
    calls = choice["message"]["tool_calls"]
    assert [(c["id"], c["type"], c["function"]["name"]) for c in calls] == [
        ("toolu_1", "function", "weather"),
        ("toolu_2", "function", "clock"),
    ]
    assert orjson.loads(calls[0]["function"]["arguments"]) == {"city": "Oslo"}
    assert orjson.loads(calls[1]["function"]["arguments"]) == {}
    assert out["usage"] == {
        "prompt_tokens": 130,
        "completion_tokens": 5,
        "total_tokens": 135,
        "prompt_tokens_details": {"cached_tokens": 100},
        "cache_creation_input_tokens": 20,
    }


async def test_tool_only_response_has_null_content(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    tool = {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}}
    fake.reply = message([tool], stop_reason="tool_use")
    resp = await chat(make(fake, http), {"messages": [USER]})
    assert resp.body is not None
    assert orjson.loads(resp.body)["choices"][0]["message"]["content"] is None


@pytest.mark.parametrize(
    ("stop_reason", "finish"),
    [
        ("end_turn", "stop"),
        ("stop_sequence", "stop"),
        ("max_tokens", "length"),
        ("tool_use", "tool_calls"),
        ("refusal", "content_filter"),
    ],
)
async def test_finish_reasons(
    fake: FakeAnthropic, http: aiohttp.ClientSession, stop_reason: str, finish: str
) -> None:
    fake.reply = message([{"type": "text", "text": "x"}], stop_reason=stop_reason)
    resp = await chat(make(fake, http), {"messages": [USER]})
    assert resp.body is not None
    assert orjson.loads(resp.body)["choices"][0]["finish_reason"] == finish


# --- streaming ---------------------------------------------------------------------------------


def start_event(**usage: int) -> tuple[str, dict[str, Any]]:
    msg = message([], stop_reason="", input_tokens=25, output_tokens=1, **usage)
    msg["stop_reason"] = None
    return "message_start", {"type": "message_start", "message": msg}


def end_events(stop_reason: str, output_tokens: int) -> list[tuple[str, dict[str, Any]]]:
    delta = {
        "type": "message_delta",
        "delta": {"stop_reason": stop_reason, "stop_sequence": None},
        "usage": {"output_tokens": output_tokens},
    }
    return [("message_delta", delta), ("message_stop", {"type": "message_stop"})]


def block(index: int, **content: Any) -> tuple[str, dict[str, Any]]:
    return "content_block_start", {
        "type": "content_block_start",
        "index": index,
        "content_block": content,
    }


def delta(index: int, **change: Any) -> tuple[str, dict[str, Any]]:
    return "content_block_delta", {"type": "content_block_delta", "index": index, "delta": change}


def stop(index: int) -> tuple[str, dict[str, Any]]:
    return "content_block_stop", {"type": "content_block_stop", "index": index}


async def stream_chunks(resp: UpstreamResponse) -> tuple[list[dict[str, Any]], bytes]:
    """Parse the OpenAI SSE output; returns the JSON chunks and the final event's raw data."""
    assert resp.chunks is not None
    raw = b"".join([c async for c in resp.chunks])
    assert raw.endswith(b"\n\n")
    events = [e.removeprefix(b"data: ") for e in raw.split(b"\n\n") if e]
    return [orjson.loads(e) for e in events[:-1]], events[-1]


async def test_stream_text(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    fake.events = [
        start_event(cache_read_input_tokens=7, cache_creation_input_tokens=3),
        block(0, type="text", text=""),
        ("ping", {"type": "ping"}),
        delta(0, type="text_delta", text="Hello"),
        delta(0, type="text_delta", text=", world"),
        stop(0),
        *end_events("end_turn", 12),
    ]
    body = {"messages": [USER], "stream_options": {"include_usage": True}}
    resp = await chat(make(fake, http), body, stream=True)
    chunks, last = await stream_chunks(resp)

    assert last == b"[DONE]"
    assert all(c["object"] == "chat.completion.chunk" and c["id"] == "msg_1" for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    *body, final, usage = chunks
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in body)
    assert text == "Hello, world"
    assert all(c["choices"][0]["finish_reason"] is None for c in body)
    assert final["choices"][0]["finish_reason"] == "stop"
    assert usage["choices"] == []
    assert usage["usage"] == {
        "prompt_tokens": 35,
        "completion_tokens": 12,
        "total_tokens": 47,
        "prompt_tokens_details": {"cached_tokens": 7},
        "cache_creation_input_tokens": 3,
    }
    assert resp.usage == usage["usage"]


async def test_stream_tool_calls(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    fake.events = [
        start_event(),
        block(0, type="text", text=""),
        delta(0, type="text_delta", text="Checking."),
        stop(0),
        block(1, type="tool_use", id="toolu_a", name="weather", input={}),
        delta(1, type="input_json_delta", partial_json=""),
        delta(1, type="input_json_delta", partial_json='{"city": '),
        delta(1, type="input_json_delta", partial_json='"Oslo"}'),
        stop(1),
        block(2, type="tool_use", id="toolu_b", name="clock", input={}),
        delta(2, type="input_json_delta", partial_json="{}"),
        stop(2),
        *end_events("tool_use", 40),
    ]
    resp = await chat(make(fake, http), {"messages": [USER]}, stream=True)
    chunks, last = await stream_chunks(resp)

    assert last == b"[DONE]"
    calls: dict[int, dict[str, str]] = {}
    assert all(chunk["choices"] for chunk in chunks)  # no usage chunk: the client did not ask
    for chunk in chunks:
        for call in chunk["choices"][0]["delta"].get("tool_calls", []):
            if "id" in call:
                assert call["index"] not in calls, "id and name come once, first"
                assert call["type"] == "function"
                calls[call["index"]] = {"id": call["id"], "name": call["function"]["name"]}
                calls[call["index"]]["arguments"] = call["function"]["arguments"]
            else:
                calls[call["index"]]["arguments"] += call["function"]["arguments"]
    assert calls == {
        0: {"id": "toolu_a", "name": "weather", "arguments": '{"city": "Oslo"}'},
        1: {"id": "toolu_b", "name": "clock", "arguments": "{}"},
    }
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert resp.usage is not None and resp.usage["completion_tokens"] == 40


@pytest.mark.parametrize(
    ("stop_reason", "finish"), [("max_tokens", "length"), ("end_turn", "stop")]
)
async def test_stream_finish_reason(
    fake: FakeAnthropic, http: aiohttp.ClientSession, stop_reason: str, finish: str
) -> None:
    fake.events = [start_event(), *end_events(stop_reason, 3)]
    resp = await chat(make(fake, http), {"messages": [USER]}, stream=True)
    chunks, _ = await stream_chunks(resp)
    assert chunks[-1]["choices"][0]["finish_reason"] == finish


async def test_stream_error_event_raises(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    fake.events = [
        start_event(),
        block(0, type="text", text=""),
        delta(0, type="text_delta", text="Hel"),
        ("error", error),
    ]
    resp = await chat(make(fake, http), {"messages": [USER]}, stream=True)
    assert resp.chunks is not None
    seen: list[bytes] = []
    with pytest.raises(UpstreamError) as info:
        async for chunk in resp.chunks:
            seen.append(chunk)
    assert b"Hel" in b"".join(seen)
    assert "Overloaded" in info.value.message
    assert info.value.retryable


async def test_stream_cut_short_raises(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    fake.events = [
        start_event(),
        block(0, type="text", text=""),
        delta(0, type="text_delta", text="x"),
    ]
    resp = await chat(make(fake, http), {"messages": [USER]}, stream=True)
    with pytest.raises(UpstreamError) as info:
        await stream_chunks(resp)
    assert info.value.kind == "upstream_disconnected"
    assert info.value.retryable


# --- upstream errors ---------------------------------------------------------------------------


def anthropic_error(kind: str, text: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": text}}


async def test_429_is_retryable_with_retry_after(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.status = 429
    fake.reply = anthropic_error("rate_limit_error", "Number of requests has exceeded your limit")
    fake.reply_headers = {"retry-after": "7"}
    with pytest.raises(UpstreamError) as info:
        await chat(make(fake, http), {"messages": [USER]})
    err = info.value
    assert (err.status, err.kind, err.retryable, err.retry_after) == (429, "rate_limited", True, 7)
    assert "exceeded your limit" in err.message


@pytest.mark.parametrize("status", [500, 529])
@pytest.mark.parametrize("stream", [False, True])
async def test_server_errors_are_retryable(
    fake: FakeAnthropic, http: aiohttp.ClientSession, status: int, stream: bool
) -> None:
    fake.status = status
    fake.reply = anthropic_error("overloaded_error", "Overloaded")
    with pytest.raises(UpstreamError) as info:
        await chat(make(fake, http), {"messages": [USER]}, stream=stream)
    assert info.value.retryable
    assert info.value.status == 502


async def test_prompt_too_long_is_context_window_exceeded(
    fake: FakeAnthropic, http: aiohttp.ClientSession
) -> None:
    fake.status = 400
    fake.reply = anthropic_error(
        "invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum"
    )
    with pytest.raises(UpstreamError) as info:
        await chat(make(fake, http), {"messages": [USER]})
    assert info.value.kind == "context_window_exceeded"
    assert info.value.status == 400
    assert not info.value.retryable


async def test_other_400_is_not_retryable(fake: FakeAnthropic, http: aiohttp.ClientSession) -> None:
    fake.status = 400
    fake.reply = anthropic_error("invalid_request_error", "temperature: must be <= 1")
    with pytest.raises(UpstreamError) as info:
        await chat(make(fake, http), {"messages": [USER], "temperature": 1.5})
    assert not info.value.retryable
    assert info.value.status == 400


async def test_unreachable_upstream_is_retryable(http: aiohttp.ClientSession) -> None:
    unreachable = FakeAnthropic(url="http://127.0.0.1:9")
    with pytest.raises(UpstreamError) as info:
        await chat(make(unreachable, http), {"messages": [USER]})
    assert info.value.kind == "connection_error"
    assert info.value.retryable
