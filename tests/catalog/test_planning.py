"""Cost planning: the monthly estimate on the price list's prices, a replay of seeded traffic
equal to a hand computation, and budget run-out dates."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from lmops.catalog.entries import model_price
from lmops.catalog.planning import (
    daily_tokens,
    forecast_budget,
    monthly_estimate,
    project,
    reprice,
)
from lmops.catalog.prices import PriceCatalog
from lmops.config import parse_config
from lmops.store.db import create_engine, migrate
from lmops.store.request_batch import BatchInserter
from tests.conftest_store import make_record

CATALOG = PriceCatalog.load()


def test_the_seed_example_from_the_price_list() -> None:
    # 10,000 requests a day of 500 tokens in and 200 out on gpt-4o ($2.50 and $10 per 1M):
    # 300,000 requests x (500 x 2.5e-6 + 200 x 1e-5) = 300,000 x $0.00325 = $975.
    gpt4o = CATALOG.lookup("gpt-4o")
    assert gpt4o is not None
    assert monthly_estimate(gpt4o, 10_000, 500, 200) == Decimal("975")
    # A fifth answered by the response cache: four fifths of the cost.
    assert monthly_estimate(gpt4o, 10_000, 500, 200, cache_hit_rate=0.2) == Decimal("780")
    # Half of each prompt from the provider's cache at $1.25 per 1M:
    # 250 x 2.5e-6 + 250 x 1.25e-6 + 200 x 1e-5 = $0.0029375 a request.
    assert monthly_estimate(gpt4o, 10_000, 500, 200, cached_input_share=0.5) == Decimal("881.25")


def test_a_group_is_priced_from_the_config_and_a_name_from_the_price_list() -> None:
    config = parse_config(
        "models:\n"
        "  - {name: mine, provider: openai, api_base: http://h/v1, model: gpt-4o-mini,"
        " weight: 3}\n"
        "  - {name: mine, provider: openai, api_base: http://h/v1, model: x,"
        " input_cost_per_token: 0.000001, output_cost_per_token: 0.000002}\n"
        "settings: {auth: none}\n"
    )
    mine = model_price("mine", config, CATALOG)
    # Weighted 3:1 between gpt-4o-mini ($0.15/$0.60 per 1M) and the configured $1/$2.
    assert mine is not None
    assert mine.input == (3 * Decimal("0.00000015") + Decimal("0.000001")) / 4
    assert mine.output == (3 * Decimal("0.0000006") + Decimal("0.000002")) / 4
    assert model_price("gpt-4o", config, CATALOG) == CATALOG.lookup("gpt-4o")
    assert model_price("no-such-model", None, CATALOG) is None


def test_replay_equals_a_hand_computation(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    day = datetime(2026, 11, 10, 12, tzinfo=UTC).timestamp()
    # Three days: 2, 1 and 3 requests of 1,000 prompt tokens (200 of them cached) and 100
    # completion tokens; a refused request (no tokens) and another group's request too.
    counts = [2, 1, 3]
    records = []
    n = 0
    for i, count in enumerate(counts):
        for _ in range(count):
            n += 1
            records.append(make_record(n, created_at=day + i * 86400, model_group="chat",
                                       prompt_tokens=1000, completion_tokens=100,
                                       cached_tokens=200, cost_usd=0.01))  # fmt: skip
    records.append(make_record(n + 1, created_at=day, model_group="chat", status_code=429,
                               prompt_tokens=None, completion_tokens=None))  # fmt: skip
    records.append(make_record(n + 2, created_at=day, model_group="other", cost_usd=5.0))
    assert BatchInserter(engine).write(records, retry=False) == 0

    days = daily_tokens(engine, date(2026, 11, 9), date(2026, 11, 12), "chat")
    assert [d.requests for d in days] == [0, 2, 1, 3]  # a day without traffic is zeros
    mini = CATALOG.lookup("gpt-4o-mini")
    assert mini is not None and mini.cached_input is not None
    # One request on gpt-4o-mini: 800 x $0.15 + 200 x $0.075 + 100 x $0.60 per 1M.
    one = (800 * 0.15 + 200 * 0.075 + 100 * 0.60) / 1e6
    replayed = reprice(days, mini)
    assert replayed == pytest.approx([0.0, 2 * one, one, 3 * one])
    # Re-counted text: 1.5x the prompt tokens, 0.5x the completion tokens.
    assert reprice(days[1:2], mini, 1.5, 0.5) == pytest.approx(
        [2 * (1200 * 0.15 + 300 * 0.075 + 50 * 0.60) / 1e6]
    )
    p = project(replayed[1:])
    mean = 2 * one  # (2 + 1 + 3) / 3 requests a day
    sd = one  # the sample deviation of 2, 1, 3 requests' cost
    half = 4.303 * sd / math.sqrt(3)  # t(2) at 97.5%
    assert p.monthly == pytest.approx(30 * mean)
    assert (p.low, p.high) == pytest.approx((30 * (mean - half) if mean > half else 0.0,
                                             30 * (mean + half)))  # fmt: skip
    actual = project([d.cost_usd for d in days[1:]])
    assert actual.total == pytest.approx(0.06) and actual.monthly == pytest.approx(0.6)
    assert project([1.0]).low is None
    engine.dispose()


NOW = datetime(2026, 12, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("period", "spent", "rate", "outlook", "runs_out", "resets"),
    [
        # $40 left at $10 a day: 4 days from noon on the 10th.
        ("monthly", 60.0, 10.0, "runs out", date(2026, 12, 14), date(2027, 1, 1)),
        # $40 left at $1 a day: past the reset on the 1st.
        ("monthly", 60.0, 1.0, "lasts the period", None, date(2027, 1, 1)),
        ("weekly", 100.0, 1.0, "exhausted", date(2026, 12, 10), date(2026, 12, 14)),
        ("total", 10.0, 0.0, "no recent spend", None, None),
        ("daily", 99.0, 48.0, "runs out", date(2026, 12, 10), date(2026, 12, 11)),
    ],
)
def test_budget_forecasts(
    period: str, spent: float, rate: float, outlook: str, runs_out: date | None,
    resets: date | None,
) -> None:  # fmt: skip
    f = forecast_budget("key", "k1", "alice", period, 100.0, spent, rate, NOW)  # type: ignore[arg-type]
    assert (f.outlook, f.runs_out_on, f.resets_on) == (outlook, runs_out, resets)
    assert f.to_json()["runs_out_on"] == (runs_out.isoformat() if runs_out else None)


def test_a_december_budget_resets_in_january() -> None:
    f = forecast_budget("global", "", "global", "monthly", 10.0, 0.0, 0.1, NOW - timedelta(days=5))
    assert f.resets_on == date(2027, 1, 1)
