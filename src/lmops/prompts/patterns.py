"""Prompt patterns: few-shot, chain-of-thought, and role prompts with output-format instructions.

Each builder returns an ordinary :class:`~lmops.prompts.files.PromptFile` (checked: its
templates compile), to be written as a file (``lmops prompts new``) or pushed like any other.
The instructions a builder takes (``instruction``, ``task``, ``role``, ``output_format``) are
templates themselves, so they may use variables; examples and JSON schemas are data and are
always rendered literally, whatever braces they contain.

* :func:`few_shot`: static examples, baked in as user/assistant message pairs (chat) or
  ``Input:``/``Output:`` blocks (text); or, with ``select=k``, a loop over an ``examples``
  variable that :class:`~lmops.prompts.examples.ExampleSelector` fills with the ``k`` examples
  nearest to the input.
* :func:`chain_of_thought`: reason step by step, then a final line starting ``Answer:``
  (:func:`final_answer` reads it back).
* :func:`role_prompt`: a persona, a task and the output format (free text, or JSON matching a
  schema, which also sets ``response_format``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from lmops.prompts.examples import Example, ExampleSelector, load_examples
from lmops.prompts.files import PromptFile
from lmops.prompts.model import ChatMessage, PromptContent, PromptType, check_name
from lmops.prompts.templates import compile_prompt

__all__ = [
    "ANSWER_PREFIX",
    "Example",
    "ExampleSelector",
    "chain_of_thought",
    "few_shot",
    "final_answer",
    "literal",
    "load_examples",
    "reasoning_steps",
    "role_prompt",
]

ANSWER_PREFIX: Final = "Answer:"
_INPUT: Final = "{{ input }}"
_TAGS: Final = ("{{", "{%", "{#")
_SELECTED: Final = (
    "{% for example in examples %}\n"
    "Input: {{ example.input }}\n"
    "Output: {{ example.output }}\n\n"
    "{% endfor %}"
)


def literal(text: str) -> str:
    """``text`` as a template that renders exactly ``text`` (braces and all)."""
    if not any(tag in text for tag in _TAGS):
        return text
    # A Jinja string literal: backslash escapes are decoded, everything else is kept.
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return '{{ "' + escaped + '" }}'


def few_shot(
    name: str,
    *,
    instruction: str,
    examples: Sequence[Example] = (),
    select: int | None = None,
    type: PromptType = "chat",
    input_template: str = _INPUT,
    config: Mapping[str, Any] | None = None,
    description: str = "",
) -> PromptFile:
    """A few-shot prompt. Static: ``examples`` are written into the prompt. With ``select=k``
    the prompt renders the ``examples`` variable instead (pass
    ``ExampleSelector(examples, k).variables(text)``), and ``input_template`` must be
    ``{{ input }}``'s variable ``input``."""
    if select is None and not examples:
        raise ValueError("a few-shot prompt needs examples (or select=k to choose them later)")
    if select is not None and select < 1:
        raise ValueError("select must be at least 1")
    if select is not None:
        shots = "Examples:\n\n" + _SELECTED
        if type == "chat":
            messages = (
                ChatMessage("system", f"{instruction}\n\n{shots}"),
                ChatMessage("user", input_template),
            )
            return _prompt(name, "chat", None, messages, config, description)
        template = f"{instruction}\n\n{shots}Input: {input_template}\nOutput:"
        return _prompt(name, "text", template, None, config, description)
    if type == "chat":
        pairs = [
            message
            for e in examples
            for message in (
                ChatMessage("user", literal(e.input)),
                ChatMessage("assistant", literal(e.output)),
            )
        ]
        turns = (ChatMessage("system", instruction), *pairs, ChatMessage("user", input_template))
        return _prompt(name, "chat", None, turns, config, description)
    blocks = "".join(
        f"Input: {literal(e.input)}\nOutput: {literal(e.output)}\n\n" for e in examples
    )
    template = f"{instruction}\n\n{blocks}Input: {input_template}\nOutput:"
    return _prompt(name, "text", template, None, config, description)


def chain_of_thought(
    name: str,
    *,
    task: str,
    type: PromptType = "chat",
    input_template: str = _INPUT,
    answer_prefix: str = ANSWER_PREFIX,
    config: Mapping[str, Any] | None = None,
    description: str = "",
) -> PromptFile:
    """A chain-of-thought prompt: the task, then reasoning step by step, then a last line
    ``Answer: ...`` (see :func:`final_answer`)."""
    steps = reasoning_steps(answer_prefix)
    if type == "chat":
        messages = (
            ChatMessage("system", f"{task}\n\n{steps}"),
            ChatMessage("user", input_template),
        )
        return _prompt(name, "chat", None, messages, config, description)
    template = f"{task}\n\n{steps}\n\n{input_template}\n\nLet's think step by step."
    return _prompt(name, "text", template, None, config, description)


def reasoning_steps(answer_prefix: str = ANSWER_PREFIX) -> str:
    """The chain-of-thought instruction (a template: the prefix is rendered literally)."""
    return (
        "Think through the problem step by step before answering: write out your reasoning "
        "first, one step per line. Then give the final answer on the last line, starting with "
        f'"{literal(answer_prefix)}" and with nothing after it.'
    )


def final_answer(text: str, answer_prefix: str = ANSWER_PREFIX) -> str | None:
    """The answer after the last line starting with ``answer_prefix``, or None."""
    for line in reversed(text.strip().splitlines()):
        stripped = line.strip()
        if stripped.startswith(answer_prefix):
            return stripped[len(answer_prefix) :].strip()
    return None


def role_prompt(
    name: str,
    *,
    role: str,
    task: str,
    output_format: str | None = None,
    json_schema: Mapping[str, Any] | None = None,
    type: PromptType = "chat",
    input_template: str = _INPUT,
    config: Mapping[str, Any] | None = None,
    description: str = "",
) -> PromptFile:
    """A role prompt: ``You are {role}.``, the task, and the output format: free-text
    instructions, and/or a JSON schema the answer must match (which also sets
    ``response_format: {type: json_object}`` in the config unless it is set)."""
    parts = [f"You are {role}.", task]
    if output_format:
        parts.append(f"Output format: {output_format}")
    settings = dict(config or {})
    if json_schema is not None:
        schema = json.dumps(json_schema, indent=2, ensure_ascii=False)
        parts.append(
            "Respond with a single JSON object, and nothing else, that matches this JSON "
            f"Schema:\n{literal(schema)}"
        )
        settings.setdefault("response_format", {"type": "json_object"})
    system = "\n\n".join(parts)
    if type == "chat":
        messages = (ChatMessage("system", system), ChatMessage("user", input_template))
        return _prompt(name, "chat", None, messages, settings, description)
    return _prompt(name, "text", f"{system}\n\n{input_template}", None, settings, description)


def _prompt(
    name: str,
    type_: PromptType,
    template: str | None,
    messages: tuple[ChatMessage, ...] | None,
    config: Mapping[str, Any] | None,
    description: str,
) -> PromptFile:
    content = PromptContent(type_, template, messages, dict(config or {}))
    compile_prompt(content)  # a pattern never hands out a prompt that does not compile
    return PromptFile(check_name(name), content, description, None)
