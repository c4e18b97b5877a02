"""Few-shot examples: reading them from a file, and picking the ones nearest to an input.

A few-shot prompt with a selector (``patterns.few_shot(..., select=k)``) loops over an
``examples`` variable; :class:`ExampleSelector` fills it with the ``k`` examples whose inputs
are most similar to the input at hand, by embedding (the offline MiniLM model of
``lmops[semantic]`` unless another :class:`~lmops.cache.embedders.Embedder` is given).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lmops.prompts.files import PromptFileError
from lmops.yaml_lines import YamlProblem, read_yaml

if TYPE_CHECKING:
    from lmops.cache.embedders import Embedder

__all__ = ["Example", "ExampleSelector", "load_examples"]


@dataclass(frozen=True, slots=True)
class Example:
    """One demonstration: an input and the output the model should give for it."""

    input: str
    output: str

    def to_json(self) -> dict[str, str]:
        return {"input": self.input, "output": self.output}


def load_examples(path: Path) -> list[Example]:
    """Examples from ``.jsonl`` (one ``{"input", "output"}`` object a line) or ``.yaml``/
    ``.yml``/``.json`` (a list of them); :class:`PromptFileError` names the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise PromptFileError(f"{path}: cannot read examples: {why}") from None
    if path.suffix.lower() == ".jsonl":
        items: list[tuple[int, Any]] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    items.append((number, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise PromptFileError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
    else:
        items = _yaml_items(text, path)
    examples = [_example(value, f"{path}:{number}") for number, value in items]
    if not examples:
        raise PromptFileError(f"{path}: no examples")
    return examples


def _yaml_items(text: str, path: Path) -> list[tuple[int, Any]]:
    try:
        data, lines = read_yaml(text)
    except YamlProblem as exc:
        line = "" if exc.line is None else f"{exc.line}:"
        raise PromptFileError(f"{path}:{line} {exc.problem}") from None
    if not isinstance(data, list):
        raise PromptFileError(f"{path}:1: expected a list of {{input, output}} examples")
    return [(lines[(i,)], value) for i, value in enumerate(data)]


def _example(value: Any, where: str) -> Example:
    if not isinstance(value, dict) or set(value) != {"input", "output"}:
        raise PromptFileError(f"{where}: an example is an object with 'input' and 'output'")
    for field in ("input", "output"):
        if not isinstance(value[field], str):
            raise PromptFileError(f"{where}: {field}: must be a string")
    return Example(value["input"], value["output"])


class ExampleSelector:
    """Picks the ``k`` examples whose inputs are most similar (cosine) to a given input, most
    similar first. The examples are embedded once, on first use; ``embedder`` defaults to
    :class:`~lmops.cache.embedders.MiniLMEmbedder` (imported only when needed)."""

    def __init__(
        self, examples: Sequence[Example], k: int, embedder: Embedder | None = None
    ) -> None:
        if k < 1:
            raise ValueError("k must be at least 1")
        if not examples:
            raise ValueError("an example selector needs at least one example")
        self.examples = tuple(examples)
        self.k = k
        self._embedder = embedder
        self._matrix: Any = None  # numpy array, one unit row per example

    async def aselect(self, text: str) -> list[Example]:
        """The ``k`` nearest examples to ``text`` (all of them when there are fewer)."""
        import numpy as np

        embedder = self._embedder_or_default()
        if self._matrix is None:
            rows = [await embedder.embed(e.input) for e in self.examples]
            self._matrix = _unit(np.asarray(rows, dtype=np.float32))
        query = _unit(np.asarray([await embedder.embed(text)], dtype=np.float32))[0]
        scores = self._matrix @ query
        # A stable sort: equally similar examples keep the order they were given in.
        order = np.argsort(-scores, kind="stable")[: self.k]
        return [self.examples[int(i)] for i in order]

    def select(self, text: str) -> list[Example]:
        """:meth:`aselect` for synchronous code (not from inside a running event loop)."""
        return asyncio.run(self.aselect(text))

    def variables(self, text: str, input_variable: str = "input") -> dict[str, Any]:
        """The variables a few-shot prompt with a selector renders with: the input and the
        selected ``examples`` (as ``{input, output}`` mappings)."""
        chosen = self.select(text)
        return {input_variable: text, "examples": [e.to_json() for e in chosen]}

    def _embedder_or_default(self) -> Embedder:
        if self._embedder is None:
            from lmops.cache.embedders import MiniLMEmbedder

            self._embedder = MiniLMEmbedder()
        return self._embedder


def _unit(matrix: Any) -> Any:
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)
