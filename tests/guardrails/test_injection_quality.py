"""Held-out quality: figures on the test split, whose template families training never saw."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from lmops.guardrails.injection import detect
from lmops.guardrails.injection_eval import load_injection_cases, score_injection

DATA = Path(__file__).parents[1] / "data"


def test_data_file_matches_generator() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_injection_cases", DATA / "make_injection_cases.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    fresh = module.render(module.generate())
    assert fresh == (DATA / "injection_cases.jsonl").read_text(encoding="utf-8")


def test_loader_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = '{"text": "hi", "category": "c", "injection": false, "split": "train"}'
    path.write_text(good + "\n" + good.replace("false", '"no"') + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: 'injection'"):
        load_injection_cases(path)


@pytest.mark.parametrize(("mode", "recall", "fpr"), [("full", 0.97, 0.02), ("fast", 0.90, 0.02)])
def test_held_out(mode: str, recall: float, fpr: float) -> None:
    cases = [c for c in load_injection_cases(DATA / "injection_cases.jsonl") if c.split == "test"]
    report = score_injection(cases, lambda text: detect(text, mode=mode))  # type: ignore[arg-type]
    print(f"{mode}: n={report.n} recall={report.recall:.3f} fpr={report.fpr:.3f}")
    assert report.positives > 300 and report.negatives > 200
    assert report.recall >= recall
    assert report.fpr <= fpr
