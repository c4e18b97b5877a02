"""The official openai SDK against a running gateway, for every endpoint, streaming included."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import openai
import pytest

from bench.fake_payloads import reply_pieces
from bench.fake_upstream import FakeUpstream
from lmops.gateway.app import create_app
from tests.conftest import MASTER_KEY, UPSTREAM_KEY, RunningGateway, basic_config, config_from


def expected_reply(upstream: FakeUpstream) -> str:
    return "".join(reply_pieces(upstream.reply_text, upstream.stream_chunks))


@pytest.fixture
def gateway(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> RunningGateway:
    return gateway_factory(basic_config(upstream))


@pytest.fixture
def client(gateway: RunningGateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.base_url, api_key=MASTER_KEY, max_retries=0)


def test_chat_completion(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="chat-small", messages=[{"role": "user", "content": "hi"}]
    )
    completion = raw.parse()
    assert completion.choices[0].message.content == expected_reply(upstream)
    assert completion.usage is not None and completion.usage.total_tokens > 0
    assert len(raw.headers["x-request-id"]) == 32
    sent = upstream.last_request
    assert sent is not None
    assert sent.path == "/v1/chat/completions"
    assert sent.json["model"] == "upstream-model"
    assert sent.headers["authorization"] == f"Bearer {UPSTREAM_KEY}"


def test_unknown_and_openai_fields_pass_through_untouched(
    client: openai.OpenAI, upstream: FakeUpstream
) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather for a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    client.chat.completions.create(
        model="chat-small",
        messages=[{"role": "user", "content": "weather?"}],
        tools=tools,  # type: ignore[arg-type]
        tool_choice="auto",
        response_format={"type": "json_object"},
        n=1,
        stop=["END"],
        seed=7,
        logprobs=True,
        extra_body={"vendor_knob": {"nested": [1, 2]}},
    )
    sent = upstream.last_request
    assert sent is not None
    for key, value in {
        "tools": tools,
        "tool_choice": "auto",
        "response_format": {"type": "json_object"},
        "n": 1,
        "stop": ["END"],
        "seed": 7,
        "logprobs": True,
        "vendor_knob": {"nested": [1, 2]},
    }.items():
        assert sent.json[key] == value


def test_chat_stream(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    upstream.stream_chunks = 20
    stream = client.chat.completions.create(
        model="chat-small",
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == expected_reply(upstream)
    assert sum(1 for c in chunks if c.choices) == 20
    assert chunks[-1].usage is not None


def test_completions_stream_and_not(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    done = client.completions.create(model="chat-small", prompt="Say hi")
    assert done.choices[0].text
    streamed = list(client.completions.create(model="chat-small", prompt="Say hi", stream=True))
    assert "".join(c.choices[0].text for c in streamed if c.choices) == done.choices[0].text
    assert upstream.last_request is not None
    assert upstream.last_request.path == "/v1/completions"


def test_embeddings(client: openai.OpenAI) -> None:
    result = client.embeddings.create(model="chat-small", input=["a", "b"])
    assert [d.index for d in result.data] == [0, 1]
    assert len(result.data[0].embedding) > 0


def test_models_list_and_retrieve(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["chat-small", "mock"]
    assert client.models.retrieve("mock").id == "mock"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("nope")


def test_mock_provider_through_the_gateway(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "x"}]
    )
    assert reply.choices[0].message.content == "This is a mock response."
    chunks = list(
        client.chat.completions.create(
            model="mock", messages=[{"role": "user", "content": "x"}], stream=True
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == (
        "This is a mock response."
    )
    vectors = client.embeddings.create(model="mock", input="hello")
    assert len(vectors.data[0].embedding) == 16


def test_health_and_metrics_need_no_key(gateway: RunningGateway, client: openai.OpenAI) -> None:
    client.chat.completions.create(model="mock", messages=[{"role": "user", "content": "x"}])
    assert httpx.get(f"{gateway.url}/health/live").json() == {"status": "ok"}
    ready = httpx.get(f"{gateway.url}/health/ready")
    assert ready.status_code == 200 and ready.json()["store"] is True
    metrics = httpx.get(f"{gateway.url}/metrics").text
    assert 'lmops_requests_total{endpoint="chat",model="mock",status="200"} 1.0' in metrics
    assert "lmops_request_duration_seconds_bucket" in metrics
    assert "lmops_requests_in_flight 0.0" in metrics


def test_metrics_behind_master_key_when_configured(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> None:
    gw = gateway_factory(basic_config(upstream, "  metrics_require_auth: true"))
    assert httpx.get(f"{gw.url}/metrics").status_code == 401
    ok = httpx.get(f"{gw.url}/metrics", headers={"authorization": f"Bearer {MASTER_KEY}"})
    assert ok.status_code == 200


async def test_readiness_survives_a_restart_of_the_same_app(
    upstream: FakeUpstream, tmp_path: object
) -> None:
    config = config_from(basic_config(upstream), f"sqlite:///{tmp_path}/r.db")
    gateway = create_app(config).gateway
    for _ in range(2):
        async with gateway.lifespan(None):  # type: ignore[arg-type]
            resp = await gateway.ready(None)  # type: ignore[arg-type]
            assert resp.status_code == 200
