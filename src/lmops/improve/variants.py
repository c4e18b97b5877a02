"""Prompt variants proposed from the failure modes: stated constraints, few-shot examples from
well-rated traffic, the registry's chain-of-thought pattern, and (with a model to ask) a rewrite
given the failure modes. Each is the production version's content with an addition (or, for a
rewrite, a new instruction), checked to compile with the same variables."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

from lmops.evals.calls import CallError
from lmops.evals.metrics.semantic import TextEncoder
from lmops.improve.evidence import Example
from lmops.improve.modes import FailureMode
from lmops.prompts.model import ChatMessage, PromptContent
from lmops.prompts.patterns import literal, reasoning_steps
from lmops.prompts.templates import TemplateError, template_variables

__all__ = ["Candidate", "Rewriter", "Skipped", "propose"]

Strategy = Literal["constraints", "few-shot", "chain-of-thought", "rewrite"]
Rewriter = Callable[[str], Awaitable[str]]
FEW_SHOT = 3


@dataclass(frozen=True, slots=True)
class Candidate:
    strategy: Strategy
    description: str
    content: PromptContent
    variables: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Skipped:
    strategy: Strategy
    why: str


async def propose(
    production: PromptContent,
    modes: Sequence[FailureMode],
    examples: Sequence[Example],
    encoder: TextEncoder,
    rewriter: Rewriter | None = None,
) -> tuple[list[Candidate], list[Skipped]]:
    """The variants worth evaluating, and the strategies left out with the reason."""
    made: list[Candidate] = []
    skipped: list[Skipped] = []
    wanted = template_variables(production)

    def add(strategy: Strategy, description: str, content: PromptContent) -> None:
        try:
            found = template_variables(content)
        except TemplateError as exc:
            skipped.append(Skipped(strategy, f"it does not compile: {exc}"))
            return
        if set(found) != set(wanted):
            skipped.append(
                Skipped(strategy, f"it uses the variables {list(found)}, not {list(wanted)}")
            )
            return
        made.append(Candidate(strategy, description, content, found))

    if not modes:
        return [], [
            Skipped(s, "no evidence of failure to act on")
            for s in ("constraints", "few-shot", "chain-of-thought", "rewrite")
        ]
    rules = _rules(modes)
    add(
        "constraints",
        f"{len(rules)} stated constraint(s) from {len(modes)} failure mode(s)",
        _added(production, "Requirements:\n" + "\n".join(f"- {r}" for r in rules)),
    )
    chosen = _nearest(examples, modes, encoder)
    if chosen:
        shots = "\n\n".join(f"Input: {e.input}\nOutput: {e.output}" for e in chosen)
        refs = ", ".join(e.ref for e in chosen)
        add(
            "few-shot",
            f"{len(chosen)} well-rated answer(s) as examples ({refs})",
            _added(production, literal("Examples of good answers:\n\n" + shots)),
        )
    else:
        skipped.append(Skipped("few-shot", "no well-rated traffic for this prompt"))
    add(
        "chain-of-thought",
        "the registry's chain-of-thought pattern",
        _added(production, reasoning_steps()),
    )
    if rewriter is None:
        skipped.append(Skipped("rewrite", "no model configured to rewrite (--rewriter)"))
    else:
        instruction = _instruction(production)
        answer: str | None
        try:
            answer = (await rewriter(_rewrite_request(instruction, modes, rules))).strip()
        except CallError as exc:
            answer = None
            skipped.append(Skipped("rewrite", f"the model did not answer: {exc}"))
        if answer == "":
            skipped.append(Skipped("rewrite", "the model answered nothing"))
        elif answer is not None:
            add(
                "rewrite",
                "rewritten by the model given the failure modes",
                _replaced(production, answer),
            )
    return made, skipped


def _rules(modes: Sequence[FailureMode]) -> list[str]:
    rules: list[str] = []
    for mode in modes:
        stated = list(mode.constraints)
        if not stated:
            typical = mode.items[0]
            stated = [
                f'Answers to requests like "{_short(typical.input)}" were rated poorly (for '
                f'example "{_short(typical.output)}": {typical.why}); answer such requests '
                "differently."
            ]
        rules += [r for r in stated if r not in rules]
    return [literal(r) for r in rules]


def _short(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _nearest(
    examples: Sequence[Example], modes: Sequence[FailureMode], encoder: TextEncoder
) -> list[Example]:
    """Up to FEW_SHOT examples, each the nearest to a mode's most typical input in turn."""
    if not examples:
        return []
    texts = [e.input for e in examples] + [m.items[0].input for m in modes]
    vectors = np.asarray(encoder.sentences(texts), dtype=float)
    vectors /= np.where((n := np.linalg.norm(vectors, axis=1, keepdims=True)) == 0, 1.0, n)
    pool, targets = vectors[: len(examples)], vectors[len(examples) :]
    chosen: list[int] = []
    while len(chosen) < min(FEW_SHOT, len(examples)):
        for target in targets:
            ranked = [i for i in np.argsort(-(pool @ target)) if int(i) not in chosen]
            if ranked and len(chosen) < FEW_SHOT:
                chosen.append(int(ranked[0]))
    return [examples[i] for i in chosen]


def _added(content: PromptContent, addition: str) -> PromptContent:
    """``addition`` after a text template, or in the system message (a new one if none)."""
    if content.type == "text":
        assert content.template is not None
        return replace(content, template=f"{content.template}\n\n{addition}")
    messages = list(content.messages or ())
    if messages and messages[0].role == "system":
        messages[0] = ChatMessage("system", f"{messages[0].content}\n\n{addition}")
    else:
        messages.insert(0, ChatMessage("system", addition))
    return replace(content, messages=tuple(messages))


def _instruction(content: PromptContent) -> str:
    if content.type == "text":
        return content.template or ""
    messages = content.messages or ()
    system = [m.content for m in messages if m.role == "system"]
    return system[0] if system else ""


def _replaced(content: PromptContent, instruction: str) -> PromptContent:
    """The rewritten template (text) or system message (chat)."""
    if content.type == "text":
        return replace(content, template=instruction)
    messages = [m for m in content.messages or () if m.role != "system"]
    return replace(content, messages=(ChatMessage("system", instruction), *messages))


def _rewrite_request(instruction: str, modes: Sequence[FailureMode], rules: list[str]) -> str:
    lines = [
        "You improve prompt templates. Rewrite the template below so that the model avoids the "
        "failures listed after it. Keep every {{ variable }} placeholder exactly as written, "
        "keep what the template asks for, and reply with the new template only.",
        "",
        "TEMPLATE:",
        instruction,
        "",
        "FAILURES:",
    ]
    for mode in modes:
        typical = mode.items[0]
        lines.append(
            f"- {len(mode.items)} case(s) like: {_short(typical.input)} -> "
            f"{_short(typical.output)} ({_short(typical.why)})"
        )
    if rules:
        lines += ["", "REQUIREMENTS THE ANSWERS FAILED:", *(f"- {r}" for r in rules)]
    return "\n".join(lines)
