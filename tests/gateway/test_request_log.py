"""Every request lands in the request log, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import random
from collections.abc import Callable

import httpx
import openai
import pytest

from bench.fake_upstream import FakeUpstream
from lmops.gateway.accounting import usage_from_sse_tail
from lmops.gateway.handlers import new_request_id
from lmops.store.db import create_engine
from lmops.store.request_log import RequestRecord, query_requests
from tests.conftest import MASTER_KEY, UPSTREAM_KEY, RunningGateway, basic_config, postgres_url

MSG = [{"role": "user", "content": "secret-free hello"}]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: object) -> str:
    if request.param == "postgres":
        return postgres_url()
    return f"sqlite:///{tmp_path}/log.db"


def records(url: str, ids: list[str]) -> dict[str, RequestRecord]:
    engine = create_engine(url)
    try:
        found = {r.id: r for r in query_requests(engine, limit=10_000) if r.id in ids}
    finally:
        engine.dispose()
    return found


def test_every_request_is_recorded(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, database_url: str
) -> None:
    gw = gateway_factory(basic_config(upstream), DB_URL=database_url)
    client = openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    ids: list[str] = []

    ok = client.chat.completions.with_raw_response.create(model="chat-small", messages=MSG)
    ids.append(ok.headers["x-request-id"])
    # No include_usage: the gateway asks the upstream for usage itself and still logs tokens.
    stream = client.chat.completions.with_raw_response.create(
        model="chat-small", messages=MSG, stream=True
    )
    list(stream.parse())
    ids.append(stream.headers["x-request-id"])
    missing = httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"authorization": f"Bearer {MASTER_KEY}"},
        json={"model": "nope", "messages": MSG},
    )
    ids.append(missing.headers["x-request-id"])
    upstream.status = 500
    failed = httpx.post(
        f"{gw.base_url}/embeddings",
        headers={"authorization": f"Bearer {MASTER_KEY}"},
        json={"model": "chat-small", "input": "x"},
    )
    ids.append(failed.headers["x-request-id"])
    gw.stop()  # a graceful stop flushes the writer

    found = records(database_url, ids)
    assert set(found) == set(ids)
    first, streamed, unknown, broken = (found[i] for i in ids)
    assert (first.status_code, first.endpoint, first.model_group) == (200, "chat", "chat-small")
    assert first.principal == "master" and not first.streamed
    assert first.deployment == "chat-small/0"
    assert first.prompt_tokens and first.completion_tokens and first.latency_ms > 0
    assert first.request_body is None and first.response_body is None  # log_bodies is off
    assert streamed.streamed and streamed.status_code == 200
    assert streamed.ttft_ms is not None and 0 < streamed.ttft_ms <= streamed.latency_ms
    assert streamed.completion_tokens == upstream.stream_chunks
    assert (unknown.status_code, unknown.error_type, unknown.model_group) == (
        404,
        "model_not_found",
        "unknown",
    )
    assert (broken.status_code, broken.endpoint, broken.error_type) == (
        502,
        "embeddings",
        "upstream_error",
    )


def test_bodies_are_logged_only_when_enabled(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, tmp_path: object
) -> None:
    url = f"sqlite:///{tmp_path}/bodies.db"
    gw = gateway_factory(basic_config(upstream, "  log_bodies: true"), DB_URL=url)
    client = openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="chat-small", messages=MSG)
    gw.stop()
    record = records(url, [raw.headers["x-request-id"]])[raw.headers["x-request-id"]]
    assert record.request_body is not None and "secret-free hello" in record.request_body
    assert record.response_body is not None and "chat.completion" in record.response_body
    assert UPSTREAM_KEY not in record.request_body + record.response_body


def test_logged_bodies_are_cut_to_the_configured_size(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, tmp_path: object
) -> None:
    url = f"sqlite:///{tmp_path}/cut.db"
    extra = "  log_bodies: true\n  request_log:\n    flush_interval: 0.05\n    max_body_bytes: 200"
    gw = gateway_factory(
        basic_config(upstream).replace("  request_log:\n    flush_interval: 0.05\n", "") + extra,
        DB_URL=url,
    )
    client = openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="chat-small", messages=[{"role": "user", "content": "x" * 5000}]
    )
    gw.stop()
    record = records(url, [raw.headers["x-request-id"]])[raw.headers["x-request-id"]]
    assert record.request_body is not None
    assert record.request_body.startswith('{"model"')
    assert record.request_body.endswith("more bytes not logged]")
    assert len(record.request_body) < 260


def test_usage_is_read_from_a_crlf_framed_stream_tail() -> None:
    tail = (
        b'data: {"choices":[{"delta":{}}]}\r\n\r\n'
        b'data: {"choices":[],"usage":{"prompt_tokens":2,"completion_tokens":5}}\r\n\r\n'
        b"data: [DONE]\r\n\r\n"
    )
    assert usage_from_sse_tail(tail) == {"prompt_tokens": 2, "completion_tokens": 5}


def test_usage_is_the_last_one_a_stream_holds() -> None:
    """Every chunk holds a null usage once usage is asked for; the Responses API's last event
    holds it inside the response; a tail that starts inside an event has none to give."""
    chunk = b'data: {"choices":[{"delta":{"content":"usage"}}],"usage":null}\n\n'
    final = b'data: {"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4}}\n\n'
    assert usage_from_sse_tail(chunk + final + chunk * 3 + b"data: [DONE]\n\n") == {
        "prompt_tokens": 3,
        "completion_tokens": 4,
    }
    assert usage_from_sse_tail(chunk * 3) is None
    completed = (
        b'event: response.created\ndata: {"type":"response.created","response":{"usage":null}}\n\n'
        b'event: response.completed\ndata: {"type":"response.completed","response":'
        b'{"usage":{"input_tokens":9,"output_tokens":2,"total_tokens":11}}}\n\n'
    )
    assert usage_from_sse_tail(completed) == {
        "prompt_tokens": 9,
        "completion_tokens": 2,
        "total_tokens": 11,
    }
    assert usage_from_sse_tail(final[20:]) is None


def test_request_ids_ignore_a_seeded_global_random() -> None:
    # Training seeds the module-level generator in process; the ids must not repeat after it.
    random.seed(7)
    first = new_request_id()
    random.seed(7)
    assert new_request_id() != first


def test_a_forked_child_draws_other_request_ids() -> None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: send one id and leave without running pytest's exit handlers
        os.write(write, new_request_id().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        child = pipe.read()
    assert len(child) == 32 and child != new_request_id()
