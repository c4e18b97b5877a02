"""Failure modes: the evidence grouped by what it is about (clusters of the inputs' offline
sentence embeddings), each named by its most typical example, with the constraints its failed
assertions state."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from lmops.evals.metrics.semantic import TextEncoder
from lmops.improve.evidence import Item

__all__ = ["THRESHOLD", "FailureMode", "constraint", "failure_modes"]

# Cosine similarity (of MiniLM embeddings of an input and why it failed) of an item to a
# mode's centroid for it to join the mode. Short requests on one topic score 0.4 to 0.6.
THRESHOLD = 0.45
_NAME_CHARS = 60


@dataclass(frozen=True, slots=True)
class FailureMode:
    number: int
    items: tuple[Item, ...]  # most typical first
    constraints: tuple[str, ...]  # stated by at least half of the mode's failed eval cells

    @property
    def name(self) -> str:
        text = " ".join(self.items[0].input.split())
        short = text if len(text) <= _NAME_CHARS else text[: _NAME_CHARS - 1] + "…"
        return f'mode {self.number}: "{short}"'

    @property
    def kinds(self) -> Counter[str]:
        return Counter(item.kind for item in self.items)

    @property
    def tests(self) -> frozenset[int]:
        return frozenset(i.test_index for i in self.items if i.test_index is not None)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "size": len(self.items),
            "kinds": dict(self.kinds),
            "constraints": list(self.constraints),
            "examples": [i.to_json() for i in self.items[:3]],
        }


def failure_modes(
    items: Sequence[Item], encoder: TextEncoder, threshold: float = THRESHOLD
) -> list[FailureMode]:
    """The items clustered by input and why they count: each joins the mode whose centroid is
    nearest if at least ``threshold`` alike, else starts one (in the items' order, so the
    result is reproducible); modes largest first, each ordered by closeness to its centroid."""
    if not items:
        return []
    texts = [f"{i.input or i.output}\n{i.why}" for i in items]
    vectors = np.asarray(encoder.sentences(texts), dtype=float)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1.0, norms)
    members: list[list[int]] = []
    sums: list[np.ndarray[Any, np.dtype[np.float64]]] = []
    for i, v in enumerate(vectors):
        best, alike = -1, threshold
        for m, total in enumerate(sums):
            centroid = total / (np.linalg.norm(total) or 1.0)
            cos = float(centroid @ v)
            if cos >= alike:
                best, alike = m, cos
        if best < 0:
            members.append([i])
            sums.append(v.copy())
        else:
            members[best].append(i)
            sums[best] += v
    order = sorted(range(len(members)), key=lambda m: (-len(members[m]), members[m][0]))
    modes = []
    for number, m in enumerate(order, 1):
        centroid = sums[m] / (np.linalg.norm(sums[m]) or 1.0)
        ranked = sorted(members[m], key=lambda i: -float(vectors[i] @ centroid))
        mode_items = tuple(items[i] for i in ranked)
        modes.append(FailureMode(number, mode_items, _shared_constraints(mode_items)))
    return modes


def _shared_constraints(items: Sequence[Item]) -> tuple[str, ...]:
    evals = [i for i in items if i.kind == "eval"]
    counts: Counter[str] = Counter()
    for item in evals:
        counts.update({c for c in (constraint(t, e) for t, e in item.failed) if c})
    return tuple(c for c, n in counts.most_common() if 2 * n >= len(evals))


def constraint(kind: str, expected: Any) -> str | None:
    """A failed assertion restated as an instruction; None where there is nothing to state."""
    if kind in ("contains", "icontains"):
        return f'The answer must contain "{expected}".'
    if kind in ("not-contains", "not-icontains"):
        return f'The answer must not contain "{expected}".'
    if kind in ("contains-any", "icontains-any") and isinstance(expected, list):
        return "The answer must mention at least one of: " + ", ".join(map(str, expected)) + "."
    if kind in ("contains-all", "icontains-all") and isinstance(expected, list):
        return "The answer must mention all of: " + ", ".join(map(str, expected)) + "."
    if kind == "equals":
        return f'The answer must be exactly "{expected}", with nothing else.'
    if kind == "starts-with":
        return f'Start the answer with "{expected}".'
    if kind == "regex":
        return f"The answer must match the regular expression {expected}."
    if kind in ("is-json", "contains-json"):
        return "Answer with valid JSON only, and no other text."
    if kind == "is-valid-json-schema" or kind == "json-schema":
        return "Answer with JSON that follows the requested schema exactly."
    if kind in ("llm-rubric", "g-eval", "model-graded-closedqa") and expected:
        return f"The answer must satisfy: {expected}"
    return None
