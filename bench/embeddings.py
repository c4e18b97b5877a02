"""Semantic metric speed on the offline MiniLM model (CPU unless told otherwise).

``semantic_similarity`` over ``--pairs`` generated pairs (distinct texts) one call at a time
against :func:`~lmops.evals.metrics.semantic.similarity_many` (each distinct text encoded once,
in batches of 64), and ``bert_score`` one pair at a time on a share of them. The model is loaded
and warmed up before anything is timed. Prints pairs per second.

    python -m bench.embeddings
    python -m bench.embeddings --pairs 2000 --bert-pairs 500
"""

from __future__ import annotations

import argparse
import time

from bench.rouge import make_pairs
from lmops.evals.metrics.semantic import (
    bert_score,
    default_encoder,
    semantic_similarity,
    similarity_many,
)

__all__ = ["main"]


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f} pairs/s ({seconds:.2f} s for {n:,})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--bert-pairs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)

    pairs = make_pairs(args.pairs, args.seed)
    t0 = time.perf_counter()
    default_encoder()
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    similarity_many(pairs[:64])  # warm-up
    bert_score(*pairs[0])

    t0 = time.perf_counter()
    batched = similarity_many(pairs)
    t_batched = time.perf_counter() - t0

    t0 = time.perf_counter()
    single = [semantic_similarity(p, r) for p, r in pairs]
    t_single = time.perf_counter() - t0

    worst = max(
        abs((a.value or 0.0) - (b.value or 0.0)) for a, b in zip(batched, single, strict=True)
    )
    bert = pairs[: args.bert_pairs]
    t0 = time.perf_counter()
    for p, r in bert:
        bert_score(p, r)
    t_bert = time.perf_counter() - t0

    print(f"semantic_similarity, similarity_many (batched): {_rate(len(pairs), t_batched)}")
    print(f"semantic_similarity, one call per pair:         {_rate(len(pairs), t_single)}")
    print(f"batched / one at a time: {t_single / t_batched:.1f}x; largest difference {worst:.1e}")
    print(f"bert_score, one call per pair:                  {_rate(len(bert), t_bert)}")


if __name__ == "__main__":
    main()
