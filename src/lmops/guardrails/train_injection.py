"""Train the injection classifier: ``python -m lmops.guardrails.train_injection``.

Reads the labelled cases of every training set (``split == "train"`` rows only), builds hashed
features (:func:`~lmops.guardrails.injection_model.features`) and fits L2-regularised logistic
regression by deterministic full-batch gradient descent with Nesterov momentum (no randomness,
so the same data gives the same weights). Each set carries the same share of the loss, split
evenly between its attacks and its benign texts, so that no one author's phrasing (the largest
set is generated from templates) outweighs the others. Weights with magnitude under ``1e-4``
are dropped and the rest written as float32 with their bucket numbers.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from lmops.guardrails.injection_eval import load_injection_cases
from lmops.guardrails.injection_model import BUCKETS, Model, features

__all__ = ["TRAINING_SETS", "main", "save_model", "train", "training_rows"]

_DATA = Path("tests/data")
# Written by different people: the rule author's template families, and independent authors
# who never read the detector. The final evaluation set (injection_eval3.jsonl) is not here.
TRAINING_SETS = (
    "injection_cases.jsonl",
    "injection_holdout.jsonl",
    "injection_eval2.jsonl",
    "injection_authora.jsonl",
    "injection_authorb.jsonl",
    "injection_authorc.jsonl",
    "injection_authord.jsonl",
)
_DEFAULT_OUT = Path(__file__).parent / "data" / "injection_model.npz"


def training_rows(paths: Sequence[Path]) -> tuple[list[str], list[bool], list[int]]:
    """The ``train`` rows of *paths*: texts, labels and the number of the set each came from."""
    texts: list[str] = []
    labels: list[bool] = []
    sources: list[int] = []
    for number, path in enumerate(paths):
        for case in load_injection_cases(path):
            if case.split == "train":
                texts.append(case.text)
                labels.append(case.injection)
                sources.append(number)
    return texts, labels, sources


def train(
    texts: Sequence[str],
    labels: Sequence[bool],
    sources: Sequence[int] | None = None,
    *,
    l2: float = 3e-4,
    steps: int = 300,
    lr: float = 2.0,
) -> Model:
    """Fit the classifier on *texts*; deterministic for the same inputs.

    Each distinct value of *sources* (default: one source) carries an equal share of the loss,
    half for its attacks and half for its benign texts.
    """
    rows = [features(text) for text in texts]
    lengths = np.array([len(idx) for idx, _ in rows], dtype=np.int64)
    cols = np.concatenate([idx for idx, _ in rows])
    vals = np.concatenate([v for _, v in rows])
    row_of = np.repeat(np.arange(len(rows)), lengths)
    y = np.array(labels, dtype=np.float64)
    share = _shares(y, np.array(sources if sources is not None else [0] * len(texts)))
    w = np.zeros(BUCKETS, dtype=np.float64)
    b = 0.0
    vw, vb = np.zeros_like(w), 0.0
    for _ in range(steps):
        lw, lb = w + 0.9 * vw, b + 0.9 * vb
        z = np.bincount(row_of, weights=lw[cols] * vals, minlength=len(rows)) + lb
        err = (1.0 / (1.0 + np.exp(-z)) - y) * share
        grad_w = np.bincount(cols, weights=vals * err[row_of], minlength=BUCKETS) + l2 * lw
        vw = 0.9 * vw - lr * grad_w
        vb = 0.9 * vb - lr * float(err.sum())
        w, b = w + vw, b + vb
    keep = np.flatnonzero(np.abs(w) >= 1e-4)
    return Model(keep.astype(np.int32), w[keep].astype(np.float32), float(b))


def _shares(y: npt.NDArray[np.float64], sources: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Each row's share of the loss: equal per (source, class) cell, summing to one."""
    cells = sources * 2 + (y > 0.5)
    counts = np.bincount(cells)
    used = np.count_nonzero(counts)
    return 1.0 / (used * counts[cells])


def save_model(model: Model, out: Path) -> None:
    bias: npt.NDArray[np.float64] = np.array([model.bias], dtype=np.float64)
    with out.open("wb") as handle:
        np.savez_compressed(handle, buckets=model.buckets, weights=model.weights, bias=bias)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        help="a labelled JSONL file (repeatable; default: TRAINING_SETS under tests/data)",
    )
    parser.add_argument("--out", type=Path, default=_DEFAULT_OUT)
    args = parser.parse_args(argv)
    paths = args.data or [_DATA / name for name in TRAINING_SETS]
    texts, labels, sources = training_rows(paths)
    started = time.perf_counter()
    model = train(texts, labels, sources)
    save_model(model, args.out)
    took = time.perf_counter() - started
    print(f"{len(texts)} rows from {len(paths)} sets, {len(model.buckets)} weights, {took:.1f} s")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
