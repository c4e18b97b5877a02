"""Train the injection classifier: ``python -m lmops.guardrails.train_injection``.

Reads the labelled cases of every training set (``split == "train"`` rows only), builds hashed
features (:func:`~lmops.guardrails.injection_model.features`), keeps the buckets found in at
least eight texts, and fits the one-hidden-layer network by full-batch Adam with L2 (a seeded
start, so the same data gives the same weights). Each set carries the same share of the loss,
split evenly between its attacks and its benign texts, so that no one author's phrasing (the
largest set is generated from templates) outweighs the others. The weights are written as
float16. Needs scipy (in the dev extra) for the sparse products; scoring does not.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from lmops.guardrails.injection_eval import load_injection_cases
from lmops.guardrails.injection_model import BUCKETS, HIDDEN, Model, features

__all__ = ["RETIRED_FINAL_SETS", "TRAINING_SETS", "main", "save_model", "train", "training_rows"]

_DATA = Path("tests/data")
# Final sets scored so many times (eval3 nine, eval4 six, eval5 four, eval6 and eval7 once)
# that they no longer measure text nobody tuned near: since the sixth session every row of
# them trains the classifier.
RETIRED_FINAL_SETS = tuple(f"injection_eval{n}.jsonl" for n in range(3, 8))
# Written by different people: the rule author's template families, and independent authors
# who never read the detector, then the retired final sets. The final sets
# (injection_eval8.jsonl to injection_eval11.jsonl) are not here.
TRAINING_SETS = (
    "injection_cases.jsonl",
    "injection_holdout.jsonl",
    "injection_eval2.jsonl",
    "injection_authora.jsonl",
    "injection_authorb.jsonl",
    "injection_authorc.jsonl",
    "injection_authord.jsonl",
    "injection_authore.jsonl",
    "injection_authorf.jsonl",
    "injection_authorg.jsonl",
    "injection_authorh.jsonl",
    "injection_authori.jsonl",
    "injection_authorj.jsonl",
    "injection_authork.jsonl",
    "injection_authorl.jsonl",
    "injection_authorm.jsonl",
    "injection_authorn.jsonl",
    "injection_authoro.jsonl",
    "injection_authorp.jsonl",
    "injection_authorq.jsonl",
    "injection_authorr.jsonl",
    "injection_authors.jsonl",
    "injection_authort.jsonl",
    "injection_authoru.jsonl",
    *RETIRED_FINAL_SETS,
)
_DEFAULT_OUT = Path(__file__).parent / "data" / "injection_model.npz"


def training_rows(paths: Sequence[Path]) -> tuple[list[str], list[bool], list[int]]:
    """The ``train`` rows of *paths* (every row of a retired final set): texts, labels and the
    number of the set each came from."""
    texts: list[str] = []
    labels: list[bool] = []
    sources: list[int] = []
    for number, path in enumerate(paths):
        whole = path.name in RETIRED_FINAL_SETS
        for case in load_injection_cases(path):
            if whole or case.split == "train":
                texts.append(case.text)
                labels.append(case.injection)
                sources.append(number)
    return texts, labels, sources


def train(
    texts: Sequence[str],
    labels: Sequence[bool],
    sources: Sequence[int] | None = None,
    *,
    l2: float = 3e-5,
    epochs: int = 40,
    lr: float = 0.01,
    seed: int = 0,
    min_texts: int = 8,
) -> Model:
    """Fit the classifier on *texts*; deterministic for the same inputs.

    Each distinct value of *sources* (default: one source) carries an equal share of the loss,
    half for its attacks and half for its benign texts.
    """
    from scipy import sparse  # type: ignore[import-untyped]  # no stubs; the dev extra has it

    rows = [features(text) for text in texts]
    seen = np.bincount(np.concatenate([idx for idx, _ in rows]), minlength=BUCKETS)
    vocab = np.flatnonzero(seen >= min_texts).astype(np.int32)  # rarer ones: little, and size
    column = np.full(BUCKETS, -1, dtype=np.int64)
    column[vocab] = np.arange(len(vocab))
    kept = []
    for idx, vals in rows:
        cols = column[idx]
        known = cols >= 0
        kept.append((cols[known], vals[known]))
    indptr = np.cumsum([0] + [len(cols) for cols, _ in kept])
    x = sparse.csr_matrix(
        (np.concatenate([v for _, v in kept]), np.concatenate([c for c, _ in kept]), indptr),
        shape=(len(rows), len(vocab)),
    )
    xt = x.T.tocsr()
    y = np.array(labels, dtype=np.float64)
    share = _shares(y, np.array(sources if sources is not None else [0] * len(texts)))
    rng = np.random.default_rng(seed)
    params = {
        "hidden": rng.normal(0.0, 0.1, (len(vocab), HIDDEN)),
        "hidden_bias": np.zeros(HIDDEN),
        "output": rng.normal(0.0, 0.1, HIDDEN),
        "bias": np.zeros(1),
    }
    first = {name: np.zeros_like(value) for name, value in params.items()}
    second = {name: np.zeros_like(value) for name, value in params.items()}
    for epoch in range(1, epochs + 1):
        pre = x @ params["hidden"] + params["hidden_bias"]
        layer = np.maximum(pre, 0.0)
        z = layer @ params["output"] + params["bias"][0]
        err = (1.0 / (1.0 + np.exp(-z)) - y) * share
        back = np.outer(err, params["output"]) * (pre > 0)
        grads = {
            "hidden": xt @ back + l2 * params["hidden"],
            "hidden_bias": back.sum(axis=0),
            "output": layer.T @ err + l2 * params["output"],
            "bias": np.array([err.sum()]),
        }
        for name, grad in grads.items():  # Adam
            first[name] = 0.9 * first[name] + 0.1 * grad
            second[name] = 0.999 * second[name] + 0.001 * grad * grad
            step = (first[name] / (1 - 0.9**epoch)) / (
                np.sqrt(second[name] / (1 - 0.999**epoch)) + 1e-8
            )
            params[name] = params[name] - lr * step
    return Model(
        vocab,
        params["hidden"].astype(np.float16).astype(np.float32),
        params["hidden_bias"].astype(np.float32),
        params["output"].astype(np.float32),
        float(params["bias"][0]),
    )


def _shares(y: npt.NDArray[np.float64], sources: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Each row's share of the loss: equal per (source, class) cell, summing to one."""
    cells = sources * 2 + (y > 0.5)
    counts = np.bincount(cells)
    used = np.count_nonzero(counts)
    return 1.0 / (used * counts[cells])


def save_model(model: Model, out: Path) -> None:
    with out.open("wb") as handle:
        np.savez_compressed(
            handle,
            buckets=model.buckets,
            hidden=model.hidden.astype(np.float16),
            hidden_bias=model.hidden_bias,
            output=model.output,
            bias=np.array([model.bias], dtype=np.float64),
        )


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
    print(f"{len(texts)} rows from {len(paths)} sets, {len(model.buckets)} buckets, {took:.1f} s")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
