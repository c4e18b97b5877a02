"""Conservative prompt-token estimates and completion text recovered from SSE streams."""

from __future__ import annotations

import math
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lmops.catalog import (
    IMAGE_PART_TOKENS,
    completion_text_from_sse,
    count_text_tokens,
    estimate_prompt_tokens,
)

# Real counts, identical under cl100k_base (GPT-4, GPT-3.5) and o200k_base (GPT-4o and later).
KNOWN_COUNTS = [
    ("Hello, world!", 4),
    ("The quick brown fox jumps over the lazy dog.", 10),
    ("hello", 1),
]
ENGLISH = (
    "Large language models are trained on vast amounts of text. When a request arrives, the "
    "gateway must decide quickly whether it fits the caller's token budget, long before the "
    "upstream provider reports how many tokens the prompt really used."
)
# Scripts that every tokenizer splits more finely than English.
NON_LATIN = [
    "Привет! Как у тебя сегодня дела?",  # noqa: RUF001
    "今日はとても良い天気ですね。散歩に行きましょう。",
    "人工智能正在改变我们的工作方式。",
    "नमस्ते, आप कैसे हैं?",
    "مرحبا، كيف حالك اليوم؟",
    "สวัสดีครับ วันนี้อากาศดีมาก",
]


# --- text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "real"), KNOWN_COUNTS)
def test_estimate_is_not_below_known_real_counts(text: str, real: int):
    assert count_text_tokens(text) >= real


def test_english_estimate_is_more_conservative_than_four_chars_a_token():
    assert count_text_tokens(ENGLISH) >= math.ceil(len(ENGLISH) / 4) * 1.3
    assert count_text_tokens(ENGLISH) <= len(ENGLISH) / 2  # but not absurdly so


@pytest.mark.parametrize("text", NON_LATIN)
def test_non_latin_scripts_get_at_least_a_token_per_two_characters(text: str):
    # Against the four characters a token of English: real tokenizers split these more finely.
    assert count_text_tokens(text) >= len(text) / 2


def test_cjk_gets_more_than_a_token_per_character():
    text = "人工智能正在改变我们的工作方式。"
    assert count_text_tokens(text) > len(text)


def test_accents_and_emoji_raise_the_estimate_a_little():
    plain = "Unicode words with accents, naive cafe resume. It's fine."
    fancy = "Ünïcödé wörds with àccents, naïve café résumé. It\u2019s fine 🙂"
    assert count_text_tokens(plain) < count_text_tokens(fancy) < 2 * count_text_tokens(plain)


def test_a_curly_quote_in_a_long_english_text_hardly_changes_the_estimate():
    assert count_text_tokens(ENGLISH + "\u2019") <= count_text_tokens(ENGLISH) + 2


def test_empty_text_is_no_tokens():
    assert count_text_tokens("") == 0


@given(st.text(), st.text())
def test_more_text_never_lowers_the_estimate(head: str, tail: str):
    assert count_text_tokens(head + tail) >= count_text_tokens(head)
    assert count_text_tokens(head) >= len(head) / 3


def test_lone_surrogates_do_not_raise():
    assert count_text_tokens("bad \ud800 text") > 0


# --- chat ----------------------------------------------------------------------------------------


def _chat(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": list(messages), **extra}


def test_chat_counts_every_message_with_the_chat_format_overhead():
    system = {"role": "system", "content": "You are a terse assistant."}
    user = {"role": "user", "content": ENGLISH}
    one = estimate_prompt_tokens("chat", _chat(user))
    two = estimate_prompt_tokens("chat", _chat(system, user))
    assert one >= count_text_tokens(ENGLISH) + 3 + 3  # OpenAI: 3 per message, 3 for the reply
    assert two - one >= count_text_tokens(system["content"]) + 3
    empty = estimate_prompt_tokens("chat", _chat(*[{"role": "user", "content": ""}] * 5))
    assert empty >= 5 * 3 + 3


def test_chat_text_parts_count_like_string_content():
    as_string = estimate_prompt_tokens("chat", _chat({"role": "user", "content": ENGLISH}))
    parts = [{"type": "text", "text": ENGLISH[:100]}, {"type": "text", "text": ENGLISH[100:]}]
    as_parts = estimate_prompt_tokens("chat", _chat({"role": "user", "content": parts}))
    assert as_parts >= as_string


def test_each_image_part_counts_a_fixed_amount():
    text = {"type": "text", "text": "What is in these pictures?"}
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 50_000}}
    without = estimate_prompt_tokens("chat", _chat({"role": "user", "content": [text]}))
    with_two = estimate_prompt_tokens(
        "chat", _chat({"role": "user", "content": [text, image, image]})
    )
    assert with_two - without == 2 * IMAGE_PART_TOKENS == 1530


def test_tool_definitions_count_by_their_json():
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Get the current weather for a city, in degrees Celsius.",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string", "description": "City name"}},
                    "required": ["city"],
                },
            },
        }
    ]
    message = {"role": "user", "content": "Weather in Paris?"}
    plain = estimate_prompt_tokens("chat", _chat(message))
    with_tools = estimate_prompt_tokens("chat", _chat(message, tools=tools))
    legacy = estimate_prompt_tokens("chat", _chat(message, functions=[tools[0]["function"]]))
    assert with_tools - plain >= len(orjson.dumps(tools)) / 4
    assert legacy - plain >= len(orjson.dumps(tools[0]["function"])) / 4


def test_tool_calls_and_results_count_as_text():
    arguments = orjson.dumps({"city": "Paris", "units": "celsius", "days": 7}).decode()
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": arguments},
    }
    assistant = {"role": "assistant", "content": None, "tool_calls": [call]}
    result = {"role": "tool", "tool_call_id": "call_1", "content": '{"temp": 21, "sky": "clear"}'}
    user = {"role": "user", "content": "Weather in Paris?"}
    base = estimate_prompt_tokens("chat", _chat(user))
    full = estimate_prompt_tokens("chat", _chat(user, assistant, result))
    assert full - base >= count_text_tokens(arguments) + count_text_tokens(result["content"])
    legacy = {"role": "assistant", "function_call": {"name": "f", "arguments": arguments}}
    assert estimate_prompt_tokens("chat", _chat(legacy)) > count_text_tokens(arguments)


def test_names_count():
    anonymous = estimate_prompt_tokens("chat", _chat({"role": "user", "content": "hi"}))
    named = estimate_prompt_tokens(
        "chat", _chat({"role": "user", "name": "alexandra", "content": "hi"})
    )
    assert named > anonymous


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"messages": None},
        {"messages": "hello"},
        {"messages": [None, 3, "x", []]},
        {"messages": [{"content": 42}, {"content": [None, 7, {"type": "text", "text": 5}]}]},
        {"messages": [{"tool_calls": "x"}, {"tool_calls": [None, {"function": "f"}]}]},
        {"messages": [{"function_call": {"arguments": {"a": 1}}}], "tools": "nonsense"},
    ],
)
def test_malformed_chat_bodies_are_estimated_without_raising(body: dict[str, Any]):
    assert estimate_prompt_tokens("chat", body) >= 3


# --- completions and embeddings ------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ["completions", "embeddings"])
def test_prompts_and_inputs_in_every_shape(endpoint: str):
    field = "prompt" if endpoint == "completions" else "input"
    text = estimate_prompt_tokens(endpoint, {field: ENGLISH})
    assert text == count_text_tokens(ENGLISH)
    texts = estimate_prompt_tokens(endpoint, {field: [ENGLISH, "Bonjour à tous"]})
    assert texts == text + count_text_tokens("Bonjour à tous")
    assert estimate_prompt_tokens(endpoint, {field: [9906, 11, 1917, 0]}) == 4
    assert estimate_prompt_tokens(endpoint, {field: [[9906, 11], [1917], []]}) == 3
    assert estimate_prompt_tokens(endpoint, {field: [True, None, {"a": 1}]}) == 0
    assert estimate_prompt_tokens(endpoint, {}) == 0


def test_an_unknown_endpoint_counts_the_whole_body():
    body = {"input": ENGLISH, "model": "x"}
    assert estimate_prompt_tokens("responses", body) >= count_text_tokens(ENGLISH)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["role", "content", "type", "text", "tool_calls", "function", "name"])
            | st.text(max_size=5),
            children,
            max_size=4,
        )
    ),
    max_leaves=10,
)


@settings(max_examples=60)
@given(
    st.sampled_from(["chat", "completions", "embeddings", "other"]),
    st.dictionaries(
        st.sampled_from(["messages", "prompt", "input", "tools", "functions"]), json_values
    ),
)
def test_any_json_body_is_estimated_without_raising(endpoint: str, body: dict[str, Any]):
    assert estimate_prompt_tokens(endpoint, body) >= 0


# --- streams -------------------------------------------------------------------------------------


def _event(obj: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def _chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
    return _event({"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [choice]})


def test_text_of_a_realistic_chat_stream():
    stream = b"".join(
        [
            b": keep-alive\n\n",
            _chunk({"role": "assistant", "content": ""}),
            _chunk({"content": "Hello"}),
            _chunk({"content": ", wor"}),
            b"event: message\n" + _chunk({"content": "ld! Привет"}),
            b"data: {not json\n\n",
            _chunk({"content": None}),
            _chunk({}, finish="stop"),
            _event({"id": "chatcmpl-1", "choices": [], "usage": {"prompt_tokens": 9}}),
            b"data: [DONE]\n\n",
        ]
    )
    assert completion_text_from_sse(stream) == "Hello, world! Привет"
    assert completion_text_from_sse(stream.replace(b"\n", b"\r\n")) == "Hello, world! Привет"


def test_text_of_a_tool_call_stream():
    first = {
        "index": 0,
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": ""},
    }
    stream = b"".join(
        [
            _chunk({"role": "assistant", "content": None, "tool_calls": [first]}),
            _chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city"'}}]}),
            _chunk({"tool_calls": [{"index": 0, "function": {"arguments": ': "Paris"}'}}]}),
            _chunk({"function_call": {"arguments": "!"}}),
            _chunk({}, finish="tool_calls"),
            b"data: [DONE]\n\n",
        ]
    )
    assert completion_text_from_sse(stream) == 'get_weather{"city": "Paris"}!'


def test_text_of_a_reasoning_stream():
    stream = _chunk({"reasoning_content": "Think. "}) + _chunk({"content": "Answer."})
    assert completion_text_from_sse(stream) == "Think. Answer."


def test_text_of_a_completions_stream_with_a_truncated_end():
    def piece(text: str) -> bytes:
        return _event({"object": "text_completion", "choices": [{"index": 0, "text": text}]})

    stream = piece("Once upon") + piece(" a time") + b'data: {"choices": [{"text": " the e'
    assert completion_text_from_sse(stream) == "Once upon a time"


def test_events_split_over_several_data_lines_are_joined():
    stream = b'data: {"choices": [{"delta":\ndata: {"content": "joined"}}]}\n\n'
    assert completion_text_from_sse(stream) == "joined"


def test_several_choices_are_all_counted():
    choices = [{"index": 0, "delta": {"content": "a"}}, {"index": 1, "delta": {"content": "b"}}]
    assert completion_text_from_sse(_event({"choices": choices})) == "ab"


@given(st.binary())
def test_any_bytes_are_read_without_raising(data: bytes):
    assert isinstance(completion_text_from_sse(data), str)
