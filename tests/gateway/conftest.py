"""Fixtures the gateway tests share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from tests.conftest_redis import redis_prefix, redis_url_or_skip


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
