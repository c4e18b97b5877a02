"""Output guardrails and placeholder restoring: what the handler runs on an answer.

A whole answer is checked before it is sent. A stream is checked by the configured policy:
``buffer`` holds the stream, checks the assembled text, then sends it (a block is a plain 400);
``window`` sends it window by window as each is checked, and a block cuts the stream with an SSE
error event. Placeholders put in by input redaction are swapped back last, after the checks and
the request log's copy, so the log and the checks see what the upstream wrote.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncGenerator, Callable, Sequence
from typing import TYPE_CHECKING, Any

import jsonschema
import orjson

from lmops.config_guardrails import StreamPolicy
from lmops.errors import GatewayError, UpstreamError
from lmops.gateway.sse_text import (
    EventBuffer,
    body_texts,
    event_pieces,
    rewrite_body,
    rewrite_event,
)
from lmops.guardrails.placeholders import Placeholders, StreamRestorer
from lmops.guardrails.rules import Hit, Rule, Scan

if TYPE_CHECKING:
    from lmops.gateway.context import RequestContext
    from lmops.providers.router import Routed

__all__ = ["OutputGuard", "blocked"]

_CONTEXT = 128  # characters of already-sent text a window is checked with (spans across windows)
_HOLD = 96  # characters a window keeps back for the next (longer than any value it redacts)
_DONE = b"[DONE]"


def blocked(rule: str, stage: str = "input") -> GatewayError:
    """The refusal: the rule's name, nothing of the content."""
    what = "request" if stage == "input" else "response"
    return GatewayError(
        f"The {what} was blocked by guardrail rule '{rule}'.",
        status=400,
        type_="invalid_request_error",
        code="guardrail_blocked",
    )


class OutputGuard:
    """One request's output rules and placeholders."""

    def __init__(
        self,
        rules: Sequence[Rule],
        policy: StreamPolicy,
        placeholders: Placeholders | None,
        ctx: RequestContext,
        hits: list[Hit],
        on_hit: Callable[[Hit], None],
    ) -> None:
        self._rules = [r for r in rules if r.check != "json_schema"]
        self._schema_rules = [r for r in rules if r.check == "json_schema"]
        self._schema = _requested_schema(ctx.body) if self._schema_rules else None
        self._policy = policy
        self.placeholders = placeholders
        self._hits = hits
        self._on_hit = on_hit
        self._fired: set[str] = set()
        self._sent: dict[int, str] = {}  # per choice: the text checked and released so far
        self._held: dict[int, str] = {}  # per choice: checked, held back for the next window
        self._template: dict[int, bytes] = {}  # per choice: its last event with text

    @property
    def checks(self) -> bool:
        return bool(self._rules) or self._schema is not None

    # -- checks -------------------------------------------------------------------------------

    def _hit(self, rule: Rule, kinds: tuple[str, ...]) -> None:
        if rule.name not in self._fired:
            self._fired.add(rule.name)
            hit = Hit(rule.name, "output", rule.action, kinds)
            self._hits.append(hit)
            self._on_hit(hit)

    def check_text(self, text: str, start: int = 0) -> str:
        """``text`` after the output rules; only what lies from ``start`` on may be rewritten
        (what is before was sent already)."""
        for rule in self._rules:
            scan = rule.scan(text)
            if scan is None:
                continue
            fresh = tuple(f for f in scan.findings if f.end > start)
            if not fresh and scan.findings:
                continue  # found in the context only: reported when its window was checked
            self._hit(rule, scan.kinds)
            if rule.action == "block":
                raise blocked(rule.name, "output")
            if rule.action == "redact":
                redactable = tuple(f for f in fresh if f.start >= start)
                text = rule.redact(text, Scan(scan.kinds, redactable), None)
        return text

    def check_json(self, text: str) -> None:
        """The answer against the ``json_schema`` the request asked for."""
        if self._schema is None:
            return
        reason = _schema_error(text, self._schema)
        if reason is None:
            return
        for rule in self._schema_rules:
            self._hit(rule, (reason,))
            if rule.action == "block":
                raise blocked(rule.name, "output")

    # -- whole answers ------------------------------------------------------------------------

    def body(self, body: bytes) -> tuple[bytes, bytes]:
        """A whole answer: (after the checks, as the client gets it: placeholders back)."""
        if self.checks and body_texts(body):
            body = rewrite_body(body, lambda _, text: self._checked_whole(text))
        if self.placeholders is None or b"<" not in body:
            return body, body
        placeholders = self.placeholders
        return body, _restore_all(body, placeholders.restore)

    def _checked_whole(self, text: str) -> str:
        text = self.check_text(text)
        self.check_json(text)
        return text

    # -- streams ------------------------------------------------------------------------------

    async def stream(self, routed: Routed) -> Routed:
        """The stream as the output rules let it through; raises the block when the first
        release is refused (nothing has been sent: a plain error response)."""
        response = routed.response
        assert response.chunks is not None and routed.first_chunk is not None
        window = self._policy.window_chars if self._policy.policy == "window" else None
        checked = self._checked_stream(routed.first_chunk, response.chunks, window)
        first = await anext(checked)
        response = dataclasses.replace(response, chunks=checked)
        return dataclasses.replace(routed, response=response, first_chunk=first)

    async def _checked_stream(
        self, first: bytes, chunks: AsyncGenerator[bytes, None], window: int | None
    ) -> AsyncGenerator[bytes, None]:
        events = EventBuffer()
        held: list[bytes] = []
        size = 0
        try:
            try:
                chunk: bytes | None = first
                while chunk is not None:
                    for event in events.feed(chunk):
                        held.append(event)
                        if window is None:
                            continue
                        size += sum(map(len, event_pieces(event).values()))
                        if size >= window:  # windows by text, however the network cut it
                            yield self._release(held, hold=True)
                            held, size = [], 0
                    chunk = await anext(chunks, None)
            except UpstreamError:  # what came is sent, checked; then the relay reports the break
                yield self._release(held, hold=False) + events.rest()
                raise
            last = self._release(held, hold=False)
            for text in self._sent.values():
                self.check_json(text)
            yield last + events.rest()
        finally:
            await chunks.aclose()

    def _release(self, events: list[bytes], hold: bool) -> bytes:
        """Check the held events' text (with the end of what was sent before, and what the last
        window held back) and rewrite them to carry the checked text. Until the end, the last
        ``_HOLD`` characters of each choice are held back: a value cut by the window's edge is
        still whole, and redactable, in the next window."""
        pieces = [event_pieces(event) for event in events]
        new: dict[int, list[str]] = {}
        for event, found in zip(events, pieces, strict=True):
            for index, text in found.items():
                new.setdefault(index, []).append(text)
                self._template[index] = event
        if not hold:
            for index in self._held:
                new.setdefault(index, [])
        released: dict[int, str] = {}
        for index, parts in new.items():
            sent = self._sent.get(index, "")
            context = sent[-_CONTEXT:]
            fresh = self._held.pop(index, "") + "".join(parts)
            out = self.check_text(context + fresh, len(context))[len(context) :]
            if hold:
                cut = max(len(out) - _HOLD, 0)
                out, self._held[index] = out[:cut], out[cut:]
            self._sent[index] = sent + out
            released[index] = out
        out_events: list[bytes] = []
        for index, text in released.items():
            if text and not new[index]:  # held text, and no event of that choice left to carry it
                template = self._template[index]
                change = {i: text if i == index else "" for i in event_pieces(template)}
                out_events.append(rewrite_event(template, change))
        # A choice whose text went through unchanged keeps its events byte for byte.
        changed = {i for i, text in released.items() if text != "".join(new[i])}
        placed: set[int] = set()
        for event, found in zip(events, pieces, strict=True):
            change = {i: "" if i in placed else released[i] for i in found if i in changed}
            placed.update(found)
            out_events.append(rewrite_event(event, change) if change else event)
        return b"".join(out_events)

    async def restore(self, chunks: AsyncGenerator[bytes, None]) -> AsyncGenerator[bytes, None]:
        """The relayed stream with placeholders swapped back, piece by piece (a placeholder
        cut across pieces is held until it is whole)."""
        assert self.placeholders is not None
        events = EventBuffer()
        restorers: dict[int, StreamRestorer] = {}
        last: bytes | None = None  # the last event with text: the form of a flushed remainder
        try:
            async for chunk in chunks:
                out: list[bytes] = []
                for event in events.feed(chunk):
                    pieces = event_pieces(event)
                    if pieces:
                        last = event
                        changed = {
                            i: restorers.setdefault(i, self.placeholders.restorer()).feed(t)
                            for i, t in pieces.items()
                        }
                        out.append(rewrite_event(event, changed))
                        continue
                    if last is not None and _ends(event):
                        out.append(_flushed(last, restorers))
                        last = None
                    out.append(event)
                rest = events.rest()
                yield b"".join(out) + rest
        finally:
            await chunks.aclose()


def _ends(event: bytes) -> bool:
    """A [DONE], a finish_reason or an error: the text is over."""
    return _DONE in event or b'"finish_reason":"' in event or b'"error"' in event


def _flushed(last: bytes, restorers: dict[int, StreamRestorer]) -> bytes:
    rest = {i: r.flush() for i, r in restorers.items()}
    if not any(rest.values()):
        return b""
    return rewrite_event(last, rest)


def _restore_all(body: bytes, restore: Callable[[str], str]) -> bytes:
    """Every string of the answer's choices with placeholders swapped back (text, tool call
    arguments alike)."""

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return restore(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return body
    if isinstance(data, dict) and isinstance(data.get("choices"), list):
        data["choices"] = walk(data["choices"])
    return orjson.dumps(data)


def _requested_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    form = body.get("response_format")
    if not isinstance(form, dict) or form.get("type") != "json_schema":
        return None
    spec = form.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    return schema if isinstance(schema, dict) else None


def _schema_error(text: str, schema: dict[str, Any]) -> str | None:
    """Why ``text`` is not a JSON value of ``schema`` (a kind, not the content), or None."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return "invalid_json"
    try:
        validator = jsonschema.validators.validator_for(schema)(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    except jsonschema.exceptions.SchemaError:
        return "invalid_schema"
    return None if error is None else "schema_mismatch"
