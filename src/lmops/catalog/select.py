"""Model selection: filter the catalog by what a workload needs, rank what is left by a stated
objective, and say for every model why it was kept or dropped, from the figures measured.

A requirement a model cannot be checked against (too little traffic for a p99, no price, no
stated capabilities, no run of the suite) is said so and never guessed: the model is kept as
*unverified* and ranked after the models that met every requirement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from lmops.catalog.entries import ModelEntry, Window
from lmops.catalog.measured import SuiteScore, suite_matches

__all__ = [
    "BLEND",
    "OBJECTIVES",
    "Requirements",
    "Verdict",
    "blended_price_per_1k",
    "parse_weights",
    "select_models",
]

OBJECTIVES = ("quality", "cost", "latency")
# Input tokens per output token when a group has no measured traffic to weigh its prices by:
# the usual 3:1 of published blended prices.
BLEND = 3


@dataclass(frozen=True, slots=True)
class Requirements:
    context: int | None = None
    max_p99_ms: float | None = None
    max_cost_per_1k: float | None = None
    needs: frozenset[str] = frozenset()
    compliance: frozenset[str] = frozenset()
    suite: str | None = None
    min_requests: int = 100  # fewer in the window: no latency figure is quoted


@dataclass(slots=True)
class Verdict:
    entry: ModelEntry
    kept: bool = True
    reasons: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)  # requirements it could not be held to
    quality: float | None = None
    cost_per_1k: float | None = None
    p99_ms: float | None = None
    score: float | None = None  # the weighted objective, when weights were given
    rank: int | None = None

    def drop(self, reason: str) -> None:
        self.kept = False
        self.reasons.append(reason)

    def unknown(self, what: str, reason: str) -> None:
        self.unverified.append(what)
        self.reasons.append(reason)

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.entry.name,
            "kept": self.kept,
            "rank": self.rank,
            "reasons": self.reasons,
            "unverified": self.unverified,
            "quality": self.quality,
            "cost_per_1k": self.cost_per_1k,
            "p99_ms": self.p99_ms,
            "score": self.score,
        }


def blended_price_per_1k(entry: ModelEntry) -> tuple[float, str] | None:
    """USD per 1,000 tokens at the group's measured input:output mix (or 3:1 when it has no
    traffic), and how the mix was set."""
    price = entry.price
    if price is None:
        return None
    stats = entry.stats
    if stats is not None and stats.prompt_tokens + stats.completion_tokens > 0:
        ins, outs = stats.prompt_tokens, stats.completion_tokens
        how = f"at its measured {_ratio(ins, outs)} input:output"
    else:
        ins, outs = BLEND, 1
        how = f"at {BLEND}:1 input:output (no traffic measured)"
    per_token = (ins * price.input + outs * price.output) / Decimal(ins + outs)
    return float(per_token * 1000), how


def _ratio(ins: int, outs: int) -> str:
    return f"{ins / outs:.1f}:1" if outs else "1:0"


def select_models(
    entries: Sequence[ModelEntry],
    need: Requirements,
    window: Window,
    weights: Mapping[str, float] | None = None,
) -> list[Verdict]:
    """Every entry's verdict: the kept ones first, in rank order, then the dropped ones."""
    verdicts = [_judge(e, need, window) for e in entries]
    kept = [v for v in verdicts if v.kept]
    if weights:
        _weigh(kept, weights)
        order = sorted(kept, key=lambda v: (bool(v.unverified), -(v.score or 0.0), v.entry.name))
    else:
        order = sorted(kept, key=lambda v: (bool(v.unverified), *_lexical(v), v.entry.name))
    for i, v in enumerate(order, 1):
        v.rank = i
    return order + [v for v in verdicts if not v.kept]


def _lexical(v: Verdict) -> tuple[float, float, float]:
    """Quality (higher first), then cost, then latency (lower first); unknown last in each."""
    inf = float("inf")
    return (
        -v.quality if v.quality is not None else inf,
        v.cost_per_1k if v.cost_per_1k is not None else inf,
        v.p99_ms if v.p99_ms is not None else inf,
    )


def _weigh(kept: list[Verdict], weights: Mapping[str, float]) -> None:
    """Each objective scaled to 0-1 over the kept models (1 best; unknown 0), then weighted."""
    values = {
        "quality": [v.quality for v in kept],
        "cost": [-v.cost_per_1k if v.cost_per_1k is not None else None for v in kept],
        "latency": [-v.p99_ms if v.p99_ms is not None else None for v in kept],
    }
    total = sum(weights.values())
    for i, v in enumerate(kept):
        score = 0.0
        for name, weight in weights.items():
            column = values[name]
            known = [x for x in column if x is not None]
            x = column[i]
            if x is None or not known:
                continue
            low, high = min(known), max(known)
            score += weight * ((x - low) / (high - low) if high > low else 1.0)
        v.score = score / total if total else 0.0


def _judge(entry: ModelEntry, need: Requirements, window: Window) -> Verdict:
    v = Verdict(entry)
    stats = entry.stats
    requests = stats.requests if stats else 0
    measured = stats is not None and requests >= need.min_requests
    over = f"over the {window.label}, {requests:,} requests"
    if measured and stats is not None:
        v.p99_ms = stats.p99_ms
    if need.context is not None:
        window_size = entry.context_window
        if window_size is None:
            v.unknown("context", "context window unknown (set context_window on its deployments)")
        elif window_size < need.context:
            v.drop(f"context {window_size:,} under {need.context:,}")
        else:
            v.reasons.append(f"context {window_size:,} >= {need.context:,}")
    if need.max_p99_ms is not None:
        limit = f"{need.max_p99_ms:,.0f}"
        if not measured or v.p99_ms is None:
            v.unknown(
                "p99",
                f"p99 not measured: {requests:,} requests over the {window.label} "
                f"({need.min_requests:,} needed)",
            )
        elif v.p99_ms > need.max_p99_ms:
            v.drop(f"p99 {v.p99_ms:,.0f} ms over {limit} {over}")
        else:
            v.reasons.append(f"p99 {v.p99_ms:,.0f} ms within {limit} {over}")
    blended = blended_price_per_1k(entry)
    if blended is not None:
        v.cost_per_1k = blended[0]
    if need.max_cost_per_1k is not None:
        if blended is None:
            v.unknown("cost", "price unknown (set input/output_cost_per_token)")
        elif blended[0] > need.max_cost_per_1k:
            v.drop(f"${blended[0]:.4f} per 1K tokens {blended[1]}, over ${need.max_cost_per_1k:g}")
        else:
            v.reasons.append(
                f"${blended[0]:.4f} per 1K tokens {blended[1]}, within ${need.max_cost_per_1k:g}"
            )
    if need.needs:
        caps = entry.capabilities
        if caps is None:
            v.unknown("capabilities", "capabilities unknown (set capabilities on its deployments)")
        elif missing := sorted(need.needs - caps):
            v.drop(f"lacks {', '.join(missing)}")
        else:
            v.reasons.append(f"has {', '.join(sorted(need.needs))}")
    if need.compliance:
        if missing := sorted(need.compliance - entry.compliance):
            v.drop(f"not tagged {', '.join(missing)} on every deployment")
        else:
            v.reasons.append(f"tagged {', '.join(sorted(need.compliance))}")
    if need.suite is not None:
        score = _suite_score(entry.scores, need.suite)
        if score is None or score.mean_score is None:
            v.unknown("quality", f"no scored run of suite {need.suite}")
        else:
            v.quality = score.mean_score
            passed = f", {score.pass_rate:.0%} passed" if score.pass_rate is not None else ""
            v.reasons.append(
                f"score {score.mean_score:.3f} on {need.suite}{passed} "
                f"(run {score.run_id[:12]}, {score.cells} cells)"
            )
    if v.p99_ms is not None and need.max_p99_ms is None:
        v.reasons.append(f"p99 {v.p99_ms:,.0f} ms {over}")
    elif need.max_p99_ms is None and not measured:
        v.reasons.append(f"latency not measured: {requests:,} requests over the {window.label}")
    return v


def _suite_score(scores: Sequence[SuiteScore], suite: str) -> SuiteScore | None:
    found = [s for s in scores if suite_matches(s.suite, suite)]
    return max(found, key=lambda s: s.started_at) if found else None


def parse_weights(text: str) -> dict[str, float]:
    """``quality=2,cost=1,latency=1`` as weights; ValueError naming the bad part."""
    weights: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in OBJECTIVES:
            raise ValueError(f"{part!r}: give objective=weight, objectives {', '.join(OBJECTIVES)}")
        try:
            weight = float(value)
        except ValueError:
            raise ValueError(f"{part!r}: the weight is not a number") from None
        if weight < 0:
            raise ValueError(f"{part!r}: a weight is 0 or more")
        weights[name] = weight
    if not weights or not sum(weights.values()):
        raise ValueError("give at least one positive weight")
    return weights
