"""The Gemini provider against a fake Generative Language (and Vertex AI) API on localhost."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web

from lmops.config import ConfigError, Deployment, parse_config
from lmops.errors import GatewayError, UpstreamError
from lmops.providers.base import UpstreamRequest, UpstreamResponse, create_provider
from lmops.providers.gemini import GeminiProvider
from tests.aiohttp_app import start_app

USER = {"role": "user", "content": "hi"}
KEY = "gemini-test-key"
WEATHER = {
    "type": "function",
    "function": {
        "name": "weather",
        "description": "Weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}


@dataclass
class FakeGemini:
    """Records each request; answers with ``reply`` (JSON) or ``events`` (an SSE stream)."""

    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    status: int = 200
    reply: dict[str, Any] = field(default_factory=dict)
    events: list[dict[str, Any]] | None = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(await request.json())
        self.headers.append({k.lower(): v for k, v in request.headers.items()})
        self.paths.append(request.path_qs)
        if self.events is None or self.status != 200:
            return web.json_response(self.reply, status=self.status)
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        for data in self.events:
            await resp.write(b"data: " + orjson.dumps(data) + b"\r\n\r\n")
        await resp.write_eof()
        return resp


@pytest.fixture
async def fake() -> AsyncIterator[FakeGemini]:
    server = FakeGemini()
    app = web.Application()
    app.router.add_post("/{tail:.*}", server.handle)
    runner, server.url = await start_app(app)
    yield server
    await runner.cleanup()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def deployment(fake: FakeGemini, **extra: Any) -> Deployment:
    settings = {
        "name": "gem",
        "provider": "gemini",
        "model": "gemini-test",
        "api_base": fake.url,
        "api_key": KEY,
        **extra,
    }
    return Deployment.model_validate(settings)


def make(fake: FakeGemini, http: aiohttp.ClientSession, **extra: Any) -> GeminiProvider:
    return GeminiProvider(deployment(fake, **extra), http)


async def chat(
    provider: GeminiProvider, body: dict[str, Any], stream: bool = False
) -> UpstreamResponse:
    return await provider.send(UpstreamRequest("chat", body, stream, "req-1"))


def answer(*parts: dict[str, Any], finish: str = "STOP", **usage: int) -> dict[str, Any]:
    return {
        "candidates": [
            {"content": {"role": "model", "parts": list(parts)}, "finishReason": finish, "index": 0}
        ],
        "usageMetadata": {
            "promptTokenCount": 10,
            "candidatesTokenCount": 5,
            "totalTokenCount": 15,
            **usage,
        },
        "modelVersion": "gemini-test-001",
        "responseId": "resp-1",
    }


def completion(resp: UpstreamResponse) -> dict[str, Any]:
    assert resp.status == 200 and resp.body is not None
    out: dict[str, Any] = orjson.loads(resp.body)
    return out


# --- request translation -----------------------------------------------------------------------


async def test_request_translation(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.reply = answer({"text": "ok"})
    body = {
        "model": "gem",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "developer", "content": [{"type": "text", "text": "Use metric units."}]},
            {"role": "user", "content": "Weather?"},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "In both places:"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0K"}},
                    {"type": "image_url", "image_url": {"url": "gs://bucket/map.jpg"}},
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
                        "id": "call_2__thought__c2lnbmVk",
                        "type": "function",
                        "function": {"name": "weather", "arguments": '{"city": "Rome"}'},
                    },
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "4C"},
            {"role": "tool", "tool_call_id": "call_2__thought__c2lnbmVk", "content": "19C"},
            {"role": "assistant", "content": "Oslo 4C, Rome 19C."},
        ],
        "tools": [WEATHER],
        "tool_choice": "required",
        "temperature": 0.2,
        "top_p": 0.9,
        "max_completion_tokens": 99,
        "stop": "END",
        "n": 2,
        "seed": 7,
        "user": "u-1",
        "store": False,
    }
    await chat(make(fake, http), body)
    sent = fake.requests[0]
    assert fake.paths == ["/v1beta/models/gemini-test:generateContent"]
    assert sent["systemInstruction"] == {
        "parts": [{"text": "Be brief."}, {"text": "Use metric units."}]
    }
    assert sent["contents"] == [
        {
            "role": "user",
            "parts": [
                {"text": "Weather?"},
                {"text": "In both places:"},
                {"inlineData": {"mimeType": "image/png", "data": "iVBORw0K"}},
                {"fileData": {"fileUri": "gs://bucket/map.jpg", "mimeType": "image/jpeg"}},
            ],
        },
        {
            "role": "model",
            "parts": [
                {"functionCall": {"name": "weather", "args": {"city": "Oslo"}}},
                {
                    "functionCall": {"name": "weather", "args": {"city": "Rome"}},
                    "thoughtSignature": "c2lnbmVk",
                },
            ],
        },
        {
            "role": "user",
            "parts": [
                {"functionResponse": {"name": "weather", "response": {"output": "4C"}}},
                {"functionResponse": {"name": "weather", "response": {"output": "19C"}}},
            ],
        },
        {"role": "model", "parts": [{"text": "Oslo 4C, Rome 19C."}]},
    ]
    assert sent["tools"] == [
        {
            "functionDeclarations": [
                {
                    "name": "weather",
                    "description": "Weather in a city.",
                    "parameters": {
                        "type": "object",
                        "properties": {"city": {"type": "string"}},
                        "required": ["city"],
                        "propertyOrdering": ["city"],
                    },
                }
            ]
        }
    ]
    assert sent["toolConfig"] == {"functionCallingConfig": {"mode": "ANY"}}
    assert sent["generationConfig"] == {
        "maxOutputTokens": 99,
        "temperature": 0.2,
        "topP": 0.9,
        "candidateCount": 2,
        "seed": 7,
        "stopSequences": ["END"],
    }
    assert set(sent) == {"contents", "systemInstruction", "tools", "toolConfig", "generationConfig"}


async def test_key_header_and_url(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.reply = answer({"text": "ok"})
    await chat(
        make(fake, http, model="models/gemini-x", headers={"x-team": "a"}), {"messages": [USER]}
    )
    await chat(make(fake, http, api_base=f"{fake.url}/v1/"), {"messages": [USER]})
    await chat(make(fake, http, api_version="v1alpha"), {"messages": [USER]}, stream=False)
    assert fake.paths == [
        "/v1beta/models/gemini-x:generateContent",
        "/v1/models/gemini-test:generateContent",
        "/v1alpha/models/gemini-test:generateContent",
    ]
    assert fake.headers[0]["x-goog-api-key"] == KEY
    assert fake.headers[0]["x-team"] == "a"
    assert "authorization" not in fake.headers[0]


@pytest.mark.parametrize(
    ("choice", "config"),
    [
        ("auto", {"mode": "AUTO"}),
        ("none", {"mode": "NONE"}),
        (
            {"type": "function", "function": {"name": "weather"}},
            {"mode": "ANY", "allowedFunctionNames": ["weather"]},
        ),
    ],
)
async def test_tool_choice(
    fake: FakeGemini, http: aiohttp.ClientSession, choice: Any, config: dict[str, Any]
) -> None:
    fake.reply = answer({"text": "ok"})
    await chat(make(fake, http), {"messages": [USER], "tools": [WEATHER], "tool_choice": choice})
    assert fake.requests[0]["toolConfig"] == {"functionCallingConfig": config}


async def test_function_without_parameters_has_none(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    fake.reply = answer({"text": "ok"})
    clock = {
        "type": "function",
        "function": {"name": "clock", "parameters": {"type": "object", "properties": {}}},
    }
    await chat(make(fake, http), {"messages": [USER], "tools": [clock]})
    assert fake.requests[0]["tools"] == [{"functionDeclarations": [{"name": "clock"}]}]
    assert "toolConfig" not in fake.requests[0]


async def test_structured_output_schema(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    # What the openai SDK's parse() sends for a pydantic model with a nested, optional model.
    schema = {
        "$defs": {
            "Place": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "kind": {"const": "city"}},
                "required": ["city", "kind"],
                "additionalProperties": False,
                "title": "Place",
            }
        },
        "type": "object",
        "properties": {
            "title": {"type": "string", "title": "Title"},
            "where": {"anyOf": [{"$ref": "#/$defs/Place"}, {"type": "null"}]},
            "tags": {"type": "array", "items": {"type": ["string", "null"]}},
        },
        "required": ["title", "where", "tags"],
        "additionalProperties": False,
    }
    fake.reply = answer({"text": '{"title": "x"}'})
    body = {
        "messages": [USER],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "Event", "schema": schema, "strict": True},
        },
    }
    await chat(make(fake, http), body)
    config = fake.requests[0]["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["responseSchema"] == {
        "type": "object",
        "properties": {
            "title": {"type": "string", "title": "Title"},
            "where": {
                "nullable": True,
                "type": "object",
                "properties": {"city": {"type": "string"}, "kind": {"enum": ["city"]}},
                "required": ["city", "kind"],
                "title": "Place",
                "propertyOrdering": ["city", "kind"],
            },
            "tags": {"type": "array", "items": {"type": "string", "nullable": True}},
        },
        "required": ["title", "where", "tags"],
        "propertyOrdering": ["title", "where", "tags"],
    }


async def test_json_object_and_generation_config_merge(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    fake.reply = answer({"text": "{}"})
    body = {
        "messages": [USER],
        "response_format": {"type": "json_object"},
        "generationConfig": {"thinkingConfig": {"thinkingBudget": 0}, "topK": 3},
        "cachedContent": "cachedContents/abc",
    }
    await chat(make(fake, http), body)
    sent = fake.requests[0]
    assert sent["generationConfig"] == {
        "responseMimeType": "application/json",
        "thinkingConfig": {"thinkingBudget": 0},
        "topK": 3,
    }
    assert sent["cachedContent"] == "cachedContents/abc"


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"logprobs": True}, "logprobs"),
        ({"parallel_tool_calls": False}, "parallel_tool_calls"),
        ({"reasoning_effort": "low"}, "reasoning_effort"),
        ({"generationConfig": {"temperature": 1}, "temperature": 0.5}, "generationConfig"),
        (
            {
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {
                        "name": "N",
                        "schema": {
                            "$defs": {
                                "N": {
                                    "type": "object",
                                    "properties": {"next": {"$ref": "#/$defs/N"}},
                                }
                            },
                            "$ref": "#/$defs/N",
                        },
                    },
                }
            },
            "response_format",
        ),
        (
            {"messages": [USER, {"role": "tool", "tool_call_id": "x", "content": "1"}]},
            "messages[1].tool_call_id",
        ),
        (
            {"messages": [{"role": "user", "content": [{"type": "input_file"}]}]},
            "messages[0].content[0]",
        ),
    ],
)
async def test_untranslatable_requests_are_400s(
    fake: FakeGemini, http: aiohttp.ClientSession, extra: dict[str, Any], param: str
) -> None:
    with pytest.raises(GatewayError) as info:
        await chat(make(fake, http), {"messages": [USER], **extra})
    assert info.value.status == 400
    assert info.value.param == param
    assert fake.requests == []


async def test_no_op_values_are_accepted(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.reply = answer({"text": "ok"})
    body = {
        "messages": [USER],
        "logprobs": False,
        "parallel_tool_calls": True,
        "metadata": {"a": "b"},
    }
    await chat(make(fake, http), body)
    assert set(fake.requests[0]) == {"contents"}


async def test_other_endpoints_are_refused(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    request = UpstreamRequest("embeddings", {"input": "x"}, False, "r")
    with pytest.raises(GatewayError) as info:
        await make(fake, http).send(request)
    assert info.value.status == 400
    assert fake.requests == []


# --- response translation ----------------------------------------------------------------------


async def test_plain_answer_and_usage(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.reply = answer(
        {"text": "thinking...", "thought": True},
        {"text": "Hello, "},
        {"text": "world"},
        thoughtsTokenCount=7,
        cachedContentTokenCount=4,
    )
    out = completion(await chat(make(fake, http), {"messages": [USER]}))
    assert out["id"] == "chatcmpl-resp-1"
    assert out["object"] == "chat.completion"
    assert out["model"] == "gemini-test-001"
    choice = out["choices"][0]
    assert choice["message"] == {"role": "assistant", "content": "Hello, world"}
    assert choice["finish_reason"] == "stop"
    assert out["usage"] == {
        "prompt_tokens": 10,
        "completion_tokens": 12,
        "total_tokens": 22,
        "prompt_tokens_details": {"cached_tokens": 4},
        "completion_tokens_details": {"reasoning_tokens": 7},
    }


async def test_function_calls_come_back_as_tool_calls(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    fake.reply = answer(
        {"functionCall": {"name": "weather", "args": {"city": "Oslo"}}, "thoughtSignature": "sig"},
        {"functionCall": {"name": "clock", "args": {}}},
    )
    out = completion(await chat(make(fake, http), {"messages": [USER], "tools": [WEATHER]}))
    choice = out["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    first, second = choice["message"]["tool_calls"]
    assert first["type"] == "function"
    assert first["function"] == {"name": "weather", "arguments": '{"city":"Oslo"}'}
    assert second["function"] == {"name": "clock", "arguments": "{}"}
    assert first["id"].startswith("call_") and first["id"].endswith("__thought__sig")
    assert second["id"].startswith("call_") and first["id"] != second["id"]

    # The calls sent back: the signature returns to its call, the answer names the function.
    fake.reply = answer({"text": "4C"})
    history = [
        USER,
        choice["message"],
        {"role": "tool", "tool_call_id": first["id"], "content": "4C"},
        {"role": "tool", "tool_call_id": second["id"], "content": "noon"},
    ]
    await chat(make(fake, http), {"messages": history, "tools": [WEATHER]})
    model_turn, answers = fake.requests[-1]["contents"][1:]
    assert model_turn["parts"][0]["thoughtSignature"] == "sig"
    assert "thoughtSignature" not in model_turn["parts"][1]
    assert [p["functionResponse"]["name"] for p in answers["parts"]] == ["weather", "clock"]


async def test_several_candidates(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    reply = answer({"text": "a"})
    reply["candidates"].append(
        {"content": {"parts": [{"text": "b"}]}, "finishReason": "MAX_TOKENS", "index": 1}
    )
    fake.reply = reply
    out = completion(await chat(make(fake, http), {"messages": [USER], "n": 2}))
    assert [(c["index"], c["message"]["content"], c["finish_reason"]) for c in out["choices"]] == [
        (0, "a", "stop"),
        (1, "b", "length"),
    ]


@pytest.mark.parametrize(
    ("reason", "finish"),
    [("STOP", "stop"), ("MAX_TOKENS", "length"), ("SAFETY", "content_filter"), ("OTHER", "stop")],
)
async def test_finish_reasons(
    fake: FakeGemini, http: aiohttp.ClientSession, reason: str, finish: str
) -> None:
    fake.reply = answer({"text": "x"}, finish=reason)
    out = completion(await chat(make(fake, http), {"messages": [USER]}))
    assert out["choices"][0]["finish_reason"] == finish


# --- safety blocks -----------------------------------------------------------------------------

BLOCKED_PROMPT = {
    "promptFeedback": {
        "blockReason": "SAFETY",
        "safetyRatings": [
            {"category": "HARM_CATEGORY_HARASSMENT", "probability": "HIGH", "blocked": True},
            {"category": "HARM_CATEGORY_HATE_SPEECH", "probability": "NEGLIGIBLE"},
        ],
    },
    "usageMetadata": {"promptTokenCount": 8, "totalTokenCount": 8},
}
BLOCKED_ANSWER = {
    "candidates": [{"finishReason": "PROHIBITED_CONTENT", "index": 0}],
    "usageMetadata": {"promptTokenCount": 8, "totalTokenCount": 8},
}


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (BLOCKED_PROMPT, "prompt was blocked (SAFETY: HARM_CATEGORY_HARASSMENT)"),
        (BLOCKED_ANSWER, "answer was blocked (PROHIBITED_CONTENT)"),
    ],
)
async def test_safety_block_is_a_400_content_filter_error(
    fake: FakeGemini,
    http: aiohttp.ClientSession,
    stream: bool,
    reply: dict[str, Any],
    words: str,
) -> None:
    fake.reply = reply
    fake.events = [reply] if stream else None
    with pytest.raises(UpstreamError) as info:
        resp = await chat(make(fake, http), {"messages": [USER]}, stream=stream)
        assert resp.chunks is not None
        await anext(resp.chunks)  # the router reads the first chunk before answering
    err = info.value
    assert (err.status, err.kind, err.code, err.retryable) == (
        400,
        "content_filter",
        "content_filter",
        False,
    )
    assert err.type == "invalid_request_error"
    assert words in err.message
    assert "gem" in err.message and fake.url not in err.message


async def test_filter_after_content_is_a_finish_reason(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    fake.events = [
        {"candidates": [{"content": {"parts": [{"text": "Once upon"}]}, "index": 0}]},
        {"candidates": [{"finishReason": "SAFETY", "index": 0}]},
    ]
    chunks, last = await stream_chunks(await chat(make(fake, http), {"messages": [USER]}, True))
    assert last == b"[DONE]"
    assert chunks[-1]["choices"][0]["finish_reason"] == "content_filter"


# --- streaming ---------------------------------------------------------------------------------


async def stream_chunks(resp: UpstreamResponse) -> tuple[list[dict[str, Any]], bytes]:
    """Parse the OpenAI SSE output; returns the JSON chunks and the final event's raw data."""
    assert resp.chunks is not None
    raw = b"".join([c async for c in resp.chunks])
    assert raw.endswith(b"\n\n")
    events = [e.removeprefix(b"data: ") for e in raw.split(b"\n\n") if e]
    return [orjson.loads(e) for e in events[:-1]], events[-1]


def partial(*parts: dict[str, Any], finish: str | None = None, **usage: int) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"role": "model", "parts": list(parts)}, "index": 0}
    if finish:
        candidate["finishReason"] = finish
    event: dict[str, Any] = {"candidates": [candidate], "responseId": "r-9", "modelVersion": "g-1"}
    if usage:
        event["usageMetadata"] = usage
    return event


async def test_stream_text_with_usage(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.events = [
        partial({"text": "Hel"}, promptTokenCount=9),
        partial({"text": "lo"}),
        partial({"text": ""}, finish="STOP", promptTokenCount=9, candidatesTokenCount=2),
    ]
    body = {"messages": [USER], "stream_options": {"include_usage": True}}
    resp = await chat(make(fake, http), body, stream=True)
    chunks, last = await stream_chunks(resp)
    assert fake.paths == ["/v1beta/models/gemini-test:streamGenerateContent?alt=sse"]
    assert last == b"[DONE]"
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert {c["id"] for c in chunks} == {"chatcmpl-r-9"}
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    *body_chunks, final, usage = chunks
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in body_chunks)
    assert text == "Hello"
    assert all(c["choices"][0]["finish_reason"] is None for c in body_chunks)
    assert final["choices"][0] == {
        "index": 0,
        "delta": {},
        "logprobs": None,
        "finish_reason": "stop",
    }
    assert usage["choices"] == []
    assert usage["usage"]["prompt_tokens"] == 9
    assert usage["usage"]["total_tokens"] == 11
    assert resp.usage == usage["usage"]


async def test_stream_tool_calls_without_usage_chunk(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    fake.events = [
        partial({"text": "Checking."}),
        partial({"functionCall": {"name": "weather", "args": {"city": "Oslo"}}}),
        partial(
            {"functionCall": {"name": "clock", "args": {}}},
            finish="STOP",
            promptTokenCount=20,
            candidatesTokenCount=8,
        ),
    ]
    resp = await chat(make(fake, http), {"messages": [USER], "tools": [WEATHER]}, stream=True)
    chunks, last = await stream_chunks(resp)
    assert last == b"[DONE]"
    assert all(chunk["choices"] for chunk in chunks)  # no usage chunk: the client did not ask
    calls = [call for c in chunks for call in c["choices"][0]["delta"].get("tool_calls", [])]
    assert [(c["index"], c["function"]["name"], c["function"]["arguments"]) for c in calls] == [
        (0, "weather", '{"city":"Oslo"}'),
        (1, "clock", "{}"),
    ]
    assert all(c["id"].startswith("call_") and c["type"] == "function" for c in calls)
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert resp.usage is not None and resp.usage["completion_tokens"] == 8


async def test_stream_cut_short_raises(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.events = [partial({"text": "x"})]
    resp = await chat(make(fake, http), {"messages": [USER]}, stream=True)
    with pytest.raises(UpstreamError) as info:
        await stream_chunks(resp)
    assert info.value.kind == "upstream_disconnected"
    assert info.value.retryable


async def test_stream_error_event_raises(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    error = {"error": {"code": 503, "message": f"overloaded ({KEY})", "status": "UNAVAILABLE"}}
    fake.events = [partial({"text": "Hel"}), error]
    resp = await chat(make(fake, http), {"messages": [USER]}, stream=True)
    assert resp.chunks is not None
    seen: list[bytes] = []
    with pytest.raises(UpstreamError) as info:
        async for chunk in resp.chunks:
            seen.append(chunk)
    assert b"Hel" in b"".join(seen)
    assert "overloaded" in info.value.message and KEY not in info.value.message
    assert info.value.retryable


# --- upstream errors ---------------------------------------------------------------------------


def google_error(code: int, status: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "status": status}}


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    ("status", "client_status", "kind", "retryable"),
    [
        (429, 429, "rate_limited", True),
        (500, 502, "upstream_error", True),
        (503, 502, "upstream_error", True),
        (400, 400, "upstream_error", False),
        (403, 502, "upstream_auth_error", False),
    ],
)
async def test_http_errors_map_by_status(
    fake: FakeGemini,
    http: aiohttp.ClientSession,
    stream: bool,
    status: int,
    client_status: int,
    kind: str,
    retryable: bool,
) -> None:
    fake.status = status
    fake.reply = google_error(status, "SOME_STATUS", "upstream says no")
    with pytest.raises(UpstreamError) as info:
        await chat(make(fake, http), {"messages": [USER]}, stream=stream)
    err = info.value
    assert (err.status, err.kind, err.retryable) == (client_status, kind, retryable)
    assert "upstream says no" in err.message


async def test_too_many_tokens_is_context_window_exceeded(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    fake.status = 400
    fake.reply = google_error(
        400,
        "INVALID_ARGUMENT",
        "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).",
    )
    with pytest.raises(UpstreamError) as info:
        await chat(make(fake, http), {"messages": [USER]})
    assert (info.value.status, info.value.kind) == (400, "context_window_exceeded")


async def test_malformed_answer_is_retryable(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.reply = {"candidates": []}
    with pytest.raises(UpstreamError) as info:
        await chat(make(fake, http), {"messages": [USER]})
    assert info.value.kind == "malformed_response"
    assert info.value.retryable


# --- Vertex AI -----------------------------------------------------------------------------------


async def test_vertex_by_api_base(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.reply = answer({"text": "ok"})
    base = f"{fake.url}/v1/projects/p-1/locations/europe-west4/publishers/google"
    provider = make(fake, http, api_base=base)
    await chat(provider, {"messages": [USER]})
    await chat(provider, {"messages": [USER]}, stream=False)
    assert fake.paths[0] == (
        "/v1/projects/p-1/locations/europe-west4/publishers/google/models/gemini-test"
        ":generateContent"
    )
    assert fake.headers[0]["authorization"] == f"Bearer {KEY}"
    assert "x-goog-api-key" not in fake.headers[0]


async def test_vertex_by_options(fake: FakeGemini, http: aiohttp.ClientSession) -> None:
    fake.events = [partial({"text": "ok"}, finish="STOP")]
    options = {
        "project": "p-2",
        "location": "us-east5",
        "safety_settings": [
            {"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_ONLY_HIGH"}
        ],
    }
    resp = await chat(make(fake, http, options=options), {"messages": [USER]}, stream=True)
    await stream_chunks(resp)
    assert fake.paths == [
        "/v1/projects/p-2/locations/us-east5/publishers/google/models/gemini-test"
        ":streamGenerateContent?alt=sse"
    ]
    assert fake.headers[0]["authorization"] == f"Bearer {KEY}"
    assert fake.requests[0]["safetySettings"] == [
        {"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_ONLY_HIGH"}
    ]


def test_vertex_hosts_by_location() -> None:
    from lmops.providers.gemini import GeminiOptions, _model_base

    regional = Deployment(
        name="g", provider="gemini", options={"project": "p", "location": "asia-east1"}
    )
    base, vertex = _model_base(regional, GeminiOptions(project="p", location="asia-east1"))
    assert vertex and base == (
        "https://asia-east1-aiplatform.googleapis.com/v1/projects/p/locations/asia-east1"
        "/publishers/google"
    )
    base, _ = _model_base(regional, GeminiOptions(project="p"))
    assert base.startswith("https://aiplatform.googleapis.com/v1/projects/p/locations/global/")
    plain = Deployment(name="g", provider="gemini")
    assert _model_base(plain, GeminiOptions()) == (
        "https://generativelanguage.googleapis.com/v1beta",
        False,
    )


async def test_a_client_cannot_override_the_deployments_safety_settings(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    options = {"safety_settings": [{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "OFF"}]}
    body = {"messages": [USER], "safetySettings": []}
    with pytest.raises(GatewayError) as info:
        await chat(make(fake, http, options=options), body)
    assert (info.value.status, info.value.param) == (400, "safetySettings")


# --- options -----------------------------------------------------------------------------------


def gemini_config(options: str) -> str:
    return f"""models:
  - name: gem
    provider: gemini
    api_key: k
    options:
{options}
settings: {{auth: none}}
"""


@pytest.mark.parametrize(
    ("options", "where", "says"),
    [
        ("      projekt: p", "cfg:6: models.0.options.projekt", "unknown key"),
        ("      location: europe-west4", "cfg:6: models.0.options.location", "needs a project"),
        (
            "      safety_settings:\n        - {category: HARM_CATEGORY_X, threshold: low}",
            "cfg:7: models.0.options.safety_settings.0.threshold",
            "should match pattern",
        ),
    ],
)
def test_option_errors_name_the_field(options: str, where: str, says: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(gemini_config(options), source="cfg")
    assert str(info.value).startswith(f"{where}: "), str(info.value)
    assert says in str(info.value)


async def test_options_are_checked_when_the_provider_is_built(
    fake: FakeGemini, http: aiohttp.ClientSession
) -> None:
    conflicting = deployment(
        fake,
        api_base=f"{fake.url}/v1/projects/p/locations/l/publishers/google",
        options={"project": "q"},
    )
    with pytest.raises(ValueError, match=r"model 'gem': options\.project: api_base already"):
        create_provider(conflicting, http)
    assert isinstance(create_provider(deployment(fake), http), GeminiProvider)
