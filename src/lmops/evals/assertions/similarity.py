"""Reference metrics on characters: exact match and normalised Levenshtein similarity.

Reference metrics take the reference as ``reference`` (a dataset's expectation, passed by the
runner) or, failing that, as the assertion's ``value``; from Python, ``levenshtein(prediction,
reference)``. A missing reference is a ValueError (a suite error, not a failed cell).
"""

from __future__ import annotations

from typing import Any

from lmops.evals.score import Score, metric

__all__ = [
    "LEVENSHTEIN_PASS",
    "distance",
    "exact_match",
    "levenshtein",
    "reference_text",
    "similarity",
]

LEVENSHTEIN_PASS = 0.8  # the similarity at which levenshtein passes when no threshold is set


def reference_text(name: str, reference: Any, value: Any) -> str:
    """The one reference string, from ``reference`` or else ``value``."""
    ref = reference if reference is not None else value
    if ref is None:
        raise ValueError(f"{name} needs a reference (the test's reference or value)")
    if not isinstance(ref, str):
        raise ValueError(f"{name} needs a string reference, got {type(ref).__name__}")
    return ref


def distance(a: str, b: str) -> int:
    """The Levenshtein distance (insertions, deletions, substitutions, each costing 1).

    Myers' bit-parallel algorithm (Hyyrö's formulation for edit distance) on Python integers
    used as bit vectors as long as the shorter string: one pass over the longer string, a few
    integer operations per character, after the common prefix and suffix are set aside.
    """
    if a == b:
        return 0
    start = 0
    end_a, end_b = len(a), len(b)
    while start < end_a and start < end_b and a[start] == b[start]:
        start += 1
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    last = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = (ph << 1) | 1
        mh <<= 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv & mask
    return score


def similarity(a: str, b: str) -> float:
    """``1 - distance / max(len)``: 1.0 for equal strings (two empty ones included)."""
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1.0 - distance(a, b) / longest


@metric("exact-match")
def exact_match(output: str, reference: str | None = None, *, value: Any = None, **_: Any) -> Score:
    """The output is the reference, character for character (nothing stripped or folded)."""
    ref = reference_text("exact-match", reference, value)
    if output == ref:
        return Score(1.0, True, "output is the reference")
    return Score(0.0, False, "output differs from the reference")


@metric("levenshtein")
def levenshtein(output: str, reference: str | None = None, *, value: Any = None, **_: Any) -> Score:
    """Normalised similarity ``1 - d / max(len(output), len(reference))``; passes at
    :data:`LEVENSHTEIN_PASS` unless the test sets a threshold."""
    ref = reference_text("levenshtein", reference, value)
    d = distance(output, ref)
    longest = max(len(output), len(ref))
    score = 1.0 if longest == 0 else 1.0 - d / longest
    passed = score >= LEVENSHTEIN_PASS
    return Score(score, passed, f"{d} edits over {longest} characters (similarity {score:.3f})")
