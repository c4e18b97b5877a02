"""``prepare``: the files it writes (whole, or not at all), the card, the report, the split."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import orjson
import pytest

from lmops.finetune import prepare as prepare_module
from lmops.finetune.checks import CheckOptions, Issue
from lmops.finetune.examples import Example, Message
from lmops.finetune.prepare import FILES, PrepareOptions, prepare, split
from lmops.finetune.sources import Rating, Row
from lmops.finetune.tokens import EstimateCounter


def chat(question: str, answer: str = "An answer.") -> dict[str, Any]:
    return {
        "messages": [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer},
        ]
    }


QUESTIONS = [f"Question number {n}: what does {word} mean?" for n, word in
             enumerate(["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                        "india", "juliett"])]  # fmt: skip


def rows(source: str = "a.jsonl") -> list[Row]:
    good = [Row(source, str(i + 1), chat(q)) for i, q in enumerate(QUESTIONS)]
    return [*good, Row(source, "11", error="not JSON: bad"), Row(source, "12", {"messages": []})]


def lines(path: Path) -> list[Any]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_the_dataset_its_report_and_card(tmp_path: Path) -> None:
    heard: list[Issue] = []
    card = prepare(rows(), tmp_path / "ds", PrepareOptions(validation=0.2), EstimateCounter(),
                   on_issue=heard.append)  # fmt: skip
    out = tmp_path / "ds"
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    train, held = lines(out / "train.jsonl"), lines(out / "validation.jsonl")
    assert len(train) == 8 and len(held) == 2
    assert {r["messages"][0]["content"] for r in train + held} == set(QUESTIONS)
    report = lines(out / "report.jsonl")
    assert report == [i.to_json() for i in heard]
    assert [(r["where"], r["rule"]) for r in report] == [
        ("a.jsonl:11", "schema"),
        ("a.jsonl:12", "roles"),
    ]
    on_disk = orjson.loads((out / "card.json").read_bytes())
    assert on_disk == card.to_json()
    assert card.counts == {"read": 12, "kept": 10, "dropped": 2, "train": 8, "validation": 2}
    assert card.issues == {"dropped": {"schema": 1, "roles": 1}}
    assert card.sources == {"a.jsonl": {"read": 12, "kept": 10}}
    data = (out / "train.jsonl").read_bytes() + (out / "validation.jsonl").read_bytes()
    assert card.sha256 == hashlib.sha256(data).hexdigest()
    assert card.tokens["train"]["examples"] == 8 and card.tokens["validation"]["examples"] == 2
    assert card.tokens["train"]["min"] <= card.tokens["train"]["p50"] <= card.tokens["train"]["max"]
    assert card.tokenizer == "estimate" and card.options["validation"] == 0.2


def test_the_same_seed_gives_the_same_split_and_hash(tmp_path: Path) -> None:
    cards = [prepare(rows(), tmp_path / name, PrepareOptions(seed=seed), EstimateCounter())
             for name, seed in (("a", 1), ("b", 1), ("c", 2))]  # fmt: skip
    assert cards[0].sha256 == cards[1].sha256 != cards[2].sha256


def test_split_shares_seeds_and_sources() -> None:
    def made(source: str, n: int) -> list[tuple[Example, int]]:
        return [(Example((Message("user", "q"), Message("assistant", "a")), source, str(i)), 1)
                for i in range(n)]  # fmt: skip

    examples = made("big", 18) + made("small", 2)
    train, held = split(examples, 0.1, 0, stratify=True)
    assert sorted(e.source for e, _ in held) == ["big", "big", "small"]  # each source's share
    assert len(train) + len(held) == 20
    assert [e for e in examples if e not in held] == train  # input order kept
    _, unstratified = split(examples, 0.1, 0, stratify=False)
    assert len(unstratified) == 2
    assert split(made("one", 1), 0.5, 0, False) == (made("one", 1), [])  # one left to train on
    assert split(made("x", 5), 0.0, 0, False) == (made("x", 5), [])


def test_review_exports_are_kept_by_their_rating(tmp_path: Path) -> None:
    def item(n: int, helpful: float | None) -> Row:
        agreed = {} if helpful is None else {"helpful": helpful}
        value = {"object": "review_item", "input": QUESTIONS[n], "output": "An answer.",
                 "consensus": agreed}  # fmt: skip
        return Row("review.jsonl", str(n + 1), value)

    options = PrepareOptions(validation=0.0, rating=Rating.parse("helpful>=4"))
    given = [item(0, 5.0), item(1, 3.5), item(2, None), item(3, 4.0)]
    card = prepare(given, tmp_path / "ds", options, EstimateCounter())
    assert card.counts["kept"] == 2 and card.issues == {"dropped": {"rating": 2}}
    report = lines(tmp_path / "ds" / "report.jsonl")
    assert [r["reason"] for r in report] == [
        "helpful agreed 3.5, not helpful>=4",
        "helpful agreed None, not helpful>=4",
    ]


def test_a_crash_while_writing_leaves_the_previous_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ds"
    first = prepare(rows(), out, PrepareOptions(), EstimateCounter())
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = os.replace

    def crash(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(prepare_module.os, "replace", crash)
    with pytest.raises(OSError, match="No space left"):
        prepare(rows("b.jsonl"), out, PrepareOptions(), EstimateCounter())
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    monkeypatch.setattr(prepare_module.os, "replace", real)
    second = prepare(rows("b.jsonl"), out, PrepareOptions(), EstimateCounter())
    assert second.sources == {"b.jsonl": {"read": 12, "kept": 10}} and second.sha256 == first.sha256
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]  # nothing left beside it


def test_a_folder_holding_other_files_is_refused_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    heard: list[Issue] = []
    with pytest.raises(FileExistsError, match=r"holds more than a dataset \(notes\.txt\)"):
        prepare(rows(), tmp_path, PrepareOptions(), EstimateCounter(), on_issue=heard.append)
    assert heard == [] and (tmp_path / "notes.txt").read_text() == "mine"


def test_the_format_is_chosen(tmp_path: Path) -> None:
    options = PrepareOptions(CheckOptions(form="completion"), validation=0.0)
    prepare(rows(), tmp_path / "ds", options, EstimateCounter())
    first = lines(tmp_path / "ds" / "train.jsonl")[0]
    assert first == {"prompt": QUESTIONS[0], "completion": "An answer."}
