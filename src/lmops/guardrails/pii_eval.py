"""Precision and recall of the PII detector on a labelled JSONL file.

Each line is ``{"text": ..., "category": ..., "entities": [{"type", "start", "end"}]}``. A
finding is a true positive when its type equals a labelled entity's and the two spans overlap
by at least half of the labelled span; each label matches at most one finding. Findings of
types outside :data:`~lmops.guardrails.pii.ENTITY_TYPES` (NER types) are not scored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lmops.guardrails import pii

__all__ = ["LabelledEntity", "PiiCase", "PiiReport", "TypeScore", "load_pii_cases", "score_pii"]

_SNIPPET = 120


@dataclass(frozen=True, slots=True)
class LabelledEntity:
    """One labelled entity: its type and character span."""

    entity_type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PiiCase:
    """One labelled text."""

    text: str
    category: str
    entities: tuple[LabelledEntity, ...]


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts and rates for one entity type (rates are 1.0 when nothing was counted)."""

    entity_type: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(frozen=True, slots=True)
class Mistake:
    """A case with a missed label or a spurious finding; ``text`` is truncated."""

    category: str
    text: str
    missed: tuple[str, ...]
    spurious: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PiiReport:
    """Per-type scores, the micro-averaged totals and the mistaken cases."""

    per_type: tuple[TypeScore, ...]
    overall: TypeScore
    mistakes: tuple[Mistake, ...]

    def table(self) -> str:
        """A plain-text table: type, tp, fp, fn, precision, recall."""
        rows = [f"{'type':<14} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'recall':>6}"]
        for s in (*self.per_type, self.overall):
            rows.append(
                f"{s.entity_type:<14} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
                f"{s.precision:>6.3f} {s.recall:>6.3f}"
            )
        return "\n".join(rows)


def load_pii_cases(path: str | Path) -> list[PiiCase]:
    """Read and validate a labelled JSONL file; errors name ``file:line``."""
    cases: list[PiiCase] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                cases.append(_parse_case(json.loads(line)))
            except (ValueError, TypeError, KeyError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from None
    return cases


def _parse_case(raw: object) -> PiiCase:
    if not isinstance(raw, dict):
        raise ValueError("expected a JSON object")
    text, category, entities = raw["text"], raw.get("category", ""), raw["entities"]
    if not isinstance(text, str) or not isinstance(category, str):
        raise ValueError('"text" and "category" must be strings')
    if not isinstance(entities, list):
        raise ValueError('"entities" must be a list')
    labels: list[LabelledEntity] = []
    for e in entities:
        kind, start, end = e["type"], e["start"], e["end"]
        if kind not in pii.ENTITY_TYPES and kind not in pii.NER_TYPES:
            raise ValueError(f"unknown entity type {kind!r}")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ValueError(f"entity span {start}..{end} is not inside the text")
        labels.append(LabelledEntity(kind, start, end))
    return PiiCase(text, category, tuple(labels))


def _overlaps(label: LabelledEntity, finding: pii.Finding) -> bool:
    shared = min(label.end, finding.end) - max(label.start, finding.start)
    return finding.entity_type == label.entity_type and 2 * shared >= label.end - label.start


def score_pii(
    cases: Sequence[PiiCase], detect: Callable[[str], Sequence[pii.Finding]] = pii.detect
) -> PiiReport:
    """Score ``detect`` on ``cases``: per-type and micro-averaged precision and recall."""
    types = tuple(pii.ENTITY_TYPES) + tuple(
        t for t in pii.NER_TYPES if any(e.entity_type == t for c in cases for e in c.entities)
    )
    counts = {t: [0, 0, 0] for t in types}
    mistakes: list[Mistake] = []
    for case in cases:
        findings = [f for f in detect(case.text) if f.entity_type in counts]
        used: set[int] = set()
        missed: list[str] = []
        for label in case.entities:
            hit = next(
                (i for i, f in enumerate(findings) if i not in used and _overlaps(label, f)), None
            )
            if hit is None:
                counts[label.entity_type][2] += 1
                missed.append(label.entity_type)
            else:
                used.add(hit)
                counts[label.entity_type][0] += 1
        spurious = [f.entity_type for i, f in enumerate(findings) if i not in used]
        for kind in spurious:
            counts[kind][1] += 1
        if missed or spurious:
            snippet = case.text if len(case.text) <= _SNIPPET else case.text[:_SNIPPET] + "..."
            mistakes.append(Mistake(case.category, snippet, tuple(missed), tuple(spurious)))
    per_type = tuple(TypeScore(t, *counts[t]) for t in types)
    overall = TypeScore("overall", *(sum(s[i] for s in counts.values()) for i in range(3)))
    return PiiReport(per_type, overall, tuple(mistakes))
