"""/v1/messages passed through to a model group of Anthropic deployments: what Anthropic's API
alone knows (server tools, citations, newer blocks) travels both ways untouched, with keys,
limits, prices, the request log and the gateway's own errors in Anthropic's shape."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anthropic
import httpx
import pytest

from tests.conftest import MASTER_KEY, RunningGateway
from tests.gateway.test_anthropic_e2e import config
from tests.gateway.test_ingress_messages import USER, logged
from tests.providers.test_anthropic import (
    FakeAnthropic,
    block,
    delta,
    end_events,
    message,
    start_event,
    stop,
)
from tests.providers.test_anthropic import fake as fake  # the fixture, re-exported

PRICED = """    input_cost_per_token: 0.001
    output_cost_per_token: 0.002
"""
LOGGED = """  request_log:
    flush_interval: 0.05
"""
SEARCH = {"type": "web_search_20250305", "name": "web_search", "max_uses": 2}
CONTENT: list[dict[str, Any]] = [
    {
        "type": "server_tool_use",
        "id": "srvtoolu_1",
        "name": "web_search",
        "input": {"query": "Oslo weather"},
    },
    {
        "type": "web_search_tool_result",
        "tool_use_id": "srvtoolu_1",
        "content": [
            {
                "type": "web_search_result",
                "url": "https://yr.no",
                "title": "Oslo",
                "encrypted_content": "abc",
            }
        ],
    },
    {
        "type": "text",
        "text": "It is -3C.",
        "citations": [
            {
                "type": "web_search_result_location",
                "url": "https://yr.no",
                "title": "Oslo",
                "encrypted_index": "xyz",
                "cited_text": "-3C",
            }
        ],
    },
]


def gateway(fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]) -> RunningGateway:
    text = config(fake, PRICED).replace(
        "  database_url: ${DB_URL}\n", "  database_url: ${DB_URL}\n" + LOGGED
    )
    return gateway_factory(text)


async def test_server_tools_and_citations_both_ways(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway], tmp_path: Path
) -> None:
    gw = gateway(fake, gateway_factory)
    sdk = anthropic.AsyncAnthropic(base_url=gw.url, api_key=MASTER_KEY, max_retries=0)
    fake.reply = message(CONTENT, input_tokens=20, output_tokens=5, cache_read_input_tokens=4)
    raw = await sdk.messages.with_raw_response.create(
        model="claude",
        max_tokens=500,
        messages=USER,  # type: ignore[arg-type]
        tools=[SEARCH],  # type: ignore[list-item]
    )
    reply = await raw.parse()
    assert [b.type for b in reply.content] == [b["type"] for b in CONTENT]
    assert reply.content[2].citations[0].cited_text == "-3C"  # type: ignore[union-attr,index]
    assert fake.requests[-1]["tools"] == [SEARCH]
    # The turn goes back as it came, server tool blocks and all.
    fake.reply = message([{"type": "text", "text": "Yes."}])
    await sdk.messages.create(
        model="claude",
        max_tokens=500,
        tools=[SEARCH],  # type: ignore[list-item]
        messages=[
            *USER,
            {"role": "assistant", "content": CONTENT},
            {"role": "user", "content": "Sure?"},
        ],  # type: ignore[list-item]
    )
    assert fake.requests[-1]["messages"][1] == {"role": "assistant", "content": CONTENT}
    # Priced and logged from Anthropic's usage (cache reads are input tokens too).
    cost = float(raw.headers["x-lmops-response-cost"])
    assert cost == pytest.approx(24 * 0.001 + 5 * 0.002)
    record = logged(tmp_path, raw.headers["x-request-id"])
    assert (record.endpoint, record.prompt_tokens, record.completion_tokens) == ("messages", 24, 5)


async def test_streams_as_they_came_with_usage_and_errors(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway], tmp_path: Path
) -> None:
    gw = gateway(fake, gateway_factory)
    fake.events = [
        start_event(),
        block(0, type="server_tool_use", id="srvtoolu_1", name="web_search", input={}),
        delta(0, type="input_json_delta", partial_json='{"query": "Oslo"}'),
        stop(0),
        block(1, type="text", text=""),
        delta(1, type="citations_delta", citation=CONTENT[2]["citations"][0]),
        delta(1, type="text_delta", text="-3C"),
        stop(1),
        *end_events("end_turn", 7),
    ]
    body = {
        "model": "claude",
        "max_tokens": 100,
        "messages": USER,
        "stream": True,
        "tools": [SEARCH],
    }
    async with httpx.AsyncClient(timeout=30) as http:
        resp = await http.post(
            f"{gw.url}/v1/messages", headers={"x-api-key": MASTER_KEY}, json=body
        )
        names = [line[7:] for line in resp.text.splitlines() if line.startswith("event: ")]
        assert names == [event for event, _ in fake.events]
        record = logged(tmp_path, resp.headers["x-request-id"])
        assert (record.streamed, record.prompt_tokens, record.completion_tokens) == (True, 25, 7)

        # Anthropic's error event mid-stream: the client gets an error event in its shape.
        fake.events = [
            start_event(),
            (
                "error",
                {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
            ),
        ]
        resp = await http.post(
            f"{gw.url}/v1/messages", headers={"x-api-key": MASTER_KEY}, json=body
        )
        assert resp.text.startswith("event: message_start")
        last = resp.text.strip().split("\n\n")[-1]
        assert last.startswith("event: error\ndata: ")
        assert '"type":"error"' in last and "Overloaded" in last and "message_stop" not in resp.text

        # The gateway's own refusal, in Anthropic's shape.
        resp = await http.post(
            f"{gw.url}/v1/messages", headers={"x-api-key": "sk-wrong"}, json=body
        )
        assert resp.status_code == 401
        assert (
            resp.json()["type"] == "error"
            and resp.json()["error"]["type"] == "authentication_error"
        )


async def test_a_model_experiment_on_the_group_translates_its_requests(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    """An experiment may answer an Anthropic group's requests with another provider's group:
    while one runs, the group's requests are translated, so either variant can serve them."""
    text = config(fake, "  - name: mock\n    provider: mock\n")
    gw = gateway_factory(text)
    admin = {"authorization": f"Bearer {MASTER_KEY}"}
    experiment = {
        "name": "claude-or-mock",
        "target_kind": "model",
        "target": "claude",
        "variants": [
            {"name": "claude", "weight": 1, "model": "claude"},
            {"name": "mock", "weight": 1, "model": "mock"},
        ],
    }
    fake.reply = message([{"type": "text", "text": "From Claude."}])
    async with httpx.AsyncClient(timeout=30) as http:
        created = await http.post(f"{gw.url}/admin/experiments", headers=admin, json=experiment)
        assert created.status_code == 201, created.text
        started = await http.post(f"{gw.url}/admin/experiments/claude-or-mock/start", headers=admin)
        assert started.status_code == 200, started.text
        seen = set()
        for i in range(30):
            body = {
                "model": "claude",
                "max_tokens": 50,
                "messages": USER,
                "metadata": {"user_id": f"u-{i}"},
            }
            resp = await http.post(
                f"{gw.url}/v1/messages", headers={"x-api-key": MASTER_KEY}, json=body
            )
            assert resp.status_code == 200, resp.text
            assert resp.json()["type"] == "message"
            seen.add(resp.headers["x-lmops-variant"])
    assert seen == {"claude", "mock"}


async def test_count_tokens_asks_anthropic(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gw = gateway(fake, gateway_factory)
    sdk = anthropic.AsyncAnthropic(base_url=gw.url, api_key=MASTER_KEY, max_retries=0)
    fake.reply = {"input_tokens": 42}
    counted = await sdk.messages.count_tokens(model="claude", messages=USER, tools=[SEARCH])  # type: ignore[arg-type,list-item]
    assert counted.input_tokens == 42
    assert fake.paths[-1] == "/v1/messages/count_tokens"
    assert fake.requests[-1] == {"model": "claude-test", "messages": USER, "tools": [SEARCH]}
    fake.status = 529  # Anthropic overloaded: the gateway's own estimate stands in
    estimated = await sdk.messages.count_tokens(model="claude", messages=USER)  # type: ignore[arg-type]
    assert 0 < estimated.input_tokens != 42
