"""Failure modes and the variants proposed from them, with a stand-in encoder whose vectors
are set by the test (the end-to-end test uses the real MiniLM)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from lmops.evals.calls import CallError
from lmops.improve.evidence import Example, Item
from lmops.improve.modes import constraint, failure_modes
from lmops.improve.variants import Skipped, propose
from lmops.prompts.model import ChatMessage, PromptContent
from lmops.prompts.templates import compile_prompt


class Topics:
    """A vector per topic word found in the text: texts sharing a topic are alike."""

    TOPICS = ("refund", "shipping", "password")

    def sentences(self, texts: Sequence[str]) -> np.ndarray:
        return np.array(
            [[1.0 if t in text.lower() else 0.0 for t in self.TOPICS] + [0.01] for text in texts]
        )


def item(text: str, failed: tuple[tuple[str, object], ...] = (), n: int = 0) -> Item:
    return Item("eval", f"test {n}", text, "out", "why", failed, n)


def test_items_group_by_topic_and_state_the_shared_constraints() -> None:
    contains = (("icontains", "refund policy"),)
    items = [
        item("refund for my kettle", contains, 0),
        item("password reset", (("is-json", None),), 1),
        item("refund the shoes", (*contains, ("not-contains", "sorry")), 2),
        item("refund late order", contains, 3),
    ]
    modes = failure_modes(items, Topics())
    assert [len(m.items) for m in modes] == [3, 1]
    refunds, passwords = modes
    assert refunds.tests == {0, 2, 3}
    # Stated by every refund cell; "sorry" by one of three (under half): left out.
    assert refunds.constraints == ('The answer must contain "refund policy".',)
    assert passwords.constraints == ("Answer with valid JSON only, and no other text.",)
    assert refunds.name == 'mode 1: "refund for my kettle"'
    assert failure_modes([], Topics()) == []


@pytest.mark.parametrize(
    ("kind", "expected", "text"),
    [
        ("equals", "42", 'The answer must be exactly "42", with nothing else.'),
        ("contains-any", ["a", "b"], "The answer must mention at least one of: a, b."),
        ("starts-with", "Dear", 'Start the answer with "Dear".'),
        ("llm-rubric", "is polite", "The answer must satisfy: is polite"),
        ("rouge-l", "reference", None),
    ],
)
def test_constraints_restate_assertions(kind: str, expected: object, text: str | None) -> None:
    assert constraint(kind, expected) == text


CHAT = PromptContent(
    "chat", messages=(ChatMessage("user", "Help with: {{ question }}"),), config={"model": "m"}
)


async def test_variants_of_a_chat_prompt_and_a_checked_rewrite() -> None:
    modes = failure_modes([item("refund {{ x }} please", (("icontains", "{{ y }}"),))], Topics())
    examples = [Example("r1", "refund my kettle", "Per our refund policy, yes.", None)]
    asked: list[str] = []

    async def rewriter(request: str) -> str:
        asked.append(request)
        return "Be precise and cite the refund policy."

    made, skipped = await propose(CHAT, modes, examples, Topics(), rewriter)
    by = {c.strategy: c for c in made}
    assert set(by) == {"constraints", "few-shot", "chain-of-thought", "rewrite"} and not skipped
    stated = by["constraints"].content
    assert stated.messages is not None and stated.messages[0].role == "system"
    assert stated.config == {"model": "m"} and stated.messages[1] == CHAT.messages[0]  # type: ignore[index]
    # Braces in the evidence render literally, not as variables.
    rendered = compile_prompt(stated).render({"question": "q"})
    assert "{{ y }}" in str(rendered)
    assert "Per our refund policy" in str(
        compile_prompt(by["few-shot"].content).render({"question": "q"})
    )
    assert "refund {{ x }} please" in asked[0] and "{{ variable }}" in asked[0]

    async def loses_the_variable(request: str) -> str:
        return "Answer {{ query }}."

    made, skipped = await propose(CHAT, modes, [], Topics(), loses_the_variable)
    assert {c.strategy for c in made} == {"constraints", "chain-of-thought"}
    assert {s.strategy: s.why for s in skipped} == {
        "few-shot": "no well-rated traffic for this prompt",
        "rewrite": "it uses the variables ['query', 'question'], not ['question']",
    }

    async def fails(request: str) -> str:
        raise CallError("target 'writer': the gateway answered 503: down", retryable=True)

    made, skipped = await propose(CHAT, modes, [], Topics(), fails)
    assert "rewrite" not in {c.strategy for c in made}
    assert Skipped("rewrite", "the model did not answer: target 'writer': the gateway "
                   "answered 503: down") in skipped  # fmt: skip
