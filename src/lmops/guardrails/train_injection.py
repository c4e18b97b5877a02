"""Train the injection classifier: ``python -m lmops.guardrails.train_injection``.

Reads the labelled cases of every training set (``split == "train"`` rows only), builds hashed
features (:func:`~lmops.guardrails.injection_model.features`), keeps the buckets found in at
least eight texts, and fits the one-hidden-layer network by mini-batch Adam (fused; torch's
CPU build, from the dev extra, on one thread from a seeded start, so the same data gives the
same weights). Each set carries the same share of the loss, split evenly between its attacks and its
benign texts, so that no one author's phrasing (the largest set is generated from templates)
outweighs the others. The weights are written as float16; scoring needs numpy only.
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
# who never read the detector (authorv to authorak: the eighth session), then the retired final
# sets. The final sets (injection_eval8.jsonl to injection_eval13.jsonl) are not here.
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
    "injection_authorv.jsonl",
    "injection_authorw.jsonl",
    "injection_authorx.jsonl",
    "injection_authory.jsonl",
    "injection_authorz.jsonl",
    "injection_authoraa.jsonl",
    "injection_authorab.jsonl",
    "injection_authorac.jsonl",
    "injection_authorad.jsonl",
    "injection_authorae.jsonl",
    "injection_authoraf.jsonl",
    "injection_authorag.jsonl",
    "injection_authorah.jsonl",
    "injection_authorai.jsonl",
    "injection_authoraj.jsonl",
    "injection_authorak.jsonl",
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
    epochs: int = 4,
    lr: float = 3e-3,
    batch_size: int = 64,
    seed: int = 0,
    min_texts: int = 8,
) -> Model:
    """Fit the classifier on *texts*; deterministic for the same inputs.

    Each distinct value of *sources* (default: one source) carries an equal share of the loss,
    half for its attacks and half for its benign texts. Mini-batches of texts of about the same
    length, in a seeded order; one thread, so the same data gives the same weights.
    """
    import torch  # the dev extra's CPU build; scoring needs numpy only

    rows = [features(text) for text in texts]
    seen = np.bincount(np.concatenate([idx for idx, _ in rows]), minlength=BUCKETS)
    vocab = np.flatnonzero(seen >= min_texts).astype(np.int32)  # rarer ones: little, and size
    column = np.full(BUCKETS, -1, dtype=np.int64)
    column[vocab] = np.arange(len(vocab))
    kept = []
    for idx, vals in rows:
        cols = column[idx]
        known = cols >= 0
        kept.append(
            (torch.from_numpy(cols[known]), torch.from_numpy(vals[known].astype(np.float32)))
        )
    targets = np.array(labels, dtype=np.float64)
    y = torch.from_numpy(targets.astype(np.float32))
    # Mean 1 per row, so the step size does not depend on how many rows there are.
    share = _shares(targets, np.array(sources if sources is not None else [0] * len(texts)))
    weight = torch.from_numpy((share * len(texts)).astype(np.float32))
    rng = np.random.default_rng(seed)
    hidden = torch.nn.Parameter(
        torch.from_numpy(rng.normal(0.0, 0.1, (len(vocab), HIDDEN)).astype(np.float32))
    )
    hidden_bias = torch.nn.Parameter(torch.zeros(HIDDEN))
    output = torch.nn.Parameter(torch.from_numpy(rng.normal(0.0, 0.1, HIDDEN).astype(np.float32)))
    bias = torch.nn.Parameter(torch.zeros(1))
    optimiser = torch.optim.Adam([hidden, hidden_bias, output, bias], lr=lr, fused=True)
    by_length = np.argsort([len(text) for text in texts], kind="stable")
    batches = [by_length[i : i + batch_size] for i in range(0, len(texts), batch_size)]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        for _ in range(epochs):
            for b in rng.permutation(len(batches)):
                batch = batches[b]
                bags = [kept[i][0] for i in batch]
                offsets = torch.tensor([0, *np.cumsum([len(bag) for bag in bags[:-1]])])
                layer = torch.nn.functional.embedding_bag(
                    torch.cat(bags),
                    hidden,
                    offsets,
                    mode="sum",
                    per_sample_weights=torch.cat([kept[i][1] for i in batch]),
                )
                z = torch.relu(layer + hidden_bias) @ output + bias
                index = torch.from_numpy(batch)
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    z, y[index], weight=weight[index]
                )
                optimiser.zero_grad()
                loss.backward()  # type: ignore[no-untyped-call]
                optimiser.step()
    finally:
        torch.set_num_threads(threads)
    return Model(
        vocab,
        hidden.detach().numpy().astype(np.float16).astype(np.float32),
        hidden_bias.detach().numpy().copy(),
        output.detach().numpy().copy(),
        float(bias.detach()[0]),
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
