"""Finish callbacks: every step's callback runs once, last registered first, however a request
ends (answered, refused, failed upstream, streamed to the end, stream cut, client gone)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from bench.fake_upstream import FakeUpstream
from lmops.errors import GatewayError
from lmops.gateway.app import GatewayApp
from lmops.gateway.context import Outcome, RequestContext
from tests.conftest import MASTER_KEY, RunningGateway, basic_config, wait_for

MSG = [{"role": "user", "content": "hi"}]


@dataclass
class Recorder:
    """Two steps that each register a callback; the callbacks write down what they saw."""

    calls: list[tuple[str, str, int]] = field(default_factory=list)  # (step, request id, status)
    refuse: bool = False

    def step(self, name: str) -> Callable[[RequestContext], object]:
        async def register(ctx: RequestContext) -> None:
            def finished(ctx: RequestContext, outcome: Outcome) -> None:
                self.calls.append((name, ctx.request_id, outcome.status))

            ctx.on_finish(finished)
            if name == "second" and self.refuse:
                raise GatewayError("refused by the test step", status=429, code="test_refusal")

        return register

    def of(self, request_id: str) -> list[tuple[str, int]]:
        return [(name, status) for name, rid, status in self.calls if rid == request_id]


@pytest.fixture
def recorded(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> Iterator[tuple[RunningGateway, Recorder]]:
    gw = gateway_factory(basic_config(upstream, "router: {retries: {attempts: 0}}"))
    app = gw.server.config.app
    assert isinstance(app, GatewayApp) and app.gateway.handler is not None
    handler = app.gateway.handler
    recorder = Recorder()
    steps = handler._steps
    handler._steps = (*steps, recorder.step("first"), recorder.step("second"))
    yield gw, recorder


def post(gw: RunningGateway, **body: object) -> httpx.Response:
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"authorization": f"Bearer {MASTER_KEY}"},
        json={"model": "chat-small", "messages": MSG, **body},
        timeout=30,
    )


def finished_once_in_reverse(recorder: Recorder, response: httpx.Response, status: int) -> None:
    request_id = response.headers["x-request-id"]
    calls = wait_for(lambda: recorder.of(request_id), "the finish callbacks")
    assert calls == [("second", status), ("first", status)]


def test_an_answered_request(recorded: tuple[RunningGateway, Recorder]) -> None:
    gw, recorder = recorded
    r = post(gw)
    assert r.status_code == 200
    finished_once_in_reverse(recorder, r, 200)


def test_a_refusal_by_a_later_step(recorded: tuple[RunningGateway, Recorder]) -> None:
    gw, recorder = recorded
    recorder.refuse = True
    r = post(gw)
    assert r.status_code == 429 and r.json()["error"]["code"] == "test_refusal"
    finished_once_in_reverse(recorder, r, 429)


def test_an_upstream_failure(
    recorded: tuple[RunningGateway, Recorder], upstream: FakeUpstream
) -> None:
    gw, recorder = recorded
    upstream.status = 500
    r = post(gw)
    assert r.status_code == 502
    finished_once_in_reverse(recorder, r, 502)


def test_a_stream_to_its_end_and_a_cut_one(
    recorded: tuple[RunningGateway, Recorder], upstream: FakeUpstream
) -> None:
    gw, recorder = recorded
    whole = post(gw, stream=True)
    assert whole.status_code == 200 and whole.text.rstrip().endswith("data: [DONE]")
    finished_once_in_reverse(recorder, whole, 200)
    upstream.break_stream_after = 3
    cut = post(gw, stream=True)
    assert cut.status_code == 200 and '"error"' in cut.text  # the cut is an SSE error event
    finished_once_in_reverse(recorder, cut, 502)


def test_a_client_that_hangs_up_mid_stream(
    recorded: tuple[RunningGateway, Recorder], upstream: FakeUpstream
) -> None:
    gw, recorder = recorded
    upstream.chunk_delay = 0.05
    with (
        httpx.Client(timeout=30) as client,
        client.stream(
            "POST",
            f"{gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {MASTER_KEY}"},
            json={"model": "chat-small", "messages": MSG, "stream": True},
        ) as response,
    ):
        request_id = response.headers["x-request-id"]
        next(response.iter_raw())  # the first chunk, then hang up
    calls = wait_for(lambda: recorder.of(request_id), "the finish callbacks")
    assert calls == [("second", 499), ("first", 499)]
