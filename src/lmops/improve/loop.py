"""The improvement loop for one prompt: run the suite on the production version, collect the
evidence (its failing cells, the production requests rated or flagged badly), group it into
failure modes, propose variants, push each as a version labelled ``candidate-N``, run the suite
on them, and compare each with production, pair by pair, with bootstrap intervals.

A candidate is *better* when the interval of its pass-rate or mean-score difference lies wholly
above 0 and neither lies wholly below; promotion stays a person's decision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from lmops.evals.bootstrap import Difference, paired_difference
from lmops.evals.calls import Caller, ResultCache
from lmops.evals.metrics.semantic import TextEncoder
from lmops.evals.results import CellResult, RunResult
from lmops.evals.runner import run_suite
from lmops.evals.suite import Suite, SuitePrompt
from lmops.finetune.sources import Rating
from lmops.improve.evidence import Example, Item, cell_items, production_items, well_rated
from lmops.improve.modes import FailureMode, failure_modes
from lmops.improve.variants import Candidate, Rewriter, Skipped, propose
from lmops.prompts.model import PromptRef, PromptVersion
from lmops.prompts.store import PromptStore

__all__ = ["Evidence", "Outcome", "Report", "Sources", "improve"]

PRODUCTION = "production"


@dataclass(frozen=True, slots=True)
class Sources:
    """Where production evidence comes from, and what counts as good or bad."""

    since: datetime
    feedback_below: float = 0.5  # a score under it is negative feedback
    min_feedback: float = 0.8  # every score at or over it: a well-rated request
    review_queue: str | None = None
    low_rating: Rating | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    items: tuple[Item, ...]
    modes: tuple[FailureMode, ...]
    examples: tuple[Example, ...]

    @property
    def counts(self) -> dict[str, int]:
        """How many items of each kind, in the order first seen."""
        return dict(Counter(item.kind for item in self.items))


@dataclass(slots=True)
class Outcome:
    """One candidate against production."""

    candidate: Candidate
    version: int
    label: str
    pass_rate: Difference | None = None
    score: Difference | None = None
    mean_cost_usd: float | None = None
    mean_latency_ms: float | None = None
    # Per failure mode with eval cells: (its tests the candidate passes, its tests).
    fixed: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def better(self) -> bool:
        diffs = [d for d in (self.pass_rate, self.score) if d is not None]
        return any(d.verdict == "improvement" for d in diffs) and not self.worse

    @property
    def worse(self) -> bool:
        return any(d.verdict == "regression" for d in (self.pass_rate, self.score) if d)

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "version": self.version,
            "strategy": self.candidate.strategy,
            "description": self.candidate.description,
            "better": self.better,
            "worse": self.worse,
            "pass_rate": self.pass_rate.to_json() if self.pass_rate else None,
            "score": self.score.to_json() if self.score else None,
            "mean_cost_usd": self.mean_cost_usd,
            "mean_latency_ms": self.mean_latency_ms,
            "modes_fixed": {str(m): {"passed": a, "of": b} for m, (a, b) in self.fixed.items()},
        }


@dataclass(frozen=True, slots=True)
class Report:
    prompt: str
    production: PromptVersion
    baseline: RunResult
    candidates_run: RunResult | None
    evidence: Evidence
    outcomes: tuple[Outcome, ...]
    skipped: tuple[Skipped, ...]
    baseline_cost_usd: float | None
    baseline_latency_ms: float | None

    @property
    def best(self) -> Outcome | None:
        better = [o for o in self.outcomes if o.better]
        if not better:
            return None
        return max(
            better,
            key=lambda o: (
                o.pass_rate.delta if o.pass_rate else 0.0,
                o.score.delta if o.score else 0.0,
            ),
        )

    def to_json(self) -> dict[str, Any]:
        best = self.best
        return {
            "prompt": self.prompt,
            "production_version": self.production.version,
            "baseline_run": self.baseline.id,
            "candidates_run": self.candidates_run.id if self.candidates_run else None,
            "baseline_pass_rate": self.baseline.pass_rate,
            "baseline_cost_usd": self.baseline_cost_usd,
            "baseline_latency_ms": self.baseline_latency_ms,
            "evidence": self.evidence.counts,
            "failure_modes": [m.to_json() for m in self.evidence.modes],
            "well_rated_examples": len(self.evidence.examples),
            "candidates": [o.to_json() for o in self.outcomes],
            "skipped": [{"strategy": s.strategy, "why": s.why} for s in self.skipped],
            "best": best.label if best else None,
        }


async def improve(
    prompt: str,
    suite: Suite,
    engine: sa.Engine,
    caller: Caller,
    sources: Sources,
    encoder: TextEncoder,
    *,
    cache: ResultCache | None = None,
    rewriter: Rewriter | None = None,
    author: str = "cli",
) -> Report:
    """The whole loop (see the module docstring); the runs are returned, not stored."""
    prompts = PromptStore(engine)
    production = prompts.get(PromptRef(prompt))  # the production label, else the newest

    async def run(ids_refs: list[tuple[str, PromptRef]]) -> RunResult:
        given = tuple(SuitePrompt(i, ref=ref) for i, ref in ids_refs)
        return await run_suite(
            replace(suite, prompts=given),
            caller,
            cache=cache,
            resolve_ref=prompts.get,
            encoder=encoder,
        )

    baseline = await run([(PRODUCTION, PromptRef(prompt, version=production.version))])
    items = cell_items(baseline.cells) + production_items(
        engine,
        prompt,
        sources.since,
        feedback_below=sources.feedback_below,
        review_queue=sources.review_queue,
        low_rating=sources.low_rating,
    )
    modes = failure_modes(items, encoder)
    examples = well_rated(engine, prompt, sources.since, sources.min_feedback)
    candidates, skipped = await propose(production.content, modes, examples, encoder, rewriter)
    outcomes = []
    for n, candidate in enumerate(candidates, 1):
        label = f"candidate-{n}"
        pushed = prompts.push(
            prompt,
            candidate.content,
            candidate.variables,
            author=author,
            message=f"lmops improve: {candidate.description}",
            label=label,
        )
        outcomes.append(Outcome(candidate, pushed.version.version, label))
    tried = None
    if outcomes:
        tried = await run([(o.label, PromptRef(prompt, version=o.version)) for o in outcomes])
        for outcome in outcomes:
            mine = [c for c in tried.cells if c.prompt_id == outcome.label]
            _compare(outcome, baseline.cells, mine, modes)
    return Report(
        prompt=prompt,
        production=production,
        baseline=baseline,
        candidates_run=tried,
        evidence=Evidence(tuple(items), tuple(modes), tuple(examples)),
        outcomes=tuple(outcomes),
        skipped=tuple(skipped),
        baseline_cost_usd=_mean([c.cost_usd for c in baseline.cells]),
        baseline_latency_ms=_mean([c.latency_ms for c in baseline.cells]),
    )


def _compare(
    outcome: Outcome,
    baseline: Sequence[CellResult],
    cells: Sequence[CellResult],
    modes: Sequence[FailureMode],
) -> None:
    base = {(c.target_id, c.test_index, c.repeat_index): c for c in baseline}
    passes, scores = [], []
    for cell in cells:
        old = base.get((cell.target_id, cell.test_index, cell.repeat_index))
        if old is None or "skipped" in (old.status, cell.status):
            continue
        case = (cell.target_id, cell.test_index)
        passes.append((case, float(old.status == "passed"), float(cell.status == "passed")))
        if old.score is not None and cell.score is not None:
            scores.append((case, old.score, cell.score))
    outcome.pass_rate = paired_difference("pass_rate", passes)
    outcome.score = paired_difference("score", scores, missing=len(passes) - len(scores))
    outcome.mean_cost_usd = _mean([c.cost_usd for c in cells])
    outcome.mean_latency_ms = _mean([c.latency_ms for c in cells])
    by_test: dict[int, list[bool]] = {}
    for cell in cells:
        by_test.setdefault(cell.test_index, []).append(cell.status == "passed")
    for mode in modes:
        tests = mode.tests
        if tests:
            fixed = sum(all(by_test.get(t, [False])) for t in tests)
            outcome.fixed[mode.number] = (fixed, len(tests))


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None
