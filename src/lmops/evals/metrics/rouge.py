"""ROUGE-1, ROUGE-2 and ROUGE-L with the same numbers as Google's ``rouge-score`` package.

Same tokenizer (``str.lower``, every run of characters outside ``[a-z0-9]`` is a separator,
tokens longer than three characters Porter-stemmed when ``stem=True``), same Porter stemmer
(:mod:`lmops.evals.metrics.porter`, NLTK's default mode), same arithmetic: precision over the
prediction's n-grams (or tokens, for the LCS), recall over the reference's, F = 2PR / (P + R),
each computed in the same order so the floats are bit for bit those of
``RougeScorer([...], use_stemmer=stem).score(reference, prediction)``.

Faster, without changing a number: stems are cached per process, n-gram overlaps are Counter
intersections, and the LCS is bit-parallel (Hyyrö 2004: one big-int step per token of the
shorter text) instead of a quadratic table. ``python -m bench.rouge`` measures the ratio.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from lmops.evals.assertions.similarity import reference_text
from lmops.evals.metrics.porter import stem as porter_stem
from lmops.evals.score import Score, metric

__all__ = [
    "clear_caches",
    "lcs_length",
    "rouge_1",
    "rouge_2",
    "rouge_l",
    "rouge_prf",
    "tokenize",
]

_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def _stemmed(token: str) -> str:
    # rouge-score stems only tokens longer than three characters, then drops any token that is
    # no longer [a-z0-9]+ (a stem of such a token always is; kept for fidelity).
    if len(token) <= 3:
        return token
    out = porter_stem(token)
    return out if _TOKEN.fullmatch(out) else ""


def clear_caches() -> None:
    """Empty the per-process stem and token caches (benchmarks time cold caches)."""
    _stemmed.cache_clear()
    _tokens.cache_clear()


def tokenize(text: str, *, stem: bool = False) -> tuple[str, ...]:
    """rouge-score's default tokenizer: the ``[a-z0-9]+`` runs of ``text.lower()``, each longer
    than three characters Porter-stemmed when ``stem``. The last few texts' tokens are kept, so
    rouge-1, rouge-2 and rouge-l on the same pair tokenize it once."""
    return _tokens(text, stem)


@lru_cache(maxsize=64)
def _tokens(text: str, stem: bool) -> tuple[str, ...]:
    tokens = _TOKEN.findall(text.lower())
    if not stem:
        return tuple(tokens)
    return tuple([s for s in map(_stemmed, tokens) if s])


def _fmeasure(precision: float, recall: float) -> float:
    if precision + recall > 0:
        return 2 * precision * recall / (precision + recall)
    return 0.0


def _score(name: str, precision: float, recall: float) -> Score:
    f = _fmeasure(precision, recall)
    return Score(
        value=f,
        passed=f > 0,
        reason=f"{name} F {f:.2g} (P {precision:.2g}, R {recall:.2g})",
    )


def _ngram_prf(pred: Sequence[str], ref: Sequence[str], n: int) -> tuple[float, float]:
    """Precision and recall of unigrams (``n`` 1) or bigrams (``n`` 2)."""
    if n == 1:
        p_grams: Counter[object] = Counter(pred)
        r_grams: Counter[object] = Counter(ref)
    else:  # bigrams
        p_grams = Counter(pairwise(pred))
        r_grams = Counter(pairwise(ref))
    # sum of min(count) over the shared n-grams, iterated in C (Counter.__and__ loops in Python)
    shared = p_grams.keys() & r_grams.keys()
    overlap = sum(map(min, map(p_grams.__getitem__, shared), map(r_grams.__getitem__, shared)))
    p_count = max(len(pred) - n + 1, 0)
    r_count = max(len(ref) - n + 1, 0)
    return overlap / max(p_count, 1), overlap / max(r_count, 1)


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two token lists, bit-parallel: the longer
    list's positions are the bits, one step per token of the shorter."""
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    bit = 1
    for token in a:
        masks[token] = masks.get(token, 0) | bit
        bit <<= 1
    full = bit - 1
    v = full
    get = masks.get
    for token in b:
        m = get(token)
        if m:
            u = v & m
            v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def _prf(kind: str, pred: Sequence[str], ref: Sequence[str]) -> tuple[float, float]:
    if kind == "rouge-l":
        if not pred or not ref:
            return 0.0, 0.0
        lcs = lcs_length(ref, pred)
        return lcs / len(pred), lcs / len(ref)
    return _ngram_prf(pred, ref, 2 if kind == "rouge-2" else 1)


_KINDS = ("rouge-1", "rouge-2", "rouge-l")


def rouge_prf(
    prediction: str, reference: str, *, stem: bool = False, kinds: tuple[str, ...] = _KINDS
) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F of each of ``kinds`` (``rouge-1``, ``rouge-2``, ``rouge-l``),
    tokenizing each text once: ``RougeScorer(...).score(reference, prediction)``'s numbers."""
    pred = tokenize(prediction, stem=stem)
    ref = tokenize(reference, stem=stem)
    out: dict[str, tuple[float, float, float]] = {}
    for kind in kinds:
        if kind not in _KINDS:
            raise ValueError(f"unknown ROUGE kind {kind!r}; known: {', '.join(_KINDS)}")
        p, r = _prf(kind, pred, ref)
        out[kind] = (p, r, _fmeasure(p, r))
    return out


def _one(kind: str, prediction: str, reference: str, stem: bool) -> Score:
    p, r = _prf(kind, tokenize(prediction, stem=stem), tokenize(reference, stem=stem))
    return _score(kind, p, r)


# Each takes the reference as ``reference``, else as ``value`` (as a suite gives it).
@metric("rouge-1")
def rouge_1(
    prediction: str,
    reference: str | None = None,
    *,
    stem: bool = False,
    value: Any = None,
    **_: Any,
) -> Score:
    """Unigram overlap; value = F-measure, as ``rouge-score``'s ``rouge1``."""
    return _one("rouge-1", prediction, reference_text("rouge-1", reference, value), stem)


@metric("rouge-2")
def rouge_2(
    prediction: str,
    reference: str | None = None,
    *,
    stem: bool = False,
    value: Any = None,
    **_: Any,
) -> Score:
    """Bigram overlap; value = F-measure, as ``rouge-score``'s ``rouge2``."""
    return _one("rouge-2", prediction, reference_text("rouge-2", reference, value), stem)


@metric("rouge-l")
def rouge_l(
    prediction: str,
    reference: str | None = None,
    *,
    stem: bool = False,
    value: Any = None,
    **_: Any,
) -> Score:
    """Longest common subsequence; value = F-measure, as ``rouge-score``'s ``rougeL``."""
    return _one("rouge-l", prediction, reference_text("rouge-l", reference, value), stem)
