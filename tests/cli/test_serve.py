"""``lmops serve`` as a real process: start, graceful stop under load, no secret in any log line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from lmops.store.request_log import query_requests
from tests.conftest_redis import redis_prefix, redis_url_or_skip

MASTER = "sk-serve-master-7f3a9c2e"
UPSTREAM_SECRET = "sk-upstream-d41d8cd98f00b204"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Served:
    proc: subprocess.Popen[bytes]
    url: str
    log: Path
    db_url: str

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def wait_until(predicate: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)  # polling a condition, bounded by the deadline


def serve(tmp_path: Path, config: str, *args: str) -> Served:
    path = tmp_path / "lmops.yaml"
    path.write_text(config)
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "LMOPS_MASTER_KEY": MASTER, "UPSTREAM_API_KEY": UPSTREAM_SECRET}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "lmops.cli.main",
                "serve",
                "--config",
                str(path),
                "--port",
                str(port),
                *args,
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    served = Served(proc, f"http://127.0.0.1:{port}", log, f"sqlite:///{tmp_path}/lmops.db")

    def live() -> bool:
        assert proc.poll() is None, served.output()
        try:
            return httpx.get(f"{served.url}/health/live", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    wait_until(live, 20, "the gateway to start")
    return served


@pytest.fixture
def stop_all() -> Iterator[list[Served]]:
    started: list[Served] = []
    yield started
    for s in started:
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.wait()


def config_text(upstream_url: str, db: str, extra: str = "") -> str:
    return f"""
models:
  - name: slow
    provider: mock
    mock: {{latency_ms: 2500}}
  - name: chat
    provider: openai
    api_base: {upstream_url}
    api_key: ${{UPSTREAM_API_KEY}}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: sqlite:///{db}
  graceful_timeout: 20
{extra}
"""


def in_flight(url: str) -> float:
    text = httpx.get(f"{url}/metrics", timeout=2).text
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "lmops_requests_in_flight":
                return sample.value
    return 0.0


def test_sigterm_drains_in_flight_requests_and_loses_no_record(
    tmp_path: Path, upstream: FakeUpstream, stop_all: list[Served]
) -> None:
    served = serve(tmp_path, config_text(upstream.url, str(tmp_path / "lmops.db")))
    stop_all.append(served)
    headers = {"authorization": f"Bearer {MASTER}"}
    body = {"model": "slow", "messages": [{"role": "user", "content": "hi"}]}
    quick = {**body, "model": "chat"}
    warm = [
        httpx.post(f"{served.url}/v1/chat/completions", json=quick, headers=headers)
        for _ in range(5)
    ]

    # One shared client: building 40 clients (SSL contexts) takes longer than a request.
    shared = httpx.Client(limits=httpx.Limits(max_connections=64), timeout=30)

    def call(i: int) -> httpx.Response:
        payload = {**body, "stream": i % 2 == 0}
        return shared.post(f"{served.url}/v1/chat/completions", json=payload, headers=headers)

    with shared, ThreadPoolExecutor(40) as pool:
        futures = [pool.submit(call, i) for i in range(40)]
        wait_until(lambda: in_flight(served.url) >= 40, 20, "40 requests in flight")
        served.proc.send_signal(signal.SIGTERM)
        responses = [f.result() for f in futures]
    assert served.proc.wait(30) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal
    assert all(r.status_code == 200 for r in responses), [r.status_code for r in responses]
    assert all("[DONE]" in r.text for r in responses[::2])  # streams completed, not cut off
    ids = {r.headers["x-request-id"] for r in [*warm, *responses]}
    engine = create_engine(served.db_url)
    logged = {r.id for r in query_requests(engine, limit=1000)}
    engine.dispose()
    assert ids <= logged
    assert len(logged) == 45
    assert '"event": "gateway_stopped"' in served.output()


def test_no_secret_in_any_log_line_or_response(
    tmp_path: Path, upstream: FakeUpstream, stop_all: list[Served]
) -> None:
    served = serve(
        tmp_path,
        config_text(
            upstream.url, str(tmp_path / "lmops.db"), "  log_bodies: true\n  log_level: debug"
        ),
    )
    stop_all.append(served)
    good = {"authorization": f"Bearer {MASTER}"}
    chat = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}
    texts = [httpx.post(f"{served.url}/v1/chat/completions", json=chat, headers=good).text]
    upstream.status = 401  # the upstream rejects the key: the error must not echo it
    texts.append(httpx.post(f"{served.url}/v1/chat/completions", json=chat, headers=good).text)
    upstream.status = 500
    texts.append(
        httpx.post(
            f"{served.url}/v1/chat/completions", json={**chat, "stream": True}, headers=good
        ).text
    )
    texts.append(
        httpx.post(
            f"{served.url}/v1/chat/completions",
            json=chat,
            headers={"authorization": f"Bearer {MASTER}x"},
        ).text
    )
    texts.append(httpx.get(f"{served.url}/metrics").text)
    served.proc.send_signal(signal.SIGTERM)
    assert served.proc.wait(30) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal
    assert upstream.requests[0].headers["authorization"] == f"Bearer {UPSTREAM_SECRET}"
    output = served.output()
    # The banner tells another terminal where the key comes from, never the key itself.
    assert "auth: master key (settings.master_key, from $LMOPS_MASTER_KEY)" in output
    assert '-H "Authorization: Bearer $LMOPS_MASTER_KEY"' in output
    assert "upstream_attempt_failed" in output  # the failures were logged...
    engine = create_engine(served.db_url)
    stored = repr(query_requests(engine, limit=100))
    engine.dispose()
    for secret in (MASTER, UPSTREAM_SECRET):
        assert secret not in output  # ...without any secret
        assert secret not in stored
        for text in texts:
            assert secret not in text


def test_config_errors_name_the_file_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("models:\n  - name: a\n    provider: mock\n    colour: blue\n")
    result = subprocess.run(
        [sys.executable, "-m", "lmops.cli.main", "serve", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert f"{path}:4: models.0.colour: unknown key" in result.stderr


@pytest.mark.redis
def test_metrics_add_up_across_workers(
    tmp_path: Path, upstream: FakeUpstream, stop_all: list[Served]
) -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        shared = f"  redis_url: {url}\n  redis_prefix: '{prefix}'"
        config = config_text(upstream.url, str(tmp_path / "lmops.db"), shared)
        served = serve(tmp_path, config, "--workers", "2")
        stop_all.append(served)
        _requests_add_up(served)


def _requests_add_up(served: Served) -> None:
    headers = {"authorization": f"Bearer {MASTER}"}
    chat = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}
    for _ in range(30):
        with httpx.Client() as fresh:  # a new connection each time spreads over the workers
            resp = fresh.post(f"{served.url}/v1/chat/completions", json=chat, headers=headers)
            assert resp.status_code == 200
    for _ in range(10):
        text = httpx.get(f"{served.url}/metrics").text
        totals = [
            s.value
            for f in text_string_to_metric_families(text)
            for s in f.samples
            if s.name == "lmops_requests_total" and s.labels.get("model") == "chat"
        ]
        assert totals == [30.0]  # whichever worker answers, it reports all of them
    served.proc.send_signal(signal.SIGTERM)
    served.proc.wait(30)
    engine = create_engine(served.db_url)
    assert len(query_requests(engine, limit=100)) == 30
    engine.dispose()


def test_requests_outliving_the_graceful_timeout_get_503_and_keep_their_record(
    tmp_path: Path, upstream: FakeUpstream, stop_all: list[Served]
) -> None:
    config = (
        config_text(upstream.url, str(tmp_path / "lmops.db"))
        .replace("graceful_timeout: 20", "graceful_timeout: 1")
        .replace("latency_ms: 2500", "latency_ms: 8000")
    )
    served = serve(tmp_path, config)
    stop_all.append(served)
    headers = {"authorization": f"Bearer {MASTER}"}
    body = {"model": "slow", "messages": [{"role": "user", "content": "hi"}]}
    with ThreadPoolExecutor(2) as pool:
        futures = [
            pool.submit(
                httpx.post,
                f"{served.url}/v1/chat/completions",
                json={**body, "stream": stream},
                headers=headers,
                timeout=30,
            )
            for stream in (False, True)
        ]
        wait_until(lambda: in_flight(served.url) >= 2, 20, "2 requests in flight")
        served.proc.send_signal(signal.SIGTERM)
        plain, streamed = (f.result() for f in futures)
    served.proc.wait(30)
    assert plain.status_code == 503 and plain.json()["error"]["code"] == "shutdown"
    assert streamed.status_code == 503  # the mock stream had not started: a JSON answer too
    engine = create_engine(served.db_url)
    rows = query_requests(engine, limit=10)
    engine.dispose()
    assert sorted((r.status_code, r.error_type, r.streamed) for r in rows) == [
        (503, "shutdown", False),
        (503, "shutdown", True),
    ]
