"""``lmops cost estimate|replay|forecast``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.store.db import create_engine, migrate
from lmops.store.request_batch import BatchInserter
from tests.conftest_store import make_record

runner = CliRunner()


def lmops(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result.stdout if code == 0 else result.stderr + result.stdout


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n"
        "  - {name: chat, provider: openai, api_base: http://h/v1, model: gpt-4o}\n"
        "budgets:\n  global: {max_usd: 100, period: monthly}\n"
        f"settings: {{auth: none, database_url: 'sqlite:///{tmp_path / 'lmops.db'}'}}\n"
    )
    return path


def test_estimate_side_by_side(config: Path) -> None:
    args = ("cost", "estimate", "--requests-per-day", "10000", "--input-tokens", "500",
            "--output-tokens", "200", "-m", "gpt-4o", "-m", "gpt-4o-mini")  # fmt: skip
    found = json.loads(lmops(*args, "--json"))
    # Cheapest first; gpt-4o-mini: 300,000 x (500 x 0.15 + 200 x 0.60) / 1M = $58.50.
    assert [(r["model"], r["monthly_usd"]) for r in found] == [
        ("gpt-4o-mini", pytest.approx(58.5)), ("gpt-4o", pytest.approx(975.0))
    ]  # fmt: skip
    table = lmops(*args)
    assert "975.00" in table and "32.50" in table  # a month and a day of gpt-4o
    # A model group of the config is priced as the gateway prices it.
    grouped = json.loads(lmops(*args[:-4], "-m", "chat", "-c", str(config), "--json"))
    assert grouped[0]["monthly_usd"] == pytest.approx(975.0)
    assert "--model chat: no price in the price list" in lmops(*args[:-4], "-m", "chat", code=2)


def _seed(config: Path, records: list[Any]) -> None:
    engine = create_engine(f"sqlite:///{config.parent / 'lmops.db'}")
    migrate(engine)
    assert BatchInserter(engine).write(records, retry=False) == 0
    engine.dispose()


def _noon(days_ago: int) -> float:
    day = datetime.now(UTC).date() - timedelta(days=days_ago)
    return datetime.combine(day, time(12), UTC).timestamp()


def _tokenizer(tmp_path: Path) -> Path:
    """One token a word (unknown words too)."""
    tokenizer = Tokenizer(models.WordLevel({"[UNK]": 0}, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    path = tmp_path / "tokenizer.json"
    tokenizer.save(str(path))
    return path


def test_replay_the_logged_days_at_another_price(config: Path, tmp_path: Path) -> None:
    request = orjson.dumps({"messages": [{"role": "user", "content": "one two three"}]})
    response = orjson.dumps({"choices": [{"message": {"role": "assistant", "content": "a b"}}]})
    records = []
    for n, days_ago in enumerate((1, 1, 2, 3, 3, 3, 0), 1):  # today's is left out
        records.append(make_record(n, created_at=_noon(days_ago), model_group="chat",
                                   prompt_tokens=20, completion_tokens=4, cost_usd=0.01,
                                   request_body=request.decode(),
                                   response_body=response.decode()))  # fmt: skip
    _seed(config, records)
    out = json.loads(lmops("cost", "replay", "--as", "gpt-4o-mini", "--since", "4d",
                           "-c", str(config), "--json"))  # fmt: skip
    assert out["requests"] == 6
    assert out["actual"]["total_usd"] == pytest.approx(0.06)
    assert out["actual"]["days"] == 3
    one = (20 * 0.15 + 4 * 0.60) / 1e6
    (mini,) = out["replays"]
    assert mini["total_usd"] == pytest.approx(6 * one)
    assert mini["monthly_usd"] == pytest.approx(30 * 2 * one)
    assert "as logged" in out["tokens"]
    # Re-counted with a tokenizer of one token a word: 3 words + 4 + 3 of chat format = 10
    # prompt tokens (half the logged 20), 2 completion tokens (half of 4).
    recounted = json.loads(lmops("cost", "replay", "--as", "gpt-4o-mini", "--since", "4d",
                                 "--tokenizer", str(_tokenizer(tmp_path)), "-c", str(config),
                                 "--json"))  # fmt: skip
    assert "x0.500 prompt, x0.500 completion" in recounted["tokens"]
    assert recounted["replays"][0]["total_usd"] == pytest.approx(6 * one / 2)
    table = lmops("cost", "replay", "--as", "gpt-4o-mini", "--as", "gpt-4o", "--since", "4d",
                  "-c", str(config))  # fmt: skip
    assert "as gpt-4o-mini" in table and "95% INTERVAL" in table and "x0.00" in table


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("--since", "12h"), "holds no whole UTC day"),
        (("--since", "soon"), "--since: 'soon' is not a duration"),
        (("--model-group", "nope"), "no answered requests"),
        (("--tokenizer", "/nonexistent/tokenizer.json"), "--tokenizer: /nonexistent"),
    ],
)
def test_replay_errors_are_named(config: Path, args: tuple[str, ...], error: str) -> None:
    _seed(config, [make_record(1, created_at=_noon(1), model_group="chat")])
    code = 1 if error.startswith("no answered") else 2
    assert error in lmops("cost", "replay", "--as", "gpt-4o", *args, "-c", str(config), code=code)


def test_forecast_every_budget(config: Path) -> None:
    key = json.loads(lmops("keys", "create", "--name", "alice", "--budget", "1",
                           "--budget-period", "total", "-c", str(config), "--json"))  # fmt: skip
    records = [
        make_record(n, created_at=_noon(days_ago), key_id=key["id"], cost_usd=0.35)
        for n, days_ago in enumerate((1, 2), 1)
    ]
    _seed(config, records)
    found = {f["scope"]: f for f in json.loads(lmops("cost", "forecast", "-c", str(config),
                                                    "--json"))}  # fmt: skip
    alice = found["key"]
    # $0.70 of $1 spent; $0.70 over the last 7 whole days is $0.10 a day: 3 days left.
    assert alice["spent_usd"] == pytest.approx(0.7)
    assert alice["daily_rate_usd"] == pytest.approx(0.1)
    assert alice["outlook"] == "runs out" and alice["resets_on"] is None
    expected = (datetime.now(UTC) + timedelta(days=3)).date().isoformat()
    assert alice["runs_out_on"] == expected
    assert found["global"]["outlook"] in ("lasts the period", "runs out")
    assert "key alice" in lmops("cost", "forecast", "-c", str(config))


def test_the_master_key_need_not_be_set(config: Path) -> None:
    config.write_text(
        config.read_text().replace("auth: none,", "master_key: '${LMOPS_UNSET_MASTER_KEY}',")
    )
    found = json.loads(lmops("cost", "forecast", "-c", str(config), "--json"))
    assert [f["scope"] for f in found] == ["global"]  # the budgets section is read
