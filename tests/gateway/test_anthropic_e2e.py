"""The openai SDK, through the gateway, to an Anthropic-shaped upstream: both ways translated."""

from __future__ import annotations

from collections.abc import Callable

import openai

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


def config(fake: FakeAnthropic) -> str:
    return f"""
models:
  - name: claude
    provider: anthropic
    model: claude-test
    api_base: {fake.url}
    api_key: ${{UPSTREAM_API_KEY}}
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
