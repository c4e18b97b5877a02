"""Output guardrails and placeholder restoring: what the handler runs on an answer.

A whole answer is checked before it is sent. A stream is checked by the configured policy:
``buffer`` holds the stream, checks the assembled text, then sends it (a block is a plain 400);
``window`` sends it window by window as each is checked, and a block cuts the stream with an SSE
error event. Placeholders put in by input redaction are swapped back last, after the checks and
the request log's copy, so the log and the checks see what the upstream wrote.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Sequence
from typing import TYPE_CHECKING, Any

import jsonschema
import orjson

from lmops.config_guardrails import StreamPolicy
from lmops.errors import GatewayError, UpstreamError
from lmops.gateway.sse_text import (
    TEXT,
    EventBuffer,
    Slot,
    body_slots,
    carrier_event,
    event_slots,
    finished_choices,
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
# Characters a window keeps back for the next, so that a value cut by the window's edge is
# whole (and redactable) in the next one. More is kept when a value found reaches into them,
# when a private key block has begun but not ended, or when the text ends inside a long token
# (a JWT, a key): up to _MAX_HOLD characters; longer values are only certain to be caught
# with the buffer policy.
_HOLD = 256
_MAX_HOLD = 16384
_TAIL = 16384  # bytes of a checked stream kept for its usage, should a block end it early


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
        # Inside a tool call's arguments (a JSON text) a value goes in JSON-escaped.
        self._in_json = placeholders.json_escaped() if placeholders is not None else None
        self._hits = hits
        self._on_hit = on_hit
        self._fired: set[str] = set()
        self._sent: dict[Slot, str] = {}  # per slot: the text checked and released so far
        self._held: dict[Slot, str] = {}  # per slot: checked, held back for the next window
        self._template: dict[Slot, bytes] = {}  # per slot: its last event (id and model)
        self.tail = b""  # the end of the stream read so far, for its usage

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

    def check_text(self, text: str, start: int = 0, end: int | None = None) -> str:
        """``text`` after the output rules. Only what lies from ``start`` on may be rewritten
        (what is before was sent already); a value reaching past ``end`` is left for the next
        window, where it is whole."""
        return self._check(text, start, end)[0]

    def _check(self, text: str, start: int, end: int | None) -> tuple[str, int]:
        """:meth:`check_text`, and how many characters from the end of the result the first
        value left for the next window begins (0: none)."""
        pending = 0
        for rule in self._rules:
            scan = rule.scan(text)
            if scan is None:
                continue
            found = scan.findings
            if end is not None:
                later = [f.start for f in found if f.end > end]
                # Counted from the end: redactions before it do not move it.
                pending = max(pending, len(text) - min(later, default=len(text)))
                found = tuple(f for f in found if f.end <= end)
            fresh = tuple(f for f in found if f.end > start)
            if scan.findings and not fresh:
                continue  # before ``start``: reported already; past ``end``: next window
            self._hit(rule, scan.kinds)
            if rule.action == "block":
                raise blocked(rule.name, "output")
            if rule.action == "redact":
                redactable = tuple(f for f in fresh if f.start >= start)
                text = rule.redact(text, Scan(scan.kinds, redactable), None)
        return text, pending

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

    def _restore(self, slot: Slot, text: str) -> str:
        placeholders = self.placeholders if slot[1] == TEXT else self._in_json
        assert placeholders is not None
        return placeholders.restore(text)

    # -- whole answers ------------------------------------------------------------------------

    def body(self, body: bytes) -> tuple[bytes, bytes]:
        """A whole answer: (after the checks, as the client gets it: placeholders back)."""
        if self.checks and body_slots(body):
            body = rewrite_body(body, self._checked_whole)
        if self.placeholders is None or not body_slots(body):
            return body, body
        return body, rewrite_body(body, self._restore)

    def _checked_whole(self, slot: Slot, text: str) -> str:
        text = self.check_text(text)
        if slot[1] == TEXT:
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
        # In place: the provider sets ``usage`` on this response when its stream ends.
        routed.first_chunk = await anext(checked)
        response.chunks = checked
        return routed

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
                    self.tail = (self.tail + chunk)[-_TAIL:]
                    for event in events.feed(chunk):
                        held.append(event)
                        if window is None:
                            continue
                        size += sum(map(len, event_slots(event).values()))
                        if size >= window:  # windows by text, however the network cut it
                            yield self._release(held, hold=True)
                            held, size = [], 0
                    chunk = await anext(chunks, None)
            except UpstreamError:  # what came whole is sent, checked; the relay reports the break
                yield self._release(held, hold=False)
                raise
            last = self._release(held, hold=False)
            for slot, text in self._sent.items():
                if slot[1] == TEXT:
                    self.check_json(text)
            yield last + events.rest()
        finally:
            await chunks.aclose()

    def _release(self, events: list[bytes], hold: bool) -> bytes:
        """Check the held events' text (with the end of what was sent before, and what the
        last window held back) and rewrite them to carry the checked text. With ``hold``, the
        end of each slot waits for the next window (:func:`_hold_back`)."""
        pieces = [event_slots(event) for event in events]
        new: dict[Slot, list[str]] = {}
        for event, found in zip(events, pieces, strict=True):
            for slot, text in found.items():
                new.setdefault(slot, []).append(text)
                self._template[slot] = event
        if not hold:
            for slot in self._held:
                new.setdefault(slot, [])
        released: dict[Slot, str] = {}
        for slot, parts in new.items():
            sent = self._sent.get(slot, "")
            context = sent[-_CONTEXT:]
            fresh = self._held.pop(slot, "") + "".join(parts)
            whole = context + fresh
            keep = _hold_back(whole) if hold else 0
            end = max(len(whole) - keep, len(context)) if hold else None
            checked, pending = self._check(whole, len(context), end)
            out = checked[len(context) :]
            if hold:
                # A value left for the next window is held from its first character.
                cut = max(len(out) - min(max(keep, pending), _MAX_HOLD), 0)
                out, self._held[slot] = out[:cut], out[cut:]
            self._sent[slot] = sent + out
            released[slot] = out
        out_events: list[bytes] = []
        for slot, text in released.items():
            if text and not new[slot]:  # held text, and no event of that slot left to carry it
                out_events.append(carrier_event(self._template[slot], slot, text))
        # A slot whose text went through unchanged keeps its events byte for byte.
        changed = {s for s, text in released.items() if text != "".join(new[s])}
        placed: set[Slot] = set()
        for event, found in zip(events, pieces, strict=True):
            change = {s: "" if s in placed else released[s] for s in found if s in changed}
            placed.update(found)
            out_events.append(rewrite_event(event, change) if change else event)
        return b"".join(out_events)

    async def restore(self, chunks: AsyncGenerator[bytes, None]) -> AsyncGenerator[bytes, None]:
        """The relayed stream with placeholders swapped back, piece by piece (a placeholder
        cut across pieces is held until it is whole, or its choice finishes)."""
        assert self.placeholders is not None and self._in_json is not None
        events = EventBuffer()
        restorers: dict[Slot, StreamRestorer] = {}
        template = b""
        try:
            async for chunk in chunks:
                out: list[bytes] = []
                for event in events.feed(chunk):
                    pieces = event_slots(event)
                    finished = finished_choices(event)
                    # A finishing choice's held text goes before the finish: in this event
                    # for a slot it carries, in an event of its own for the others.
                    out += self._flush(restorers, finished, pieces, template)
                    if not pieces:
                        out.append(event)
                        continue
                    template = event
                    changed = {}
                    for slot, text in pieces.items():
                        restorer = restorers.get(slot)
                        if restorer is None:
                            source = self.placeholders if slot[1] == TEXT else self._in_json
                            restorer = restorers[slot] = source.restorer()
                        changed[slot] = restorer.feed(text)
                        if slot[0] in finished:
                            changed[slot] += restorer.flush()
                    out.append(rewrite_event(event, changed))
                if out:
                    yield b"".join(out)
            rest = events.rest()
            if rest:
                yield rest
        finally:
            await chunks.aclose()

    @staticmethod
    def _flush(
        restorers: dict[Slot, StreamRestorer],
        finished: set[int],
        carried: dict[Slot, str],
        template: bytes,
    ) -> list[bytes]:
        """Carrier events for the held text of the ``finished`` choices' slots, but those the
        finishing event itself ``carried``."""
        out = []
        for slot, restorer in restorers.items():
            if slot[0] in finished and slot not in carried:
                held = restorer.flush()
                if held:
                    out.append(carrier_event(template, slot, held))
        return out


def _hold_back(text: str) -> int:
    """How many characters at the end of *text* wait for the next window: ``_HOLD``, or more
    while a private key block is open or the text ends inside a token longer than that."""
    keep = _HOLD
    begin = text.rfind("-----BEGIN")
    if begin >= 0 and "-----END" not in text[begin:]:
        keep = len(text) - begin
    if text and not text[-1].isspace():
        keep = max(keep, len(text.rsplit(None, 1)[-1]))  # scanned from the end
    return min(keep, _MAX_HOLD)


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
        base = jsonschema.validators.validator_for(schema)
        # ``pattern`` runs Python's backtracking regex on text the client and the model
        # choose: a pathological pattern could hold the event loop for minutes. Not checked.
        checker = jsonschema.validators.extend(base, {"pattern": _unchecked})  # type: ignore[no-untyped-call]
        validator = checker(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    except Exception:  # a schema the validator cannot use ($ref to nowhere, bad types)
        return "invalid_schema"
    return None if error is None else "schema_mismatch"


def _unchecked(*_: object) -> None:
    return None
