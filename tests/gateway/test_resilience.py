"""Retries, fallbacks, cooldowns and stream failures, against upstreams that fail on purpose."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import openai
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from lmops.store.request_log import query_requests
from tests.conftest import MASTER_KEY, RunningGateway

MSG = [{"role": "user", "content": "hi"}]


def two_upstreams(up1: FakeUpstream, up2: FakeUpstream, router: str = "") -> str:
    return f"""
models:
  - name: primary
    provider: openai
    api_base: {up1.url}
    api_key: ${{UPSTREAM_API_KEY}}
    timeout: {{first_byte: 0.5}}
  - name: backup
    provider: openai
    api_base: {up2.url}
    api_key: ${{UPSTREAM_API_KEY}}
  - name: big-context
    provider: mock
    mock: {{content: "from the big model"}}
router:
  retries: {{attempts: 2, initial_delay: 0.01, max_delay: 0.05}}
  fallbacks: {{primary: [backup]}}
  context_window_fallbacks: {{primary: [big-context]}}
{router}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
"""


@pytest.fixture
def client_for() -> Callable[[RunningGateway], openai.OpenAI]:
    return lambda gw: openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)


@pytest.fixture
def gw(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, upstream2: FakeUpstream
) -> RunningGateway:
    return gateway_factory(two_upstreams(upstream, upstream2))


def metric(gw: RunningGateway, name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` whose labels include ``labels`` (prefix match on values)."""
    total = 0.0
    for family in text_string_to_metric_families(httpx.get(f"{gw.url}/metrics").text):
        for sample in family.samples:
            if sample.name == name and all(
                sample.labels.get(k, "").startswith(v) for k, v in labels.items()
            ):
                total += sample.value
    return total


def test_transient_errors_are_retried(
    gw: RunningGateway, upstream: FakeUpstream, upstream2: FakeUpstream, client_for
) -> None:
    upstream.fail_next(2, status=503)
    reply = client_for(gw).chat.completions.create(model="primary", messages=MSG)
    assert reply.choices[0].message.content
    assert upstream.request_count == 3 and upstream2.request_count == 0
    assert metric(gw, "lmops_retries_total", model="primary") == 2


def test_retry_after_is_honoured(gw: RunningGateway, upstream: FakeUpstream, client_for) -> None:
    upstream.fail_next(1, status=429, retry_after=0.02)
    client_for(gw).chat.completions.create(model="primary", messages=MSG)
    assert upstream.request_count == 2


def test_fallback_to_another_group(
    gw: RunningGateway, upstream: FakeUpstream, upstream2: FakeUpstream, client_for
) -> None:
    upstream.status = 500
    reply = client_for(gw).chat.completions.create(model="primary", messages=MSG)
    assert reply.model == "backup"  # the fake echoes the model it was sent
    assert upstream.request_count == 3 and upstream2.request_count == 1
    assert (
        metric(gw, "lmops_fallbacks_total", model="primary", reason="upstream_error", to="backup")
        == 1
    )


def test_timeout_is_retried_then_falls_back(
    gw: RunningGateway, upstream: FakeUpstream, upstream2: FakeUpstream, client_for
) -> None:
    upstream.hang = True
    reply = client_for(gw).chat.completions.create(model="primary", messages=MSG)
    assert reply.model == "backup"
    assert metric(gw, "lmops_upstream_errors_total", deployment="primary/0", kind="timeout") >= 1


def test_context_window_errors_use_their_own_fallbacks(
    gw: RunningGateway, upstream: FakeUpstream, upstream2: FakeUpstream, client_for
) -> None:
    upstream.context_window_error = True
    reply = client_for(gw).chat.completions.create(model="primary", messages=MSG)
    assert reply.choices[0].message.content == "from the big model"
    assert upstream.request_count == 1  # not retried
    assert upstream2.request_count == 0  # ordinary fallbacks are not used


def test_cooldown_skips_a_failing_deployment_and_recovers(
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
    upstream2: FakeUpstream,
    client_for,
) -> None:
    config = f"""
models:
  - {{name: pool, provider: openai, api_base: {upstream.url}, weight: 1}}
  - {{name: pool, provider: openai, api_base: {upstream2.url}, weight: 1}}
router:
  retries: {{attempts: 1, initial_delay: 0, max_delay: 0}}
  cooldown: {{failures: 2, window: 60, duration: 1.5}}
settings:
  auth: none
  database_url: ${{DB_URL}}
"""
    gw = gateway_factory(config)
    client = openai.OpenAI(base_url=gw.base_url, api_key="none", max_retries=0)
    upstream.status = 500
    while upstream.request_count < 2:
        client.chat.completions.create(model="pool", messages=MSG)
    cooled_at = time.monotonic()
    assert metric(gw, "lmops_cooldowns_total") == 1
    for _ in range(10):
        client.chat.completions.create(model="pool", messages=MSG)
    assert upstream.request_count == 2  # cooling down: never tried
    assert time.monotonic() - cooled_at < 1.5, "the test machine was too slow to observe this"
    upstream.status = 200
    time.sleep(max(0.0, 1.6 - (time.monotonic() - cooled_at)))  # the cooldown is a span of time
    for _ in range(20):
        client.chat.completions.create(model="pool", messages=MSG)
    assert upstream.request_count > 2  # recovered: back in rotation


def test_stream_falls_back_before_the_first_byte(
    gw: RunningGateway, upstream: FakeUpstream, upstream2: FakeUpstream, client_for
) -> None:
    upstream.break_stream_after = 0
    chunks = list(
        client_for(gw).chat.completions.create(model="primary", messages=MSG, stream=True)
    )
    assert chunks and chunks[0].model == "backup"
    assert upstream2.request_count == 1


def test_stream_broken_midway_ends_in_an_error_event(
    gw: RunningGateway, upstream: FakeUpstream, upstream2: FakeUpstream, client_for
) -> None:
    upstream.break_stream_after = 3
    stream = client_for(gw).chat.completions.create(model="primary", messages=MSG, stream=True)
    received = []
    with pytest.raises(openai.APIError):
        for chunk in stream:
            received.append(chunk)
    assert 1 <= len(received) <= 3
    assert upstream2.request_count == 0  # bytes reached the client: no fallback

    raw = httpx.post(
        f"{gw.base_url}/chat/completions",
        json={"model": "primary", "messages": MSG, "stream": True},
        headers={"authorization": f"Bearer {MASTER_KEY}"},
    )
    assert raw.status_code == 200
    assert '"error"' in raw.text.rstrip().splitlines()[-1]
    assert "[DONE]" not in raw.text
    assert "127.0.0.1" not in raw.text  # no internal address in what the client sees
    assert metric(gw, "lmops_requests_total", endpoint="chat", model="primary", status="502") == 2


def test_client_disconnect_mid_stream_is_logged_as_499(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    gw = gateway_factory(two_upstreams(upstream, upstream2))
    upstream.chunk_delay = 1.0  # a silent upstream: the hang-up must be noticed between chunks
    started = time.monotonic()
    with httpx.stream(
        "POST",
        f"{gw.base_url}/chat/completions",
        json={"model": "primary", "messages": MSG, "stream": True},
        headers={"authorization": f"Bearer {MASTER_KEY}"},
    ) as resp:
        request_id = resp.headers["x-request-id"]
        next(resp.iter_raw())  # one chunk, then hang up
    wait_for = time.monotonic() + 10
    while metric(gw, "lmops_requests_total", status="499") < 1:
        assert time.monotonic() < wait_for, "the disconnect was never noticed"
        time.sleep(0.02)  # polling a condition, bounded by the deadline
    assert time.monotonic() - started < 0.9  # noticed before the upstream's next chunk
    assert metric(gw, "lmops_requests_in_flight") == 0
    gw.stop()
    engine = create_engine(gw.config.settings.database_url)
    (record,) = [r for r in query_requests(engine, limit=100) if r.id == request_id]
    engine.dispose()
    assert (record.status_code, record.error_type, record.streamed) == (
        499,
        "client_disconnected",
        True,
    )


def test_the_log_keeps_the_upstream_calls_an_answer_took(
    gw: RunningGateway, upstream: FakeUpstream, upstream2: FakeUpstream, client_for
) -> None:
    client = client_for(gw).chat.completions
    first = client.with_raw_response.create(model="primary", messages=MSG)
    upstream.fail_next(1, status=503)
    retried = client.with_raw_response.create(model="primary", messages=MSG, stream=True)
    list(retried.parse())
    upstream.status = 500
    fell_back = client.with_raw_response.create(model="primary", messages=MSG)
    ids = [r.headers["x-request-id"] for r in (first, retried, fell_back)]
    gw.stop()  # flushes the writer
    engine = create_engine(gw.config.settings.database_url)
    found = {r.id: r for r in query_requests(engine, limit=100)}
    engine.dispose()
    logged = [(found[i].attempts, found[i].deployment) for i in ids]
    # Three tries of primary (two retries), then backup answers.
    assert logged == [(1, "primary/0"), (2, "primary/0"), (4, "backup/0")]
