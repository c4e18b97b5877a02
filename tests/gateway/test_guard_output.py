"""OutputGuard on its own: window checks with context, rewrites of SSE events, restoring."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

import orjson
import pytest

from lmops.config import GuardrailRule, StreamPolicy
from lmops.errors import GatewayError
from lmops.gateway.guard_output import OutputGuard
from lmops.gateway.sse_text import EventBuffer, event_slots
from lmops.guardrails.placeholders import Placeholders
from lmops.guardrails.rules import Hit, compile_rules


class _Ctx:
    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body


def guard(
    rules: list[dict[str, Any]], policy: str = "buffer", window: int = 32, **kw: Any
) -> tuple[OutputGuard, list[Hit]]:
    compiled = compile_rules([GuardrailRule(**r) for r in rules], b"salt")
    hits: list[Hit] = []
    ctx: Any = _Ctx(kw.get("body", {}))
    out = OutputGuard(
        compiled,
        StreamPolicy(policy=policy, window_chars=window),  # type: ignore[arg-type]
        kw.get("placeholders"),
        ctx,
        hits,
        lambda _: None,
    )
    return out, hits


def sse(pieces: list[str], index: int = 0) -> list[bytes]:
    events = [
        b"data: " + orjson.dumps({"choices": [{"index": index, "delta": {"content": p}}]}) + b"\n\n"
        for p in pieces
    ]
    finish = {"choices": [{"index": index, "delta": {}, "finish_reason": "stop"}]}
    return [*events, b"data: " + orjson.dumps(finish) + b"\n\n", b"data: [DONE]\n\n"]


def text_of(data: bytes) -> str:
    return "".join(t for event in EventBuffer().feed(data) for t in event_slots(event).values())


async def gen(chunks: list[bytes]) -> AsyncGenerator[bytes, None]:
    for chunk in chunks:
        yield chunk


def run_checked(out: OutputGuard, chunks: list[bytes], window: int | None) -> list[bytes]:
    async def collect() -> list[bytes]:
        produced = out._checked_stream(chunks[0], gen(chunks[1:]), window)
        return [c async for c in produced]

    return asyncio.run(collect())


TERMS = {"name": "t", "check": "banned_terms", "stage": "output", "terms": ["red fox"]}


def test_a_term_cut_across_windows_is_still_found() -> None:
    out, hits = guard([{**TERMS, "action": "block"}], "window", 32)
    pieces = ["x" * 30, " the red", " fox jumps", " over"]
    with pytest.raises(GatewayError) as info:
        run_checked(out, sse(pieces), 32)
    assert info.value.code == "guardrail_blocked"
    assert [(h.rule, h.stage, h.action) for h in hits] == [("t", "output", "block")]


def test_window_redaction_rewrites_only_unsent_text_and_keeps_the_rest_of_the_events() -> None:
    out, hits = guard([{**TERMS, "action": "redact", "redaction": "type"}], "window", 32)
    pieces = ["a" * 40, "then red", " fox ", "and more text here", " end"]
    released = run_checked(out, sse(pieces), 32)
    joined = b"".join(released)
    assert text_of(joined) == "a" * 40 + "then <BANNED_TERM> and more text here end"
    assert joined.endswith(b"data: [DONE]\n\n") and b'"finish_reason":"stop"' in joined
    assert len(released) >= 2  # sent window by window, not all at the end
    assert hits[0].action == "redact"


def test_a_clean_stream_passes_byte_for_byte() -> None:
    out, hits = guard([{**TERMS, "action": "block"}], "buffer")
    chunks = sse(["hello ", "world"])
    assert b"".join(run_checked(out, chunks, None)) == b"".join(chunks)
    assert not hits


def test_every_choice_is_checked_on_its_own() -> None:
    out, _ = guard([{**TERMS, "action": "redact", "redaction": "mask"}], "buffer")
    chunks = sse(["red ", "fox"], 0) + sse(["red ", "fox"], 1)
    joined = b"".join(run_checked(out, chunks, None))
    per_choice: dict[int, str] = {}
    for event in EventBuffer().feed(joined):
        for (i, _), t in event_slots(event).items():
            per_choice[i] = per_choice.get(i, "") + t
    assert per_choice == {0: "*******", 1: "*******"}


def test_restore_holds_a_placeholder_cut_across_events() -> None:
    placeholders = Placeholders()
    from lmops.guardrails import pii

    text = "mail jane.doe@example.com now"
    redacted = placeholders.redact(text, pii.detect(text))
    assert "<EMAIL_ADDRESS_1>" in redacted
    out, _ = guard([], placeholders=placeholders)
    chunks = sse(["Hi <EMAIL_", "ADDRESS", "_1>, bye", " <"])

    async def collect() -> bytes:
        return b"".join([c async for c in out.restore(gen(chunks))])

    assert text_of(asyncio.run(collect())) == "Hi jane.doe@example.com, bye <"


def test_whole_answers_restore_tool_call_arguments_too() -> None:
    placeholders = Placeholders()
    from lmops.guardrails import pii

    placeholders.redact("jane.doe@example.com", pii.detect("jane.doe@example.com"))
    out, _ = guard([], placeholders=placeholders)
    call = {"function": {"name": "send", "arguments": '{"to": "<EMAIL_ADDRESS_1>"}'}}
    body = orjson.dumps({"choices": [{"index": 0, "message": {"tool_calls": [call]}}]})
    checked, client = out.body(body)
    assert checked == body
    assert b"jane.doe@example.com" in client


def restored(out: OutputGuard, chunks: list[bytes]) -> bytes:
    async def collect() -> bytes:
        return b"".join([c async for c in out.restore(gen(chunks))])

    return asyncio.run(collect())


def with_email() -> Placeholders:
    from lmops.guardrails import pii

    placeholders = Placeholders()
    placeholders.redact(EMAIL, pii.detect(EMAIL))
    return placeholders


EMAIL = "jane.doe@example.com"


def test_restore_handles_events_cut_anywhere_by_the_network() -> None:
    out, _ = guard([], placeholders=with_email())
    data = b"".join(sse(["Hi <EMAIL_ADDRESS_1>", ", bye"]))
    chunks = [data[i : i + 7] for i in range(0, len(data), 7)]  # cuts inside events
    assert text_of(restored(out, chunks)) == f"Hi {EMAIL}, bye"


def test_streamed_tool_call_arguments_get_json_escaped_values() -> None:
    placeholders = Placeholders()
    from lmops.guardrails import pii

    pem = '-----BEGIN PRIVATE KEY-----\nMIIEv"x\n-----END PRIVATE KEY-----'
    placeholders.redact(pem, [pii.Finding("SECRET", 0, len(pem), 1.0, pem)])
    out, _ = guard([], placeholders=placeholders)
    calls = [
        {"index": 0, "function": {"arguments": part}} for part in ['{"key": "<SEC', 'RET_1>"}']
    ]
    events = [
        b"data: "
        + orjson.dumps({"choices": [{"index": 0, "delta": {"tool_calls": [c]}}]})
        + b"\n\n"
        for c in calls
    ]
    data = restored(out, [*events, b"data: [DONE]\n\n"])
    arguments = "".join(
        t for e in EventBuffer().feed(data) for (_, k), t in event_slots(e).items() if k == 0
    )
    assert orjson.loads(arguments) == {"key": pem}


def test_a_finishing_choice_flushes_only_its_own_held_text() -> None:
    out, _ = guard([], placeholders=with_email())

    def event(index: int, content: str | None, finish: str | None = None) -> bytes:
        delta = {} if content is None else {"content": content}
        choice = {"index": index, "delta": delta, "finish_reason": finish}
        return b"data: " + orjson.dumps({"choices": [choice]}) + b"\n\n"

    chunks = [
        event(0, "a <EMAIL_"),
        event(1, "b <EMAIL_"),
        event(0, None, "stop"),  # choice 0 ends with "<EMAIL_" held: sent as it is
        event(1, "ADDRESS_1> c"),
        event(1, None, "stop"),
        b"data: [DONE]\n\n",
    ]
    data = restored(out, chunks)
    texts: dict[int, str] = {}
    for e in EventBuffer().feed(data):
        for (i, _), t in event_slots(e).items():
            texts[i] = texts.get(i, "") + t
    assert texts == {0: "a <EMAIL_", 1: f"b {EMAIL} c"}


def test_a_placeholder_completed_by_the_finishing_event_is_restored() -> None:
    # The mock (and some upstreams) put the last text and finish_reason in one event.
    out, _ = guard([], placeholders=with_email())
    last = {"index": 0, "delta": {"content": "1>"}, "finish_reason": "stop"}
    chunks = [
        *sse(["Write to ", "<EMAIL_ADDRESS_"])[:2],
        b"data: " + orjson.dumps({"choices": [last]}) + b"\n\n",
        b"data: [DONE]\n\n",
    ]
    data = restored(out, chunks)
    assert text_of(data) == f"Write to {EMAIL}"
    finishing = [e for e in EventBuffer().feed(data) if b'"finish_reason":"stop"' in e]
    assert len(finishing) == 1 and EMAIL.encode() in finishing[0]  # the finish comes last


PII_REDACT = {"name": "p", "check": "pii", "stage": "output", "action": "redact"}


def _windowed(text: str, piece: int = 8, window: int = 32) -> str:
    out, _ = guard([{**PII_REDACT, "redaction": "type"}], "window", window)
    pieces = [text[i : i + piece] for i in range(0, len(text), piece)]
    return text_of(b"".join(run_checked(out, sse(pieces), window)))


@pytest.mark.parametrize("offset", range(180, 330, 9))
def test_a_value_across_the_hold_edge_is_redacted_whole(offset: int) -> None:
    # Wherever the window's hold-back edge falls, no part of the address is sent.
    text = "word " * (offset // 5) + "write to jane.doe@example.com today " + "more " * 80
    sent = _windowed(text)
    assert "<EMAIL_ADDRESS>" in sent
    assert "jane" not in sent and "example.com" not in sent


def test_a_private_key_longer_than_the_hold_is_redacted_whole() -> None:
    line = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC"
    body = "\n".join(f"{line}{i:013d}" for i in range(30))
    key = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"
    assert len(key) > 1500
    sent = _windowed("Here is the key you asked for:\n" + key + "\nKeep it safe. " + "ok " * 50)
    assert "<SECRET>" in sent and "MIIEvQ" not in sent and "BEGIN PRIVATE" not in sent


def test_a_long_token_is_held_until_it_ends() -> None:
    import base64

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    header = part(b'{"alg":"HS256","typ":"JWT"}')
    claims = part(b'{"claim":"' + b"x" * 600 + b'"}')
    jwt = f"{header}.{claims}.{part(b's' * 32)}"
    assert len(jwt) > 800
    sent = _windowed("token: " + jwt + " done " + "more " * 60)
    assert "<SECRET>" in sent and header not in sent
