"""The traffic rollup: what the writer adds per minute and hour, the series read back with
percentiles from the histogram, and the migration's backfill of an existing log agreeing with
what the writer would have added, on SQLite and PostgreSQL."""

from __future__ import annotations

import bisect
import random
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from lmops.store.db import migrate
from lmops.store.request_batch import BatchInserter
from lmops.store.request_log import RequestRecord
from lmops.store.tables import LATENCY_BOUNDS_MS, request_log, traffic_rollup
from lmops.store.traffic import buckets, percentile, traffic_rows, traffic_series
from tests.conftest_store import BASE_TIME, make_record
from tests.store.test_db import _upgrade_to

START = datetime.fromtimestamp(BASE_TIME, UTC)


def records(n: int = 400, seed: int = 0) -> list[RequestRecord]:
    rng = random.Random(seed)
    found = []
    for i in range(n):
        found.append(
            make_record(
                i,
                created_at=BASE_TIME + rng.uniform(0, 3 * 3600),
                model_group=rng.choice(["small", "large"]),
                key_id=rng.choice([None, "k1", "k2"]),
                team_id=rng.choice([None, "t1"]),
                status_code=rng.choice([200] * 8 + [429, 500]),
                latency_ms=rng.lognormvariate(5, 1.2),
                ttft_ms=rng.choice([None, 40.0]),
                cost_usd=rng.choice([None, 0.001, 0.002]),
                cache_hit=rng.random() < 0.2,
            )
        )
    return found


def test_rows_sum_each_minute_and_hour() -> None:
    rows = traffic_rows(records())
    for width in ("minute", "hour"):
        mine = [r for r in rows if r["width"] == width and r["dim"] == "all"]
        assert sum(r["requests"] for r in mine) == 400
        assert all(sum(r[f"lat_{i:02d}"] for i in range(24)) == r["requests"] for r in mine)
    for dim in ("all", "model", "key", "team", "deployment"):
        mine = [r for r in rows if r["width"] == "hour" and r["dim"] == dim]
        assert sum(r["requests"] for r in mine) == 400
    assert {r["value"] for r in rows if r["dim"] == "key"} == {"", "k1", "k2"}
    hours = {r["bucket"] for r in rows if r["width"] == "hour"}
    assert len(hours) in (3, 4) and all(len(b) == 13 for b in hours)


def test_percentiles_are_exact_to_within_their_bucket() -> None:
    latencies = [random.Random(1).lognormvariate(5, 1.2) for _ in range(5000)]
    histogram = [0] * (len(LATENCY_BOUNDS_MS) + 1)
    for value in latencies:
        histogram[bisect.bisect_left(LATENCY_BOUNDS_MS, value)] += 1
    ordered = sorted(latencies)
    for q in (0.5, 0.95, 0.99):
        true = ordered[int(q * len(ordered)) - 1]
        i = bisect.bisect_left(LATENCY_BOUNDS_MS, true)
        low = LATENCY_BOUNDS_MS[i - 1] if i else 0.0
        found = percentile(histogram, q)
        assert found is not None and low <= found <= LATENCY_BOUNDS_MS[i]
    assert percentile([0] * 24, 0.5) is None


def test_the_writer_adds_to_the_rollup_and_series_read_it_back(engine: sa.Engine) -> None:
    written = records()
    assert BatchInserter(engine).write(written, retry=False) == 0
    assert BatchInserter(engine).write(written[:50], retry=True) == 0  # nothing counted twice
    end = START + timedelta(hours=4)
    [(name, hours)] = traffic_series(engine, START, end, "hour")
    assert name == "" and sum(p.requests for p in hours) == 400
    assert sum(p.errors for p in hours) == sum(r.status_code >= 400 for r in written)
    cost = sum(r.cost_usd or 0 for r in written)
    assert sum(p.cost_usd for p in hours) == pytest.approx(cost)
    by_model = dict(traffic_series(engine, START, end, "minute", "model"))
    assert set(by_model) == {"small", "large"}
    small = sum(r.model_group == "small" for r in written)
    assert sum(p.requests for p in by_model["small"]) == small
    k1 = dict(traffic_series(engine, START, end, "hour", "key"))["k1"]
    assert sum(p.requests for p in k1) == sum(r.key_id == "k1" for r in written)
    assert len(buckets(START, end, "hour")) == 5 and len(buckets(START, end, "minute")) == 241


def test_the_migration_fills_the_rollup_from_an_existing_log(bare_engine: sa.Engine) -> None:
    _upgrade_to(bare_engine, "0007")
    written = records(300, seed=2)
    at_0007 = [c.name for c in request_log.columns if c.name != "attempts"]  # 0011 adds it
    old_rows = [
        {
            **{name: getattr(r, name) for name in at_0007},
            "created_at": datetime.fromtimestamp(r.created_at, UTC),
        }
        for r in written
    ]
    with bare_engine.begin() as conn:
        conn.execute(request_log.insert(), old_rows)
    migrate(bare_engine)
    with bare_engine.connect() as conn:
        stored = {
            tuple(row[:4]): tuple(row[4:]) for row in conn.execute(sa.select(traffic_rollup)).all()
        }
    expected = {
        tuple(r[c] for c in ("width", "bucket", "dim", "value")): r for r in traffic_rows(written)
    }
    assert set(stored) == set(expected)
    names = [c.name for c in traffic_rollup.columns][4:]
    for key, row in expected.items():
        got = dict(zip(names, stored[key], strict=True))
        for name in names:
            assert got[name] == pytest.approx(row[name]), (key, name)
