"""Sentence BLEU against one or more references.

The definition is NLTK's ``sentence_bleu`` with its defaults (up to 4-grams, uniform weights)
and ``SmoothingFunction().method1`` (an n-gram order with no match counts as ``0.1 / the number
of hypothesis n-grams`` of that order, at least 1), on whitespace tokens, case-sensitive:

    sentence_bleu([r.split() for r in refs], output.split(),
                  smoothing_function=SmoothingFunction().method1)

Counts are clipped by the largest count in any one reference; the brevity penalty uses the
reference length closest to the output's (the shorter on a tie); no unigram match scores 0.
This is not sacrebleu's tokenised corpus-style BLEU and its numbers differ from it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from lmops.evals.score import Score, metric

__all__ = ["BLEU_PASS", "MAX_ORDER", "bleu", "sentence_bleu"]

MAX_ORDER = 4
EPSILON = 0.1  # NLTK's method1 epsilon
BLEU_PASS = 0.5  # the score at which bleu passes when no threshold is set


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def sentence_bleu(hypothesis: Sequence[str], references: Sequence[Sequence[str]]) -> float:
    """BLEU of a tokenised hypothesis against tokenised references (see the module doc)."""
    if not references:
        raise ValueError("bleu needs at least one reference")
    hyp_len = len(hypothesis)
    log_sum = 0.0
    for n in range(1, MAX_ORDER + 1):
        counts = _ngrams(hypothesis, n)
        if not counts:
            matched, total = 0, 1
        else:
            best: Counter[tuple[str, ...]] = Counter()
            for ref in references:
                best |= _ngrams(ref, n)
            matched = sum(min(c, best[g]) for g, c in counts.items())
            total = sum(counts.values())
        if n == 1 and matched == 0:
            return 0.0
        precision = (EPSILON if matched == 0 else matched) / total
        log_sum += math.log(precision) / MAX_ORDER
    ref_len = min((len(r) for r in references), key=lambda r: (abs(r - hyp_len), r))
    # hyp_len > 0 here: a unigram matched
    penalty = 1.0 if hyp_len > ref_len else math.exp(1 - ref_len / hyp_len)
    return penalty * math.exp(log_sum)


def _references(reference: Any, value: Any) -> list[str]:
    refs = reference if reference is not None else value
    if isinstance(refs, str):
        return [refs]
    if isinstance(refs, Sequence) and refs and all(isinstance(r, str) for r in refs):
        return list(refs)
    raise ValueError("bleu needs a reference: a string or a non-empty list of strings")


@metric("bleu")
def bleu(
    output: str, reference: str | Sequence[str] | None = None, *, value: Any = None, **_: Any
) -> Score:
    """Sentence BLEU of the output against the reference(s); passes at :data:`BLEU_PASS`
    unless the test sets a threshold."""
    refs = _references(reference, value)
    score = sentence_bleu(output.split(), [r.split() for r in refs])
    return Score(score, score >= BLEU_PASS, f"BLEU {score:.3f} against {len(refs)} reference(s)")
