"""The openai SDK, through the gateway, to a Gemini-shaped upstream: both ways translated."""

from __future__ import annotations

from collections.abc import Callable

import anthropic
import openai
import pydantic
import pytest

from tests.conftest import MASTER_KEY, UPSTREAM_KEY, RunningGateway
from tests.providers.test_gemini import (
    BLOCKED_PROMPT,
    USER,
    WEATHER,
    FakeGemini,
    answer,
    partial,
)
from tests.providers.test_gemini import fake as fake  # the fixture, re-exported


def config(fake: FakeGemini, more: str = "") -> str:
    return f"""
models:
  - name: gem
    provider: gemini
    model: gemini-test
    api_base: {fake.url}
    api_key: ${{UPSTREAM_API_KEY}}
{more}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
"""


class Event(pydantic.BaseModel):
    title: str
    day: int


async def test_tools_stream_and_structured_output_through_the_gateway(
    fake: FakeGemini, gateway_factory: Callable[..., RunningGateway]
) -> None:
    gw = gateway_factory(config(fake))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)

    fake.reply = answer(
        {"functionCall": {"name": "weather", "args": {"city": "Oslo"}}},
        promptTokenCount=20,
        candidatesTokenCount=5,
    )
    reply = await client.chat.completions.create(
        model="gem",
        messages=[{"role": "system", "content": "be brief"}, USER],  # type: ignore[list-item]
        tools=[WEATHER],  # type: ignore[list-item]
    )
    call = reply.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "weather"  # type: ignore[union-attr]
    assert call.function.arguments == '{"city":"Oslo"}'  # type: ignore[union-attr]
    assert reply.choices[0].finish_reason == "tool_calls"
    assert reply.usage is not None and reply.usage.total_tokens == 25
    sent = fake.requests[-1]
    assert sent["systemInstruction"] == {"parts": [{"text": "be brief"}]}
    assert fake.headers[-1]["x-goog-api-key"] == UPSTREAM_KEY

    fake.events = [partial({"text": "Hello"}), partial({"text": ", world"}, finish="STOP")]
    stream = await client.chat.completions.create(model="gem", messages=[USER], stream=True)  # type: ignore[list-item]
    chunks = [chunk async for chunk in stream]
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "Hello, world"
    assert chunks[-1].choices[0].finish_reason == "stop"

    fake.events = None
    fake.reply = answer({"text": '{"title": "Launch", "day": 3}'})
    parsed = await client.chat.completions.parse(
        model="gem",
        messages=[USER],  # type: ignore[list-item]
        response_format=Event,
    )
    assert parsed.choices[0].message.parsed == Event(title="Launch", day=3)
    schema = fake.requests[-1]["generationConfig"]["responseSchema"]
    assert schema["required"] == ["title", "day"] and "additionalProperties" not in schema


async def test_safety_block_is_a_400_without_retry_fallback_or_cooldown(
    fake: FakeGemini, gateway_factory: Callable[..., RunningGateway]
) -> None:
    # One failure would cool the deployment down, and a fallback would answer "from-mock".
    more = """
  - name: backup
    provider: mock
    mock: {content: from-mock}
router:
  retries: {attempts: 3, initial_delay: 0.01}
  cooldown: {failures: 1, window: 60, duration: 60}
  fallbacks: {gem: [backup]}
"""
    gw = gateway_factory(config(fake, more))
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    fake.reply = BLOCKED_PROMPT
    for stream in (False, True):
        fake.events = [BLOCKED_PROMPT] if stream else None
        with pytest.raises(openai.BadRequestError) as info:
            await client.chat.completions.create(model="gem", messages=[USER], stream=stream)  # type: ignore[call-overload]
        error = info.value.body
        assert isinstance(error, dict)
        assert error["code"] == "content_filter"
        assert error["type"] == "invalid_request_error"
        assert "prompt was blocked" in error["message"]
    assert len(fake.requests) == 2  # one each: no retry
    fake.events = None
    fake.reply = answer({"text": "from-gemini"})
    reply = await client.chat.completions.create(model="gem", messages=[USER])  # type: ignore[list-item]
    assert reply.choices[0].message.content == "from-gemini"


async def test_messages_and_responses_routes_to_gemini(
    fake: FakeGemini, gateway_factory: Callable[..., RunningGateway]
) -> None:
    """The Anthropic and Responses front doors reach a Gemini upstream too."""
    gw = gateway_factory(config(fake))
    fake.reply = answer(
        {"functionCall": {"name": "weather", "args": {"city": "Oslo"}}},
        promptTokenCount=12,
        candidatesTokenCount=3,
    )
    tool = WEATHER["function"]
    claude = anthropic.AsyncAnthropic(base_url=gw.url, api_key=MASTER_KEY, max_retries=0)
    message = await claude.messages.create(
        model="gem",
        max_tokens=100,
        system="be brief",
        messages=[USER],  # type: ignore[list-item]
        tools=[{"name": tool["name"], "input_schema": tool["parameters"]}],  # type: ignore[list-item]
    )
    assert message.content[0].type == "tool_use" and message.content[0].input == {"city": "Oslo"}
    assert (message.usage.input_tokens, message.usage.output_tokens) == (12, 3)
    assert fake.requests[-1]["systemInstruction"] == {"parts": [{"text": "be brief"}]}

    fake.reply = None
    fake.events = [partial({"text": "Hello"}), partial({"text": ", world"}, finish="STOP")]
    client = openai.AsyncOpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    stream = await client.responses.create(model="gem", input="hi", stream=True)
    events = [event async for event in stream]
    assert events[-1].type == "response.completed"
    assert events[-1].response.output_text == "Hello, world"  # type: ignore[union-attr]
