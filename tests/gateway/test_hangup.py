"""A client that hangs up while the upstream works: the upstream call is cancelled, the record
says 499.

Under the gateway's own server the hang-up comes from the connection's disconnect signal;
under plain uvicorn from a task watching ``receive()``. Both are tried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.fake_upstream import FakeUpstream
from lmops.gateway.context import RequestContext
from lmops.gateway.hangup import DISCONNECT, Disconnect, HangUp
from lmops.store.db import create_engine
from lmops.store.request_log import query_requests
from tests.conftest import basic_config, config_from, metric_value, start_gateway, wait_for
from tests.gateway.raw_http import connect, post, start_served

CHAT = {"model": "chat-small", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def hanging() -> Iterator[FakeUpstream]:
    """An upstream of this test's own that never answers: its open connections are ours alone."""
    with FakeUpstream.start_in_thread() as up:
        up.hang = True
        yield up


@pytest.mark.parametrize("server", ["lmops", "uvicorn"])
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_a_hang_up_cancels_the_upstream_call_and_is_recorded_as_499(
    tmp_path: Path, hanging: FakeUpstream, server: str, stream: bool
) -> None:
    config = config_from(basic_config(hanging), f"sqlite:///{tmp_path}/lmops.db")
    gw = start_served(config) if server == "lmops" else start_gateway(config)
    try:
        with connect(gw.url) as sock:
            sock.sendall(post("/v1/chat/completions", {**CHAT, "stream": stream}))
            wait_for(lambda: hanging.request_count == 1, "the upstream to be called")
        # The gateway closing its upstream connection is how the fake sees a call cancelled.
        wait_for(lambda: not hanging._connections, "the upstream call to be cancelled")
        wait_for(
            lambda: metric_value(gw.url, "lmops_requests_total", status="499") == 1,
            "the request to be accounted for",
        )
        assert metric_value(gw.url, "lmops_requests_in_flight") == 0
    finally:
        gw.stop()
    engine = create_engine(config.settings.database_url)
    (record,) = query_requests(engine, limit=10)
    engine.dispose()
    assert (record.status_code, record.error_type, record.streamed) == (
        499,
        "client_disconnected",
        stream,
    )
    assert record.cost_usd in (0, None)  # no answer came: nothing known to charge


async def test_a_connection_gone_before_the_watch_began_cuts_the_request_at_once() -> None:
    signal = Disconnect()
    signal.fire()  # the client left while an earlier step (a key lookup, a seed) was awaited
    ctx = RequestContext(
        {"headers": [], "extensions": {DISCONNECT: {"signal": signal}}}, None, "chat", "r1"
    )
    with HangUp(ctx):
        await asyncio.Event().wait()  # the upstream call: would never end on its own
    assert ctx.client_gone
