"""A fine-tuning dataset from the same evidence: the well-rated production answers nearest to
the failure modes, as chat JSONL that ``lmops finetune prepare`` reads."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import orjson

from lmops.evals.metrics.semantic import TextEncoder
from lmops.improve.evidence import Example
from lmops.improve.modes import FailureMode

__all__ = ["NEAR", "export_examples"]

# Cosine similarity of an example's input to a mode's most typical input for it to be exported.
NEAR = 0.3


def export_examples(
    examples: Sequence[Example],
    modes: Sequence[FailureMode],
    encoder: TextEncoder,
    path: Path,
    threshold: float = NEAR,
) -> int:
    """Write the examples at least ``threshold`` alike to a mode's most typical input (every
    example when there are no modes), nearest first; how many were written. The file is
    replaced whole."""
    chosen = list(examples)
    if modes and examples:
        texts = [e.input for e in examples] + [m.items[0].input for m in modes]
        vectors = np.asarray(encoder.sentences(texts), dtype=float)
        vectors /= np.where((n := np.linalg.norm(vectors, axis=1, keepdims=True)) == 0, 1.0, n)
        nearest = (vectors[: len(examples)] @ vectors[len(examples) :].T).max(axis=1)
        order = np.argsort(-nearest)
        chosen = [examples[int(i)] for i in order if nearest[int(i)] >= threshold]
    lines = []
    for e in chosen:
        asked = list(e.messages) if e.messages else [{"role": "user", "content": e.input}]
        lines.append(
            orjson.dumps({"messages": [*asked, {"role": "assistant", "content": e.output}]})
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(b"".join(line + b"\n" for line in lines))
    partial.replace(path)
    return len(lines)
