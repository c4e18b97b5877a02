"""Fakes for the eval runner's tests: a Caller, a cache that counts, a sleep that records."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from lmops.evals.calls import CallError, Completion, Message
from lmops.evals.runner import MemoryCache
from lmops.evals.suite import Suite, Target, load_suite

Answer = Callable[[Target, Sequence[Message], Mapping[str, Any]], str]


def _echo(target: Target, messages: Sequence[Message], params: Mapping[str, Any]) -> str:
    return f"{target.id}: {messages[-1]['content']}"


class FakeCaller:
    """Answers with ``answer(...)``; ``fail`` maps a call number (1-based) to the CallError it
    raises instead."""

    def __init__(self, answer: Answer = _echo, fail: dict[int, CallError] | None = None) -> None:
        self.answer = answer
        self.fail = fail or {}
        self.calls: list[tuple[str, list[dict[str, Any]], dict[str, Any]]] = []
        self.embedded: list[list[str]] = []

    async def complete(
        self, target: Target, messages: Sequence[Message], params: Mapping[str, Any]
    ) -> Completion:
        self.calls.append((target.id, [dict(m) for m in messages], dict(params)))
        if len(self.calls) in self.fail:
            raise self.fail[len(self.calls)]
        return Completion(self.answer(target, messages, params), 12.5, 3, 2, 0.001)

    async def embed(self, target: Target, texts: Sequence[str]) -> list[list[float]]:
        self.embedded.append(list(texts))
        return [[1.0, 0.0] if "paris" in t.lower() else [0.0, 1.0] for t in texts]

    async def aclose(self) -> None:
        return None


class CountingCache(MemoryCache):
    def __init__(self) -> None:
        super().__init__()
        self.gets: list[int] = []
        self.puts: list[int] = []

    def get_many(self, keys: Sequence[str]) -> dict[str, Completion]:
        self.gets.append(len(keys))
        return super().get_many(keys)

    def put_many(self, items: Mapping[str, Completion]) -> None:
        self.puts.append(len(items))
        super().put_many(items)


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


CHAT_FILE = """
name: chat
type: chat
messages: [{role: system, content: terse}, {role: user, content: "{{ country }}!"}]
config: {temperature: 0, model: ignored}
"""


def write_suite(folder: Path, text: str) -> Suite:
    (folder / "chat.yaml").write_text(CHAT_FILE, encoding="utf-8")
    path = folder / "suite.yaml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return load_suite(path, environ={})


CAPITALS = """
    prompts:
      - "Capital of {{ country }}?"
      - {id: chat, file: chat.yaml}
    targets: [m1, m2]
    defaultTest:
      assert: [{type: max-length, value: 100}]
    tests:
      - description: france
        vars: {country: France}
        assert: [{type: icontains, value: france}]
      - description: spain
        vars: {country: Spain}
        assert: [{type: contains, value: Paris}, {type: not-contains, value: Spain}]
    options: {concurrency: 2, retries: 2, timeout: 5}
"""
