"""The PII detector against its labelled sets: precision and recall >= 0.95 per type, overall.

``pii_cases.jsonl`` was written with the detector; ``pii_holdout.jsonl`` by someone who never
read the detector (its first score, before three fixes, is in bench/README.md).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lmops.guardrails.pii import ENTITY_TYPES
from lmops.guardrails.pii_eval import PiiReport, load_pii_cases, score_pii

DATA = Path(__file__).parents[1] / "data"
TARGET = 0.95


@pytest.fixture(scope="module", params=["pii_cases.jsonl", "pii_holdout.jsonl"])
def report(request: pytest.FixtureRequest) -> PiiReport:
    return score_pii(load_pii_cases(DATA / request.param))


def _generator(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def test_committed_cases_equal_a_fresh_generation() -> None:
    module: Any = _generator("make_pii_cases")
    fresh = module.render(module.generate())
    assert (DATA / "pii_cases.jsonl").read_text(encoding="utf-8") == fresh


def test_committed_holdout_equals_a_fresh_generation(tmp_path: Path) -> None:
    # The generator writes beside itself: run a copy in a scratch directory.
    shutil.copy(DATA / "make_pii_holdout.py", tmp_path)
    subprocess.run([sys.executable, str(tmp_path / "make_pii_holdout.py")], check=True)
    assert (tmp_path / "pii_holdout.jsonl").read_bytes() == (
        DATA / "pii_holdout.jsonl"
    ).read_bytes()


def test_set_covers_every_type_and_hard_negatives(report: PiiReport) -> None:
    assert sum(s.tp + s.fn for s in report.per_type) >= 290
    for score in report.per_type:
        assert score.tp + score.fn >= 15, score.entity_type


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
