"""The OpenAI SDK's ``responses`` API through the gateway's /v1/responses: against the mock, an
OpenAI-compatible upstream and an Anthropic one; previous_response_id per tenant, in memory and
in Redis shared by two gateways; the request path applied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import openai
import pydantic
import pytest

from bench.fake_upstream import FakeUpstream
from tests.conftest import MASTER_KEY, RunningGateway, basic_config, metric_value
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.gateway.conftest import Api
from tests.gateway.test_ingress_messages import anthropic_config, logged
from tests.providers.test_anthropic import FakeAnthropic, message
from tests.providers.test_anthropic import fake as fake  # the fixture, re-exported

TOOLS = [
    {
        "type": "function",
        "name": "weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
        "strict": True,
    }
]
PRICED = """  - name: priced
    provider: mock
    input_cost_per_token: 0.001
    output_cost_per_token: 0.002
"""


class Weather(pydantic.BaseModel):
    city: str
    celsius: int


@pytest.fixture
def api(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, http: httpx.Client
) -> Api:
    upstream.record = True
    return Api(
        http,
        gateway_factory(basic_config(upstream).replace("settings:\n", PRICED + "settings:\n", 1)),
    )


def client(gw: RunningGateway, key: str = MASTER_KEY) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0)


def test_plain_stream_tools_and_structured_output_against_the_mock(api: Api) -> None:
    sdk = client(api.gw)
    reply = sdk.responses.create(model="mock", input="Hello there", instructions="Be brief.")
    assert (
        reply.object == "response" and reply.status == "completed" and reply.id.startswith("resp_")
    )
    assert reply.output_text and reply.output[0].type == "message"
    assert (
        reply.usage is not None and reply.usage.input_tokens > 0 and reply.usage.output_tokens > 0
    )
    assert reply.instructions == "Be brief."

    stream = sdk.responses.create(
        model="mock", input="Hello there", instructions="Be brief.", stream=True
    )
    events = list(stream)
    kinds = [e.type for e in events]
    assert (
        kinds[:2] == ["response.created", "response.in_progress"]
        and kinds[-1] == "response.completed"
    )
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")  # type: ignore[union-attr]
    assert deltas == reply.output_text == events[-1].response.output_text  # type: ignore[union-attr]

    called = sdk.responses.create(
        model="mock", input="Weather in Oslo?", tools=TOOLS, tool_choice="required"
    )  # type: ignore[arg-type]
    [call] = called.output
    assert call.type == "function_call" and call.name == "weather" and call.call_id
    with sdk.responses.stream(
        model="mock", input="Weather in Oslo?", tools=TOOLS, tool_choice="required"
    ) as streamed:  # type: ignore[arg-type]
        kinds = [e.type for e in streamed]
        final = streamed.get_final_response()
    assert "response.function_call_arguments.delta" in kinds
    assert final.output[0].type == "function_call" and final.output[0].arguments == call.arguments  # type: ignore[union-attr]

    parsed = sdk.responses.parse(model="mock", input="The weather as JSON", text_format=Weather)
    assert isinstance(parsed.output_parsed, Weather)


def test_previous_response_id_continues_the_conversation(api: Api, upstream: FakeUpstream) -> None:
    upstream.reply_text = "Oslo is cold."
    upstream.stream_chunks = 3
    key = api.key(name="a")
    sdk = client(api.gw, key)
    first = sdk.responses.create(
        model="chat-small", input="Weather in Oslo?", instructions="Be terse."
    )
    assert first.output_text == "Oslo is cold."
    second = sdk.responses.create(
        model="chat-small", input="And tomorrow?", previous_response_id=first.id
    )
    assert second.previous_response_id == first.id
    sent = upstream.last_request
    assert sent is not None
    # The earlier turn comes back; its instructions do not (OpenAI's rule), the new ones would.
    assert sent.json["messages"] == [
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": "Oslo is cold."},
        {"role": "user", "content": "And tomorrow?"},
    ]
    # A function call and its output, continued from a streamed response.
    with sdk.responses.stream(
        model="mock", input="Weather?", tools=TOOLS, tool_choice="required"
    ) as s:  # type: ignore[arg-type]
        called = s.get_final_response()
    call = called.output[0]
    assert call.type == "function_call"
    upstream_turns = sdk.responses.create(
        model="chat-small",
        previous_response_id=called.id,
        input=[{"type": "function_call_output", "call_id": call.call_id, "output": "21C"}],
    )
    assert upstream_turns.output_text == "Oslo is cold."
    messages = upstream.last_request.json["messages"]  # type: ignore[union-attr]
    assert messages[1]["tool_calls"][0]["id"] == call.call_id
    assert messages[2] == {"role": "tool", "tool_call_id": call.call_id, "content": "21C"}

    assert sdk.responses.retrieve(first.id).output_text == "Oslo is cold."
    # Another key's responses are not found, exactly like missing ones.
    other = client(api.gw, api.key(name="b"))
    for missing in (first.id, "resp_unknown"):
        with pytest.raises(openai.BadRequestError) as refused:
            other.responses.create(model="chat-small", input="x", previous_response_id=missing)
        assert refused.value.body["param"] == "previous_response_id"  # type: ignore[index]
        assert refused.value.body["code"] == "response_not_found"  # type: ignore[index]
    with pytest.raises(openai.NotFoundError):
        other.responses.retrieve(first.id)
    with pytest.raises(openai.NotFoundError):
        other.responses.delete(first.id)
    sdk.responses.delete(first.id)
    with pytest.raises(openai.NotFoundError):
        sdk.responses.retrieve(first.id)
    # store: false keeps nothing.
    unkept = sdk.responses.create(model="mock", input="x", store=False)
    assert unkept.store is False
    with pytest.raises(openai.BadRequestError):
        sdk.responses.create(model="mock", input="y", previous_response_id=unkept.id)


def test_refusals_and_the_request_path(api: Api, tmp_path: Path) -> None:
    sdk = client(api.gw)
    with pytest.raises(openai.BadRequestError) as builtin:
        sdk.responses.create(model="mock", input="x", tools=[{"type": "web_search"}])  # type: ignore[list-item]
    assert builtin.value.body["param"] == "tools[0]"  # type: ignore[index]
    with pytest.raises(openai.NotFoundError):
        sdk.responses.create(model="nope", input="x")
    with pytest.raises(openai.AuthenticationError):
        client(api.gw, "sk-wrong").responses.create(model="mock", input="x")

    key = api.key(rpm=1)
    limited = client(api.gw, key)
    first = limited.responses.with_raw_response.create(model="priced", input="Hello")
    with pytest.raises(openai.RateLimitError):
        limited.responses.create(model="priced", input="Hello")
    usage = first.parse().usage
    assert usage is not None
    cost = float(first.headers["x-lmops-response-cost"])
    assert cost == pytest.approx(usage.input_tokens * 0.001 + usage.output_tokens * 0.002)
    record = logged(tmp_path, first.headers["x-request-id"])
    assert (record.model_group, record.status_code, record.key_id is not None) == (
        "priced",
        200,
        True,
    )
    assert record.completion_tokens == usage.output_tokens
    assert (
        metric_value(
            api.gw.url, "lmops_requests_total", endpoint="chat", model="priced", status="429"
        )
        == 1
    )


def test_without_stored_responses_the_error_says_why(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> None:
    gw = gateway_factory(basic_config(upstream, "  responses:\n    ttl: 0\n"))
    sdk = client(gw)
    reply = sdk.responses.create(model="mock", input="x")
    with pytest.raises(openai.BadRequestError) as refused:
        sdk.responses.create(model="mock", input="y", previous_response_id=reply.id)
    assert "settings.responses.ttl is 0" in refused.value.body["message"]  # type: ignore[index]


async def test_an_anthropic_upstream(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gw = gateway_factory(anthropic_config(fake))
    sdk = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    fake.reply = message(
        [{"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}}],
        stop_reason="tool_use",
        input_tokens=11,
        output_tokens=4,
    )
    reply = await sdk.responses.create(
        model="claude", input="Weather?", instructions="Be brief.", tools=TOOLS
    )  # type: ignore[arg-type]
    [call] = reply.output
    assert (
        call.type == "function_call"
        and call.arguments == '{"city":"Oslo"}'
        and call.call_id == "toolu_1"
    )
    assert reply.usage is not None and (reply.usage.input_tokens, reply.usage.output_tokens) == (
        11,
        4,
    )
    sent = fake.requests[-1]
    assert sent["system"] == "Be brief." and sent["tools"][0]["name"] == "weather"


@pytest.mark.redis
def test_replicas_share_stored_responses_in_redis(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        shared = f"  redis_url: ${{REDIS_URL}}\n  redis_prefix: '{prefix}'\n"
        one, two = (
            gateway_factory(basic_config(upstream, shared), REDIS_URL=url) for _ in range(2)
        )
        first = client(one).responses.create(model="mock", input="Hello")
        second = client(two).responses.create(
            model="mock", input="Again", previous_response_id=first.id
        )
        assert second.previous_response_id == first.id
        assert client(two).responses.retrieve(first.id).output_text == first.output_text
