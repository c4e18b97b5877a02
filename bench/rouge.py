"""ROUGE speed: ``lmops.evals.metrics.rouge`` against Google's ``rouge-score`` on the same pairs.

Both compute rouge-1, rouge-2 and rouge-L (P, R, F) for every pair: rouge-score with one
``RougeScorer(["rouge1", "rouge2", "rougeL"])`` call per pair, lmops with one
:func:`~lmops.evals.metrics.rouge.rouge_prf` call (each text tokenized once, as rouge-score does),
and, as the suite runner calls them, the three metric functions one after the other (each
tokenizes again). With and without stemming. lmops's stem cache is emptied before each timed
run, so no run profits from an earlier one. Medians of ``--repeat`` runs; one process, so the
ratios are taken in one run. The numbers are checked equal before anything is timed.

    python -m bench.rouge
    python -m bench.rouge --pairs 10000 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from lmops.evals.metrics.rouge import clear_caches, rouge_1, rouge_2, rouge_l, rouge_prf

__all__ = ["VOCABULARY", "main", "make_pairs"]

_VOCABULARY_TEXT = (
    "the a of and to in is was for on that with as by at from it be this are were an or which "
    "model models modeling modelled answer answers answered answering question questions "
    "generate generated generation generational generating summary summaries summarize "
    "summarization relational conditional rational valency hesitancy digitizer conformably "
    "radically differently vilely analogously vietnamization predication operator feudalism "
    "decisiveness hopefulness callousness formality sensitivity sensibility triplicate formative "
    "formalize electricity electrical hopeful goodness revival allowance inference airliner "
    "gyroscopic adjustable defensible irritant replacement adjustment dependent adoption "
    "homologous communism activate angularity effective bowdlerize probate rate cease "
    "controlling roll caresses ponies ties caress cats feed agreed plastered bled motoring sing "
    "conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky "
    "skies dying lying tying news innings outing canning proceed exceed succeed enjoy spy fly "
    "tried flies generously running ran runs quickly quick brown fox jumps jumped lazy dog dogs "
    "gateway gateways latency latencies token tokens tokenizer tokenization cache cached caching "
    "provider providers evaluation evaluations evaluate metric metrics 2024 3 42 100 gpt4 v2"
)
VOCABULARY = _VOCABULARY_TEXT.split()

_PUNCT = [".", ",", ";", "!", "?", " -", ":", "'s", "\u2014", "(", ")", "\u00e9", "..."]


def _sentence(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(VOCABULARY) for _ in range(n)]


def make_pairs(n: int, seed: int = 12) -> list[tuple[str, str]]:
    """``n`` (prediction, reference) pairs: a reference of 5..80 words (a few up to 300), the
    prediction an edited copy (words dropped, replaced, inserted, reordered), with mixed case
    and punctuation."""
    rng = random.Random(seed)
    pairs = []
    for _ in range(n):
        length = rng.randint(5, 80) if rng.random() < 0.97 else rng.randint(150, 300)
        ref = _sentence(rng, length)
        pred: list[str] = []
        for word in ref:
            x = rng.random()
            if x < 0.1:
                continue
            if x < 0.2:
                pred.append(rng.choice(VOCABULARY))
            elif x < 0.25:
                pred.extend((word, rng.choice(VOCABULARY)))
            else:
                pred.append(word)
        if pred and rng.random() < 0.3:
            i = rng.randrange(len(pred))
            pred = pred[i:] + pred[:i]
        pairs.append((_decorate(rng, pred), _decorate(rng, ref)))
    return pairs


def _decorate(rng: random.Random, words: list[str]) -> str:
    out = []
    for word in words:
        if rng.random() < 0.1:
            word = word.capitalize()
        if rng.random() < 0.08:
            word += rng.choice(_PUNCT)
        out.append(word)
    return " ".join(out)


def _time(fn: Callable[[], object], repeat: int, before: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    from rouge_score import rouge_scorer  # the oracle; a dev dependency only

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    pairs = make_pairs(args.pairs)
    types = ["rouge1", "rouge2", "rougeL"]
    kinds = ("rouge-1", "rouge-2", "rouge-l")
    print(f"{args.pairs} pairs, median of {args.repeat} runs each")
    for stem in (False, True):
        scorer = rouge_scorer.RougeScorer(types, use_stemmer=stem)
        for pred, ref in pairs[:500]:  # the same numbers, before any timing
            theirs = scorer.score(ref, pred)
            ours = rouge_prf(pred, ref, stem=stem)
            for t, k in zip(types, kinds, strict=True):
                s = theirs[t]
                assert ours[k] == (s.precision, s.recall, s.fmeasure), (pred, ref, t)

        def oracle(scorer: rouge_scorer.RougeScorer = scorer) -> None:
            for pred, ref in pairs:
                scorer.score(ref, pred)

        def ours_once(stem: bool = stem) -> None:
            for pred, ref in pairs:
                rouge_prf(pred, ref, stem=stem)

        def ours_metrics(stem: bool = stem) -> None:
            for pred, ref in pairs:
                rouge_1(pred, ref, stem=stem)
                rouge_2(pred, ref, stem=stem)
                rouge_l(pred, ref, stem=stem)

        t_oracle = _time(oracle, args.repeat, lambda: None)
        t_once = _time(ours_once, args.repeat, clear_caches)
        t_metrics = _time(ours_metrics, args.repeat, clear_caches)
        label = "stemmed  " if stem else "unstemmed"
        print(
            f"{label} rouge-score {t_oracle:7.3f} s | lmops rouge_prf {t_once:6.3f} s "
            f"({t_oracle / t_once:5.1f}x) | lmops rouge_1+rouge_2+rouge_l {t_metrics:6.3f} s "
            f"({t_oracle / t_metrics:5.1f}x)"
        )


if __name__ == "__main__":
    main()
