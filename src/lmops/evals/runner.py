"""Running a suite: every prompt x target x test x repeat cell called, scored and recorded.

:func:`run_suite` expands the suite's cells, then prepares everything that does not depend on
the model's answer once: each prompt is compiled once (a registry reference resolved once, its
version recorded as ``name:version``), each prompt x test rendered once and shared by its targets
and repeats, with the hash of its messages and parameters, which each cell's cache key finishes
(:mod:`lmops.evals.caching`); each test's assertions are looked up once. The cache is read with
one ``get_many`` for all the cells before the first call.

``concurrency`` workers then take cells in order, so at most that many calls are in flight and no
task waits per cell. A cell's call goes through :class:`~lmops.evals.caching.CachedCaller` (cache,
timeout, retries with backoff); its assertions are scored per the metric calling convention:
``METRICS[name](output, value=, reference=, vars=, prompt=, latency_ms=, cost_usd=, embedder=,
judge=, base_dir=)``, where ``reference`` is the assertion's value when that is a string, else
the test's ``reference`` variable, and ``prompt`` the rendered text (a chat prompt's last user
message). Slow metrics run on a worker thread; the judge and embeddings models they ask are
reached through :mod:`lmops.evals.bridges`. A metric that raises scores ERROR, never FAIL; then
the test's threshold and ``not-`` apply (:func:`lmops.evals.score.apply`).

Cancelling the run stops the calls in flight; the cells not finished are ``skipped``, the
answers already paid for are written to the cache, and the partial run is returned. For Ctrl-C
to do that, run it with :func:`lmops.evals.interrupt.run_interruptible`, not ``asyncio.run``.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import orjson

import lmops.evals.assertions
import lmops.evals.metrics  # noqa: F401  (both register their metrics)
from lmops.evals.bridges import LazyMiniLM, ModelEncoder, ThreadJudge
from lmops.evals.caching import CachedCaller, KeyBase, MemoryCache, cache_key, key_base, key_for
from lmops.evals.calls import Caller, CallError, ResultCache
from lmops.evals.metrics.semantic import TextEncoder
from lmops.evals.progress import Progress
from lmops.evals.results import CellResult, RunResult, ScoreResult, Status
from lmops.evals.score import METRICS, SLOW, Metric, Score, ScoreError, apply
from lmops.evals.suite import Assertion, Case, Suite, SuitePrompt, expand
from lmops.prompts.model import PromptRef, PromptVersion
from lmops.prompts.templates import CompiledPrompt, TemplateError, compile_prompt

__all__ = ["MemoryCache", "ResolveRef", "cache_key", "run_suite"]

log = logging.getLogger("lmops.evals")

ResolveRef = Callable[[PromptRef], PromptVersion]
INTERRUPTED: Final = "the run was interrupted before this cell finished"
# Request parameters a prompt's config may hold that the runner sets itself: the target names
# the model, and answers are read whole.
_NOT_PARAMS: Final = frozenset({"model", "stream", "stream_options"})
_ERRORS_AS_TOLD = (ScoreError, ValueError, CallError)  # their message is the whole reason


# The records below are internal and made per test or cell: not frozen, for a cheaper __init__.
@dataclass(slots=True)
class _Check:
    """One assertion of one test, its metric looked up once."""

    assertion: Assertion
    fn: Metric
    slow: bool
    reference: Any
    metric: str


@dataclass(slots=True)
class _Prepared:
    """A prompt ready to render, or why it cannot be."""

    compiled: CompiledPrompt | None
    params: dict[str, Any]
    version: str
    error: str | None = None


@dataclass(slots=True)
class _Rendered:
    """One prompt rendered for one test, shared by its targets and repeats."""

    messages: list[dict[str, str]]
    params: dict[str, Any]
    text: str  # what metrics see as the prompt
    shown: str  # CellResult.prompt
    base: KeyBase | None
    error: str | None = None


@dataclass(slots=True)
class _Cell:
    case: Case
    repeat_index: int
    rendered: _Rendered
    checks: tuple[_Check, ...]
    key: str


async def run_suite(
    suite: Suite,
    caller: Caller,
    *,
    cache: ResultCache | None = None,
    resolve_ref: ResolveRef | None = None,
    targets: Sequence[str] | None = None,
    concurrency: int | None = None,
    repeat: int | None = None,
    progress: Progress | None = None,
    encoder: TextEncoder | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    rng: random.Random | None = None,
) -> RunResult:
    """Run ``suite``'s cells on ``caller`` and return every cell's result (see the module
    docstring). ``targets`` keeps only those target ids (ValueError naming an unknown one);
    ``concurrency`` and ``repeat`` override the suite's options; ``cache`` None calls every
    model (``--no-cache``); ``resolve_ref`` looks up registry prompts; ``encoder`` replaces the
    semantic metrics' model; ``clock``, ``sleep`` and ``rng`` are injected for tests."""
    cases = _select(expand(suite), targets)
    repeat = repeat or suite.repeat
    concurrency = concurrency or suite.concurrency
    started = clock()
    cached = CachedCaller(
        caller, cache, timeout=suite.timeout, retries=suite.retries, sleep=sleep, rng=rng
    )
    loop = asyncio.get_running_loop()
    judge = None if suite.judge is None else ThreadJudge(cached, suite.judge, loop)
    if encoder is None:
        encoder = (
            LazyMiniLM()
            if suite.embeddings is None
            else ModelEncoder(cached, suite.embeddings, loop)
        )
    run = _Run(suite, cached, judge, encoder, progress)
    if progress is not None:
        progress.start(len(cases) * repeat)
    versions: dict[str, str] = {}
    interrupted = False
    try:
        versions = await run.prepare(cases, repeat, resolve_ref)
        await run.execute(concurrency)
    except asyncio.CancelledError:
        interrupted = True
        await run.stop()
    finally:
        await cached.aclose()
    cells = run.results(cases, repeat)
    if progress is not None:
        progress.finish()
    return RunResult(
        id=uuid.uuid4().hex,
        suite_path=str(suite.path),
        description=suite.description,
        suite_hash=suite.source_hash,
        started_at=started,
        finished_at=clock(),
        threshold=suite.threshold,
        cells=cells,
        prompt_versions=versions,
        options={
            "targets": sorted({c.target.id for c in cases}),
            "concurrency": concurrency,
            "repeat": repeat,
            "timeout": suite.timeout,
            "retries": suite.retries,
            "cache": cache is not None,
            "judge": None if suite.judge is None else suite.judge.id,
            "embeddings": None if suite.embeddings is None else suite.embeddings.id,
            "interrupted": interrupted,
        },
    )


def _select(cases: list[Case], targets: Sequence[str] | None) -> list[Case]:
    if targets is None:
        return cases
    known = {c.target.id for c in cases}
    for name in targets:
        if name not in known:
            raise ValueError(f"unknown target {name!r}; the suite has: {', '.join(sorted(known))}")
    wanted = set(targets)
    return [c for c in cases if c.target.id in wanted]


class _Run:
    """One run's state: the prepared cells, the workers and what each cell gave."""

    def __init__(
        self,
        suite: Suite,
        cached: CachedCaller,
        judge: ThreadJudge | None,
        encoder: TextEncoder,
        progress: Progress | None,
    ) -> None:
        self.cached = cached
        self.judge = judge
        self.encoder = encoder
        self.progress = progress
        self.base_dir = suite.path.parent
        self.cells: list[_Cell] = []
        self.done: list[CellResult | None] = []
        self.workers: list[asyncio.Task[None]] = []

    async def prepare(
        self, cases: list[Case], repeat: int, resolve_ref: ResolveRef | None
    ) -> dict[str, str]:
        prompts = {c.prompt.id: c.prompt for c in cases}
        prepared = {pid: await _prepare(p, resolve_ref) for pid, p in prompts.items()}
        keyed = self.cached.cache is not None
        rendered: dict[tuple[str, int], _Rendered] = {}
        checks: dict[int, tuple[_Check, ...]] = {}
        for case in cases:
            at = (case.prompt.id, case.test_index)
            if at not in rendered:
                rendered[at] = _render(prepared[case.prompt.id], case, keyed)
            if case.test_index not in checks:
                checks[case.test_index] = tuple(_check(a, case.vars) for a in case.asserts)
            r, ch = rendered[at], checks[case.test_index]
            for i in range(repeat):
                key = "" if r.base is None else key_for(r.base, case.target, i)
                self.cells.append(_Cell(case, i, r, ch, key))
        self.done = [None] * len(self.cells)
        await self.cached.prefetch([c.key for c in self.cells if c.key])
        return {pid: p.version for pid, p in prepared.items() if p.version}

    async def execute(self, concurrency: int) -> None:
        order = iter(range(len(self.cells)))
        loop = asyncio.get_running_loop()
        count = min(concurrency, len(self.cells))
        self.workers = [loop.create_task(self._work(order)) for _ in range(count)]
        try:
            await asyncio.gather(*self.workers)
        except Exception:
            await self.stop()  # no worker outlives the run (a progress display that failed)
            raise

    async def stop(self) -> None:
        for worker in self.workers:
            worker.cancel()
        if self.judge is not None:
            self.judge.cancel()
        await asyncio.gather(*self.workers, return_exceptions=True)

    def results(self, cases: list[Case], repeat: int) -> tuple[CellResult, ...]:
        if not self.cells:  # interrupted while preparing
            self.cells = [_Cell(c, i, _UNRENDERED, (), "") for c in cases for i in range(repeat)]
            self.done = [None] * len(self.cells)
        out = []
        for cell, result in zip(self.cells, self.done, strict=True):
            if result is None:
                result = _result(cell, "skipped", error=INTERRUPTED)
                if self.progress is not None:
                    self.progress.advance(result)
            out.append(result)
        return tuple(out)

    async def _work(self, order: Iterator[int]) -> None:
        cells, done, progress = self.cells, self.done, self.progress
        for i in order:
            result = await self._cell(cells[i])
            done[i] = result
            if progress is not None:
                progress.advance(result)

    async def _cell(self, cell: _Cell) -> CellResult:
        r = cell.rendered
        if r.error is not None:
            return _result(cell, "error", error=r.error)
        try:
            answer, hit = await self.cached.complete(
                cell.case.target, r.messages, r.params, cell.key, prefetched=True
            )
        except CallError as exc:
            return _result(cell, "error", error=exc.message)
        except Exception as exc:  # a caller breaking its contract: the cell says so
            log.exception("eval runner: the caller raised")
            return _result(cell, "error", error=f"caller failed: {type(exc).__name__}: {exc}")
        try:
            scores = await self._score(cell, answer.text, answer.latency_ms, answer.cost_usd)
        except Exception as exc:  # a bug here must not lose the cell or the run
            log.exception("eval runner: scoring failed")
            return _result(cell, "error", error=f"internal error: {type(exc).__name__}: {exc}")
        status: Status = "passed"
        for s in scores:
            if s.error:
                status = "error"
                break
            if not s.passed:
                status = "failed"
        return CellResult(
            cell.case.prompt.id,
            cell.case.target.id,
            cell.case.test_index,
            cell.repeat_index,
            cell.case.test.description,
            cell.case.vars,
            status,
            output=answer.text,
            scores=scores,
            latency_ms=answer.latency_ms,
            prompt_tokens=answer.prompt_tokens,
            completion_tokens=answer.completion_tokens,
            cost_usd=answer.cost_usd,
            cached=hit,
            prompt=r.shown,
        )

    async def _score(
        self, cell: _Cell, output: str, latency_ms: float, cost_usd: float | None
    ) -> tuple[ScoreResult, ...]:
        context = {
            "vars": cell.case.vars,
            "prompt": cell.rendered.text,
            "latency_ms": latency_ms,
            "cost_usd": cost_usd,
            "embedder": self.encoder,
            "judge": self.judge,
            "base_dir": self.base_dir,
        }
        out = []
        for check in cell.checks:
            if check.slow:
                out.append(await asyncio.to_thread(_measure, check, output, context))
            else:
                out.append(_measure(check, output, context))
        return tuple(out)


def _measure(check: _Check, output: str, context: dict[str, Any]) -> ScoreResult:
    a = check.assertion
    try:
        score: Score = check.fn(output, value=a.value, reference=check.reference, **context)
        if score.value is not None and not 0.0 <= score.value <= 1.0:
            raise ScoreError(f"{a.type} measured {score.value!r}, outside 0..1")
    except Exception as exc:
        reason = str(exc) if isinstance(exc, _ERRORS_AS_TOLD) else f"{type(exc).__name__}: {exc}"
        return ScoreResult(
            a.type, check.metric, None, False, reason, a.weight, error=True, expected=a.value
        )
    if a.threshold is not None or a.negate:  # else apply() would return the score as it is
        score = apply(score, threshold=a.threshold, negate=a.negate)
    return ScoreResult(
        a.type, check.metric, score.value, score.passed, score.reason, a.weight, expected=a.value
    )


def _check(a: Assertion, vars: Mapping[str, Any]) -> _Check:
    reference = a.value if isinstance(a.value, str) else vars.get("reference")
    name = a.metric_name
    return _Check(a, METRICS[name], name in SLOW, reference, a.metric or a.type)


async def _prepare(prompt: SuitePrompt, resolve_ref: ResolveRef | None) -> _Prepared:
    content = prompt.content
    version = ""
    if prompt.ref is not None:
        if resolve_ref is None:
            return _Prepared(
                None, {}, "", f"prompt {prompt.id!r}: no prompt registry to look it up"
            )
        try:
            found = await asyncio.to_thread(resolve_ref, prompt.ref)
        except Exception as exc:
            return _Prepared(None, {}, "", f"prompt {prompt.id!r}: {exc}")
        content, version = found.content, found.ref
    assert content is not None  # a suite prompt has content or a ref
    try:
        compiled = compile_prompt(content)
        version = version or content.content_hash()
    except (TemplateError, ValueError) as exc:
        return _Prepared(None, {}, version, f"prompt {prompt.id!r}: {exc}")
    params = {k: v for k, v in content.config.items() if k not in _NOT_PARAMS}
    return _Prepared(compiled, params, version)


_UNRENDERED: Final = _Rendered([], {}, "", "", None, INTERRUPTED)


def _render(prepared: _Prepared, case: Case, keyed: bool) -> _Rendered:
    if prepared.compiled is None:
        return _Rendered([], {}, "", "", None, prepared.error)
    try:
        out = prepared.compiled.render(case.vars)
    except TemplateError as exc:
        return _Rendered([], {}, "", "", None, f"prompt {case.prompt.id!r}: {exc}")
    if out.text is not None:
        messages = [{"role": "user", "content": out.text}]
        text = shown = out.text
    else:
        messages = out.messages or []
        users = [m["content"] for m in messages if m["role"] == "user"]
        text = users[-1] if users else (messages[-1]["content"] if messages else "")
        shown = orjson.dumps(messages).decode()
    base = key_base(messages, prepared.params) if keyed else None
    return _Rendered(messages, prepared.params, text, shown, base)


def _result(cell: _Cell, status: Status, *, error: str) -> CellResult:
    case = cell.case
    return CellResult(
        case.prompt.id,
        case.target.id,
        case.test_index,
        cell.repeat_index,
        case.test.description,
        case.vars,
        status,
        error=error,
        prompt=cell.rendered.shown,
    )
