"""Real Redis for the tests that need it (``LMOPS_TEST_REDIS_URL``), one key prefix each."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import redis

REDIS_ENV = "LMOPS_TEST_REDIS_URL"


def redis_url_or_skip() -> str:
    url = os.environ.get(REDIS_ENV)
    if not url:
        pytest.skip(f"{REDIS_ENV} not set")
    return url


@contextmanager
def redis_prefix(url: str) -> Iterator[str]:
    """A fresh key prefix (``lmops-test-<hex>:``); every key under it is deleted afterwards."""
    prefix = f"lmops-test-{uuid.uuid4().hex[:12]}:"
    try:
        yield prefix
    finally:
        client = redis.Redis.from_url(url)
        try:
            keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
            if keys:
                client.delete(*keys)
        finally:
            client.close()
