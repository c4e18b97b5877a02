"""Render time per cached prompt: what resolving ``prompt_id`` adds to a request, in-process.

A version's templates are compiled once (``TemplateCache``); each request then renders them with
its variables. This times that render for the issue's two example prompts (plain substitution:
rendered without Jinja's context) and a few-shot prompt with a loop (rendered by Jinja), and, as
yardsticks, the same templates rendered by a plain (unsandboxed) Jinja2 environment and, where
they have no loop, by ``str.format``.
Medians of ``--repeat`` runs of ``--number`` renders each; one process, so the ratios are taken
in one run.

    python -m bench.prompts
    python -m bench.prompts --number 20000 --repeat 9
"""

from __future__ import annotations

import argparse
import statistics
import timeit
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import jinja2

from lmops.prompts.model import ChatMessage, PromptContent, PromptVersion
from lmops.prompts.templates import TemplateCache, template_variables

__all__ = ["main"]

_SUPPORT = PromptContent(
    "chat",
    messages=(
        ChatMessage(
            "system", "You are a support agent for {{ product }}. Answer in {{ language }}."
        ),
        ChatMessage("user", "{{ question }}"),
    ),
    config={"model": "chat-small", "temperature": 0.2},
)
_SUMMARIZE = PromptContent("text", template="Summarize in {{ n }} words: {{ text }}")
# Not plain substitution: a loop and attribute lookups, rendered by Jinja in the sandbox.
_FEW_SHOT = PromptContent(
    "chat",
    messages=(
        ChatMessage(
            "system",
            "Answer like these examples.\n{% for e in examples %}Q: {{ e.q }}\nA: {{ e.a }}\n"
            "{% endfor %}",
        ),
        ChatMessage("user", "{{ question }}"),
    ),
)
_VARIABLES: dict[str, dict[str, Any]] = {
    "support-reply": {
        "product": "lmops",
        "language": "English",
        "question": "How do I rotate a virtual key without downtime?",
    },
    "summarize": {"n": 20, "text": "A long paragraph about gateways and their overhead. " * 8},
    "few-shot (loop)": {
        "examples": [{"q": f"question {i}?", "a": f"answer {i}."} for i in range(3)],
        "question": "How do I roll back a label?",
    },
}
_PROMPTS = (("support-reply", _SUPPORT), ("summarize", _SUMMARIZE), ("few-shot (loop)", _FEW_SHOT))


def _version(name: str, content: PromptContent) -> PromptVersion:
    return PromptVersion(
        name=name,
        version=1,
        content=content,
        variables=template_variables(content),
        content_hash=content.content_hash(),
        message="",
        author="bench",
        created_at=datetime.now(UTC),
    )


def _sources(content: PromptContent) -> list[tuple[str, str]]:
    if content.messages is not None:
        return [(m.role, m.content) for m in content.messages]
    assert content.template is not None
    return [("user", content.template)]


def _renderers(content: PromptContent, variables: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    """The cached sandboxed render, and the same templates rendered without a sandbox and by
    ``str.format`` (the ``{{ x }}`` placeholders rewritten as ``{x}``)."""
    cache = TemplateCache()
    version = _version("bench", content)
    cache.get(version)  # compiled once, as the gateway does on first use
    plain = jinja2.Environment(autoescape=False)
    compiled = [(role, plain.from_string(text)) for role, text in _sources(content)]
    renderers: dict[str, Callable[[], Any]] = {
        "lmops (sandbox, cached)": lambda: cache.get(version).render(variables),
        "jinja2 (no sandbox, compiled)": lambda: [
            {"role": r, "content": t.render(variables)} for r, t in compiled
        ],
    }
    if not any("{%" in text for _, text in _sources(content)):
        formats = [
            (role, text.replace("{{ ", "{").replace(" }}", "}")) for role, text in _sources(content)
        ]
        renderers["str.format"] = lambda: [
            {"role": r, "content": f.format(**variables)} for r, f in formats
        ]
    return renderers


def measure(number: int, repeat: int) -> dict[str, dict[str, float]]:
    """Median microseconds per render, by prompt and renderer."""
    results: dict[str, dict[str, float]] = {}
    for name, content in _PROMPTS:
        results[name] = {}
        for label, render in _renderers(content, _VARIABLES[name]).items():
            runs = timeit.repeat(render, number=number, repeat=repeat)
            results[name][label] = statistics.median(runs) / number * 1e6
    return results


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--number", type=int, default=10_000, help="renders per run")
    p.add_argument("--repeat", type=int, default=7, help="runs; the median is reported")
    args = p.parse_args(argv)
    results = measure(args.number, args.repeat)
    print("| prompt | renderer | us per render | ratio to lmops |")
    print("| --- | --- | ---: | ---: |")
    for name, rows in results.items():
        ours = rows["lmops (sandbox, cached)"]
        for label, micros in rows.items():
            print(f"| {name} | {label} | {micros:.2f} | {micros / ours:.2f} |")


if __name__ == "__main__":
    main()
