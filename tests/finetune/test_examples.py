"""Rows read as examples (chat, instruction, completion, log exports, review exports), the
order of roles, and examples written in each format."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from lmops.finetune.examples import (
    Example,
    Message,
    NotAnExample,
    parse_row,
    role_problem,
    write_row,
)

SYSTEM, USER, ANSWER = (
    Message("system", "Be brief."),
    Message("user", "2+2?"),
    Message("assistant", "4"),
)


def read(row: Any) -> tuple[Message, ...]:
    return parse_row(row, "data.jsonl", "3").messages


def test_each_row_shape_is_read() -> None:
    chat = {
        "messages": [{"role": "user", "content": "2+2?"}, {"role": "assistant", "content": "4"}]
    }
    assert read(chat) == (USER, ANSWER)
    parts = {"messages": [{"role": "user", "content": [{"type": "text", "text": "2+2?"}]},
                          {"role": "assistant", "content": "4"}]}  # fmt: skip
    assert read(parts) == (USER, ANSWER)
    exported = {
        "input": "2+2?",
        "messages": [{"role": "user", "content": "2+2?"}],
        "reference": "4",
    }
    assert read(exported) == (USER, ANSWER)  # lmops logs export: the answer is the reference
    assert read({"instruction": "2+2?", "output": "4", "system": "Be brief."}) == (
        SYSTEM,
        USER,
        ANSWER,
    )
    with_input = read({"instruction": "Add", "input": "2 and 2", "output": "4"})
    assert with_input[0] == Message("user", "Add\n\n2 and 2")
    assert read({"prompt": "2+2?", "completion": "4"}) == (USER, ANSWER)


def test_review_exports_are_read_from_logged_bodies_or_text() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "2+2?"},
        ]
    }
    answer = {"choices": [{"message": {"role": "assistant", "content": "4"}}]}
    logged = {
        "object": "review_item",
        "input": orjson.dumps(body).decode(),
        "output": orjson.dumps(answer).decode(),
    }
    assert read(logged) == (SYSTEM, USER, ANSWER)
    cell = {"object": "review_item", "input": "2+2?", "output": "4", "consensus": {"ok": True}}
    assert read(cell) == (USER, ANSWER)
    with pytest.raises(NotAnExample, match="output: missing"):
        read({"object": "review_item", "input": "2+2?", "output": None})


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ([1, 2], "a row is a JSON object, not list"),
        ({"text": "hello"}, "no messages, instruction or prompt field"),
        ({"messages": "hi"}, "messages: a list of messages, not str"),
        ({"messages": [{"content": "hi"}]}, "messages[0].role: missing"),
        ({"messages": [{"role": "user"}]}, "messages[0].content: missing"),
        ({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]},
         "messages[0].content[0]: only text parts can be trained on, not image_url"),
        ({"instruction": "Add", "output": 4}, "output: text, not int"),
        ({"prompt": "Say"}, "completion: missing"),
    ],
)  # fmt: skip
def test_rows_that_are_no_example_name_their_field(row: Any, said: str) -> None:
    with pytest.raises(NotAnExample, match=said.replace("[", r"\[").replace("]", r"\]")):
        read(row)


@pytest.mark.parametrize(
    ("roles", "said"),
    [
        ((), "messages: empty"),
        (("user", "assistant", "user"), "messages: the last message is not the assistant's"),
        (("user", "user", "assistant"), "messages[1]: expected assistant, found user"),
        (("assistant",), "messages[0]: expected user, found assistant"),
        (("user", "system", "assistant"), "messages[1]: a system message only comes first"),
        (("user", "tool"), "messages[1].role: 'tool' is not system, user or assistant"),
    ],
)
def test_the_order_of_roles(roles: tuple[str, ...], said: str) -> None:
    problem = role_problem(tuple(Message(r, "x") for r in roles))
    assert problem is not None and problem.startswith(said)


def test_good_orders_pass() -> None:
    assert role_problem((USER, ANSWER)) is None
    assert role_problem((SYSTEM, USER, ANSWER, USER, ANSWER)) is None


def test_each_format_is_written() -> None:
    example = Example((SYSTEM, USER, ANSWER), "f", "1")
    assert write_row(example, "chatml") == {"messages": [
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": "2+2?"},
        {"role": "assistant", "content": "4"}]}  # fmt: skip
    assert write_row(example, "instruction") == {
        "instruction": "2+2?", "input": "", "output": "4", "system": "Be brief."}  # fmt: skip
    assert write_row(example, "completion") == {"prompt": "Be brief.\n\n2+2?", "completion": "4"}
    assert write_row(Example((USER, ANSWER), "f", "1"), "completion") == {
        "prompt": "2+2?",
        "completion": "4",
    }
    two_turns = Example((USER, ANSWER, USER, ANSWER), "f", "1")
    with pytest.raises(ValueError, match="2 turns: only one can be written as instruction"):
        write_row(two_turns, "instruction")
