"""How the injection classifier generalises to authors it never saw: leave one set out.

For each independent training set, trains the classifier on every other set (as
``python -m lmops.guardrails.train_injection`` does) and scores ``detect(mode="full")`` with
that model on the set left out; ``fast`` mode needs no training and is scored as it is. Prints
recall and false-positive rate per fold and pooled over the folds, and, with ``--final``, the
shipped model on the final evaluation sets (``injection_eval8.jsonl`` to
``injection_eval13.jsonl``), which no training or tuning uses.

    python -m bench.injection_cv
    python -m bench.injection_cv --epochs 8 --final
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path

from lmops.guardrails.injection import Verdict, detect
from lmops.guardrails.injection_eval import InjectionCase, load_injection_cases, score_injection
from lmops.guardrails.train_injection import (
    RETIRED_FINAL_SETS,
    TRAINING_SETS,
    train,
    training_rows,
)

__all__ = ["main"]

DATA = Path(__file__).parents[1] / "tests" / "data"
_FINAL = tuple(f"injection_eval{n}.jsonl" for n in range(8, 14))


def _score(
    cases: list[InjectionCase], judge: Callable[[str], Verdict]
) -> tuple[int, int, int, int]:
    report = score_injection(cases, judge)
    return report.tp, report.positives, report.fp, report.negatives


def _line(name: str, fast: tuple[int, int, int, int], full: tuple[int, int, int, int]) -> str:
    def cell(c: tuple[int, int, int, int]) -> str:
        tp, pos, fp, neg = c
        return f"{tp / max(pos, 1):.3f} / {fp / max(neg, 1):.3f}"

    return f"| {name} | {fast[1] + fast[3]} | {cell(fast)} | {cell(full)} |"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--min-texts", type=int, default=8)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--final", action="store_true", help="also score the final sets")
    args = parser.parse_args(argv)
    print("| left out | n | fast recall / FPR | full recall / FPR |")
    print("| --- | ---: | ---: | ---: |")
    pooled_fast = [0, 0, 0, 0]
    pooled_full = [0, 0, 0, 0]
    for left_out in TRAINING_SETS[1:]:  # the rule author's set always trains
        others = [DATA / name for name in TRAINING_SETS if name != left_out]
        texts, labels, sources = training_rows(others)
        model = train(
            texts, labels, sources, lr=args.lr, min_texts=args.min_texts, epochs=args.epochs
        )
        whole = left_out in RETIRED_FINAL_SETS
        cases = [c for c in load_injection_cases(DATA / left_out) if whole or c.split == "train"]
        fast = _score(cases, partial(detect, mode="fast"))
        full = _score(cases, partial(detect, mode="full", model=model))
        pooled_fast = [a + b for a, b in zip(pooled_fast, fast, strict=True)]
        pooled_full = [a + b for a, b in zip(pooled_full, full, strict=True)]
        print(_line(left_out, fast, full))
    print(_line("pooled", tuple(pooled_fast), tuple(pooled_full)))  # type: ignore[arg-type]
    for final in _FINAL if args.final else ():
        cases = load_injection_cases(DATA / final)
        fast = _score(cases, partial(detect, mode="fast"))
        full = _score(cases, partial(detect, mode="full"))
        print(_line(f"{final} (shipped model)", fast, full))


if __name__ == "__main__":
    main()
