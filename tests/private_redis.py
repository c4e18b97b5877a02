"""A ``redis-server`` of a test's own, on a free port: the only Redis a test may stop.

The shared Redis (``LMOPS_TEST_REDIS_URL``) serves every engineer's tests at once: fault
injection (a restart, a shutdown, a script flush) happens here instead.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis

from tests.cli.test_serve import free_port, wait_until

__all__ = ["PrivateRedis", "private_redis"]


class PrivateRedis:
    """One ``redis-server`` process without persistence; ``stop`` and ``start`` again on the
    same port (a restart loses every key and every loaded script, as a real one does)."""

    def __init__(self, folder: Path, binary: str) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._folder = folder
        self._binary = binary
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10) -> None:
        command = [self._binary, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--dir", str(self._folder)]
        log = (self._folder / "redis.log").open("ab")
        with log:
            self._proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        wait_until(self.answers, timeout, f"redis-server on port {self.port}")

    def stop(self) -> None:
        """Kill it (no shutdown courtesy: what a crash looks like to the gateway)."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(10)
        self._proc = None

    def answers(self) -> bool:
        client = redis.Redis.from_url(self.url, socket_timeout=0.5, socket_connect_timeout=0.5)
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False
        finally:
            client.close()

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)


@contextmanager
def private_redis(folder: Path) -> Iterator[PrivateRedis]:
    """A started :class:`PrivateRedis`, stopped afterwards; skips without ``redis-server``."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    server = PrivateRedis(folder, binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()
