"""``lmops review``: a queue from a YAML file, items from JSONL and CSV, reviews, then its
progress, statistics and export; bad files named with their line and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.review.store import ReviewStore
from lmops.store.db import create_engine

runner = CliRunner()

QUEUE = """\
description: Support answers
instructions: Score how much the answer helps.
reviews_per_item: 2
fields:
  - kind: numeric
    name: helpful
    min: 1
    max: 5
    labels: {1: useless, 5: perfect}
  - {kind: boolean, name: correct}
  - {kind: text, name: comment}
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n  - {name: mock, provider: mock}\n"
        "settings:\n  master_key: ${LMOPS_MASTER_KEY}\n"  # the gateway's: never read here
        f"  database_url: 'sqlite:///{tmp_path / 'lmops.db'}'\n"
    )
    return path


def lmops(config: Path, *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, [*args, "--config", str(config)], env={"COLUMNS": "200"})
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


def store(config: Path) -> ReviewStore:
    url = config.read_text().split("database_url: ")[1].strip().strip("'")
    return ReviewStore(create_engine(url))


def test_a_queue_from_a_file_its_items_reviews_stats_and_export(
    config: Path, tmp_path: Path
) -> None:
    (tmp_path / "queue.yaml").write_text(QUEUE)
    created = lmops(config, "review", "create", "support", "--file", str(tmp_path / "queue.yaml"))
    assert "created review queue support: 3 fields, 2 review(s) per item" in created.stdout
    records = [
        {"id": f"t{i}", "input": f"question {i}", "output": f"answer {i}", "metrics": {"judge": j}}
        for i, j in enumerate([0.9, 0.2, 0.6, 0.4])
    ]
    items = tmp_path / "items.jsonl"
    items.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert (
        "added 4 items to support"
        in lmops(config, "review", "import", "support", str(items)).stdout
    )
    again = lmops(config, "review", "import", "support", str(items)).stdout
    assert "added 0 items to support (4 already there)" in again
    (tmp_path / "more.csv").write_text("input,output,team\nhow?,like so,ops\n")
    lmops(config, "review", "import", "support", str(tmp_path / "more.csv"))

    reviews = store(config)
    helpful = {"ann": [5, 1, 4, 2, 3], "bob": [5, 2, 4, 2, 3]}
    for reviewer, scores in helpful.items():
        for score in scores:
            item = reviews.next_item("support", reviewer)
            assert item is not None
            reviews.submit(item.id, reviewer, {"helpful": score, "correct": score >= 3})

    listed = json.loads(lmops(config, "review", "queues", "--json").stdout)
    assert [(q["name"], q["items"], q["done"], q["reviews"]) for q in listed] == [
        ("support", 5, 5, 10)
    ]
    page = json.loads(lmops(config, "review", "items", "support", "--limit", "2", "--json").stdout)
    assert [i["source_ref"] for i in page] == ["t0", "t1"]
    after = lmops(config, "review", "items", "support", "--after", str(page[-1]["id"]), "--json")
    assert [i["input"] for i in json.loads(after.stdout)] == ["question 2", "question 3", "how?"]

    stats = json.loads(lmops(config, "review", "stats", "support", "--json").stdout)
    assert stats["reviewers"] == {"ann": 5, "bob": 5}
    [field] = [f for f in stats["fields"] if f["name"] == "helpful"]
    assert field["mean"] == pytest.approx(3.1)
    names = {s["name"]: s for s in field["agreement"]}
    assert names["krippendorff_alpha_ordinal"]["value"] > 0.8
    [judge] = [a for a in stats["alignment"] if a["field"] == "helpful"]
    assert judge["n"] == 4 and judge["spearman"] == pytest.approx(1.0)
    table = lmops(config, "review", "stats", "support").stdout
    assert (
        "support: 10 reviews of 5 items (ann 5, bob 5)" in table and "cohen_kappa ann bob" in table
    )

    out = tmp_path / "reviewed.jsonl"
    lmops(config, "review", "export", "support", "--out", str(out))
    exported = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(exported) == 5
    first = exported[0]
    assert first["source_ref"] == "t0" and first["meta"] == {"metrics": {"judge": 0.9}}
    assert first["consensus"] == {"helpful": 5.0, "correct": True}
    assert sorted(r["reviewer"] for r in first["reviews"]) == ["ann", "bob"]
    assert exported[-1]["meta"] == {"team": "ops"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fields:\n  - {kind: numeric, name: helpful, min: 5, max: 1}\n", "queue.yaml:2: fields.0"),
        ("fields:\n  - {kind: stars, name: x}\n", "queue.yaml:2: fields.0"),
        ("fields:\n  - {kind: boolean, name: ok}\nshape: round\n", "queue.yaml:3: shape: unknown"),
        ("name: other\nfields:\n  - {kind: boolean, name: ok}\n", "queue.yaml:1: name: 'other'"),
        ("fields:\n  - {kind: boolean, name: ok}\n  - {kind: text, name: ok}\n", "unique: ok"),
    ],
)
def test_a_bad_queue_file_is_named_with_its_line_and_field(
    config: Path, tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "queue.yaml").write_text(text)
    result = lmops(config, "review", "create", "q", "-f", str(tmp_path / "queue.yaml"), code=2)
    assert message in result.stderr


def test_bad_item_files_and_unknown_queues(config: Path, tmp_path: Path) -> None:
    (tmp_path / "queue.yaml").write_text("fields:\n  - {kind: boolean, name: ok}\n")
    lmops(config, "review", "create", "q", "-f", str(tmp_path / "queue.yaml"))
    lmops(config, "review", "create", "q", "-f", str(tmp_path / "queue.yaml"), code=1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"input": "fine"}\n\n{"output": "no input"}\n')
    result = lmops(config, "review", "import", "q", str(bad), code=2)
    assert f"{bad}:3: input: required" in result.stderr
    assert store(config).items("q") == []  # nothing of a bad file is added
    missing = lmops(config, "review", "stats", "nope", code=1)
    assert "no review queue named 'nope'" in missing.stderr
