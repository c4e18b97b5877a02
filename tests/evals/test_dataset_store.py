"""Datasets collected from logged requests: a request's row (as ``logs export`` makes it) added
once, the reason when a request makes none, and ``lmops eval datasets`` / ``eval dataset``."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.evals.dataset_store import DatasetStore
from lmops.store.db import create_engine, migrate
from tests.conftest_store import make_record

CHAT = {"model": "m", "messages": [{"role": "user", "content": "What is 2+2?"}]}
ANSWER = {"choices": [{"message": {"role": "assistant", "content": "4"}}]}


def answered(n: int, **overrides: object):  # type: ignore[no-untyped-def]
    return make_record(
        n,
        request_body=orjson.dumps(CHAT).decode(),
        response_body=orjson.dumps(ANSWER).decode(),
        **overrides,
    )


def test_a_request_is_added_once_and_one_without_bodies_is_refused(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    store = DatasetStore(engine)
    assert store.add_request("math", answered(1)) is True
    assert store.add_request("math", answered(1)) is False
    assert store.add_request("math", answered(2)) is True
    with pytest.raises(ValueError, match="makes no dataset row: bodies not logged"):
        store.add_request("math", make_record(3))
    with pytest.raises(ValueError, match="must be 1-64 letters"):
        store.add_request("bad name", answered(4))
    [row, _] = store.rows("math")
    assert (row["input"], row["reference"], row["messages"]) == (
        "What is 2+2?",
        "4",
        CHAT["messages"],
    )
    assert [(d.name, d.rows) for d in store.names()] == [("math", 2)]
    assert store.rows("nope") == []


def test_the_eval_dataset_command_writes_a_suite_s_dataset(tmp_path: Path) -> None:
    config = tmp_path / "lmops.yaml"
    config.write_text(
        "models:\n  - {name: mock, provider: mock}\n"
        "settings:\n  master_key: ${LMOPS_MASTER_KEY}\n"
        f"  database_url: 'sqlite:///{tmp_path / 'lmops.db'}'\n"
    )
    runner = CliRunner()
    runner.invoke(app, ["eval", "datasets", "--config", str(config)])  # creates the store
    DatasetStore(create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")).add_request(
        "math", answered(1)
    )
    listed = runner.invoke(app, ["eval", "datasets", "--json", "--config", str(config)])
    assert [d["name"] for d in json.loads(listed.stdout)] == ["math"]
    out = tmp_path / "cases.jsonl"
    written = runner.invoke(
        app, ["eval", "dataset", "math", "--out", str(out), "--config", str(config)]
    )
    assert written.exit_code == 0, written.stderr
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["input"] == "What is 2+2?" and row["reference"] == "4"
    missing = runner.invoke(app, ["eval", "dataset", "nope", "--config", str(config)])
    assert missing.exit_code == 1 and "no dataset named 'nope'" in missing.stderr
