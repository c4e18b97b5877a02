"""Input guardrails: the rules that cover a request, run on its messages before the provider call.

A rule's action decides what a finding does: ``block`` refuses the request (400
``guardrail_blocked``, naming the rule, echoing nothing), ``redact`` rewrites the text the
upstream sees, ``flag`` lets it through. Every hit is counted, named in the
``x-lmops-guardrails`` header and kept (rule, stage, action, kinds: never the values) for the
request log. When output rules apply, or values were swapped for placeholders, the request
carries an :class:`~lmops.gateway.guard_output.OutputGuard` that the handler runs on the answer.

The scans of the requests that reach the step within a few turns of the event loop run together,
one rule at a time (:class:`_Batch`): a rule's tables (its RE2 automaton, its regexes, the code
that walks them) are out of the CPU's caches by the time the next request comes, and the first
scan of a batch pays for bringing them back, the others do not (bench/README, "Issue 13, ninth
session").
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any

import orjson
import structlog

from lmops.catalog.pricing import Pricing
from lmops.config_guardrails import StreamPolicy
from lmops.errors import GatewayError
from lmops.gateway.accounting import usage_from_body
from lmops.gateway.context import RequestContext
from lmops.gateway.guard_output import OutputGuard, blocked
from lmops.guardrails import pii
from lmops.guardrails.injection import Verdict, judge_messages, parse_judge
from lmops.guardrails.placeholders import Placeholders
from lmops.guardrails.rules import Hit, Rule, Scan
from lmops.providers.base import UpstreamRequest
from lmops.providers.router import Router

__all__ = ["Guardrails", "Judge", "RouterJudge"]

# (group, text) -> the judge model's verdict and what its call cost (USD; None: unknown)
Judge = Callable[[str, str], Awaitable[tuple[Verdict, float | None]]]

log = structlog.get_logger("lmops.guardrails")

# A text slot in a request body: the container, the key or index, and the message's role.
_Slot = tuple[Any, Any, str]
# One request's scans: (rule, text) pairs, and what each found.
_Work = list[tuple[Rule, str]]
_Found = list[Scan | None]


# Turns of the event loop a batch may wait for more requests, while it keeps growing.
_WAIT_TURNS = 3


class _Batch:
    """Scans asked for by requests, run together, one rule at a time in the configured order.

    A batch runs at the end of the loop turn its first request asked in, unless more requests
    joined during that turn: then it waits one turn more, up to :data:`_WAIT_TURNS` turns. A
    request alone waits for nothing; under load, the batch gathers the requests that arrive
    within a few turns.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._rules = tuple(rules)
        self._pending: list[tuple[_Work, asyncio.Future[_Found]]] = []
        self._seen = 0  # requests in the batch when it last decided to wait
        self._turns = 0  # turns it has waited

    async def scan(self, work: _Work) -> _Found:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[_Found] = loop.create_future()
        if not self._pending:
            self._seen, self._turns = 1, 0
            loop.call_soon(self._run)
        self._pending.append((work, future))
        return await future

    def _run(self) -> None:
        if len(self._pending) > self._seen and self._turns < _WAIT_TURNS:
            self._seen, self._turns = len(self._pending), self._turns + 1
            asyncio.get_running_loop().call_soon(self._run)
            return
        # A request cancelled since it asked (its client went away) is not scanned.
        pending = [(work, future) for work, future in self._pending if not future.cancelled()]
        self._pending = []
        found: list[_Found] = [[None] * len(work) for work, _ in pending]
        failed: dict[int, Exception] = {}
        for rule in self._rules:
            for index, (work, _) in enumerate(pending):
                if index in failed:
                    continue
                for position, (wanted, text) in enumerate(work):
                    if wanted is not rule:
                        continue
                    try:
                        found[index][position] = rule.scan(text)
                    except Exception as exc:  # one request's failure is its own
                        failed[index] = exc
                        break
        for index, (_, future) in enumerate(pending):
            if index in failed:
                future.set_exception(failed[index])
            else:
                future.set_result(found[index])


class Guardrails:
    """The input step. Built only when rules are configured."""

    def __init__(
        self,
        rules: Sequence[Rule],
        stream: StreamPolicy,
        *,
        judge: Judge | None,
        on_hit: Callable[[Hit], None],
        on_judge_error: Callable[[], None],
    ) -> None:
        self._rules = tuple(rules)
        self._batch = _Batch(self._rules)
        self._narrowed = any(r.keys is not None or r.teams is not None for r in rules)
        # Rules by model group when no rule is narrowed to keys or teams (the common case).
        self._by_group: dict[str, tuple[Rule, ...]] = {}
        self._stream = stream
        self._judge = judge
        self._on_hit = on_hit
        self._on_judge_error = on_judge_error

    def _applicable(self, ctx: RequestContext) -> tuple[Rule, ...]:
        group = ctx.model_group
        if not self._narrowed:
            found = self._by_group.get(group)
            if found is None:
                found = self._by_group[group] = tuple(
                    r for r in self._rules if r.applies(group, None, None)
                )
            return found
        principal = ctx.principal
        key = (principal.key.id, principal.key.name) if principal.key is not None else None
        team = principal.team
        named = (team.id, team.name) if team is not None else None
        return tuple(r for r in self._rules if r.applies(group, key, named))

    def covers(self, ctx: RequestContext) -> bool:
        """Whether any rule applies to the request (the step does nothing otherwise)."""
        return bool(self._applicable(ctx))

    async def __call__(self, ctx: RequestContext) -> None:
        rules = self._applicable(ctx)
        if not rules:
            return
        hits: list[Hit] = []
        ctx.guardrails = hits  # before any block: the refusal's record names the rule
        placeholders = Placeholders()
        changed = [False]
        # Found once: a rule that redacts rewrites a text in its slot, not the slots.
        slots = list(_slots(ctx.endpoint, ctx.body))
        work = [
            (rule, holder[where])
            for rule in rules
            if rule.stage == "input"
            for holder, where, role in slots
            if role in rule.roles
        ]
        scanned = iter(zip(work, await self._batch.scan(work), strict=True) if work else ())
        try:
            for rule in rules:
                if rule.stage == "input":
                    await self._check_input(ctx, rule, slots, scanned, hits, placeholders, changed)
        finally:
            if changed[0]:
                # What the upstream saw (or, refused, the text without the values found) is
                # what the log keeps: the client's values stay out of it.
                ctx.raw_body = orjson.dumps(ctx.body)
        outputs = [r for r in rules if r.stage == "output"]
        if placeholders or any(r.keys is not None or r.teams is not None for r in outputs):
            # An answer with the values put back, or checked by rules only some callers have:
            # not one to give another request.
            ctx.cache = None
        if outputs or placeholders:
            ctx.output = OutputGuard(
                outputs,
                self._stream,
                placeholders if placeholders else None,
                ctx,
                hits,
                self._on_hit,
            )

    async def _check_input(
        self,
        ctx: RequestContext,
        rule: Rule,
        slots: list[_Slot],
        scanned: Iterator[tuple[tuple[Rule, str], Scan | None]],
        hits: list[Hit],
        placeholders: Placeholders,
        changed: list[bool],
    ) -> None:
        """Run ``rule`` on every text of the request it covers (in ``slots``); ``changed[0]``
        is set when a text was rewritten (redacted, or stripped of its values before a
        refusal). ``scanned``: the batch's scans, in the order of the rules and slots; a text
        an earlier rule rewrote is scanned again."""
        kinds: set[str] = set()
        # The judge reads the newest text it covers (earlier turns were judged when new).
        judged = -1
        if rule.config.mode == "judge":
            judged = max((i for i, s in enumerate(slots) if s[2] in rule.roles), default=-1)
        for position, (holder, where, role) in enumerate(slots):
            if role not in rule.roles:
                continue
            text = holder[where]
            (_, before), scan = next(scanned)
            if text is not before:
                scan = rule.scan(text)
            if scan is None and position == judged:
                scan = await self._ask_judge(ctx, rule, text)
            if scan is None:
                continue
            kinds.update(scan.kinds)
            if rule.action == "block":
                if scan.findings:  # the values found never reach the log
                    holder[where] = pii.redact(text, "type", findings=list(scan.findings))
                    changed[0] = True
                self._hit(hits, Hit(rule.name, "input", "block", tuple(sorted(kinds))))
                raise blocked(rule.name)
            if rule.action == "redact" and scan.findings:
                holder[where] = rule.redact(text, scan, placeholders)
                changed[0] = True
        if kinds:
            self._hit(hits, Hit(rule.name, "input", rule.action, tuple(sorted(kinds))))

    async def _ask_judge(self, ctx: RequestContext, rule: Rule, text: str) -> Scan | None:
        assert self._judge is not None and rule.config.judge is not None
        try:
            verdict, cost = await self._judge(rule.config.judge, text)
        except (GatewayError, ValueError) as exc:  # a judge that fails lets the text through
            self._on_judge_error()
            log.warning("guardrail_judge_failed", rule=rule.name, error=str(exc))
            return None
        # Made on the request's behalf: its key, team and budgets pay for it with the answer.
        ctx.judge_cost = None if cost is None or ctx.judge_cost is None else ctx.judge_cost + cost
        if verdict.score < rule.config.threshold:
            return None
        return Scan(("judge",), score=verdict.score)

    def _hit(self, hits: list[Hit], hit: Hit) -> None:
        hits.append(hit)
        self._on_hit(hit)


def _slots(endpoint: str, body: dict[str, Any]) -> Iterator[_Slot]:
    """Every text the client sent: chat messages (text parts, and the arguments of tool calls
    in the history: they may carry values the client got back from placeholders), prompts,
    embedding inputs."""
    if endpoint == "chat":
        for message in body.get("messages") or ():
            if not isinstance(message, dict):
                continue
            role = message.get("role")
            role = role if isinstance(role, str) else "user"
            content = message.get("content")
            if isinstance(content, str):
                yield message, "content", role
            elif isinstance(content, list):
                for part in content:
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        yield part, "text", role
            for call in message.get("tool_calls") or ():
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    yield function, "arguments", role
        return
    field = "prompt" if endpoint == "completions" else "input"
    value = body.get(field)
    if isinstance(value, str):
        yield body, field, "user"
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                yield value, index, "user"


class RouterJudge:
    """Asks a model group of the gateway itself (routed like any request) for a verdict, and
    prices the call from its usage."""

    def __init__(self, router: Router, pricing: Pricing) -> None:
        self._router = router
        self._pricing = pricing

    async def __call__(self, group: str, text: str) -> tuple[Verdict, float | None]:
        body = {"model": group, "messages": judge_messages(text), "temperature": 0}
        routed = await self._router.route(
            group, UpstreamRequest("chat", body, False, "guardrail-judge")
        )
        try:
            answer = orjson.loads(routed.response.body or b"{}")["choices"][0]["message"]["content"]
        except (orjson.JSONDecodeError, KeyError, IndexError, TypeError):
            raise ValueError(f"judge group {group!r} answered no message") from None
        if not isinstance(answer, str):
            raise ValueError(f"judge group {group!r} answered no text")
        verdict = parse_judge(answer)
        usage = routed.response.usage or usage_from_body(routed.response.body or b"")
        _, cost = self._pricing.cost(routed.state.deployment.id, usage)
        return verdict, cost
