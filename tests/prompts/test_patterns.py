"""Prompt patterns: each builds a prompt that compiles and renders as described."""

from __future__ import annotations

import pytest

from lmops.prompts.files import PromptFile
from lmops.prompts.patterns import (
    Example,
    chain_of_thought,
    few_shot,
    final_answer,
    literal,
    role_prompt,
)
from lmops.prompts.templates import TemplateError, compile_prompt

EXAMPLES = [
    Example("I love it!", "positive"),
    Example("Broke after a day.", "negative"),
]


def render(prompt: PromptFile, **variables: object) -> list[dict[str, str]] | str:
    rendered = compile_prompt(prompt.content).render(variables)
    assert rendered.unused == ()
    if rendered.text is not None:
        return rendered.text
    assert rendered.messages is not None
    return rendered.messages


@pytest.mark.parametrize(
    "text", ["plain", "{{ x }}", 'a "quoted" \\ back\\slash\nnew line\r\n{% raw %}', "ünï {#c#}"]
)
def test_literal_renders_exactly_the_text(text: str) -> None:
    template = literal(text)
    assert compile_prompt_text(template) == text


def compile_prompt_text(template: str) -> str | None:
    from lmops.prompts.model import PromptContent

    return compile_prompt(PromptContent("text", template=template)).render({}).text


def test_few_shot_chat_bakes_examples_as_message_pairs() -> None:
    prompt = few_shot(
        "sentiment",
        instruction="Classify the sentiment of a {{ product }} review.",
        examples=[*EXAMPLES, Example("Says {{ not a variable }}", "neutral")],
        config={"model": "chat-small"},
        description="Review sentiment.",
    )
    assert prompt.name == "sentiment"
    assert prompt.path is None
    assert prompt.description == "Review sentiment."
    assert prompt.content.config == {"model": "chat-small"}
    assert render(prompt, product="kettle", input="Meh.") == [
        {"role": "system", "content": "Classify the sentiment of a kettle review."},
        {"role": "user", "content": "I love it!"},
        {"role": "assistant", "content": "positive"},
        {"role": "user", "content": "Broke after a day."},
        {"role": "assistant", "content": "negative"},
        {"role": "user", "content": "Says {{ not a variable }}"},
        {"role": "assistant", "content": "neutral"},
        {"role": "user", "content": "Meh."},
    ]


def test_few_shot_text_bakes_examples_as_blocks() -> None:
    prompt = few_shot("s", instruction="Classify.", examples=EXAMPLES, type="text")
    assert render(prompt, input="Meh.") == (
        "Classify.\n\n"
        "Input: I love it!\nOutput: positive\n\n"
        "Input: Broke after a day.\nOutput: negative\n\n"
        "Input: Meh.\nOutput:"
    )


@pytest.mark.parametrize("type_", ["chat", "text"])
def test_few_shot_with_select_loops_over_the_examples_variable(type_: str) -> None:
    prompt = few_shot("s", instruction="Classify.", select=2, type=type_)  # type: ignore[arg-type]
    assert compile_prompt(prompt.content).variables == ("examples", "input")
    out = render(prompt, input="Meh.", examples=[e.to_json() for e in EXAMPLES])
    shots = "Examples:\n\nInput: I love it!\nOutput: positive\n\n"
    shots += "Input: Broke after a day.\nOutput: negative\n\n"
    if type_ == "chat":
        assert out == [
            {"role": "system", "content": f"Classify.\n\n{shots}"},
            {"role": "user", "content": "Meh."},
        ]
    else:
        assert out == f"Classify.\n\n{shots}Input: Meh.\nOutput:"


def test_few_shot_needs_examples_or_select() -> None:
    with pytest.raises(ValueError, match="needs examples"):
        few_shot("s", instruction="x")
    with pytest.raises(ValueError, match="at least 1"):
        few_shot("s", instruction="x", select=0)


def test_chain_of_thought_asks_for_steps_then_an_answer_line() -> None:
    prompt = chain_of_thought("math", task="Solve the word problem.")
    messages = render(prompt, input="Tom has 3 apples and buys 2. How many?")
    assert isinstance(messages, list)
    system = messages[0]["content"]
    assert system.startswith("Solve the word problem.\n\n")
    assert "step by step" in system
    assert 'starting with "Answer:"' in system
    assert messages[1] == {"role": "user", "content": "Tom has 3 apples and buys 2. How many?"}
    text = render(chain_of_thought("m", task="Solve.", type="text"), input="2+2?")
    assert isinstance(text, str)
    assert text.endswith("2+2?\n\nLet's think step by step.")


def test_final_answer_reads_the_last_answer_line() -> None:
    reply = "Tom starts with 3.\nAnswer: wrong draft\nHe buys 2, so 5.\n  Answer: 5  \n"
    assert final_answer(reply) == "5"
    assert final_answer("no answer here") is None
    assert final_answer("Result: 7", answer_prefix="Result:") == "7"


def test_role_prompt_with_format_and_json_schema() -> None:
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
        "required": ["name"],
    }
    prompt = role_prompt(
        "extract",
        role="a careful data-entry clerk",
        task="Extract the person from {{ source }} text.",
        output_format="No prose.",
        json_schema=schema,
        config={"model": "m"},
    )
    assert prompt.content.config == {"model": "m", "response_format": {"type": "json_object"}}
    messages = render(prompt, source="email", input="Hi, I'm Ann, 41.")
    assert isinstance(messages, list)
    system = messages[0]["content"]
    assert system.startswith(
        "You are a careful data-entry clerk.\n\nExtract the person from email text.\n\n"
        "Output format: No prose.\n\nRespond with a single JSON object"
    )
    assert '"required": [\n    "name"\n  ]' in system
    assert messages[1] == {"role": "user", "content": "Hi, I'm Ann, 41."}


def test_role_prompt_keeps_a_given_response_format_and_text_type() -> None:
    prompt = role_prompt(
        "r",
        role="a poet",
        task="Write a haiku.",
        json_schema={"type": "object"},
        type="text",
        config={"response_format": {"type": "text"}},
    )
    assert prompt.content.config == {"response_format": {"type": "text"}}
    assert render(prompt, input="autumn") == (
        "You are a poet.\n\nWrite a haiku.\n\nRespond with a single JSON object, and nothing "
        'else, that matches this JSON Schema:\n{\n  "type": "object"\n}\n\nautumn'
    )


def test_patterns_refuse_bad_templates_and_names() -> None:
    with pytest.raises(TemplateError, match="__class__"):
        chain_of_thought("c", task="{{ x.__class__ }}")
    with pytest.raises(ValueError, match="invalid prompt name"):
        role_prompt("bad name", role="r", task="t")
