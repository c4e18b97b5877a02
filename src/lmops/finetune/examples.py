"""Fine-tuning examples: read from any of the row shapes lmops meets, checked, and written in
the format a trainer takes.

Rows read: chat (``messages``; a last user message is answered by ``reference`` when the row
has one, as ``lmops logs export`` writes them), instruction (``instruction``, ``input``,
``output``, optional ``system``), completion (``prompt``, ``completion``), and review items as
``lmops review export`` writes them (``input`` a logged request body or a prompt, ``output`` a
logged response body or an answer). Formats written: chatml (``messages``), instruction and
completion; a conversation of several turns can only be written as chatml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import orjson

__all__ = [
    "FORMATS",
    "Example",
    "Format",
    "Message",
    "NotAnExample",
    "parse_row",
    "role_problem",
    "write_row",
]

Format = Literal["chatml", "instruction", "completion"]
FORMATS: tuple[Format, ...] = ("chatml", "instruction", "completion")
ROLES = ("system", "user", "assistant")


@dataclass(frozen=True, slots=True)
class Message:
    role: str
    content: str


@dataclass(frozen=True, slots=True)
class Example:
    """One conversation, and where it was read: ``source`` (a file, or ``log``) and ``at``
    (the line number in a file, the request id in the log)."""

    messages: tuple[Message, ...]
    source: str
    at: str

    @property
    def where(self) -> str:
        return f"{self.source}:{self.at}"

    def with_messages(self, messages: tuple[Message, ...]) -> Example:
        return Example(messages, self.source, self.at)


class NotAnExample(ValueError):
    """A row that cannot be read as an example; the message names the field at fault."""


def parse_row(row: object, source: str, at: str) -> Example:
    """The example a row holds (see the module docstring), or :class:`NotAnExample`."""
    if not isinstance(row, Mapping):
        raise NotAnExample(f"a row is a JSON object, not {type(row).__name__}")
    if row.get("object") == "review_item":
        return Example(_review_messages(row), source, at)
    if "messages" in row:
        messages = _messages(row["messages"], "messages")
        reference = row.get("reference")
        if messages and messages[-1].role == "user" and isinstance(reference, str):
            messages += (Message("assistant", reference),)
        return Example(messages, source, at)
    if "instruction" in row:
        system = _optional_text(row, "system")
        instruction, extra = _text(row, "instruction"), _optional_text(row, "input")
        user = f"{instruction}\n\n{extra}" if extra and extra.strip() else instruction
        found = [Message("system", system)] if system is not None else []
        found += [Message("user", user), Message("assistant", _text(row, "output"))]
        return Example(tuple(found), source, at)
    if "prompt" in row:
        pair = (
            Message("user", _text(row, "prompt")),
            Message("assistant", _text(row, "completion")),
        )
        return Example(pair, source, at)
    raise NotAnExample(
        "no messages, instruction or prompt field: not a chat, instruction, completion or "
        "review row"
    )


def _messages(value: object, field: str) -> tuple[Message, ...]:
    if not isinstance(value, list):
        raise NotAnExample(f"{field}: a list of messages, not {type(value).__name__}")
    found = []
    for i, message in enumerate(value):
        if not isinstance(message, Mapping):
            raise NotAnExample(f"{field}[{i}]: a message is an object with role and content")
        role = message.get("role")
        if not isinstance(role, str):
            raise NotAnExample(f"{field}[{i}].role: missing")
        found.append(Message(role, _content(message.get("content"), f"{field}[{i}].content")))
    return tuple(found)


def _content(value: object, field: str) -> str:
    """A message's text: a string, or a list of text parts (joined by new lines)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        texts = []
        for i, part in enumerate(value):
            if not isinstance(part, Mapping) or part.get("type") not in ("text", "input_text"):
                kind = part.get("type") if isinstance(part, Mapping) else type(part).__name__
                raise NotAnExample(f"{field}[{i}]: only text parts can be trained on, not {kind}")
            text = part.get("text")
            if not isinstance(text, str):
                raise NotAnExample(f"{field}[{i}].text: missing")
            texts.append(text)
        return "\n".join(texts)
    if value is None:
        raise NotAnExample(f"{field}: missing")
    raise NotAnExample(f"{field}: text, not {type(value).__name__}")


def _text(row: Mapping[str, Any], field: str) -> str:
    value = row.get(field)
    if not isinstance(value, str):
        what = "missing" if value is None else f"text, not {type(value).__name__}"
        raise NotAnExample(f"{field}: {what}")
    return value


def _optional_text(row: Mapping[str, Any], field: str) -> str | None:
    return None if row.get(field) is None else _text(row, field)


def _review_messages(row: Mapping[str, Any]) -> tuple[Message, ...]:
    """A review item's conversation: its input (a logged chat request, or a prompt) and its
    output (a logged chat response, or the answer's text)."""
    given, output = _text(row, "input"), row.get("output")
    request = _json(given)
    if isinstance(request, Mapping) and "messages" in request:
        messages = _messages(request["messages"], "input.messages")
    elif isinstance(request, Mapping) and isinstance(request.get("prompt"), str):
        messages = (Message("user", request["prompt"]),)
    else:
        messages = (Message("user", given),)
    if not isinstance(output, str):
        raise NotAnExample("output: missing (the item has no answer to learn from)")
    answer = _json(output)
    if isinstance(answer, Mapping) and "choices" in answer:
        text = _first_choice(answer["choices"])
        if text is None:
            raise NotAnExample("output.choices[0]: no message or text")
        output = text
    return (*messages, Message("assistant", output))


def _json(text: str) -> object:
    if not text.lstrip().startswith("{"):
        return None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return None


def _first_choice(choices: object) -> str | None:
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], Mapping):
        return None
    choice = choices[0]
    message = choice.get("message")
    if isinstance(message, Mapping) and isinstance(message.get("content"), str):
        return str(message["content"])
    text = choice.get("text")
    return text if isinstance(text, str) else None


def role_problem(messages: tuple[Message, ...]) -> str | None:
    """What is wrong with the order of roles, or None: an optional system message first, then
    user and assistant alternating from user, ending on assistant."""
    if not messages:
        return "messages: empty"
    for i, message in enumerate(messages):
        if message.role not in ROLES:
            return f"messages[{i}].role: {message.role!r} is not system, user or assistant"
        if message.role == "system" and i > 0:
            return f"messages[{i}]: a system message only comes first"
    start = 1 if messages[0].role == "system" else 0
    for i in range(start, len(messages)):
        expected = "user" if (i - start) % 2 == 0 else "assistant"
        if messages[i].role != expected:
            return f"messages[{i}]: expected {expected}, found {messages[i].role}"
    if messages[-1].role != "assistant":
        return "messages: the last message is not the assistant's (nothing to learn from)"
    return None


def write_row(example: Example, form: Format) -> dict[str, Any]:
    """``example`` as a row of ``form``; ValueError when a conversation of several turns is
    asked for as instruction or completion rows."""
    messages = example.messages
    if form == "chatml":
        return {"messages": [{"role": m.role, "content": m.content} for m in messages]}
    system = messages[0].content if messages[0].role == "system" else None
    turns = messages[1:] if system is not None else messages
    if len(turns) != 2:
        raise ValueError(f"{len(turns) // 2} turns: only one can be written as {form}")
    user, answer = turns[0].content, turns[1].content
    if form == "instruction":
        row = {"instruction": user, "input": "", "output": answer}
        return row | ({"system": system} if system is not None else {})
    prompt = f"{system}\n\n{user}" if system is not None else user
    return {"prompt": prompt, "completion": answer}
