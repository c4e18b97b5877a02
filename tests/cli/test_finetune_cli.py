"""``lmops finetune prepare``: files and the request log in, a dataset out; every dropped,
changed or suspicious input printed with its file and line; bad options and files named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.store.db import create_engine, migrate
from lmops.store.request_batch import BatchInserter
from tests.conftest_store import make_record
from tests.finetune.tokenizer import train_tokenizer

runner = CliRunner()


def lmops(*args: str, code: int = 0) -> Any:
    result = runner.invoke(app, ["finetune", "prepare", *args])
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


def chat(question: str, answer: str) -> bytes:
    messages = [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return orjson.dumps({"messages": messages}) + b"\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_bytes(
        chat("What is the capital of France?", "Paris.")
        + chat("Write to bob@example.com for me", "Done.")
        + b"{broken\n"
        + chat("What is the capital of France?", "Paris.")
        + b'{"instruction": "Translate to French", "input": "cat", "output": "chat"}\n'
        + b'{"messages": [{"role": "user", "content": "hi"}, {"role": "user", "content": "hi"}]}\n'
    )
    return path


def test_files_in_a_dataset_out(tmp_path: Path, data: Path) -> None:
    csv = tmp_path / "more.csv"
    csv.write_text("prompt,completion\nName a colour,Blue\nName a fruit,\n", encoding="utf-8")
    out = tmp_path / "ds"
    done = lmops(str(data), str(csv), "--out", str(out), "--validation", "0.25")
    assert done.stdout.startswith("8 read, 4 kept (3 train, 1 validation), 4 dropped")
    said = done.stderr.splitlines()
    assert said == [
        f"{data}:2: changed (pii): redacted 1 EMAIL_ADDRESS",
        f"{data}:3: dropped (schema): not JSON: " + said[1].split("not JSON: ", 1)[1],
        f"{data}:4: dropped (duplicate): the same as {data}:1",
        f"{data}:6: dropped (roles): messages[1]: expected assistant, found user",
        f"{csv}:3: dropped (schema): completion: missing",
    ]
    card = orjson.loads((out / "card.json").read_bytes())
    assert card["counts"]["train"] == 3 and card["sources"][str(csv)] == {"read": 2, "kept": 1}
    lines = (out / "train.jsonl").read_bytes().splitlines() + (
        out / "validation.jsonl"
    ).read_bytes().splitlines()
    assert b"bob@example.com" not in b"".join(lines) and len(lines) == 4


def test_the_format_and_the_tokenizer(tmp_path: Path, data: Path) -> None:
    tokenizer = train_tokenizer(tmp_path / "tok")
    out = tmp_path / "ds"
    lmops(str(data), "--out", str(out), "--format", "instruction", "--tokenizer", str(tokenizer),
          "--max-tokens", "16", "--validation", "0")  # fmt: skip
    rows = [orjson.loads(line) for line in (out / "train.jsonl").read_bytes().splitlines()]
    assert all(set(r) == {"instruction", "input", "output"} for r in rows)
    card = orjson.loads((out / "card.json").read_bytes())
    assert card["tokenizer"] == str(tokenizer) and card["tokens"]["train"]["max"] <= 16


def test_the_request_log(tmp_path: Path) -> None:
    config = tmp_path / "lmops.yaml"
    config.write_text(
        "models:\n  - {name: mock, provider: mock}\n"
        "settings:\n  master_key: ${LMOPS_MASTER_KEY}\n"  # the gateway's: never read here
        f"  database_url: 'sqlite:///{tmp_path / 'lmops.db'}'\n"
    )
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    body = orjson.dumps({"messages": [{"role": "user", "content": "Where is Paris?"}]}).decode()
    answer = orjson.dumps({"choices": [{"message": {"role": "assistant", "content": "France."}}]})
    records = [make_record(n, model_group="small" if n else "large", request_body=body,
                           response_body=answer.decode()) for n in range(3)]  # fmt: skip
    BatchInserter(engine).write(records, retry=False)
    engine.dispose()
    out = tmp_path / "ds"
    done = lmops("log:", "--config", str(config), "--model", "small", "--out", str(out))
    assert done.stdout.startswith("2 read, 1 kept")  # two the same: one kept
    assert (
        done.stderr.strip()
        == f"log:{records[2].id}: dropped (duplicate): the same as log:{records[1].id}"
    )
    card = orjson.loads((out / "card.json").read_bytes())
    assert card["options"]["log"] == {"model": "small", "limit": 100000}
    lmops("log:", "--out", str(out), code=2)  # no --config


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--min-rating", "helpful"], "--min-rating: 'helpful': expected FIELD>=N"),
        (["--tokenizer", "/nowhere/tok"], "--tokenizer: /nowhere/tok"),
        (["missing.jsonl"], "missing.jsonl: no such file"),
    ],
)
def test_bad_options_and_files_are_named(
    tmp_path: Path, data: Path, args: list[str], said: str
) -> None:
    done = lmops(str(data), "--out", str(tmp_path / "ds"), *args, code=2)
    assert said in done.stderr


def test_a_folder_of_other_files_is_never_overwritten(tmp_path: Path, data: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    done = lmops(str(data), "--out", str(tmp_path), code=2)
    assert "holds more than a dataset (data.jsonl, notes.txt)" in done.stderr
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_nothing_left_to_train_on(tmp_path: Path) -> None:
    empty = tmp_path / "bad.jsonl"
    empty.write_bytes(b'{"messages": []}\n')
    done = lmops(str(empty), "--out", str(tmp_path / "ds"), code=1)
    assert "nothing is left to train on" in done.stderr
