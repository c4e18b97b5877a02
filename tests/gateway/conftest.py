"""Fixtures the gateway tests share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from tests.conftest import MASTER_KEY, RunningGateway, metric_value
from tests.conftest_redis import redis_prefix, redis_url_or_skip

CHAT_MESSAGES = [{"role": "user", "content": "count me against the limits"}]


@dataclass(frozen=True)
class State:
    """Where quota and cache state lives: memory, or Redis under a fresh key prefix."""

    name: str = "memory"
    redis_url: str | None = None
    prefix: str | None = None
    env: dict[str, str] = field(default_factory=dict)

    @property
    def settings(self) -> str:
        """The ``settings`` lines that put the state there (with ``env`` for the variables)."""
        if self.redis_url is None:
            return ""
        return f"redis_url: ${{REDIS_URL}}\nredis_prefix: '{self.prefix}'"


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def state(request: pytest.FixtureRequest) -> Iterator[State]:
    if request.param == "memory":
        yield State()
        return
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        yield State("redis", url, prefix, {"REDIS_URL": url})


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One client for the module: a new httpx client per call costs 60 ms (its SSL context)."""
    with httpx.Client(timeout=30) as client:
        yield client


@dataclass
class Api:
    """A running gateway seen by an application and by its admin."""

    http: httpx.Client
    gw: RunningGateway

    def admin(self, path: str, **body: Any) -> dict[str, Any]:
        r = self.http.post(
            f"{self.gw.url}/admin{path}",
            headers={"authorization": f"Bearer {MASTER_KEY}"},
            json=body,
        )
        assert r.status_code == 201, r.text
        created: dict[str, Any] = r.json()
        return created

    def key(self, **body: Any) -> str:
        secret: str = self.admin("/keys", **{"name": "app", **body})["key"]
        return secret

    def chat(
        self, secret: str = MASTER_KEY, model: str = "chat-small", **body: Any
    ) -> httpx.Response:
        return self.http.post(
            f"{self.gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {secret}"},
            json={"model": model, "messages": CHAT_MESSAGES, **body},
        )

    def metric(self, name: str) -> float:
        return metric_value(self.gw.url, name)
