"""Train the injection classifier: ``python -m lmops.guardrails.train_injection``.

Reads the labelled cases (``split == "train"`` rows only), builds hashed features
(:func:`~lmops.guardrails.injection_model.features`) and fits L2-regularised logistic regression
by class-balanced, deterministic full-batch gradient descent with Nesterov momentum (no
randomness, so the same data gives the same weights). Weights with magnitude under ``1e-4``
are dropped and the rest written as float32 with their bucket numbers.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import numpy.typing as npt

from lmops.guardrails.injection_eval import load_injection_cases
from lmops.guardrails.injection_model import BUCKETS, Model, features

__all__ = ["main", "save_model", "train"]

_DEFAULT_DATA = Path("tests/data/injection_cases.jsonl")
_DEFAULT_OUT = Path(__file__).parent / "data" / "injection_model.npz"


def train(
    texts: list[str], labels: list[bool], *, l2: float = 1e-3, steps: int = 300, lr: float = 2.0
) -> Model:
    """Fit the classifier on *texts*; deterministic for the same inputs."""
    rows = [features(text) for text in texts]
    lengths = np.array([len(idx) for idx, _ in rows], dtype=np.int64)
    cols = np.concatenate([idx for idx, _ in rows])
    vals = np.concatenate([v for _, v in rows])
    row_of = np.repeat(np.arange(len(rows)), lengths)
    y = np.array(labels, dtype=np.float64)
    # Class-balanced: each class carries half the loss, whatever the mix in the data.
    share = np.where(y > 0.5, 0.5 / max(y.sum(), 1.0), 0.5 / max((1 - y).sum(), 1.0))
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


def save_model(model: Model, out: Path) -> None:
    bias: npt.NDArray[np.float64] = np.array([model.bias], dtype=np.float64)
    with out.open("wb") as handle:
        np.savez_compressed(handle, buckets=model.buckets, weights=model.weights, bias=bias)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=_DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=_DEFAULT_OUT)
    args = parser.parse_args(argv)
    cases = [case for case in load_injection_cases(args.data) if case.split == "train"]
    started = time.perf_counter()
    model = train([c.text for c in cases], [c.injection for c in cases])
    save_model(model, args.out)
    took = time.perf_counter() - started
    print(f"{len(cases)} rows, {len(model.buckets)} weights, {took:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
