"""Dataset rows from the request log, so that a prompt can be tested on real traffic.

``lmops logs export --with-bodies`` writes these rows as JSON Lines, which a suite's
``dataset:`` reads (:mod:`lmops.evals.datasets`). Each row's variables come from one logged,
answered request:

* ``messages``: the chat messages the client sent (chat requests only);
* ``input``: the text of the last user message (of a text completion: its prompt);
* ``reference``: the model's answer as logged, which the reference-based metrics compare with
  (``rouge-l``, ``similar``...; see the metric calling convention);
* ``__description``: the request's id, model group and time, so a report points at it.

Only requests answered with status 200 whose request and response bodies were both logged
(``settings.log_bodies``) and can be read back become rows; the others are counted by why, never
silently dropped: no bodies logged, a stream relayed from the provider (the gateway keeps no
body of those; a stream replayed from its cache has one, and is read), a body cut at the
logging limit or otherwise not JSON, no user message or no answer in it, or an endpoint that is
not a completion (embeddings).

A stream's answer is its chat ``delta.content`` (or text completion ``text``) put together;
unlike :func:`lmops.catalog.tokens.completion_text_from_sse`, which counts tokens, reasoning
and tool calls are not part of it: a reference is what the user was shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import orjson

from lmops.store.request_log import RequestRecord

__all__ = ["LogDataset", "dataset_from_log"]

# Why a logged request gave no row (the keys of LogDataset.skipped).
NO_BODIES: Final = "bodies not logged"
STREAMED: Final = "streamed (the gateway logs no body of a stream it relays)"
UNREADABLE: Final = "body not JSON (cut at the logging limit?)"
NO_INPUT: Final = "no user message"
NO_ANSWER: Final = "no answer in the response"
NOT_COMPLETION: Final = "not a completion"
NOT_ANSWERED: Final = "not answered (status other than 200)"


@dataclass(frozen=True, slots=True)
class LogDataset:
    """The rows made, and how many requests were left out for each reason."""

    rows: list[dict[str, Any]]
    skipped: Counter[str] = field(default_factory=Counter)


def dataset_from_log(records: Iterable[RequestRecord]) -> LogDataset:
    """One row per usable request of ``records``, in their order."""
    rows: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for record in records:
        row = _row(record)
        if isinstance(row, str):
            skipped[row] += 1
        else:
            rows.append(row)
    return LogDataset(rows, skipped)


def _row(record: RequestRecord) -> dict[str, Any] | str:
    """The row, or why there is none."""
    if record.status_code != 200:
        return NOT_ANSWERED
    if record.endpoint not in ("chat", "completions"):
        return NOT_COMPLETION
    if record.request_body is None:
        return NO_BODIES
    if record.response_body is None:
        return STREAMED if record.streamed else NO_BODIES
    try:
        request = orjson.loads(record.request_body)
        answer = _answer(record.response_body, chat=record.endpoint == "chat")
    except orjson.JSONDecodeError:
        return UNREADABLE
    if not isinstance(request, dict):
        return UNREADABLE
    if answer is None:
        return NO_ANSWER
    values: dict[str, Any] = {}
    if record.endpoint == "chat":
        messages = request.get("messages")
        text = _last_user_text(messages)
        values["messages"] = messages
    else:
        prompt = request.get("prompt")
        text = prompt if isinstance(prompt, str) else None
    if text is None:
        return NO_INPUT
    when = datetime.fromtimestamp(record.created_at, UTC).isoformat(timespec="seconds")
    description = f"request {record.id} ({record.model_group}, {when})"
    return {"__description": description, "input": text, **values, "reference": answer}


def _last_user_text(messages: object) -> str | None:
    if not isinstance(messages, list):
        return None
    for message in reversed(messages):
        if isinstance(message, Mapping) and message.get("role") == "user":
            return _content_text(message.get("content"))
    return None


def _content_text(content: object) -> str | None:
    """A message's text: the string, or the text parts of a list of parts joined by lines."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [
            p["text"]
            for p in content
            if isinstance(p, Mapping) and p.get("type") == "text" and isinstance(p.get("text"), str)
        ]
        return "\n".join(parts) if parts else None
    return None


def _answer(body: str, *, chat: bool) -> str | None:
    """The first choice's text of a JSON response, or of a stream's events put together;
    JSONDecodeError when the body (or an event of it) is not JSON."""
    if body.lstrip().startswith("data:"):
        return _stream_answer(body, chat=chat)
    response = orjson.loads(body)
    choice = _first_choice(response)
    if choice is None:
        return None
    text = _content_text(_get(choice, "message", "content")) if chat else choice.get("text")
    return text if isinstance(text, str) else None


def _stream_answer(body: str, *, chat: bool) -> str | None:
    pieces: list[str] = []
    for line in body.splitlines():
        data = line.removeprefix("data:").strip() if line.startswith("data:") else None
        if not data or data == "[DONE]":
            continue
        choice = _first_choice(orjson.loads(data))
        if choice is None:  # the usage event of include_usage has no choices
            continue
        piece = _get(choice, "delta", "content") if chat else choice.get("text")
        if isinstance(piece, str):
            pieces.append(piece)
    return "".join(pieces) if pieces else None


def _first_choice(response: object) -> Mapping[str, Any] | None:
    choices = response.get("choices") if isinstance(response, Mapping) else None
    if isinstance(choices, list) and choices and isinstance(choices[0], Mapping):
        return choices[0]
    return None


def _get(value: Mapping[str, Any], *path: str) -> object:
    current: object = value
    for key in path:
        current = current.get(key) if isinstance(current, Mapping) else None
    return current
