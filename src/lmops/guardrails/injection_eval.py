"""Score an injection detector on labelled cases: recall, precision, FPR, per category."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lmops.guardrails.injection import Verdict, detect

__all__ = [
    "CategoryScore",
    "InjectionCase",
    "InjectionReport",
    "Mistake",
    "load_injection_cases",
    "score_injection",
]

_SPLITS = ("train", "test")
_SNIPPET = 120


@dataclass(frozen=True, slots=True)
class InjectionCase:
    text: str
    category: str
    injection: bool
    split: str


@dataclass(frozen=True, slots=True)
class CategoryScore:
    category: str
    n: int
    flagged: int
    rate: float  # recall for an attack category, false-positive rate for a benign one


@dataclass(frozen=True, slots=True)
class Mistake:
    category: str
    expected: bool
    score: float
    text: str  # truncated


@dataclass(frozen=True, slots=True)
class InjectionReport:
    n: int
    positives: int
    negatives: int
    tp: int
    fp: int
    fn: int
    tn: int
    recall: float
    precision: float
    fpr: float
    categories: tuple[CategoryScore, ...]
    mistakes: tuple[Mistake, ...]


def _case(path: Path, lineno: int, line: str) -> InjectionCase:
    where = f"{path}:{lineno}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a JSON object")
    text, category = data.get("text"), data.get("category")
    injection, split = data.get("injection"), data.get("split")
    if not isinstance(text, str) or not text:
        raise ValueError(f"{where}: 'text' must be a non-empty string")
    if not isinstance(category, str) or not category:
        raise ValueError(f"{where}: 'category' must be a non-empty string")
    if not isinstance(injection, bool):
        raise ValueError(f"{where}: 'injection' must be true or false")
    if split not in _SPLITS:
        raise ValueError(f"{where}: 'split' must be 'train' or 'test'")
    return InjectionCase(text, category, injection, str(split))


def load_injection_cases(path: Path) -> list[InjectionCase]:
    """Read a labelled JSONL file; a bad record raises ValueError naming file and line."""
    cases: list[InjectionCase] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if line.strip():
                cases.append(_case(path, lineno, line))
    return cases


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def score_injection(
    cases: Sequence[InjectionCase], detect: Callable[[str], Verdict] = detect
) -> InjectionReport:
    """Run *detect* on every case and count its hits and misses."""
    tp = fp = fn = tn = 0
    per: dict[str, list[int]] = {}
    mistakes: list[Mistake] = []
    for case in cases:
        verdict = detect(case.text)
        flagged = verdict.is_injection
        tp += flagged and case.injection
        fp += flagged and not case.injection
        fn += not flagged and case.injection
        tn += not flagged and not case.injection
        counts = per.setdefault(case.category, [0, 0])
        counts[0] += 1
        counts[1] += flagged
        if flagged != case.injection:
            snippet = case.text[:_SNIPPET]
            mistakes.append(Mistake(case.category, case.injection, verdict.score, snippet))
    categories = tuple(
        CategoryScore(name, n, flagged, _ratio(flagged, n))
        for name, (n, flagged) in sorted(per.items())
    )
    return InjectionReport(
        n=len(cases),
        positives=tp + fn,
        negatives=fp + tn,
        tp=tp,
        fp=fp,
        fn=fn,
        tn=tn,
        recall=_ratio(tp, tp + fn),
        precision=_ratio(tp, tp + fp),
        fpr=_ratio(fp, fp + tn),
        categories=categories,
        mistakes=tuple(mistakes),
    )
