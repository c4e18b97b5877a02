"""Semantic metric speed on the offline MiniLM model (CPU unless told otherwise).

``semantic_similarity`` over ``--pairs`` generated pairs (distinct texts) one call at a time
against :func:`~lmops.evals.metrics.semantic.similarity_many` (each distinct text encoded once,
in batches), and ``bert_score`` one pair at a time against ``bert_score_many`` on a share of
them. Two workloads: the generated pairs of ``bench.rouge`` (5..80 words, a few up to 300) and
the same cut to their first ``--short`` words (sentence-length answers). The model is loaded and
warmed up before anything is timed. Prints pairs per second.

    python -m bench.embeddings
    python -m bench.embeddings --pairs 2000 --bert-pairs 500
"""

from __future__ import annotations

import argparse
import time

from bench.rouge import make_pairs
from lmops.evals.metrics.semantic import (
    bert_score,
    bert_score_many,
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

    parser.add_argument("--short", type=int, default=12)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    default_encoder()
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    pairs = make_pairs(args.pairs, args.seed)
    short = [
        (" ".join(p.split()[: args.short]), " ".join(r.split()[: args.short])) for p, r in pairs
    ]
    _workload("bench.rouge pairs", pairs, args.bert_pairs)
    _workload(f"pairs cut to {args.short} words", short, args.bert_pairs)


def _workload(name: str, pairs: list[tuple[str, str]], n_bert: int) -> None:
    print(f"-- {name}")
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

    bert = pairs[:n_bert]
    t0 = time.perf_counter()
    bert_batched = bert_score_many(bert)
    t_bert_batched = time.perf_counter() - t0
    t0 = time.perf_counter()
    bert_single = [bert_score(p, r) for p, r in bert]
    t_bert = time.perf_counter() - t0
    worst_bert = max(
        abs((a.value or 0.0) - (b.value or 0.0))
        for a, b in zip(bert_batched, bert_single, strict=True)
    )

    print(f"semantic_similarity, similarity_many (batched): {_rate(len(pairs), t_batched)}")
    print(f"semantic_similarity, one call per pair:         {_rate(len(pairs), t_single)}")
    print(f"  batched / one at a time: {t_single / t_batched:.1f}x; largest difference {worst:.1e}")
    print(f"bert_score, bert_score_many (batched):          {_rate(len(bert), t_bert_batched)}")
    print(f"bert_score, one call per pair:                  {_rate(len(bert), t_bert)}")
    ratio = t_bert / t_bert_batched
    print(f"  batched / one at a time: {ratio:.1f}x; largest difference {worst_bert:.1e}")


if __name__ == "__main__":
    main()
