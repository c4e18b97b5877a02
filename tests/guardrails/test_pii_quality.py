"""The PII detector against the labelled set: precision and recall >= 0.95 per type, overall."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from lmops.guardrails.pii import ENTITY_TYPES
from lmops.guardrails.pii_eval import PiiReport, load_pii_cases, score_pii

DATA = Path(__file__).parents[1] / "data"
TARGET = 0.95


@pytest.fixture(scope="module")
def report() -> PiiReport:
    return score_pii(load_pii_cases(DATA / "pii_cases.jsonl"))


def test_committed_cases_equal_a_fresh_generation() -> None:
    spec = importlib.util.spec_from_file_location("make_pii_cases", DATA / "make_pii_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_pii_cases", module)
    spec.loader.exec_module(module)
    fresh = module.render(module.generate())
    assert (DATA / "pii_cases.jsonl").read_text(encoding="utf-8") == fresh


def test_set_covers_every_type_and_hard_negatives(report: PiiReport) -> None:
    cases = load_pii_cases(DATA / "pii_cases.jsonl")
    assert len(cases) >= 600
    assert sum(1 for c in cases if not c.entities) >= 100
    for score in report.per_type:
        assert score.tp + score.fn >= 50, score.entity_type


@pytest.mark.parametrize("entity_type", [*ENTITY_TYPES, "overall"])
def test_precision_and_recall(report: PiiReport, entity_type: str) -> None:
    scores = {s.entity_type: s for s in (*report.per_type, report.overall)}
    score = scores[entity_type]
    detail = (
        report.table()
        + "\n"
        + "\n".join(
            f"{m.category}: missed={m.missed} spurious={m.spurious} {m.text!r}"
            for m in report.mistakes[:20]
        )
    )
    assert score.precision >= TARGET, detail
    assert score.recall >= TARGET, detail
