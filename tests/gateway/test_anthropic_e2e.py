"""The openai SDK, through the gateway, to an Anthropic-shaped upstream: both ways translated."""

from __future__ import annotations

from collections.abc import Callable

import openai
import pydantic
import pytest

from tests.conftest import MASTER_KEY, RunningGateway
from tests.providers.test_anthropic import (
    USER,
    FakeAnthropic,
    block,
    delta,
    end_events,
    message,
    start_event,
    stop,
)
from tests.providers.test_anthropic import fake as fake  # the fixture, re-exported

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]


def config(fake: FakeAnthropic, more: str = "") -> str:
    return f"""
models:
  - name: claude
    provider: anthropic
    model: claude-test
    api_base: {fake.url}
    api_key: ${{UPSTREAM_API_KEY}}
{more}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
"""


async def test_chat_with_tools_through_the_gateway(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gw = gateway_factory(config(fake))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    fake.reply = message(
        [{"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}}],
        stop_reason="tool_use",
        input_tokens=20,
        output_tokens=5,
    )
    reply = await client.chat.completions.create(
        model="claude",
        messages=[{"role": "system", "content": "be brief"}, USER],  # type: ignore[list-item]
        tools=TOOLS,  # type: ignore[arg-type]
    )
    call = reply.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "weather"  # type: ignore[union-attr]
    assert call.function.arguments == '{"city":"Oslo"}'  # type: ignore[union-attr]
    assert reply.choices[0].finish_reason == "tool_calls"
    assert reply.usage is not None and reply.usage.total_tokens == 25
    sent = fake.requests[-1]
    assert sent["system"] == "be brief" and sent["model"] == "claude-test"
    assert sent["tools"][0]["input_schema"]["properties"] == {"city": {"type": "string"}}


async def test_stream_through_the_gateway(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gw = gateway_factory(config(fake))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    fake.events = [
        start_event(),
        block(0, type="text", text=""),
        delta(0, type="text_delta", text="Hello"),
        delta(0, type="text_delta", text=", world"),
        stop(0),
        *end_events("end_turn", 4),
    ]
    stream = await client.chat.completions.create(model="claude", messages=[USER], stream=True)  # type: ignore[list-item]
    chunks = [chunk async for chunk in stream]
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "Hello, world"
    assert chunks[-1].choices[0].finish_reason == "stop"


class Event(pydantic.BaseModel):
    title: str
    day: int


async def test_structured_output_through_the_gateway(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gw = gateway_factory(config(fake))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    answer = {"title": "Launch", "day": 3}
    fake.reply = message(
        [{"type": "tool_use", "id": "toolu_1", "name": "Event", "input": answer}],
        stop_reason="tool_use",
    )
    reply = await client.chat.completions.parse(
        model="claude",
        messages=[USER],  # type: ignore[list-item]
        response_format=Event,
    )
    assert reply.choices[0].message.parsed == Event(title="Launch", day=3)
    assert reply.choices[0].message.tool_calls in (None, [])
    assert reply.choices[0].finish_reason == "stop"
    sent = fake.requests[-1]
    assert sent["tool_choice"]["name"] == "Event"
    assert sent["tools"][0]["input_schema"]["required"] == ["title", "day"]


async def test_structured_output_stream_through_the_gateway(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gw = gateway_factory(config(fake))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    fake.events = [
        start_event(),
        block(0, type="tool_use", id="toolu_1", name="Event", input={}),
        delta(0, type="input_json_delta", partial_json='{"title": "Lau'),
        delta(0, type="input_json_delta", partial_json='nch", "day": 3}'),
        stop(0),
        *end_events("tool_use", 9),
    ]
    async with client.chat.completions.stream(
        model="claude",
        messages=[USER],  # type: ignore[list-item]
        response_format=Event,
    ) as stream:
        final = await stream.get_final_completion()
    assert final.choices[0].message.parsed == Event(title="Launch", day=3)
    assert final.choices[0].finish_reason == "stop"
    assert fake.requests[-1]["stream"] is True


async def test_unsupported_parameter_is_a_400_without_retry_fallback_or_cooldown(
    fake: FakeAnthropic, gateway_factory: Callable[..., RunningGateway]
) -> None:
    # One failure would cool the deployment down, and a fallback would answer "from-mock".
    more = """
  - name: backup
    provider: mock
    mock: {content: from-mock}
router:
  retries: {attempts: 3, initial_delay: 0.01}
  cooldown: {failures: 1, window: 60, duration: 60}
  fallbacks: {claude: [backup]}
"""
    gw = gateway_factory(config(fake, more))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    for _ in range(3):
        with pytest.raises(openai.BadRequestError) as info:
            await client.chat.completions.create(model="claude", messages=[USER], seed=7)  # type: ignore[list-item]
        error = info.value.body
        assert isinstance(error, dict)
        assert error["param"] == "seed"
        assert error["code"] == "unsupported_parameter"
        assert error["type"] == "invalid_request_error"
    assert fake.requests == []
    fake.reply = message([{"type": "text", "text": "from-claude"}])
    reply = await client.chat.completions.create(model="claude", messages=[USER])  # type: ignore[list-item]
    assert reply.choices[0].message.content == "from-claude"
