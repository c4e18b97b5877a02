"""SIGTERM to ``lmops serve``: the request in flight finishes, and a request sent during the drain
on a kept-alive connection is answered 503 with ``Connection: close``, never met by a reset.

uvicorn alone closes idle keep-alive connections the moment it starts to drain, so a request
that a client sends on one (its pool thinks the connection is good) got no answer at all.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import wait_for
from tests.gateway.raw_http import (
    Process,
    closed,
    connect,
    get,
    post,
    read_response,
    serve_process,
)

pytestmark = pytest.mark.slow

CONFIG = """
models:
  - name: slow
    provider: mock
    mock: {latency_ms: 3000}
  - name: fast
    provider: mock
settings:
  master_key: ${LMOPS_MASTER_KEY}
  database_url: sqlite:///DB
  graceful_timeout: 20
"""


def ask(model: str) -> bytes:
    return post(
        "/v1/chat/completions", {"model": model, "messages": [{"role": "user", "content": "hi"}]}
    )


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Process]:
    process = serve_process(tmp_path, CONFIG.replace("DB", str(tmp_path / "lmops.db")))
    yield process
    process.stop()


def in_flight(url: str) -> int:
    with connect(url) as sock:
        sock.sendall(get("/metrics"))
        text = read_response(sock).body.decode()
    for line in text.splitlines():
        if line.startswith("lmops_requests_in_flight "):
            return int(float(line.split()[1]))
    return 0


def refused(url: str) -> bool:
    try:
        connect(url, timeout=1).close()
    except ConnectionRefusedError:
        return True
    return False


def test_a_request_on_a_kept_alive_connection_during_the_drain_gets_a_503(
    served: Process,
) -> None:
    with connect(served.url) as idle, connect(served.url) as busy:
        idle.sendall(ask("fast"))
        assert read_response(idle).status == 200  # and the connection stays open, idle
        busy.sendall(ask("slow"))
        wait_for(lambda: in_flight(served.url) == 1, "the slow request to be in flight")

        served.proc.send_signal(signal.SIGTERM)
        # The listener closes in the same step that tells every connection to drain.
        wait_for(lambda: refused(served.url), "the gateway to stop listening")
        idle.sendall(ask("fast"))
        drained = read_response(idle)
        assert closed(idle)

        finished = read_response(busy)  # the request in flight is answered in full
        assert closed(busy)
    assert (drained.status, drained.error_code) == (503, "shutdown")
    assert drained.headers["connection"] == "close"
    assert finished.status == 200
    assert finished.headers["connection"] == "close"
    assert served.proc.wait(30) in (0, -signal.SIGTERM), served.output()
