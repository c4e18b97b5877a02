"""``lmops serve`` killed with SIGKILL loses no answered request: the next start replays them."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from lmops.store.spend import spend_report
from lmops.store.tables import request_log
from tests.conftest_store import postgres_schema_url, postgres_url_or_skip
from tests.replicas import MASTER, start_replicas, stop_replicas

pytestmark = pytest.mark.slow

REQUESTS = 40
# Binary fractions: every sum of costs is exact. 10 prompt and 20 completion tokens: $10 each.
USAGE = {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30}
COST = 10.0


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A database URL and the ``journal_dir`` line for it (PostgreSQL: a configured folder)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'lmops.db'}", ""
        return
    with postgres_schema_url(postgres_url_or_skip()) as url:
        yield url, f"journal_dir: '{tmp_path / 'journal'}'"


def _config(upstream_url: str, database_url: str, journal: str) -> str:
    return f"""
models:
  - name: chat
    provider: openai
    api_base: {upstream_url}
    api_key: ${{UPSTREAM_API_KEY}}
    input_cost_per_token: 0.5
    output_cost_per_token: 0.25
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: '{database_url}'
  request_log:
    flush_interval: 3600
    batch_size: 100000
    {journal}
"""


def _stored(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(conn.execute(sa.select(request_log.c.id)).scalars())


def test_sigkill_loses_no_answered_request_nor_its_spend(
    tmp_path: Path, upstream: FakeUpstream, database: tuple[str, str]
) -> None:
    url, journal = database
    upstream.usage = USAGE
    config = _config(upstream.url, url, journal)
    [replica] = start_replicas(tmp_path / "first", config, count=1)
    headers = {"authorization": f"Bearer {MASTER}"}

    def call(i: int) -> httpx.Response:
        body = {"model": "chat", "messages": [{"role": "user", "content": f"hi {i}"}]}
        body["stream"] = i % 2 == 0
        return httpx.post(f"{replica.url}/v1/chat/completions", json=body, headers=headers)

    try:
        with ThreadPoolExecutor(8) as pool:
            responses = list(pool.map(call, range(REQUESTS)))
    finally:
        replica.proc.send_signal(signal.SIGKILL)
        replica.proc.wait()
    assert [r.status_code for r in responses] == [200] * REQUESTS
    answered = sorted(r.headers["x-request-id"] for r in responses)
    engine = create_engine(url)
    try:
        assert _stored(engine) == []  # the flush interval is an hour: all of it was in memory

        [again] = start_replicas(tmp_path / "second", config, count=1)
        assert _stored(engine) == answered  # replayed before it said ready
        assert "request_log_recovered" in again.output()
        assert stop_replicas([again]) in ([0], [-signal.SIGTERM])
        assert _stored(engine) == answered  # and nothing twice
        [spend] = spend_report(engine, by="model")
        assert (spend.requests, spend.cost_usd) == (REQUESTS, REQUESTS * COST)
    finally:
        engine.dispose()


def test_a_new_replica_replays_the_killed_one_and_leaves_the_live_one(
    tmp_path: Path, upstream: FakeUpstream, database: tuple[str, str]
) -> None:
    url, journal = database
    upstream.usage = USAGE
    config = _config(upstream.url, url, journal)
    replicas = start_replicas(tmp_path / "pair", config, count=2)
    killed, live = replicas
    headers = {"authorization": f"Bearer {MASTER}"}
    body = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}
    engine = create_engine(url)
    try:
        sent = {
            replica.name: sorted(
                httpx.post(f"{replica.url}/v1/chat/completions", json=body, headers=headers)
                .raise_for_status()
                .headers["x-request-id"]
                for _ in range(10)
            )
            for replica in (killed, live)
        }
        killed.proc.send_signal(signal.SIGKILL)
        killed.proc.wait()

        replicas += start_replicas(tmp_path / "new", config, count=1)
        # the live one's journal is its own (the new one's log says why, should it replay none)
        assert _stored(engine) == sent[killed.name], replicas[2].output()
        assert stop_replicas([live]) in ([0], [-signal.SIGTERM])
        assert _stored(engine) == sorted(sent[killed.name] + sent[live.name])
        stop_replicas(replicas[2:])
        [spend] = spend_report(engine, by="model")
        assert (spend.requests, spend.cost_usd) == (20, 20 * COST)
    finally:
        stop_replicas(replicas, timeout=5)
        engine.dispose()
