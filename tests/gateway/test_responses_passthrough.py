"""/v1/responses passed through to an upstream that serves the Responses API (options:
{responses: true}): the body and answer untouched (built-in tools, the upstream's own
previous_response_id), the request path applied, usage read from the Responses shape."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai
import orjson
import pytest
from aiohttp import web

from lmops.config import Config
from lmops.gateway.app import _passthrough_groups
from lmops.providers.openai import serves_responses
from tests.aiohttp_app import start_app
from tests.conftest import MASTER_KEY, RunningGateway, config_from, metric_value
from tests.gateway.test_ingress_messages import logged

RESPONSE: dict[str, Any] = {
    "id": "resp_upstream1",
    "object": "response",
    "created_at": 1,
    "status": "completed",
    "model": "gpt-x",
    "output": [
        {"type": "web_search_call", "id": "ws_1", "status": "completed"},
        {
            "type": "message",
            "id": "msg_1",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "It is sunny.", "annotations": []}],
        },
    ],
    "usage": {
        "input_tokens": 30,
        "input_tokens_details": {"cached_tokens": 10},
        "output_tokens": 7,
        "output_tokens_details": {"reasoning_tokens": 2},
        "total_tokens": 37,
    },
}


@dataclass
class FakeResponses:
    """An upstream that serves /responses (JSON, or ``events`` as an SSE stream) and
    /chat/completions (to show which one a request took)."""

    url: str = ""
    paths: list[str] = field(default_factory=list)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] | None = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.paths.append(request.path)
        self.bodies.append(await request.json())
        if request.path.endswith("/chat/completions"):
            completion = {
                "id": "c1",
                "object": "chat.completion",
                "model": "gpt-x",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "Translated."},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
            }
            return web.json_response(completion)
        if self.events is None:
            return web.json_response(RESPONSE)
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        for event in self.events:
            await resp.write(
                f"event: {event['type']}\n".encode() + b"data: " + orjson.dumps(event) + b"\n\n"
            )
        await resp.write_eof()
        return resp


@pytest.fixture
async def fake() -> AsyncIterator[FakeResponses]:
    server = FakeResponses()
    app = web.Application()
    app.router.add_post("/v1/responses", server.handle)
    app.router.add_post("/v1/chat/completions", server.handle)
    runner, url = await start_app(app)
    server.url = f"{url}/v1"
    yield server
    await runner.cleanup()


def config(fake: FakeResponses, more: str = "") -> str:
    return f"""
models:
  - name: gpt
    provider: openai
    model: gpt-x
    api_base: {fake.url}
    api_key: ${{UPSTREAM_API_KEY}}
    input_cost_per_token: 0.001
    output_cost_per_token: 0.002
    options:
      responses: true
  - name: guarded
    provider: openai
    model: gpt-x
    api_base: {fake.url}
    api_key: ${{UPSTREAM_API_KEY}}
    options:
      responses: true
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05
guardrails:
  rules:
    - name: no-injection
      check: injection
      models: [guarded]
{more}"""


async def test_passed_through_with_the_request_path(
    fake: FakeResponses, gateway_factory: Callable[..., RunningGateway], tmp_path: Path
) -> None:
    gw = gateway_factory(config(fake))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    sent = {
        "model": "gpt",
        "input": "Weather in Oslo?",
        "tools": [{"type": "web_search"}],
        "previous_response_id": "resp_upstream0",
        "include": ["web_search_call.action.sources"],
    }
    raw = await client.responses.with_raw_response.create(**sent)
    reply = raw.parse()
    assert reply.id == "resp_upstream1" and reply.output_text == "It is sunny."
    assert reply.output[0].type == "web_search_call"  # a built-in tool's item, as answered
    assert fake.paths[-1] == "/v1/responses"
    assert fake.bodies[-1] == {**sent, "model": "gpt-x"}  # the upstream's model name, else as sent
    assert float(raw.headers["x-lmops-response-cost"]) == pytest.approx(30 * 0.001 + 7 * 0.002)
    record = logged(tmp_path, raw.headers["x-request-id"])
    assert (record.endpoint, record.prompt_tokens, record.completion_tokens) == ("responses", 30, 7)
    assert (
        metric_value(
            gw.url, "lmops_requests_total", endpoint="responses", model="gpt", status="200"
        )
        == 1
    )

    # A group with a guardrail rule is translated, so the rule reads the chat format it knows.
    guarded = await client.responses.create(model="guarded", input="Hello")
    assert guarded.output_text == "Translated." and fake.paths[-1] == "/v1/chat/completions"


async def test_streams_pass_through_and_usage_is_read(
    fake: FakeResponses, gateway_factory: Callable[..., RunningGateway], tmp_path: Path
) -> None:
    gw = gateway_factory(config(fake))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    created = {**RESPONSE, "status": "in_progress", "output": [], "usage": None}
    fake.events = [
        {"type": "response.created", "sequence_number": 0, "response": created},
        {
            "type": "response.output_text.delta",
            "sequence_number": 1,
            "item_id": "msg_1",
            "output_index": 1,
            "content_index": 0,
            "delta": "It is sunny.",
        },
        {"type": "response.completed", "sequence_number": 2, "response": RESPONSE},
    ]
    raw = await client.responses.with_raw_response.create(model="gpt", input="Hi", stream=True)
    events = [event async for event in raw.parse()]
    assert [e.type for e in events] == [
        "response.created",
        "response.output_text.delta",
        "response.completed",
    ]
    assert fake.bodies[-1].get("stream_options") is None  # the Responses API takes no include_usage
    record = logged(tmp_path, raw.headers["x-request-id"])
    assert (record.status_code, record.prompt_tokens, record.completion_tokens) == (200, 30, 7)
    assert record.streamed

    fake.events = fake.events[:2]  # cut before its last event: the client is told
    stream = await client.responses.create(model="gpt", input="Hi", stream=True)
    with pytest.raises(openai.APIError):
        async for _ in stream:
            pass


def test_which_groups_pass_through() -> None:
    text = """
models:
  - {name: a, provider: openai, api_base: http://x/v1, options: {responses: true}}
  - {name: b, provider: openai, api_base: http://x/v1, options: {responses: true}}
  - {name: c, provider: openai, api_base: http://x/v1}
  - {name: d, provider: openai, api_base: http://x/v1, options: {responses: true}}
  - {name: d, provider: mock}
  - name: e
    provider: openai
    api_base: http://x/v1
    api_version: '2025-01-01'
    options: {responses: true}
router:
  fallbacks: {b: [c]}
settings: {auth: none}
"""
    config: Config = config_from(text, "sqlite:///:memory:")
    assert _passthrough_groups(config, serves_responses) == {"a"}
