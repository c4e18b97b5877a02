"""``lmops keys`` and ``lmops teams`` against a SQLite store named by a temporary config."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from lmops.cli.keys import usd
from lmops.cli.main import app
from lmops.store.db import create_engine
from lmops.store.request_log import RequestLogWriter
from lmops.store.tables import request_log, spend_daily, teams, virtual_keys
from tests.conftest_store import make_record

runner = CliRunner()


@pytest.fixture(scope="module")
def module_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("keys-cli")
    path = folder / "lmops.yaml"
    path.write_text(
        "models:\n  - {name: mock, provider: mock}\n"
        "settings:\n  master_key: ${LMOPS_MASTER_KEY}\n"  # the gateway's: never read here
        f"  database_url: 'sqlite:///{folder / 'db' / 'lmops.db'}'\n"
    )
    yield path


@pytest.fixture
def config(module_config: Path) -> Path:
    """The module's config; its store (created by the first command) emptied for each test."""
    engine = create_engine(_url(module_config))
    with engine.begin() as conn:
        if sa.inspect(conn).has_table("virtual_keys"):
            for table in (request_log, spend_daily, virtual_keys, teams):
                conn.execute(table.delete())
    engine.dispose()
    return module_config


def _url(config: Path) -> str:
    return config.read_text().split("database_url: ")[1].strip().strip("'")


def lmops(config: Path, *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, [*args, "--config", str(config)], env={"COLUMNS": "200"})
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


def as_json(config: Path, *args: str) -> Any:
    return json.loads(lmops(config, *args, "--json").stdout)


def test_create_prints_the_secret_once(config: Path) -> None:
    created = as_json(
        config,
        "keys", "create", "--name", "ci", "--models", "mock, gpt", "--rpm", "5",
        "--budget", "2.5", "--budget-period", "daily", "--expires", "30d",
        "--metadata", '{"owner": "qa"}',
    )  # fmt: skip
    secret = created["key"]
    assert secret.startswith("sk-lmops-")
    assert (created["name"], created["models"], created["rpm"]) == ("ci", ["mock", "gpt"], 5)
    assert (created["budget_usd"], created["budget_period"]) == (2.5, "daily")
    assert created["metadata"] == {"owner": "qa"} and created["expires_at"] is not None
    listed = lmops(config, "keys", "list", "--json").stdout
    assert secret not in listed
    assert [k["id"] for k in json.loads(listed)] == [created["id"]]
    assert all("key" not in k for k in json.loads(listed))
    table = lmops(config, "keys", "list").stdout
    assert "ci" in table and created["key_prefix"] in table and secret not in table
    shown = as_json(config, "keys", "show", "ci")
    assert shown["id"] == created["id"] and "key" not in shown
    engine = create_engine(_url(config))
    with engine.connect() as conn:
        stored = conn.execute(sa.select(virtual_keys.c.key_hash)).scalar_one()
    engine.dispose()
    assert stored == hashlib.sha256(secret.encode()).hexdigest()


def test_create_for_people_says_to_save_the_secret(config: Path) -> None:
    out = lmops(config, "keys", "create", "--name", "human").stdout
    assert "not shown again" in out
    secret = next(word for word in out.split() if word.startswith("sk-lmops-"))
    assert secret not in lmops(config, "keys", "show", "human").stdout


def test_update_revoke_and_rotate(config: Path) -> None:
    first = as_json(config, "keys", "create", "--name", "svc", "--rpm", "9", "--tpm", "100")
    updated = as_json(
        config, "keys", "update", "svc", "--rpm", "none", "--budget", "3",
        "--budget-period", "weekly", "--models", "mock", "--expires", "never",
    )  # fmt: skip
    assert (updated["rpm"], updated["tpm"], updated["budget_usd"]) == (None, 100, 3.0)
    assert (updated["budget_period"], updated["models"]) == ("weekly", ["mock"])
    widened = as_json(config, "keys", "update", first["id"], "--all-models", "--budget", "none")
    assert (widened["models"], widened["budget_usd"], widened["budget_period"]) == (
        None,
        None,
        None,
    )
    rotated = as_json(config, "keys", "rotate", "svc")
    assert rotated["id"] == first["id"]
    assert rotated["key"] != first["key"] and rotated["key"].startswith("sk-lmops-")
    revoked = as_json(config, "keys", "revoke", "svc")
    assert revoked["status"] == "revoked" and "key" not in revoked
    assert as_json(config, "keys", "list") == []
    every = as_json(config, "keys", "list", "--all")
    assert [(k["id"], k["status"]) for k in every] == [(first["id"], "revoked")]
    refused = lmops(config, "keys", "rotate", first["id"], code=1)
    assert "revoked" in refused.stderr
    assert "revoked key" in lmops(config, "keys", "revoke", first["id"]).stdout


def test_team_lifecycle(config: Path) -> None:
    team = as_json(config, "teams", "create", "ml", "--tpm", "1000", "--models", "mock")
    assert (team["name"], team["tpm"], team["models"]) == ("ml", 1000, ["mock"])
    duplicate = lmops(config, "teams", "create", "ml", code=1)
    assert "ml" in duplicate.stderr and "already exists" in duplicate.stderr
    key = as_json(config, "keys", "create", "--name", "k", "--team", "ml")
    assert key["team_id"] == team["id"]
    as_json(config, "keys", "create", "--name", "other")
    assert [k["name"] for k in as_json(config, "keys", "list", "--team", "ml")] == ["k"]
    assert "ml" in lmops(config, "keys", "list").stdout  # the team by name, for people
    changed = as_json(config, "teams", "update", "ml", "--rpm", "7", "--tpm", "none")
    assert (changed["rpm"], changed["tpm"], changed["models"]) == (7, None, ["mock"])
    shown = lmops(config, "teams", "show", team["id"]).stdout
    assert "rpm 7" in shown and "mock" in shown
    assert "deleted team" in lmops(config, "teams", "delete", "ml").stdout
    assert as_json(config, "teams", "list") == []
    assert [t["status"] for t in as_json(config, "teams", "list", "--all")] == ["deleted"]
    gone = lmops(config, "keys", "create", "--name", "late", "--team", "ml", code=1)
    assert "--team" in gone.stderr


def test_prompt_allowlists(config: Path) -> None:
    team = as_json(config, "teams", "create", "support", "--prompts", "support-*")
    assert team["prompts"] == ["support-*"]
    key = as_json(
        config, "keys", "create", "--name", "k", "--team", "support",
        "--prompts", "support-reply, summ*",
    )  # fmt: skip
    assert key["prompts"] == ["support-reply", "summ*"]
    assert as_json(config, "keys", "create", "--name", "open")["prompts"] is None
    shown = lmops(config, "keys", "show", "k").stdout
    assert "support-reply, summ*" in shown
    assert "support-reply, summ*" in lmops(config, "keys", "list").stdout
    assert as_json(config, "keys", "update", "k", "--rpm", "3")["prompts"] == key["prompts"]
    assert as_json(config, "keys", "update", "k", "--prompts", "a*")["prompts"] == ["a*"]
    assert as_json(config, "keys", "update", "k", "--all-prompts")["prompts"] is None
    assert as_json(config, "teams", "update", "support", "--prompts", "x,y")["prompts"] == [
        "x",
        "y",
    ]
    assert "x, y" in lmops(config, "teams", "show", "support").stdout
    assert "x, y" in lmops(config, "teams", "list").stdout
    assert as_json(config, "teams", "update", "support", "--all-prompts")["prompts"] is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["keys", "create", "--name", "x", "--prompts", "a?b"], ["--prompts", "'a?b'"]),
        (["keys", "create", "--name", "x", "--prompts", "a,,b"], ["--prompts"]),
        (["keys", "update", "x", "--prompts", "[ab]"], ["--prompts", "'[ab]'"]),
        (["keys", "update", "x", "--prompts", "a", "--all-prompts"], ["--all-prompts"]),
        (["teams", "create", "t", "--prompts", "a b"], ["--prompts", "'a b'"]),
        (["teams", "update", "t", "--prompts", "-x"], ["--prompts", "'-x'"]),
        (["teams", "update", "t", "--prompts", "a", "--all-prompts"], ["--all-prompts"]),
        (["keys", "create", "--name", "x", "--team", "nope"], ["--team", "'nope'"]),
        (["keys", "create", "--name", "x", "--expires", "soon"], ["--expires", "'soon'"]),
        (
            ["keys", "create", "--name", "x", "--budget", "5", "--budget-period", "yearly"],
            ["--budget-period", "monthly"],
        ),
        (["keys", "create", "--name", "x", "--rpm", "0"], ["--rpm", "1"]),
        (["keys", "create", "--name", "x", "--models", "a,,b"], ["--models"]),
        (["keys", "create", "--name", "x", "--metadata", "[1]"], ["--metadata", "object"]),
        (["keys", "create", "--name", "x", "--metadata", "{oops"], ["--metadata", "JSON"]),
        (["keys", "show", "nope"], ["no key", "'nope'"]),
        (["keys", "revoke", "nope"], ["'nope'"]),
        (["keys", "update", "nope", "--rpm", "3"], ["'nope'"]),
        (["keys", "update", "x", "--rpm", "lots"], ["--rpm", "'lots'"]),
        (["keys", "update", "x", "--models", "a", "--all-models"], ["--all-models"]),
        (["keys", "list", "--team", "nope"], ["--team", "'nope'"]),
        (["teams", "create", "t", "--budget", "-1", "--budget-period", "daily"], ["--budget"]),
        (["teams", "create", " "], ["NAME"]),
        # Out of range: each reached PostgreSQL (a 500 there) or overflowed a budget later.
        (["keys", "create", "--name", "x", "--rpm", str(2**31)], ["--rpm", "1000000000"]),
        (["keys", "create", "--name", "x", "--tpm", str(10**11)], ["--tpm", "1000000000"]),
        (["keys", "create", "--name", "x", "--max-parallel", str(2**31)], ["--max-parallel"]),
        (["keys", "create", "--name", "x", "--budget", "1e308"], ["--budget", "1000000000"]),
        (["keys", "create", "--name", "x", "--budget", "nan"], ["--budget", "finite"]),
        (["keys", "create", "--name", "x", "--budget", "inf"], ["--budget", "finite"]),
        (["keys", "create", "--name", "a\x01b"], ["--name", "control characters"]),
        (["keys", "create", "--name", "x" * 201], ["--name", "200"]),
        (["keys", "create", "--name", "x", "--models", "a,b\x1b"], ["--models", "control"]),
        (
            ["keys", "create", "--name", "x", "--metadata", '{"a": "\\u0000"}'],
            ["--metadata", "NUL"],
        ),
        (["keys", "create", "--name", "x", "--expires", "99999999w"], ["--expires", "too long"]),
        (["keys", "update", "x", "--rpm", str(2**31)], ["--rpm", "1000000000"]),
        (["keys", "update", "x", "--budget", "1e308"], ["--budget", "1000000000"]),
        (["keys", "update", "x", "--name", "a\nb"], ["--name", "control characters"]),
        (["teams", "create", "t\x01"], ["NAME", "control characters"]),
        (["teams", "update", "t", "--tpm", str(10**11)], ["--tpm", "1000000000"]),
        (["teams", "create", "t", "--budget", "1e308"], ["--budget", "1000000000"]),
        (["teams", "delete", "nope"], ["no team", "'nope'"]),
        (["teams", "update", "nope", "--rpm", "1"], ["'nope'"]),
    ],
)
def test_bad_input_names_what_is_wrong(config: Path, args: list[str], expected: list[str]) -> None:
    result = lmops(config, *args, code=1)
    assert result.stderr.startswith("error: ")
    for text in expected:
        assert text in result.stderr
    assert result.stdout == ""


def test_usage_and_config_errors_exit_2(config: Path, tmp_path: Path) -> None:
    lmops(config, "keys", "create", code=2)  # --name is required
    lmops(config, "keys", "create", "--name", "x", "--rpm", "many", code=2)
    missing = runner.invoke(app, ["keys", "list", "--config", str(tmp_path / "none.yaml")])
    assert missing.exit_code == 2
    assert "none.yaml" in missing.stderr


def test_config_from_the_environment(config: Path) -> None:
    result = runner.invoke(
        app, ["keys", "create", "--name", "env", "--json"], env={"LMOPS_CONFIG": str(config)}
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["name"] == "env"


def test_a_budget_without_a_period_is_monthly_and_says_so(config: Path) -> None:
    created = lmops(config, "keys", "create", "--name", "b", "--budget", "5", "--json")
    assert json.loads(created.stdout)["budget_period"] == "monthly"
    assert "no --budget-period given: the budget is monthly" in created.stderr
    team = lmops(config, "teams", "create", "t", "--budget", "50", "--json")
    assert json.loads(team.stdout)["budget_period"] == "monthly"
    assert "monthly" in team.stderr
    # An update keeps the period a budget has; a new budget gets the default.
    as_json(config, "keys", "update", "b", "--budget", "2", "--budget-period", "weekly")
    kept = lmops(config, "keys", "update", "b", "--budget", "3", "--json")
    assert json.loads(kept.stdout)["budget_period"] == "weekly"
    assert "the budget is weekly" in kept.stderr
    as_json(config, "keys", "create", "--name", "free")
    new = lmops(config, "keys", "update", "free", "--budget", "1", "--json")
    assert json.loads(new.stdout)["budget_period"] == "monthly" and "monthly" in new.stderr
    renamed = lmops(config, "teams", "update", "t", "--budget", "none", "--json")
    assert renamed.stderr == "" and json.loads(renamed.stdout)["budget_period"] is None


def test_show_gives_small_budgets_exactly_and_the_spend_so_far(config: Path) -> None:
    key = as_json(config, "keys", "create", "--name", "tiny", "--budget", "0.0005")
    team = as_json(config, "teams", "create", "t")
    now = time.time()
    records = [
        make_record(1, created_at=now, key_id=key["id"], cost_usd=0.00012),
        make_record(2, created_at=now, key_id=key["id"], team_id=team["id"], cost_usd=0.00003),
        make_record(3, created_at=now - 40 * 86400, key_id=key["id"], cost_usd=9.0),  # earlier
    ]
    engine = create_engine(_url(config))
    try:
        asyncio.run(_log(engine, records))
    finally:
        engine.dispose()
    shown = lmops(config, "keys", "show", "tiny").stdout
    month = datetime.now(UTC).date().replace(day=1).isoformat()
    assert "$0.0005/monthly" in shown
    assert f"$0.00015 of $0.0005 since {month}" in shown
    status = as_json(config, "keys", "show", "tiny")["budget_status"]
    assert status["spent_usd"] == pytest.approx(0.00015)
    assert (status["period"], status["period_start"], status["max_usd"]) == (
        "monthly",
        month,
        0.0005,
    )
    assert f"$0.00003 since {month}" in lmops(config, "teams", "show", "t").stdout
    assert "$0.0005/monthly" in lmops(config, "keys", "list").stdout


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "$0.00"),
        (5, "$5.00"),
        (1234.5, "$1,234.50"),
        (0.0005, "$0.0005"),
        (1e-9, "$0.000000001"),
    ],
)
def test_usd_keeps_small_amounts(amount: float, text: str) -> None:
    assert usd(amount) == text


async def _log(engine: sa.Engine, records: list[Any]) -> None:
    writer = RequestLogWriter(engine)
    for record in records:
        writer.submit(record)
    await writer.stop()
