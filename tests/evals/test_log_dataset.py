from __future__ import annotations

import json
from typing import Any

import pytest

from lmops.evals.log_dataset import (
    NO_ANSWER,
    NO_BODIES,
    NO_INPUT,
    NOT_ANSWERED,
    NOT_COMPLETION,
    STREAMED,
    UNREADABLE,
    dataset_from_log,
)
from lmops.store.request_log import RequestRecord
from tests.conftest_store import make_record

MESSAGES = [
    {"role": "system", "content": "Answer briefly."},
    {"role": "user", "content": "What is the capital of France?"},
    {"role": "assistant", "content": "Paris."},
    {"role": "user", "content": "And of Italy?"},
]


def chat_record(
    n: int = 1, *, messages: Any = MESSAGES, answer: Any = "Rome.", **kw: Any
) -> RequestRecord:
    request = json.dumps({"model": "mock", "messages": messages, "temperature": 0})
    response = json.dumps(
        {"id": "x", "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}}]}
    )
    values: dict[str, Any] = {"request_body": request, "response_body": response, **kw}
    return make_record(n, **values)


def test_a_chat_request_becomes_input_messages_and_reference() -> None:
    record = chat_record(7)
    dataset = dataset_from_log([record])
    [row] = dataset.rows
    assert row == {
        "__description": f"request {record.id} (mock, 2023-11-14T22:13:27+00:00)",
        "input": "And of Italy?",
        "messages": MESSAGES,
        "reference": "Rome.",
    }
    assert not dataset.skipped


def test_text_parts_of_a_message_are_joined_and_other_parts_left_out() -> None:
    parts = [
        {"type": "text", "text": "Describe"},
        {"type": "image_url", "image_url": {"url": "data:..."}},
        {"type": "text", "text": "this picture."},
    ]
    answer = [{"type": "text", "text": "A cat."}]
    [row] = dataset_from_log(
        [chat_record(messages=[{"role": "user", "content": parts}], answer=answer)]
    ).rows
    assert (row["input"], row["reference"]) == ("Describe\nthis picture.", "A cat.")


def test_a_streamed_answer_is_put_together_from_its_events() -> None:
    events = [
        {"choices": [{"index": 0, "delta": {"role": "assistant"}}]},
        {"choices": [{"index": 0, "delta": {"content": "Ro"}}]},
        {"choices": [{"index": 0, "delta": {"content": "me."}}]},
        {"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 2}},
    ]
    stream = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    # As the gateway logs a stream replayed from its response cache.
    record = chat_record(response_body=stream.replace("\n", "\r\n"), streamed=True)
    [row] = dataset_from_log([record]).rows
    assert row["reference"] == "Rome."


def test_a_text_completion_uses_its_prompt_and_text() -> None:
    record = make_record(
        1,
        endpoint="completions",
        request_body=json.dumps({"model": "mock", "prompt": "Say hi"}),
        response_body=json.dumps({"choices": [{"index": 0, "text": "hi"}]}),
    )
    [row] = dataset_from_log([record]).rows
    assert row["input"] == "Say hi" and row["reference"] == "hi" and "messages" not in row


@pytest.mark.parametrize(
    ("record", "why"),
    [
        (make_record(1), NO_BODIES),
        (chat_record(response_body=None), NO_BODIES),
        (chat_record(response_body=None, streamed=True), STREAMED),
        (chat_record(status_code=429), NOT_ANSWERED),
        (chat_record(endpoint="embeddings"), NOT_COMPLETION),
        (
            chat_record(request_body='{"messages": [{"role": "us...[900 more bytes not logged]'),
            UNREADABLE,
        ),
        (chat_record(request_body="[1, 2]"), UNREADABLE),
        (
            chat_record(
                response_body='data: {"choices": [{"delta": {"cont...[9 more bytes not logged]'
            ),
            UNREADABLE,
        ),
        (chat_record(messages=[{"role": "system", "content": "only a system prompt"}]), NO_INPUT),
        (chat_record(messages="not a list"), NO_INPUT),
        (chat_record(answer=None), NO_ANSWER),
        (chat_record(response_body='{"choices": []}'), NO_ANSWER),
    ],
)
def test_requests_that_give_no_row_are_counted_by_why(record: RequestRecord, why: str) -> None:
    dataset = dataset_from_log([chat_record(1), record, chat_record(3)])
    assert len(dataset.rows) == 2
    assert dict(dataset.skipped) == {why: 1}
