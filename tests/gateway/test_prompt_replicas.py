"""Two ``lmops serve`` processes on one PostgreSQL and one Redis: a label moved through one
replica's admin API is served by the other within a second (through Redis pub/sub: the
periodic sync is set to 10 s, so polling cannot be what brings it), and experiment assignment
is the same on both."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bench.fake_upstream import FakeUpstream
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.conftest_store import postgres_schema_url, postgres_url_or_skip
from tests.replicas import MASTER, Replica, start_replicas, stop_replicas

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

ADMIN = {"authorization": f"Bearer {MASTER}"}
SYNC_INTERVAL = 10.0  # seconds: far longer than the one second the news must take
MESSAGES = [
    {"role": "system", "content": "Version {{ n }} for {{ product }}."},
    {"role": "user", "content": "hi"},
]


def config(upstream_url: str, db_url: str, redis_url: str, prefix: str) -> str:
    return f"""
models:
  - name: chat
    provider: openai
    api_base: {upstream_url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: fake-model
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: "{db_url}"
  redis_url: "{redis_url}"
  redis_prefix: "{prefix}"
  key_sync_interval: {SYNC_INTERVAL}
  graceful_timeout: 5
"""


@pytest.fixture(scope="module")
def replicas(
    upstream_server: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Replica, Replica]]:
    redis_url = redis_url_or_skip()
    pg_url = postgres_url_or_skip()
    folder: Path = tmp_path_factory.mktemp("prompt-replicas")
    with redis_prefix(redis_url) as prefix, postgres_schema_url(pg_url) as db_url:
        a, b = start_replicas(folder, config(upstream_server.url, db_url, redis_url, prefix), 2)
        try:
            yield a, b
        finally:
            codes = stop_replicas([a, b])
        for replica, code in zip((a, b), codes, strict=True):
            assert code in (0, -signal.SIGTERM), replica.output()


def push(http: httpx.Client, replica: Replica, n: int, label: str | None = None) -> None:
    messages = [{**MESSAGES[0], "content": f"{MESSAGES[0]['content']} #{n}"}, MESSAGES[1]]
    body: dict[str, Any] = {"name": "greet", "type": "chat", "messages": messages}
    if label is not None:
        body["label"] = label
    resp = http.post(f"{replica.url}/admin/prompts", headers=ADMIN, json=body)
    assert resp.status_code in (200, 201), resp.text


def served(http: httpx.Client, replica: Replica) -> str | None:
    """The version ``greet`` resolves to on ``replica``, through a chat request."""
    resp = http.post(
        f"{replica.url}/v1/chat/completions",
        headers=ADMIN,
        json={"model": "chat", "prompt_id": "greet", "prompt_variables": {"n": 1, "product": "x"}},
    )
    if resp.status_code != 200:
        return None
    return resp.headers["x-lmops-prompt"]


def wait_served(http: httpx.Client, replica: Replica, expected: str, timeout: float) -> float:
    """Seconds until ``replica`` serves ``expected``; fails after ``timeout``."""
    start = time.monotonic()
    while served(http, replica) != expected:
        assert time.monotonic() - start < timeout, f"{replica.name} still serves the old version"
        time.sleep(0.01)  # polling a condition, bounded by the deadline above
    return time.monotonic() - start


def test_a_label_moved_on_one_replica_is_served_by_the_other_within_a_second(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    with httpx.Client(timeout=10) as http:
        push(http, a, 1, label="production")
        push(http, a, 2)
        # The pushes were news too: B knows version 1 as production well before its poll.
        wait_served(http, b, "greet:1", 1.0)
        resp = http.put(
            f"{a.url}/admin/prompts/greet/labels/production", headers=ADMIN, json={"version": 2}
        )
        assert resp.json()["moved"] is True
        assert served(http, a) == "greet:2"  # the writer at once
        elapsed = wait_served(http, b, "greet:2", 1.0)
        assert elapsed < 1.0
        # And back, through B this time.
        http.put(
            f"{b.url}/admin/prompts/greet/labels/production", headers=ADMIN, json={"version": 1}
        )
        assert wait_served(http, a, "greet:1", 1.0) < 1.0


def test_both_replicas_assign_a_user_the_same_variant(replicas: tuple[Replica, Replica]) -> None:
    a, b = replicas
    with httpx.Client(timeout=10) as http:
        resp = http.post(
            f"{a.url}/admin/experiments",
            headers=ADMIN,
            json={
                "name": "split",
                "target_kind": "model",
                "target": "chat",
                "variants": [
                    {"name": "one", "weight": 1, "model": "chat"},
                    {"name": "two", "weight": 1, "model": "chat"},
                ],
            },
        )
        assert resp.status_code == 201, resp.text
        assert http.post(f"{a.url}/admin/experiments/split/start", headers=ADMIN).status_code == 200

        def variant(replica: Replica, user: str) -> str | None:
            reply = http.post(
                f"{replica.url}/v1/chat/completions",
                headers=ADMIN,
                json={
                    "model": "chat",
                    "user": user,
                    "messages": [{"role": "user", "content": "x"}],
                },
            )
            assert reply.status_code == 200, reply.text
            return reply.headers.get("x-lmops-variant")

        deadline = time.monotonic() + 1.0
        while variant(b, "probe") is None:
            assert time.monotonic() < deadline, "replica b never learned of the experiment"
            time.sleep(0.01)  # polling a condition, bounded by the deadline above
        users = [f"user-{i}" for i in range(30)]
        assert [variant(a, u) for u in users] == [variant(b, u) for u in users]
