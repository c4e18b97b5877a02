"""The OpenAI SDK's structured helpers against the mock provider, through a running gateway."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Literal

import openai
import orjson
import pytest
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam
from pydantic import BaseModel, Field

from tests.conftest import MASTER_KEY, config_from, start_gateway

CONFIG = """
models:
  - name: mock
    provider: mock
    mock: {content: "plain text", stream_chunks: 4}
settings:
  master_key: ${LMOPS_MASTER_KEY}
  database_url: ${DB_URL}
"""
HI: list[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]


class Mood(enum.Enum):
    HAPPY = "happy"
    SAD = "sad"


class Step(BaseModel):
    explanation: str
    output: int = Field(ge=1)


class Answer(BaseModel):
    steps: list[Step]
    final: str
    mood: Mood
    confidence: float = Field(gt=0, le=1)
    source: str | None
    kind: Literal["math", "prose"]


class GetWeather(BaseModel):
    """Weather for a city."""

    city: str
    unit: Literal["celsius", "fahrenheit"]
    days: int = Field(ge=1, le=7)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[openai.OpenAI]:
    db = tmp_path_factory.mktemp("mock-clients") / "lmops.db"
    gw = start_gateway(config_from(CONFIG, f"sqlite:///{db}"))
    yield openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    gw.stop()


def test_parse_with_a_pydantic_response_format(client: openai.OpenAI) -> None:
    completion = client.chat.completions.parse(model="mock", messages=HI, response_format=Answer)
    parsed = completion.choices[0].message.parsed
    assert isinstance(parsed, Answer) and parsed.steps and parsed.steps[0].output >= 1
    assert completion.choices[0].finish_reason == "stop"
    plain = client.chat.completions.create(model="mock", messages=HI)
    assert plain.choices[0].message.content == "plain text"  # no format asked: as configured


def test_json_object_response_format(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="mock",
        messages=HI,
        response_format={"type": "json_object"},
    )
    content = completion.choices[0].message.content
    assert content is not None and isinstance(orjson.loads(content), dict)


def test_tool_calls_parse(client: openai.OpenAI) -> None:
    weather = openai.pydantic_function_tool(GetWeather)
    completion = client.chat.completions.parse(model="mock", messages=HI, tools=[weather])
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    [call] = choice.message.tool_calls or []
    assert call.id.startswith("call_") and call.function.name == "GetWeather"
    assert isinstance(call.function.parsed_arguments, GetWeather)

    lookup: ChatCompletionToolParam = {
        "type": "function",
        "function": {
            "name": "lookup",
            "parameters": {
                "type": "object",
                "properties": {"q": {"type": "string"}},
                "required": ["q"],
            },
        },
    }
    plain = client.chat.completions.create(
        model="mock",
        messages=HI,
        tools=[weather, lookup],
        tool_choice={"type": "function", "function": {"name": "lookup"}},
    )
    [named] = plain.choices[0].message.tool_calls or []
    assert named.type == "function" and named.function.name == "lookup"
    assert orjson.loads(named.function.arguments) == {"q": "example"}


def test_n_choices(client: openai.OpenAI) -> None:
    completion = client.chat.completions.parse(
        model="mock", messages=HI, response_format=Answer, n=3
    )
    assert [c.index for c in completion.choices] == [0, 1, 2]
    assert all(isinstance(c.message.parsed, Answer) for c in completion.choices)
    one = client.chat.completions.parse(model="mock", messages=HI, response_format=Answer)
    assert completion.usage is not None and one.usage is not None
    assert completion.usage.completion_tokens == 3 * one.usage.completion_tokens
    streamed = client.chat.completions.create(
        model="mock",
        messages=HI,
        n=3,
        stream=True,
    )
    texts = ["", "", ""]
    for chunk in streamed:
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""
    assert texts == ["plain text"] * 3


def test_streamed_tool_call_accumulates(client: openai.OpenAI) -> None:
    weather = openai.pydantic_function_tool(GetWeather)
    arguments, names, finish = "", [], None
    for chunk in client.chat.completions.create(
        model="mock",
        messages=HI,
        tools=[weather],
        stream=True,
        stream_options={"include_usage": True},
    ):
        for choice in chunk.choices:
            for delta in choice.delta.tool_calls or []:
                assert delta.index == 0
                names += [delta.function.name] if delta.function and delta.function.name else []
                arguments += delta.function.arguments or "" if delta.function else ""
            finish = choice.finish_reason or finish
    assert names == ["GetWeather"] and finish == "tool_calls"
    GetWeather.model_validate_json(arguments)

    with client.chat.completions.stream(model="mock", messages=HI, tools=[weather]) as stream:
        final = stream.get_final_completion()
    [call] = final.choices[0].message.tool_calls or []
    assert isinstance(call.function.parsed_arguments, GetWeather)


def test_streamed_structured_output(client: openai.OpenAI) -> None:
    with client.chat.completions.stream(
        model="mock", messages=HI, response_format=Answer
    ) as stream:
        final = stream.get_final_completion()
    assert isinstance(final.choices[0].message.parsed, Answer)
