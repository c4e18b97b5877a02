"""Fixtures the gateway tests share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from tests.conftest_redis import redis_prefix, redis_url_or_skip


@dataclass(frozen=True)
class State:
    """Where the quota state lives: settings lines and the variables they use."""

    settings: str = ""
    env: dict[str, str] = field(default_factory=dict)


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def state(request: pytest.FixtureRequest) -> Iterator[State]:
    if request.param == "memory":
        yield State()
        return
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        yield State(f"redis_url: ${{REDIS_URL}}\nredis_prefix: '{prefix}'", {"REDIS_URL": url})
