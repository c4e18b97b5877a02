"""The Messages translation tables, both ways, on recorded examples (Anthropic's documented
request and response shapes), and through the ``anthropic`` provider back to Messages."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from lmops.errors import GatewayError
from lmops.gateway.ingress.messages import (
    MessagesStream,
    chat_request,
    error_body,
    message_from_chat,
)
from lmops.providers._anthropic_request import messages_request

IMAGE = "iVBORw0KGgo="
WEATHER = {
    "name": "get_weather",
    "description": "Get the current weather in a given location",
    "input_schema": {
        "type": "object",
        "properties": {"location": {"type": "string"}},
        "required": ["location"],
    },
}
# A tool-use conversation as Anthropic's documentation records one.
MESSAGES_REQUEST: dict[str, Any] = {
    "model": "claude",
    "max_tokens": 1024,
    "system": [{"type": "text", "text": "You are terse.", "cache_control": {"type": "ephemeral"}}],
    "messages": [
        {
            "role": "user",
            "content": [
                {
                    "type": "image",
                    "source": {"type": "base64", "media_type": "image/png", "data": IMAGE},
                },
                {"type": "text", "text": "What's the weather in San Francisco?"},
            ],
        },
        {
            "role": "assistant",
            "content": [
                {"type": "thinking", "thinking": "I should call the tool.", "signature": "sig"},
                {"type": "text", "text": "Let me check."},
                {
                    "type": "tool_use",
                    "id": "toolu_01",
                    "name": "get_weather",
                    "input": {"location": "San Francisco, CA"},
                },
            ],
        },
        {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": "toolu_01",
                    "content": [{"type": "text", "text": "15 degrees"}],
                },
                {"type": "text", "text": "And tomorrow?"},
            ],
        },
    ],
    "tools": [WEATHER],
    "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
    "stop_sequences": ["\n\nHuman:"],
    "temperature": 0.2,
    "top_p": 0.9,
    "top_k": 40,
    "metadata": {"user_id": "user-7"},
    "thinking": {"type": "enabled", "budget_tokens": 2000},
}
CHAT_REQUEST: dict[str, Any] = {
    "model": "claude",
    "max_tokens": 1024,
    "messages": [
        {
            "role": "system",
            "content": [
                {"type": "text", "text": "You are terse.", "cache_control": {"type": "ephemeral"}}
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{IMAGE}"}},
                {"type": "text", "text": "What's the weather in San Francisco?"},
            ],
        },
        {
            "role": "assistant",
            "content": "Let me check.",
            "thinking_blocks": [
                {"type": "thinking", "thinking": "I should call the tool.", "signature": "sig"}
            ],
            "tool_calls": [
                {
                    "id": "toolu_01",
                    "type": "function",
                    "function": {
                        "name": "get_weather",
                        "arguments": '{"location":"San Francisco, CA"}',
                    },
                }
            ],
        },
        {"role": "tool", "tool_call_id": "toolu_01", "content": "15 degrees"},
        {"role": "user", "content": "And tomorrow?"},
    ],
    "temperature": 0.2,
    "top_p": 0.9,
    "top_k": 40,
    "stop": ["\n\nHuman:"],
    "user": "user-7",
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Get the current weather in a given location",
                "parameters": WEATHER["input_schema"],
            },
        }
    ],
    "tool_choice": "auto",
    "parallel_tool_calls": False,
    "thinking": {"type": "enabled", "budget_tokens": 2000},
}


def test_request_to_chat() -> None:
    assert chat_request(MESSAGES_REQUEST, anthropic_upstream=True) == CHAT_REQUEST


def test_anthropic_only_fields_only_for_an_anthropic_group() -> None:
    body = {**MESSAGES_REQUEST, "service_tier": "auto"}
    chat = chat_request(body, anthropic_upstream=False)
    assistant = {k: v for k, v in CHAT_REQUEST["messages"][2].items() if k != "thinking_blocks"}
    assert chat["messages"][2] == assistant  # the signed thinking is Anthropic's alone
    chat["messages"][2] = CHAT_REQUEST["messages"][2]
    assert {k: v for k, v in CHAT_REQUEST.items() if k != "thinking"} == chat
    newer = {**body, "output_config": {"effort": "low"}}
    assert chat_request(newer, anthropic_upstream=True) == {
        **CHAT_REQUEST,
        "service_tier": "auto",
        "output_config": {"effort": "low"},
    }
    with pytest.raises(GatewayError) as caught:
        chat_request(newer, anthropic_upstream=False)
    assert caught.value.param == "output_config"


def test_round_trip_through_the_anthropic_provider() -> None:
    """Messages -> chat -> (the anthropic provider) -> Messages keeps what Anthropic reads,
    the earlier turn's signed thinking block too (extended thinking with tools needs it)."""
    sent = messages_request(chat_request(MESSAGES_REQUEST, True), "claude-x", False).body
    assert sent["system"] == MESSAGES_REQUEST["system"]
    assert sent["tools"] == [WEATHER]
    assert sent["tool_choice"] == {"type": "auto", "disable_parallel_tool_use": True}
    for key in (
        "max_tokens",
        "stop_sequences",
        "temperature",
        "top_p",
        "top_k",
        "metadata",
        "thinking",
    ):
        assert sent[key] == MESSAGES_REQUEST[key], key
    user, assistant, results = sent["messages"]
    assert user == {
        **MESSAGES_REQUEST["messages"][0],
        "content": [
            {
                "type": "image",
                "source": {"type": "base64", "media_type": "image/png", "data": IMAGE},
            },
            {"type": "text", "text": "What's the weather in San Francisco?"},
        ],
    }
    assert assistant["content"] == MESSAGES_REQUEST["messages"][1]["content"]
    assert results["role"] == "user"
    assert results["content"][0]["type"] == "tool_result"
    assert results["content"][0]["tool_use_id"] == "toolu_01"
    assert results["content"][-1] == {"type": "text", "text": "And tomorrow?"}


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ({"type": "any"}, "required"),
        ({"type": "none"}, "none"),
        (
            {"type": "tool", "name": "get_weather"},
            {"type": "function", "function": {"name": "get_weather"}},
        ),
    ],
)
def test_tool_choice(choice: dict[str, Any], expected: Any) -> None:
    body = {**MESSAGES_REQUEST, "tool_choice": choice}
    chat = chat_request(body, True)
    assert chat["tool_choice"] == expected and "parallel_tool_calls" not in chat


def test_stream_asks_for_usage() -> None:
    chat = chat_request({**MESSAGES_REQUEST, "stream": True}, True)
    assert chat["stream"] is True and chat["stream_options"] == {"include_usage": True}


def test_tool_error_result_and_plain_strings() -> None:
    body = {
        "model": "m",
        "max_tokens": 5,
        "system": "Be brief.",
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "t1",
                        "content": "boom",
                        "is_error": True,
                    }
                ],
            },
            {"role": "assistant", "content": "ok"},
        ],
    }
    assert chat_request(body, False)["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "tool", "tool_call_id": "t1", "content": "Error: boom"},
        {"role": "assistant", "content": "ok"},
    ]


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"max_tokens": None}, "max_tokens"),
        ({"model": ""}, "model"),
        ({"messages": []}, "messages"),
        ({"frequency_penalty": 1}, "frequency_penalty"),
        ({"tools": [{"type": "web_search_20250305", "name": "web_search"}]}, "tools.0"),
        (
            {"messages": [{"role": "user", "content": [{"type": "document", "source": {}}]}]},
            "messages.0.content.0",
        ),
        ({"messages": [{"role": "system", "content": "x"}]}, "messages.0"),
        ({"tool_choice": {"type": "sometimes"}}, "tool_choice"),
    ],
)
def test_refused_with_the_field_named(change: dict[str, Any], param: str) -> None:
    body = {k: v for k, v in {**MESSAGES_REQUEST, **change}.items() if v is not None}
    with pytest.raises(GatewayError) as caught:
        chat_request(body, False)
    assert caught.value.status == 400 and caught.value.param == param


# A chat completion as the anthropic provider, or an OpenAI-compatible upstream, answers.
COMPLETION = {
    "id": "chatcmpl-abc",
    "object": "chat.completion",
    "model": "claude-x",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Checking.",
                "reasoning_content": "Need the tool.",
                "tool_calls": [
                    {
                        "id": "toolu_02",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"location":"Paris"}'},
                    }
                ],
            },
            "finish_reason": "tool_calls",
        }
    ],
    "usage": {
        "prompt_tokens": 120,
        "completion_tokens": 30,
        "total_tokens": 150,
        "prompt_tokens_details": {"cached_tokens": 80},
        "cache_creation_input_tokens": 10,
    },
}


def test_chat_to_message() -> None:
    assert message_from_chat(COMPLETION) == {
        "id": "msg_abc",
        "type": "message",
        "role": "assistant",
        "model": "claude-x",
        "content": [
            {"type": "thinking", "thinking": "Need the tool.", "signature": ""},
            {"type": "text", "text": "Checking."},
            {
                "type": "tool_use",
                "id": "toolu_02",
                "name": "get_weather",
                "input": {"location": "Paris"},
            },
        ],
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {
            "input_tokens": 30,
            "output_tokens": 30,
            "cache_read_input_tokens": 80,
            "cache_creation_input_tokens": 10,
        },
    }


@pytest.mark.parametrize(
    ("finish", "stop"),
    [
        ("stop", "end_turn"),
        ("length", "max_tokens"),
        ("content_filter", "refusal"),
        (None, "end_turn"),
    ],
)
def test_stop_reasons(finish: str | None, stop: str) -> None:
    completion = {"id": "x", "choices": [{"message": {"content": "a"}, "finish_reason": finish}]}
    assert message_from_chat(completion)["stop_reason"] == stop


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, "invalid_request_error"),
        (401, "authentication_error"),
        (403, "permission_error"),
        (404, "not_found_error"),
        (413, "request_too_large"),
        (429, "rate_limit_error"),
        (500, "api_error"),
        (502, "api_error"),
        (503, "overloaded_error"),
    ],
)
def test_error_shape(status: int, kind: str) -> None:
    openai_error = orjson.dumps({"error": {"message": "Nope.", "type": "x", "code": "y"}})
    assert orjson.loads(error_body(status, openai_error)) == {
        "type": "error",
        "error": {"type": kind, "message": "Nope."},
    }


def sse(*chunks: dict[str, Any]) -> bytes:
    return b"".join(b"data: " + orjson.dumps(c) + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"


def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-s1",
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


STREAM = sse(
    chunk({"role": "assistant", "content": ""}),
    chunk({"content": "Hel"}),
    chunk({"content": "lo"}),
    chunk(
        {
            "tool_calls": [
                {
                    "index": 0,
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": ""},
                }
            ]
        }
    ),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"location":'}}]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Oslo"}'}}]}),
    chunk({}, "tool_calls"),
    {
        "id": "chatcmpl-s1",
        "model": "m",
        "choices": [],
        "usage": {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13},
    },
)


def events(raw: bytes) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for event in raw.split(b"\n\n"):
        if event:
            name, data = event.split(b"\n")
            out.append(
                (name.removeprefix(b"event: ").decode(), orjson.loads(data.removeprefix(b"data: ")))
            )
    return out


@pytest.mark.parametrize("piece", [1, 7, 64, len(STREAM)])
def test_stream_event_sequence(piece: int) -> None:
    """Whatever the pieces the stream comes in, the same Anthropic events come out."""
    stream = MessagesStream()
    raw = b"".join(stream.feed(STREAM[i : i + piece]) for i in range(0, len(STREAM), piece))
    assert stream.ended
    got = events(raw)
    assert [name for name, _ in got] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert all(name == data["type"] for name, data in got)
    assert got[0][1]["message"]["id"] == "msg_s1"
    assert got[1][1] == {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "text", "text": ""},
    }
    assert got[3][1]["delta"] == {"type": "text_delta", "text": "lo"}
    assert got[5][1]["content_block"] == {
        "type": "tool_use",
        "id": "call_1",
        "name": "get_weather",
        "input": {},
    }
    assert [g[1]["delta"]["partial_json"] for g in got[6:8]] == ['{"location":', '"Oslo"}']
    assert got[6][1]["index"] == 1 and got[8][1]["index"] == 1
    assert got[9][1] == {
        "type": "message_delta",
        "delta": {"stop_reason": "tool_use", "stop_sequence": None},
        "usage": {"input_tokens": 9, "output_tokens": 4},
    }


def test_stream_cut_ends_in_an_error_event() -> None:
    stream = MessagesStream()
    error = {
        "error": {
            "message": "upstream went away",
            "type": "upstream_error",
            "code": "upstream_disconnected",
        }
    }
    raw = stream.feed(sse(chunk({"content": "Hi"}))[: -len(b"data: [DONE]\n\n")])
    raw += stream.feed(b"data: " + orjson.dumps(error) + b"\n\n")
    got = events(raw)
    assert [name for name, _ in got][-1] == "error"
    assert got[-1][1] == {
        "type": "error",
        "error": {"type": "api_error", "message": "upstream went away"},
    }
    assert "message_stop" not in [name for name, _ in got]


def test_thinking_stream() -> None:
    stream = MessagesStream()
    got = events(
        stream.feed(sse(chunk({"reasoning_content": "hmm"}), chunk({"content": "A"}, "stop")))
    )
    assert got[1][1]["content_block"]["type"] == "thinking"
    assert got[2][1]["delta"] == {"type": "thinking_delta", "thinking": "hmm"}
    assert got[4][1]["content_block"]["type"] == "text"


def test_signed_and_redacted_thinking_both_ways() -> None:
    blocks = [
        {"type": "thinking", "thinking": "Let me see.", "signature": "sig-1"},
        {"type": "redacted_thinking", "data": "opaque"},
    ]
    completion = {
        "id": "x",
        "choices": [
            {
                "message": {
                    "content": "Done.",
                    "reasoning_content": "Let me see.",
                    "thinking_blocks": blocks,
                },
                "finish_reason": "stop",
            }
        ],
    }
    assert message_from_chat(completion)["content"] == [*blocks, {"type": "text", "text": "Done."}]
    stream = MessagesStream()
    raw = stream.feed(
        sse(
            chunk({"reasoning_content": "Let me see."}),
            chunk(
                {"thinking_blocks": [{"type": "thinking", "thinking": "", "signature": "sig-1"}]}
            ),
            chunk({"thinking_blocks": [blocks[1]]}),
            chunk({"content": "Done."}, "stop"),
        )
    )
    got = events(raw)
    assert [name for name, _ in got][1:9] == [
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
    ]
    assert got[3][1]["delta"] == {"type": "signature_delta", "signature": "sig-1"}
    assert got[5][1]["content_block"] == blocks[1] and got[5][1]["index"] == 1


def test_crlf_framed_stream_byte_by_byte() -> None:
    """An upstream that frames events with CRLF, cut anywhere (between CR and LF too)."""
    lf, crlf = MessagesStream(), MessagesStream()
    expected = events(lf.feed(STREAM))
    framed = STREAM.replace(b"\n", b"\r\n")
    got = events(b"".join(crlf.feed(framed[i : i + 1]) for i in range(len(framed))))
    assert [name for name, _ in got] == [name for name, _ in expected]
    assert [data for _, data in got][1:] == [data for _, data in expected][1:]
