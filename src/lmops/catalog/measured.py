"""What the store measured of each model group and deployment: traffic statistics over a window,
read from the request-log rollup (never ``request_log`` itself), and eval scores per suite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from lmops.store.tables import eval_cells, eval_runs
from lmops.store.traffic import Dim, TrafficPoint, traffic_totals

__all__ = [
    "SuiteScore",
    "TrafficStats",
    "eval_scores",
    "suite_matches",
    "target_model",
    "traffic_stats",
]


@dataclass(frozen=True, slots=True)
class TrafficStats:
    """A model group's or deployment's traffic over a window, from the hourly rollup.

    Latency percentiles are read from the rollup's histogram (exact to within its bucket); time
    to first token is a mean (the rollup keeps its sum); output speed is completion tokens per
    second of request time, over all requests.
    """

    requests: int
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    mean_ttft_ms: float | None
    output_tokens_per_s: float | None
    error_rate: float | None
    rate_limited_rate: float | None
    cache_hit_rate: float | None
    mean_cost_usd: float | None  # over the priced requests
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float

    @classmethod
    def of(cls, point: TrafficPoint) -> TrafficStats:
        n = point.requests
        priced = n - point.unpriced_requests
        seconds = point.latency_ms / 1000
        return cls(
            requests=n,
            p50_ms=point.latency_percentile(0.50),
            p95_ms=point.latency_percentile(0.95),
            p99_ms=point.latency_percentile(0.99),
            mean_ttft_ms=point.mean_ttft_ms,
            output_tokens_per_s=point.completion_tokens / seconds if seconds > 0 else None,
            error_rate=point.errors / n if n else None,
            rate_limited_rate=point.rate_limited / n if n else None,
            cache_hit_rate=point.cache_hits / n if n else None,
            mean_cost_usd=point.cost_usd / priced if priced else None,
            prompt_tokens=point.prompt_tokens,
            completion_tokens=point.completion_tokens,
            cost_usd=point.cost_usd,
        )


def traffic_stats(
    engine: sa.Engine, start: datetime, end: datetime, by: Dim
) -> dict[str, TrafficStats]:
    """Statistics per model group (``by="model"``) or deployment id, summed by the database
    over the hourly rollup: a week is 168 rows per group whatever the traffic."""
    return {
        value: TrafficStats.of(point)
        for value, point in traffic_totals(engine, start, end, "hour", by)
    }


@dataclass(frozen=True, slots=True)
class SuiteScore:
    """A target's result in the latest run of a suite that called it."""

    suite: str  # the suite file as the run recorded it
    run_id: str
    started_at: datetime
    mean_score: float | None
    pass_rate: float | None
    cells: int


def target_model(target_id: str) -> str:
    """The model group an eval target called: a suite names an in-process target by its group,
    and a gateway target is ``group@url`` unless given an ``id`` (then the id is all there is)."""
    return target_id.split("@", 1)[0]


def eval_scores(engine: sa.Engine) -> dict[str, list[SuiteScore]]:
    """Per model group, its scores in the latest run of each suite that called it (under
    whichever target id: a group called in process and through a gateway is one model)."""
    c, r = eval_cells, eval_runs
    scored = sa.case((c.c.status == "skipped", None), else_=1)
    stmt = (
        sa.select(
            r.c.id,
            r.c.suite_path,
            r.c.started_at,
            c.c.target_id,
            sa.func.avg(c.c.score),
            sa.func.sum(sa.case((c.c.status == "passed", 1), else_=0)),
            sa.func.count(scored),
        )
        .join(c, c.c.run_id == r.c.id)
        .group_by(r.c.id, r.c.suite_path, r.c.started_at, c.c.target_id)
        .order_by(r.c.started_at)
    )
    latest: dict[tuple[str, str], SuiteScore] = {}
    with engine.connect() as conn:
        for run_id, suite, started, target, mean, passed, cells in conn.execute(stmt):
            latest[(suite, target_model(target))] = SuiteScore(
                suite=suite,
                run_id=run_id,
                started_at=started,
                mean_score=float(mean) if mean is not None else None,
                pass_rate=int(passed) / int(cells) if cells else None,
                cells=int(cells),
            )
    found: dict[str, list[SuiteScore]] = {}
    for (_, model), score in sorted(latest.items()):
        found.setdefault(model, []).append(score)
    return found


def suite_matches(recorded: str, given: str) -> bool:
    """Whether ``--suite given`` names the suite a run recorded: the same file, or its name or
    stem (``qa.yaml``, ``qa``)."""
    path = Path(recorded)
    if given in (recorded, path.name, path.stem):
        return True
    try:
        return path.resolve() == Path(given).resolve()
    except OSError:
        return False
