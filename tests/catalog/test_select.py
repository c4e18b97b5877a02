"""The model catalog and selection against a seeded request log whose latencies and tokens are
known, so every figure in every reason is worked out by hand below, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from lmops.catalog.entries import ModelEntry, Window, build_catalog
from lmops.catalog.measured import target_model
from lmops.catalog.prices import PriceCatalog
from lmops.catalog.select import Requirements, Verdict, parse_weights, select_models
from lmops.config import parse_config
from lmops.store.db import create_engine, migrate
from lmops.store.request_batch import BatchInserter
from lmops.store.tables import eval_cells, eval_runs
from tests.conftest_store import BACKENDS, database_url, make_record

NOW = datetime(2026, 12, 1, tzinfo=UTC)
WEEK = Window(NOW - timedelta(days=7), NOW, "last 7 days")

_D = "provider: openai, api_base: http://127.0.0.1:9/v1, context_window: 128000"
_CAPS = "capabilities: [chat, tools, json_schema]"
CONFIG = f"""
models:
  - {{name: fast, {_D}, model: a, {_CAPS}, compliance: [eu], region: eu-west-1,
     input_cost_per_token: 0.000001, output_cost_per_token: 0.000003}}
  - {{name: smart, {_D}, model: b, {_CAPS}, compliance: [eu],
     input_cost_per_token: 0.0000012, output_cost_per_token: 0.0000036}}
  - {{name: slow, {_D}, model: c, {_CAPS}, compliance: [eu],
     input_cost_per_token: 0.0000004, output_cost_per_token: 0.0000008}}
  - {{name: pricey, {_D}, model: d, {_CAPS}, compliance: [eu],
     input_cost_per_token: 0.00001, output_cost_per_token: 0.00003}}
  - {{name: fresh, {_D}, model: e, {_CAPS}, compliance: [eu],
     input_cost_per_token: 0.000001, output_cost_per_token: 0.000003}}
  - {{name: plain, {_D}, model: f, capabilities: [chat, streaming], compliance: [us],
     input_cost_per_token: 0.000001, output_cost_per_token: 0.000003}}
  - {{name: tiny, provider: openai, api_base: http://127.0.0.1:9/v1, model: g, {_CAPS},
     context_window: 8192, compliance: [eu],
     input_cost_per_token: 0.000001, output_cost_per_token: 0.000003}}
settings: {{auth: none}}
"""

# Requests per group and their latencies: 250 ms sits in the rollup's 200-300 ms bucket, so a
# p99 of n requests all at 250 ms reads 200 + 100 x 0.99 = 299 ms. "slow" has 98 at 250 ms and
# 2 at 2,500 ms (the 2,000-3,000 bucket): its p99 is rank 99, the first of those two, placed
# at 2,000 + 1,000 x (99 - 98) / 2 = 2,500 ms. Every request has 300 prompt and 100 completion
# tokens (3.0:1), so a group's blended price per 1K is (3 x input + output) / 4 x 1,000.
TRAFFIC = {
    "fast": [250.0] * 200,
    "smart": [250.0] * 150,
    "slow": [250.0] * 98 + [2500.0] * 2,
    "pricey": [250.0] * 100,
    "fresh": [250.0] * 20,
    "plain": [250.0] * 100,
    "tiny": [250.0] * 100,
}


def seed(engine: sa.Engine) -> None:
    """TRAFFIC in the request log (and so its rollup), a day before NOW, and two runs of a
    suite."""
    n = 0
    records = []
    for group, latencies in TRAFFIC.items():
        for latency in latencies:
            n += 1
            records.append(
                make_record(
                    n,
                    created_at=(NOW - timedelta(days=1)).timestamp() + n,
                    model_group=group,
                    deployment=f"{group}/0",
                    latency_ms=latency,
                    prompt_tokens=300,
                    completion_tokens=100,
                    cost_usd=0.001,
                )
            )
    # Outside the window: never counted.
    old = (NOW - timedelta(days=9)).timestamp()
    records.append(make_record(n + 1, created_at=old, model_group="fast", latency_ms=9000.0))
    assert BatchInserter(engine).write(records, retry=False) == 0
    _eval_run(engine, "run-old", "evals/qa.yaml", NOW - timedelta(days=3), {"smart": 0.2})
    _eval_run(engine, "run-new", "evals/qa.yaml", NOW - timedelta(days=2),
              {"fast": 0.8, "smart@http://gw:4000": 0.9, "fresh": 0.95})  # fmt: skip


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    with database_url(request.param, tmp_path) as url:
        engine = create_engine(url)
        migrate(engine)
        seed(engine)
        yield engine
        engine.dispose()


def _eval_run(
    engine: sa.Engine, run_id: str, suite: str, at: datetime, scores: dict[str, float]
) -> None:
    """A run whose every target has two cells: one at ``score`` (passed), one skipped."""
    with engine.begin() as conn:
        conn.execute(
            sa.insert(eval_runs).values(
                id=run_id, suite_path=suite, description="", suite_hash="h", started_at=at,
                finished_at=at, threshold=0.5, passed=len(scores), failed=0, errors=0,
                skipped=len(scores), prompt_versions={}, options={},
            )
        )  # fmt: skip
        position = 0
        for target, score in scores.items():
            for status, value in (("passed", score), ("skipped", None)):
                conn.execute(
                    sa.insert(eval_cells).values(
                        run_id=run_id, position=position, prompt_id="p", target_id=target,
                        test_index=0, repeat_index=0, description="", vars={}, status=status,
                        scores=[], score=value, cached=False, prompt="",
                    )
                )  # fmt: skip
                position += 1


def catalog(engine: sa.Engine) -> list[ModelEntry]:
    return build_catalog(parse_config(CONFIG), PriceCatalog.load(), engine, WEEK)


NEED = Requirements(
    context=32000,
    max_p99_ms=2000,
    max_cost_per_1k=0.002,
    needs=frozenset({"tools", "json_schema"}),
    compliance=frozenset({"eu"}),
)
OVER = "over the last 7 days"


def by_name(verdicts: list[Verdict]) -> dict[str, Verdict]:
    return {v.entry.name: v for v in verdicts}


def test_the_catalog_joins_config_prices_traffic_and_evals(engine: sa.Engine) -> None:
    entries = {e.name: e for e in catalog(engine)}
    fast = entries["fast"]
    assert fast.stats is not None and fast.stats.requests == 200  # the 9-day-old one is out
    assert fast.stats.p99_ms == pytest.approx(299.0) and fast.stats.p50_ms == pytest.approx(250.0)
    assert fast.stats.error_rate == 0 and fast.stats.mean_cost_usd == pytest.approx(0.001)
    # 100 completion tokens in 0.25 s of request time
    assert fast.stats.output_tokens_per_s == pytest.approx(400.0)
    assert fast.deployments[0].stats == fast.stats and fast.regions == ["eu-west-1"]
    assert fast.capabilities == {"chat", "tools", "json_schema"}
    slow = entries["slow"].stats
    assert slow is not None and slow.p99_ms == pytest.approx(2500.0)
    # The latest run that called each group; a gateway target counts for its group.
    assert [(s.run_id, s.mean_score, s.pass_rate) for s in entries["smart"].scores] == [
        ("run-new", 0.9, 1.0)
    ]
    assert entries["tiny"].scores == () and target_model("smart@http://gw:4000") == "smart"


def test_selection_keeps_ranks_and_says_why(engine: sa.Engine) -> None:
    verdicts = select_models(catalog(engine), NEED, WEEK)
    assert [(v.entry.name, v.rank) for v in verdicts if v.kept] == [
        ("fast", 1), ("smart", 2), ("fresh", 3)
    ]  # fmt: skip

    def reasons(context: str = "context 128,000 >= 32,000", p99: str = "299", requests: int = 100,
                price: str = "0.0015", caps: str = "has json_schema, tools",
                tags: str = "tagged eu", verb: str = "within") -> list[str]:  # fmt: skip
        p99_reason = (
            p99
            if p99.startswith("p99")
            else f"p99 {p99} ms {verb} 2,000 {OVER}, {requests} requests"
        )
        over = "over" if float(price) > 0.002 else "within"
        cost = f"${price} per 1K tokens at its measured 3.0:1 input:output, {over} $0.002"
        return [context, p99_reason, cost, caps, tags]

    expected = {
        "fast": reasons(requests=200),
        "smart": reasons(requests=150, price="0.0018"),
        "fresh": reasons(p99="p99 not measured: 20 requests over the last 7 days (100 needed)"),
        "slow": reasons(p99="2,500", verb="over", price="0.0005"),
        "pricey": reasons(price="0.0150"),
        "plain": reasons(caps="lacks json_schema, tools", tags="not tagged eu on every deployment"),
        "tiny": reasons(context="context 8,192 under 32,000"),
    }
    assert {v.entry.name: v.reasons for v in verdicts} == expected
    found = by_name(verdicts)
    assert found["fresh"].unverified == ["p99"]
    assert not any(found[n].kept for n in ("slow", "pricey", "plain", "tiny"))


def test_quality_on_a_suite_ranks_first_then_cost(engine: sa.Engine) -> None:
    entries = catalog(engine)
    ranked = select_models(entries, Requirements(max_p99_ms=2000, suite="qa"), WEEK)
    kept = [v.entry.name for v in ranked if v.kept]
    # smart scores 0.9 in the latest run (its 0.2 was the old one), fast 0.8. The unverified
    # follow: fresh scores best but its p99 is unmeasured, then the groups no run called, by
    # cost (then name).
    assert kept == ["smart", "fast", "fresh", "plain", "tiny", "pricey"]
    assert by_name(ranked)["smart"].reasons[-1] == (
        "score 0.900 on qa, 100% passed (run run-new, 1 cells)"
    )
    assert by_name(ranked)["slow"].kept is False
    assert "no scored run of suite qa" in by_name(ranked)["plain"].reasons
    # By cost alone: the cheapest kept groups first.
    cheap = select_models(entries, NEED, WEEK, parse_weights("cost=1"))
    assert [v.entry.name for v in cheap if v.kept] == ["fast", "smart", "fresh"]
    assert cheap[0].score == pytest.approx(1.0) and cheap[1].score == pytest.approx(0.0)
    best = select_models(entries, Requirements(suite="evals/qa.yaml"), WEEK,
                         parse_weights("quality=3,cost=1"))  # fmt: skip
    # Quality 0-1 over the scored: fresh 1, smart 2/3, fast 0; cost 0-1 from the dearest kept
    # (pricey, $0.015) to the cheapest (slow, $0.0005): fresh and fast 0.931, smart 0.910.
    assert [v.entry.name for v in best[:3]] == ["fresh", "smart", "fast"]
    assert best[1].score == pytest.approx((3 * 2 / 3 + (0.015 - 0.0018) / 0.0145) / 4)


def test_too_little_traffic_is_said_not_guessed(engine: sa.Engine) -> None:
    entries = catalog(engine)
    verdict = by_name(select_models(entries, Requirements(min_requests=500), WEEK))["fast"]
    assert verdict.p99_ms is None
    assert verdict.reasons == ["latency not measured: 200 requests over the last 7 days"]
    empty = build_catalog(parse_config(CONFIG), PriceCatalog.load(), None, WEEK)
    cost = select_models(empty, Requirements(max_cost_per_1k=0.002), WEEK)
    assert by_name(cost)["fast"].reasons[0] == (
        "$0.0015 per 1K tokens at 3:1 input:output (no traffic measured), within $0.002"
    )


def test_the_price_list_adds_the_models_no_deployment_serves(engine: sa.Engine) -> None:
    entries = build_catalog(
        parse_config(CONFIG), PriceCatalog.load(), engine, WEEK, include_price_list=True
    )
    gpt = next(e for e in entries if e.name == "gpt-4o")
    assert not gpt.configured and gpt.context_window == 128000 and gpt.stats is None
    assert gpt.capabilities is not None and "tools" in gpt.capabilities


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("speed=1", "objectives quality, cost, latency"),
        ("cost=x", "not a number"),
        ("cost=-1", "0 or more"),
        ("cost=0", "positive"),
    ],
)
def test_bad_weights_are_named(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        parse_weights(text)
