"""Tests for lmops.guardrails.pii_eval: the loader's errors and the scoring arithmetic."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from lmops.guardrails.pii import Finding
from lmops.guardrails.pii_eval import LabelledEntity, PiiCase, load_pii_cases, score_pii


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


GOOD = json.dumps({"text": "a@b.io", "category": "c", "entities": [
    {"type": "EMAIL_ADDRESS", "start": 0, "end": 6}]})  # fmt: skip


@pytest.mark.parametrize(
    "bad, message",
    [
        ('{"text": "abc", "category": "c", "entities": [{"type": "EMAIL_ADDRESS", '
         '"start": 1, "end": 9}]}', "not inside the text"),
        ('{"text": "abc", "category": "c", "entities": [{"type": "NAME", "start": 0, '
         '"end": 1}]}', "unknown entity type"),
        ('{"text": "abc"', ""),
        ('{"category": "c", "entities": []}', "text"),
    ],
)  # fmt: skip
def test_loader_errors_name_file_and_line(tmp_path: Path, bad: str, message: str) -> None:
    path = write(tmp_path, [GOOD, "", bad])
    with pytest.raises(ValueError, match=rf"cases\.jsonl:3: .*{message}"):
        load_pii_cases(path)


def test_loader_reads_cases(tmp_path: Path) -> None:
    (case,) = load_pii_cases(write(tmp_path, [GOOD]))
    assert case == PiiCase("a@b.io", "c", (LabelledEntity("EMAIL_ADDRESS", 0, 6),))


def fixed(findings: dict[str, list[Finding]]):  # type: ignore[no-untyped-def]
    def detect(text: str) -> Sequence[Finding]:
        return findings.get(text, [])

    return detect


def test_scoring_arithmetic() -> None:
    cases = [
        PiiCase("0123456789", "a", (LabelledEntity("US_SSN", 0, 10),)),  # tp (overlap 5 of 10)
        PiiCase("abcdefghij", "b", (LabelledEntity("US_SSN", 0, 10),)),  # fn (overlap 4 of 10)
        PiiCase("xxxxxxxxxx", "c", ()),  # fp
        PiiCase("yyyyyyyyyy", "d", (LabelledEntity("IP_ADDRESS", 0, 4),)),  # wrong type
    ]
    detect = fixed({
        "0123456789": [Finding("US_SSN", 5, 12, 1.0, "")],
        "abcdefghij": [Finding("US_SSN", 6, 10, 1.0, "")],
        "xxxxxxxxxx": [Finding("EMAIL_ADDRESS", 0, 3, 1.0, "")],
        "yyyyyyyyyy": [Finding("SECRET", 0, 4, 1.0, ""), Finding("PERSON", 5, 8, 1.0, "")],
    })  # fmt: skip
    report = score_pii(cases, detect)
    by_type = {s.entity_type: s for s in report.per_type}
    assert (by_type["US_SSN"].tp, by_type["US_SSN"].fp, by_type["US_SSN"].fn) == (1, 1, 1)
    assert by_type["US_SSN"].precision == 0.5 and by_type["US_SSN"].recall == 0.5
    assert (by_type["EMAIL_ADDRESS"].fp, by_type["IP_ADDRESS"].fn, by_type["SECRET"].fp) == (
        1,
        1,
        1,
    )
    assert by_type["CREDIT_CARD"].precision == 1.0
    assert "PERSON" not in by_type  # NER types count only when the set labels them
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 3, 2)
    assert report.overall.precision == 0.25
    assert [m.category for m in report.mistakes] == ["b", "c", "d"]
    assert "overall" in report.table()
