"""Shared fixtures: the fake upstream from bench/, and a real gateway served on a loopback port."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import uvicorn
from prometheus_client.parser import text_string_to_metric_families

from bench.fake_upstream import FakeUpstream
from lmops.config import Config, parse_config
from lmops.gateway.app import create_app

MASTER_KEY = "sk-test-master-0123456789"
UPSTREAM_KEY = "sk-upstream-secret-abcdef"

T = TypeVar("T")


@pytest.fixture(scope="session", autouse=True)
def _state_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Request-log journals of PostgreSQL gateways default to ``$XDG_STATE_HOME``: the tests'
    (and their subprocesses') go to a temporary folder, not the home folder."""
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("state-home"))


@pytest.fixture(scope="session")
def upstream_server() -> Iterator[FakeUpstream]:
    up = FakeUpstream.start_in_thread()
    yield up
    up.stop()


@pytest.fixture
def upstream(upstream_server: FakeUpstream) -> FakeUpstream:
    upstream_server.reset()
    return upstream_server


@pytest.fixture(scope="session")
def upstream2_server() -> Iterator[FakeUpstream]:
    up = FakeUpstream.start_in_thread()
    yield up
    up.stop()


@pytest.fixture
def upstream2(upstream2_server: FakeUpstream) -> FakeUpstream:
    upstream2_server.reset()
    return upstream2_server


@dataclass
class RunningGateway:
    config: Config
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)


def start_gateway(config: Config, options: dict[str, Any] | None = None) -> RunningGateway:
    """Serve ``create_app(config)`` with uvicorn on a free loopback port in a thread.

    With ``options`` (``lmops.gateway.server.server_options``), as ``lmops serve`` serves it:
    the gateway's own protocol, on uvicorn's configured loop (uvloop).
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # uvicorn's asyncio loop leaves Nagle on for a pre-bound socket: 40 ms per keep-alive reply.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    settings = {**(options or {}), "timeout_graceful_shutdown": 5}
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config), log_config=None, access_log=False, lifespan="on", **settings
        )
    )

    def run() -> None:
        if options is None:
            asyncio.run(server.serve(sockets=[sock]))
        else:  # uvicorn's configured loop
            server.run(sockets=[sock])

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("gateway did not start")
        time.sleep(0.01)  # polling a condition, bounded by the deadline above
    return RunningGateway(config, f"http://127.0.0.1:{port}", server, thread)


@pytest.fixture
def gateway_factory(tmp_path: Path) -> Iterator[Callable[..., RunningGateway]]:
    """Start gateways from YAML text (``${UPSTREAM_URL}`` etc. resolved from ``env``)."""
    running: list[RunningGateway] = []

    def make(yaml_text: str, **env: str) -> RunningGateway:
        db_url = f"sqlite:///{tmp_path}/lmops-{len(running)}.db"
        gw = start_gateway(config_from(yaml_text, db_url, **env))
        running.append(gw)
        return gw

    yield make
    for gw in running:
        gw.stop()


def config_from(yaml_text: str, db_url: str, **env: str) -> Config:
    """A test config: the master and upstream keys, ``${DB_URL}`` and ``env`` resolved."""
    environ = {
        "LMOPS_MASTER_KEY": MASTER_KEY,
        "UPSTREAM_API_KEY": UPSTREAM_KEY,
        "DB_URL": db_url,
        **env,
    }
    return parse_config(yaml_text, environ=environ)


def basic_config(upstream: FakeUpstream, extra: str = "") -> str:
    return f"""
models:
  - name: chat-small
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
  - name: mock
    provider: mock
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05
{extra}
"""


def postgres_url() -> str:
    url = os.environ.get("LMOPS_TEST_DATABASE_URL")
    if not url:
        pytest.skip("LMOPS_TEST_DATABASE_URL not set")
    return url


def metric_value(gateway_url: str, name: str, **labels: str) -> float:
    """The sum of the gateway's ``/metrics`` samples named ``name`` that carry ``labels``."""
    text = httpx.get(f"{gateway_url}/metrics").text
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items())
    )


def wait_for(check: Callable[[], T], what: str, timeout: float = 10.0) -> T:
    """Poll ``check`` until it returns something truthy, bounded by a deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)  # polling a condition, bounded by the deadline above
