"""Faults in the relational store under load: the gateway keeps serving, and the request log and
the spend rollup catch up afterwards, losing and duplicating nothing.

The store is a private PostgreSQL cluster (tests/conftest_pgserver.py), crashed and restarted
while a paced load runs against a gateway served in this process.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from tests.conftest import MASTER_KEY, config_from, metric_value, start_gateway, wait_for
from tests.conftest_pgserver import PostgresServer, private_postgres

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

USAGE = {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}
INPUT_PRICE, OUTPUT_PRICE = 0.000001, 0.000002
COST = 12 * INPUT_PRICE + 7 * OUTPUT_PRICE
WORKERS, PACE = 8, 0.1  # about 80 requests a second: steady, and light on a shared machine
OUTAGE = 3.0  # seconds PostgreSQL stays down, at least
MAX_REQUESTS, MAX_SECONDS = 3000, 25.0  # the load's own bounds, whatever happens to the test


def gateway_config(upstream: FakeUpstream) -> str:
    # The request log's default flush interval and backoff: the outage as production sees it.
    return f"""
models:
  - name: priced
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
    input_cost_per_token: {INPUT_PRICE}
    output_cost_per_token: {OUTPUT_PRICE}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
"""


@dataclass(frozen=True)
class Answer:
    request_id: str | None
    status: int
    sent_at: float
    answered_at: float


@dataclass
class Load:
    """``WORKERS`` threads, each sending a chat request every ``PACE`` s, and a health prober;
    all stop on :meth:`stop` (after their request in flight) or at the load's own bounds."""

    url: str
    secret: str
    answers: list[Answer] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    probes: list[tuple[float, int, int]] = field(default_factory=list)  # (at, live, ready)
    _stop: threading.Event = field(default_factory=threading.Event)
    _deadline: float = 0.0
    _threads: list[threading.Thread] = field(default_factory=list)

    def __enter__(self) -> Load:
        self._deadline = time.monotonic() + MAX_SECONDS
        targets = [self._send] * WORKERS + [self._probe]
        self._threads = [threading.Thread(target=t, daemon=True) for t in targets]
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(30)

    def answered(self, since: float = 0.0, until: float = float("inf")) -> int:
        """Requests sent at or after ``since`` and answered 200 by ``until``."""
        return sum(
            1
            for a in list(self.answers)
            if a.status == 200 and a.sent_at >= since and a.answered_at <= until
        )

    def _running(self) -> bool:
        return (
            not self._stop.is_set()
            and time.monotonic() < self._deadline
            and len(self.answers) < MAX_REQUESTS
        )

    def _send(self) -> None:
        body = {"model": "priced", "messages": [{"role": "user", "content": "hi"}]}
        headers = {"Authorization": f"Bearer {self.secret}"}
        with httpx.Client(base_url=self.url, headers=headers, timeout=10) as client:
            while self._running():
                sent = time.monotonic()
                try:
                    reply = client.post("/v1/chat/completions", json=body)
                except httpx.HTTPError as exc:
                    self.errors.append(repr(exc))
                else:
                    rid = reply.headers.get("x-request-id")
                    self.answers.append(Answer(rid, reply.status_code, sent, time.monotonic()))
                self._stop.wait(PACE)  # pacing the load, not waiting for anything

    def _probe(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            while self._running():
                live = client.get("/health/live").status_code
                # Recorded only: whether readiness follows the store is being changed elsewhere.
                ready = client.get("/health/ready").status_code
                self.probes.append((time.monotonic(), live, ready))
                self._stop.wait(0.05)


def create_key(url: str) -> tuple[str, str]:
    """A virtual key with a budget (its spend is tracked in memory too): (id, secret)."""
    reply = httpx.post(
        f"{url}/admin/keys",
        json={"name": "load", "budget_usd": 1000, "budget_period": "total"},
        headers={"Authorization": f"Bearer {MASTER_KEY}"},
        timeout=30,  # the admin API is imported on first use
    )
    assert reply.status_code == 201, reply.text
    return str(reply.json()["id"]), str(reply.json()["key"])


def stored_ids(engine: sa.Engine, key_id: str) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id FROM request_log WHERE key_id = :k"), {"k": key_id})
        return list(rows.scalars())


def spend_totals(engine: sa.Engine, key_id: str) -> dict[str, Any]:
    query = sa.text(
        "SELECT sum(requests) AS requests, sum(prompt_tokens) AS prompt_tokens,"
        " sum(completion_tokens) AS completion_tokens, sum(cost_usd) AS cost_usd,"
        " sum(unpriced_requests) AS unpriced,"
        " (SELECT sum(cost_usd) FROM request_log WHERE key_id = :k) AS logged_cost"
        " FROM spend_daily WHERE key_id = :k"
    )
    with engine.connect() as conn:
        return dict(conn.execute(query, {"k": key_id}).one()._mapping)


def budget_spent(url: str, key_id: str) -> float:
    reply = httpx.get(
        f"{url}/admin/keys/{key_id}", headers={"Authorization": f"Bearer {MASTER_KEY}"}
    )
    assert reply.status_code == 200, reply.text
    return float(reply.json()["budget_status"]["spent_usd"])


@pytest.fixture
def pg() -> Iterator[PostgresServer]:
    with private_postgres() as server:
        yield server


def test_postgres_crash_under_load_loses_and_duplicates_nothing(
    pg: PostgresServer, upstream: FakeUpstream
) -> None:
    upstream.usage = USAGE
    gw = start_gateway(config_from(gateway_config(upstream), pg.url))
    engine = create_engine(pg.url)
    try:
        key_id, secret = create_key(gw.url)
        with Load(gw.url, secret) as load:
            wait_for(lambda: load.answered() >= 80, "answers before the outage")
            pg.crash()
            down = time.monotonic()
            wait_for(
                lambda: time.monotonic() - down >= OUTAGE and load.answered(since=down) >= 100,
                "answers while PostgreSQL is down",
            )
            up = time.monotonic()
            pg.start()
            back = time.monotonic()
            wait_for(lambda: load.answered(since=back) >= 80, "answers after the restart")
        served_down = load.answered(since=down, until=up)
        answers = load.answers

        assert load.errors == []
        assert Counter(a.status for a in answers) == {200: len(answers)}
        ids = [a.request_id for a in answers]
        assert None not in ids and len(set(ids)) == len(ids)
        assert served_down >= 100, "the gateway must keep serving while the store is down"
        probes_down = [p for p in load.probes if down <= p[0] <= up]
        assert probes_down and all(live == 200 for _, live, _ in load.probes), load.probes

        # Every answered request's row, once PostgreSQL is back (the writer backs off meanwhile).
        with contextlib.suppress(AssertionError):  # the comparison below says what is missing
            wait_for(lambda: len(stored_ids(engine, key_id)) >= len(ids), "rows", timeout=20)
        stored = stored_ids(engine, key_id)
        lost, extra = set(ids) - set(stored), set(stored) - set(ids)
        # None lost, none extra; the id is the table's key, so none twice.
        assert (len(lost), len(extra)) == (0, 0), f"of {len(ids)}: lost {lost}, extra {extra}"
        totals = spend_totals(engine, key_id)
        n = len(ids)
        assert (totals["requests"], totals["prompt_tokens"], totals["completion_tokens"]) == (
            n,
            12 * n,
            7 * n,
        )
        assert totals["unpriced"] == 0
        assert totals["cost_usd"] == pytest.approx(n * COST, rel=1e-9)
        assert totals["logged_cost"] == pytest.approx(n * COST, rel=1e-9)
        assert metric_value(gw.url, "lmops_request_log_dropped_total") == 0
        wait_for(
            lambda: budget_spent(gw.url, key_id) == pytest.approx(n * COST, rel=1e-9),
            "the key's budget to be charged for every answer",
        )
    finally:
        gw.stop()
        engine.dispose()
