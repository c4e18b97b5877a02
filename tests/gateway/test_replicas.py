"""Two ``lmops serve`` processes sharing one Redis and one PostgreSQL: limits, budgets, the
cache and key revocation hold across replicas (issue 3's acceptance tests).

The replicas are started once for the module from one config (prices on the deployment, the
Redis cache); each test makes its own keys and prompts, so the tests do not see each other.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import redis

from bench import fake_payloads
from bench.fake_upstream import FakeUpstream
from lmops.catalog.tokens import estimate_prompt_tokens
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.conftest_store import postgres_schema_url, postgres_url_or_skip
from tests.replicas import MASTER, Replica, lmops_cli, start_replicas, stop_replicas

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

INPUT_PRICE = 0.001  # USD per token, on the deployment
OUTPUT_PRICE = 0.002
ADMIN = {"authorization": f"Bearer {MASTER}"}
CHAT_PATH = "/v1/chat/completions"


@dataclass
class Cluster:
    a: Replica
    b: Replica
    config_path: Path
    redis_url: str
    prefix: str

    @property
    def both(self) -> tuple[Replica, Replica]:
        return self.a, self.b

    def cache_entries(self) -> set[bytes]:
        """The names of the response cache's entries in Redis."""
        client = redis.Redis.from_url(self.redis_url)
        try:
            return set(client.scan_iter(match=f"{self.prefix}cache:e:*", count=1000))
        finally:
            client.close()


def cluster_config(upstream_url: str, db_url: str, redis_url: str, prefix: str) -> str:
    return f"""
models:
  - name: chat
    provider: openai
    api_base: {upstream_url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: fake-model
    input_cost_per_token: {INPUT_PRICE}
    output_cost_per_token: {OUTPUT_PRICE}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: "{db_url}"
  redis_url: "{redis_url}"
  redis_prefix: "{prefix}"
  graceful_timeout: 5
  request_log:
    flush_interval: 0.05
cache:
  backend: redis
  ttl: 60
"""


@pytest.fixture(scope="module")
def cluster(
    upstream_server: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Cluster]:
    redis_url = redis_url_or_skip()
    pg_url = postgres_url_or_skip()
    folder = tmp_path_factory.mktemp("replicas")
    with redis_prefix(redis_url) as prefix, postgres_schema_url(pg_url) as db_url:
        config = cluster_config(upstream_server.url, db_url, redis_url, prefix)
        a, b = start_replicas(folder, config, 2)
        try:
            yield Cluster(a, b, folder / "lmops.yaml", redis_url, prefix)
        finally:
            codes = stop_replicas([a, b])
        for replica, code in zip((a, b), codes, strict=True):
            # uvicorn re-raises the signal after a clean shutdown
            assert code in (0, -signal.SIGTERM), replica.output()
            assert '"event": "gateway_stopped"' in replica.output()


# -- helpers ------------------------------------------------------------------------------------


def client() -> httpx.AsyncClient:
    return httpx.AsyncClient(limits=httpx.Limits(max_connections=256), timeout=30)


def bearer(secret: str) -> dict[str, str]:
    return {"authorization": f"Bearer {secret}"}


def unique(text: str) -> str:
    return f"{text}-{uuid.uuid4().hex[:8]}"


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float, what: str) -> None:
    """Poll ``check`` every 20 ms until it holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.02)  # polling a condition, bounded by the deadline


async def create_key(http: httpx.AsyncClient, replica: Replica, **fields: Any) -> tuple[str, str]:
    """Create a key through ``replica``'s admin API: (id, secret)."""
    resp = await http.post(f"{replica.url}/admin/keys", json=fields, headers=ADMIN)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    return str(body["id"]), str(body["key"])


async def wait_known(http: httpx.AsyncClient, replicas: tuple[Replica, ...], secret: str) -> None:
    """Until every replica accepts ``secret`` (``GET /v1/models`` spends no rate limit)."""

    async def known() -> bool:
        replies = [await http.get(f"{r.url}/v1/models", headers=bearer(secret)) for r in replicas]
        return all(reply.status_code == 200 for reply in replies)

    await eventually(known, 5, "every replica to know the new key")


async def key_detail(http: httpx.AsyncClient, replica: Replica, key_id: str) -> dict[str, Any]:
    resp = await http.get(f"{replica.url}/admin/keys/{key_id}", headers=ADMIN)
    assert resp.status_code == 200, resp.text
    detail: dict[str, Any] = resp.json()
    return detail


def chat_body(content: str, **extra: Any) -> dict[str, Any]:
    return {"model": "chat", "messages": [{"role": "user", "content": content}], **extra}


def sse_content(text: str) -> tuple[str, bool]:
    """The assistant text of a chat stream and whether it ended with ``[DONE]``."""
    pieces: list[str] = []
    done = False
    for line in text.splitlines():
        if not line.startswith("data: "):
            continue
        data = line.removeprefix("data: ")
        if data == "[DONE]":
            done = True
            continue
        for choice in orjson.loads(data).get("choices") or []:
            pieces.append(choice.get("delta", {}).get("content") or "")
    return "".join(pieces), done


# -- rate limits --------------------------------------------------------------------------------


async def test_a_60_rpm_key_admits_exactly_60_of_180_concurrent_requests_on_two_replicas(
    cluster: Cluster, upstream: FakeUpstream
) -> None:
    async with client() as http:
        _, secret = await create_key(http, cluster.a, name=unique("rpm"), rpm=60)
        await wait_known(http, cluster.both, secret)
        before = upstream.request_count
        body = chat_body("rate limit me")
        replies = await asyncio.gather(
            *(
                http.post(cluster.both[i % 2].url + CHAT_PATH, json=body, headers=bearer(secret))
                for i in range(180)
            )
        )
    assert Counter(r.status_code for r in replies) == {200: 60, 429: 120}
    assert upstream.request_count - before == 60  # a refused request never reaches the upstream
    for reply in replies:
        assert reply.headers["x-ratelimit-limit-requests"] == "60"
        if reply.status_code == 429:
            assert reply.json()["error"]["code"] == "rate_limit_exceeded"
            assert 1 <= int(reply.headers["retry-after"]) <= 60
            assert reply.headers["x-ratelimit-remaining-requests"] == "0"


# -- budgets ------------------------------------------------------------------------------------


async def test_concurrent_spend_on_two_replicas_stays_within_the_budget_plus_one_reservation(
    cluster: Cluster, upstream: FakeUpstream
) -> None:
    budget = 0.50
    max_tokens = 10
    body = chat_body("hi", max_tokens=max_tokens)
    upstream.usage = {"prompt_tokens": 1, "completion_tokens": max_tokens, "total_tokens": 11}
    cost = 1 * INPUT_PRICE + max_tokens * OUTPUT_PRICE  # what each answered request costs
    reservation = estimate_prompt_tokens("chat", body) * INPUT_PRICE + max_tokens * OUTPUT_PRICE
    assert 50 * cost > 2 * budget  # the demand is about twice the budget
    async with client() as http:
        key_id, secret = await create_key(
            http, cluster.a, name=unique("budget"), budget_usd=budget, budget_period="total"
        )
        await wait_known(http, cluster.both, secret)
        replies = await asyncio.gather(
            *(
                http.post(cluster.both[i % 2].url + CHAT_PATH, json=body, headers=bearer(secret))
                for i in range(50)
            )
        )
        statuses = Counter(r.status_code for r in replies)
        assert set(statuses) == {200, 429}, statuses
        for reply in replies:
            if reply.status_code == 429:
                assert reply.json()["error"]["code"] == "budget_exceeded"

        async def settled() -> bool:
            status = (await key_detail(http, cluster.b, key_id))["budget_status"]
            return bool(status["reserved_usd"] == 0)

        await eventually(settled, 5, "every reservation to be settled")
        status = (await key_detail(http, cluster.a, key_id))["budget_status"]
        spent = status["spent_usd"]
        assert status["max_usd"] == budget
        assert spent <= budget + reservation
        assert spent == pytest.approx(statuses[200] * cost, abs=1e-9)  # each at its real cost

        async def rollup() -> dict[str, Any] | None:
            resp = await http.get(
                f"{cluster.b.url}/admin/spend",
                params={"by": "key", "key": key_id},
                headers=ADMIN,
            )
            assert resp.status_code == 200, resp.text
            rows = [r for r in resp.json()["rows"] if r["group"] == key_id]
            return rows[0] if rows else None

        async def flushed() -> bool:
            row = await rollup()
            return row is not None and row["requests"] == statuses[200]  # refusals not counted

        await eventually(flushed, 5, "both replicas' request logs to reach the rollup")
        row = await rollup()
    assert row is not None
    assert row["cost_usd"] == pytest.approx(spent, abs=1e-9)
    assert row["unpriced_requests"] == 0


# -- cache --------------------------------------------------------------------------------------


async def test_an_answer_cached_by_one_replica_is_served_by_the_other(
    cluster: Cluster, upstream: FakeUpstream
) -> None:
    reply = "".join(fake_payloads.reply_pieces(upstream.reply_text, upstream.stream_chunks))
    async with client() as http:
        for stream in (False, True):
            body = chat_body(unique("cache me"), temperature=0, stream=stream)
            entries = cluster.cache_entries()
            first = await http.post(cluster.a.url + CHAT_PATH, json=body, headers=ADMIN)
            assert first.status_code == 200, first.text
            assert first.headers["x-lmops-cache"] == "miss"

            async def stored(before: set[bytes] = entries) -> bool:
                return len(cluster.cache_entries() - before) == 1

            await eventually(stored, 5, "replica a to store the answer in Redis")
            calls = upstream.request_count
            second = await http.post(cluster.b.url + CHAT_PATH, json=body, headers=ADMIN)
            assert second.status_code == 200, second.text
            assert second.headers["x-lmops-cache"] == "hit"
            assert upstream.request_count == calls  # served from Redis, not the upstream
            if stream:
                assert second.headers["content-type"].startswith("text/event-stream")
                assert sse_content(first.text) == (reply, True)
                assert sse_content(second.text) == (reply, True)
            else:
                assert first.json()["choices"][0]["message"]["content"] == reply
                assert second.json() == first.json()


# -- revocation ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Refusal:
    at: float  # wall-clock time of the first 401
    served: int  # requests the key was still served before it


async def first_refusal(
    http: httpx.AsyncClient, replica: Replica, secret: str, timeout: float
) -> Refusal:
    """Call ``replica`` with ``secret`` every 20 ms until it answers 401."""
    body = chat_body("am I still allowed?")
    served = 0
    deadline = time.monotonic() + timeout
    while True:
        resp = await http.post(replica.url + CHAT_PATH, json=body, headers=bearer(secret))
        if resp.status_code == 401:
            assert resp.json()["error"]["code"] == "invalid_api_key"
            return Refusal(time.time(), served)
        assert resp.status_code == 200, resp.text
        served += 1
        if time.monotonic() > deadline:
            raise AssertionError(f"replica {replica.name} still serves a revoked key")
        await asyncio.sleep(0.02)  # polling a condition, bounded by the deadline


def wall_time(stamp: str) -> float:
    return datetime.fromisoformat(stamp).timestamp()


async def test_keys_work_on_every_replica_as_soon_as_create_returns(cluster: Cluster) -> None:
    async with client() as http:
        made = [await create_key(http, cluster.a, name=unique("fresh")) for _ in range(4)]
        created = await asyncio.to_thread(
            lmops_cli,
            *("keys", "create", "--name", unique("fresh-cli"), "--json"),
            *("--config", str(cluster.config_path)),
        )
        assert created.returncode == 0, created.stderr
        secrets = [secret for _, secret in made] + [json.loads(created.stdout)["key"]]
        # Each key at once on both replicas, before any sync could have brought it.
        replies = await asyncio.gather(
            *(
                http.post(r.url + CHAT_PATH, json=chat_body(unique("new")), headers=bearer(s))
                for s in secrets
                for r in cluster.both
            )
        )
    assert [reply.status_code for reply in replies] == [200] * 2 * len(secrets)


async def test_a_key_revoked_through_one_replica_stops_on_both_within_a_second(
    cluster: Cluster,
) -> None:
    async with client() as http:
        key_id, secret = await create_key(http, cluster.a, name=unique("revoke-api"))
        await wait_known(http, cluster.both, secret)
        resp = await http.post(f"{cluster.a.url}/admin/keys/{key_id}/revoke", headers=ADMIN)
        answered = time.time()
        assert resp.status_code == 200, resp.text
        assert resp.json()["status"] == "revoked"
        on_a, on_b = await asyncio.gather(
            *(first_refusal(http, r, secret, 5) for r in cluster.both)
        )
    assert on_a.served == 0  # the replica that made the change applies it at once
    assert on_a.at - answered < 1.0
    assert on_b.at - answered < 1.0


async def test_a_key_revoked_with_the_cli_stops_on_both_replicas_within_a_second(
    cluster: Cluster,
) -> None:
    name = unique("revoke-cli")
    async with client() as http:
        _, secret = await create_key(http, cluster.a, name=name)
        await wait_known(http, cluster.both, secret)
        # Call both replicas all along, so the moment each stops is seen whatever the CLI's
        # start-up time: measured from the revocation's own timestamp, and from the CLI's exit.
        polls = [asyncio.ensure_future(first_refusal(http, r, secret, 60)) for r in cluster.both]
        result = await asyncio.to_thread(
            lmops_cli, "keys", "revoke", name, "--json", "--config", str(cluster.config_path)
        )
        exited = time.time()
        assert result.returncode == 0, result.stderr
        revoked_at = wall_time(json.loads(result.stdout)["revoked_at"])
        refusals = await asyncio.gather(*polls)
    for refusal in refusals:
        assert refusal.served > 0  # the key worked on this replica until it was revoked
        assert refusal.at - revoked_at < 1.0
        assert refusal.at - exited < 1.0
