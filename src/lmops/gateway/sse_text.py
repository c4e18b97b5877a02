"""The generated text inside OpenAI answers, read and rewritten: whole bodies and SSE events.

Chat answers carry it in ``choices[i].message.content`` (streams: ``delta.content``), completions
in ``choices[i].text``. Everything else in an event is kept as it came.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import orjson

from lmops.providers.base import SSE_EVENT_END

__all__ = ["EventBuffer", "body_texts", "event_pieces", "rewrite_body", "rewrite_event"]


class EventBuffer:
    """Cuts a byte stream into whole SSE events (each with its blank-line terminator)."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        data = self._pending + chunk
        events: list[bytes] = []
        start = 0
        for match in SSE_EVENT_END.finditer(data):
            events.append(data[start : match.end()])
            start = match.end()
        self._pending = data[start:]
        return events

    def rest(self) -> bytes:
        """What came after the last whole event (a stream cut mid-event)."""
        rest, self._pending = self._pending, b""
        return rest


def _payload(event: bytes) -> dict[str, Any] | None:
    """The JSON object of a ``data:`` event, or None ([DONE], comments, anything else)."""
    lines = [line for line in event.splitlines() if line.startswith(b"data:")]
    if len(lines) != 1:
        return None
    data = lines[0][5:].strip()
    if not data.startswith(b"{"):
        return None
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _choice_text(choice: Any, stream: bool) -> tuple[dict[str, Any], str] | None:
    """The dict holding a choice's text and the key it is under."""
    if not isinstance(choice, dict):
        return None
    if isinstance(choice.get("text"), str):
        return choice, "text"
    holder = choice.get("delta" if stream else "message")
    if isinstance(holder, dict) and isinstance(holder.get("content"), str):
        return holder, "content"
    return None


def _choices(data: dict[str, Any]) -> Iterator[tuple[int, Any]]:
    choices = data.get("choices")
    if not isinstance(choices, list):
        return
    for position, choice in enumerate(choices):
        index = choice.get("index", position) if isinstance(choice, dict) else position
        yield (index if isinstance(index, int) else position), choice


def event_pieces(event: bytes) -> dict[int, str]:
    """Each choice's text piece in one SSE event."""
    data = _payload(event)
    if data is None:
        return {}
    out: dict[int, str] = {}
    for index, choice in _choices(data):
        found = _choice_text(choice, stream=True)
        if found is not None:
            out[index] = found[0][found[1]]
    return out


def rewrite_event(event: bytes, pieces: dict[int, str]) -> bytes:
    """``event`` with its choices' text pieces replaced by ``pieces``."""
    data = _payload(event)
    if data is None:
        return event
    for index, choice in _choices(data):
        found = _choice_text(choice, stream=True)
        if found is not None and index in pieces:
            found[0][found[1]] = pieces[index]
    return b"data: " + orjson.dumps(data) + b"\n\n"


def body_texts(body: bytes) -> dict[int, str]:
    """Each choice's text in a whole (not streamed) answer."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return {}
    if not isinstance(data, dict):
        return {}
    out: dict[int, str] = {}
    for index, choice in _choices(data):
        found = _choice_text(choice, stream=False)
        if found is not None:
            out[index] = found[0][found[1]]
    return out


def rewrite_body(body: bytes, change: Callable[[int, str], str]) -> bytes:
    """``body`` with each choice's text replaced by ``change(index, text)``."""
    data = orjson.loads(body)
    for index, choice in _choices(data):
        found = _choice_text(choice, stream=False)
        if found is not None:
            found[0][found[1]] = change(index, found[0][found[1]])
    return orjson.dumps(data)
