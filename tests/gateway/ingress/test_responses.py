"""The Responses translation tables, both ways, on recorded examples (OpenAI's documented
request, response and event shapes), and the stored responses behind previous_response_id."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from lmops.errors import GatewayError
from lmops.gateway.ingress.response_store import MemoryResponses, Stored
from lmops.gateway.ingress.responses import ResponsesExchange, chat_request

TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Get the weather",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
    "strict": True,
}
# A function-calling turn as OpenAI's documentation records one.
REQUEST: dict[str, Any] = {
    "model": "gpt",
    "instructions": "Be terse.",
    "input": [
        {"role": "developer", "content": "Use Celsius."},
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": "Weather in Paris and Oslo?"},
                {"type": "input_image", "image_url": "https://example.com/a.png", "detail": "low"},
            ],
        },
        {
            "type": "function_call",
            "call_id": "call_1",
            "name": "get_weather",
            "arguments": '{"city":"Paris"}',
        },
        {
            "type": "function_call",
            "call_id": "call_2",
            "name": "get_weather",
            "arguments": '{"city":"Oslo"}',
        },
        {"type": "function_call_output", "call_id": "call_1", "output": "18C"},
        {"type": "function_call_output", "call_id": "call_2", "output": {"temp": 9}},
        {
            "type": "message",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "Paris 18C."}],
        },
    ],
    "tools": [TOOL],
    "tool_choice": {"type": "function", "name": "get_weather"},
    "parallel_tool_calls": False,
    "temperature": 0.3,
    "top_p": 0.8,
    "max_output_tokens": 200,
    "text": {
        "format": {
            "type": "json_schema",
            "name": "weather",
            "schema": {"type": "object"},
            "strict": True,
        }
    },
    "reasoning": {"effort": "low"},
    "user": "u-1",
    "metadata": {"app": "x"},
    "store": True,
}
CONVERSATION = [
    {"role": "system", "content": "Use Celsius."},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "Weather in Paris and Oslo?"},
            {
                "type": "image_url",
                "image_url": {"url": "https://example.com/a.png", "detail": "low"},
            },
        ],
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
            },
            {
                "id": "call_2",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
            },
        ],
    },
    {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
    {"role": "tool", "tool_call_id": "call_2", "content": '{"temp":9}'},
    {"role": "assistant", "content": "Paris 18C."},
]
CHAT = {
    "model": "gpt",
    "messages": [{"role": "system", "content": "Be terse."}, *CONVERSATION],
    "temperature": 0.3,
    "top_p": 0.8,
    "parallel_tool_calls": False,
    "user": "u-1",
    "max_tokens": 200,
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Get the weather",
                "parameters": TOOL["parameters"],
                "strict": True,
            },
        }
    ],
    "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
    "response_format": {
        "type": "json_schema",
        "json_schema": {"name": "weather", "schema": {"type": "object"}, "strict": True},
    },
    "reasoning_effort": "low",
}


def test_request_to_chat() -> None:
    chat, conversation = chat_request(REQUEST, [])
    assert chat == CHAT
    assert conversation == CONVERSATION  # the instructions are not carried to a follow-up


def test_history_comes_first_and_instructions_lead() -> None:
    history = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]
    chat, conversation = chat_request(
        {"model": "m", "input": "Again", "instructions": "X"}, history
    )
    assert chat["messages"] == [
        {"role": "system", "content": "X"},
        *history,
        {"role": "user", "content": "Again"},
    ]
    assert conversation == [*history, {"role": "user", "content": "Again"}]


def test_json_object_and_stream() -> None:
    chat, _ = chat_request(
        {"model": "m", "input": "x", "stream": True, "text": {"format": {"type": "json_object"}}},
        [],
    )
    assert chat["response_format"] == {"type": "json_object"}
    assert chat["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"model": None}, "model"),
        ({"input": None}, "input"),
        ({"tools": [{"type": "web_search"}]}, "tools[0]"),
        ({"input": [{"type": "item_reference", "id": "x"}]}, "input[0]"),
        ({"input": [{"type": "function_call_output", "output": "x"}]}, "input[0].call_id"),
        (
            {"input": [{"role": "user", "content": [{"type": "input_file", "file_id": "f"}]}]},
            "input[0].content[0]",
        ),
        ({"background": True}, "background"),
        ({"truncation": "auto"}, "truncation"),
        ({"text": {"format": {"type": "yaml"}}}, "text.format"),
    ],
)
def test_refused_with_the_field_named(change: dict[str, Any], param: str) -> None:
    body = {k: v for k, v in {**REQUEST, **change}.items() if v is not None}
    with pytest.raises(GatewayError) as caught:
        chat_request(body, [])
    assert caught.value.status == 400 and caught.value.param == param


COMPLETION = {
    "id": "chatcmpl-1",
    "model": "gpt-x",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Checking Oslo.",
                "tool_calls": [
                    {
                        "id": "call_9",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
                    }
                ],
            },
            "finish_reason": "tool_calls",
        }
    ],
    "usage": {
        "prompt_tokens": 50,
        "completion_tokens": 12,
        "total_tokens": 62,
        "prompt_tokens_details": {"cached_tokens": 20},
    },
}


async def test_chat_to_response_and_stored() -> None:
    store = MemoryResponses(60, 10)
    exchange = ResponsesExchange(REQUEST, [], store, "key:k1")
    response = await exchange.answer(COMPLETION)
    assert response["id"] == exchange.id and response["id"].startswith("resp_")
    assert response["object"] == "response" and response["status"] == "completed"
    message, call = response["output"]
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["content"] == [
        {"type": "output_text", "text": "Checking Oslo.", "annotations": []}
    ]
    assert call == {
        "type": "function_call",
        "id": "fc_9",
        "call_id": "call_9",
        "name": "get_weather",
        "arguments": '{"city":"Oslo"}',
        "status": "completed",
    }
    assert response["usage"] == {
        "input_tokens": 50,
        "input_tokens_details": {"cached_tokens": 20},
        "output_tokens": 12,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 62,
    }
    for echoed in (
        "instructions",
        "metadata",
        "temperature",
        "tools",
        "tool_choice",
        "text",
        "user",
    ):
        assert response[echoed] == REQUEST[echoed], echoed
    stored = await store.get(exchange.id, "key:k1")
    assert stored is not None and stored.response == response
    assert stored.conversation == [
        *CONVERSATION,
        {
            "role": "assistant",
            "content": "Checking Oslo.",
            "tool_calls": COMPLETION["choices"][0]["message"]["tool_calls"],
        },
    ]
    assert await store.get(exchange.id, "key:other") is None  # another tenant's


async def test_store_false_keeps_nothing_and_length_is_incomplete() -> None:
    store = MemoryResponses(60, 10)
    exchange = ResponsesExchange({"model": "m", "input": "x", "store": False}, [], store, "t")
    response = await exchange.answer(
        {"choices": [{"message": {"content": "ab"}, "finish_reason": "length"}]}
    )
    assert response["status"] == "incomplete" and response["store"] is False
    assert response["incomplete_details"] == {"reason": "max_output_tokens"}
    assert await store.get(exchange.id, "t") is None


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_memory_store_expires_and_is_bounded() -> None:
    clock = Clock()
    store = MemoryResponses(10, 2, clock)
    for name in ("a", "b", "c"):
        await store.put(name, Stored("t", [], {"id": name}))
    assert await store.get("a", "t") is None  # the oldest went when the third came
    assert (await store.get("b", "t")) is not None
    clock.now = 9.9
    assert (await store.get("c", "t")) is not None
    clock.now = 10.0
    assert await store.get("c", "t") is None
    assert not await store.delete("c", "t")


def sse(*chunks: dict[str, Any]) -> bytes:
    return b"".join(b"data: " + orjson.dumps(c) + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"


def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "c1",
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


STREAM = sse(
    chunk({"role": "assistant", "content": ""}),
    chunk({"content": "Hi "}),
    chunk({"content": "there"}),
    chunk(
        {
            "tool_calls": [
                {"index": 0, "id": "call_5", "function": {"name": "f", "arguments": '{"a"'}}
            ]
        }
    ),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": ":1}"}}]}),
    chunk({}, "tool_calls"),
    {
        "id": "c1",
        "model": "m",
        "choices": [],
        "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10},
    },
)


def events(raw: bytes) -> list[dict[str, Any]]:
    out = []
    for event in raw.split(b"\n\n"):
        if event:
            name, data = event.split(b"\n")
            parsed = orjson.loads(data.removeprefix(b"data: "))
            assert name == b"event: " + parsed["type"].encode()
            out.append(parsed)
    return out


@pytest.mark.parametrize("piece", [1, 13, len(STREAM)])
async def test_stream_events(piece: int) -> None:
    store = MemoryResponses(60, 10)
    exchange = ResponsesExchange({"model": "m", "input": "x", "stream": True}, [], store, "t")
    stream = exchange.stream()
    raw = b"".join(stream.feed(STREAM[i : i + piece]) for i in range(0, len(STREAM), piece))
    got = events(raw)
    assert [e["type"] for e in got] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.output_item.added",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert [e["sequence_number"] for e in got] == list(range(len(got)))
    assert got[0]["response"]["status"] == "in_progress" and got[0]["response"]["id"] == exchange.id
    assert got[6]["text"] == "Hi there"
    assert got[12]["arguments"] == '{"a":1}'
    final = got[-1]["response"]
    assert final["status"] == "completed" and final["usage"]["total_tokens"] == 10
    assert [item["type"] for item in final["output"]] == ["message", "function_call"]
    assert final["output"][0]["content"][0]["text"] == "Hi there"
    assert (
        final["output"][1]["call_id"] == "call_5" and final["output"][1]["arguments"] == '{"a":1}'
    )
    await exchange.stream_ended(stream)
    stored = await store.get(exchange.id, "t")
    assert stored is not None and stored.response == final
    assert stored.conversation[-1]["tool_calls"][0]["function"]["arguments"] == '{"a":1}'


async def test_stream_cut_fails_the_response() -> None:
    store = MemoryResponses(60, 10)
    exchange = ResponsesExchange({"model": "m", "input": "x", "stream": True}, [], store, "t")
    stream = exchange.stream()
    error = {
        "error": {"message": "gone", "type": "upstream_error", "code": "upstream_disconnected"}
    }
    raw = stream.feed(b"data: " + orjson.dumps(chunk({"content": "Hi"})) + b"\n\n")
    raw += stream.feed(b"data: " + orjson.dumps(error) + b"\n\n")
    got = events(raw)
    assert got[-2] == {
        "type": "error",
        "sequence_number": got[-2]["sequence_number"],
        "code": "upstream_disconnected",
        "message": "gone",
        "param": None,
    }
    assert got[-1]["type"] == "response.failed"
    assert got[-1]["response"]["error"] == {"code": "upstream_disconnected", "message": "gone"}
    await exchange.stream_ended(stream)
    assert await store.get(exchange.id, "t") is None  # a failed response is not continued
