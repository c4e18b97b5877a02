"""``lmops models list|show|select`` on the seeded catalog of tests/catalog/test_select.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.store.db import create_engine, migrate
from tests.catalog.test_select import CONFIG, seed

runner = CliRunner()
# The seeded traffic is a day before 2026-12-01: a window of a century reaches it from now.
WIDE = ("--window", "5200w")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    db = tmp_path / "lmops.db"
    engine = create_engine(f"sqlite:///{db}")
    migrate(engine)
    seed(engine)
    engine.dispose()
    path = tmp_path / "lmops.yaml"
    path.write_text(CONFIG.replace("settings: {auth: none}", f"settings: {{auth: none, "
                                   f"database_url: 'sqlite:///{db}'}}"))  # fmt: skip
    return path


def lmops(config: Path, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, [*args, "-c", str(config)], env={"COLUMNS": "250"})
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result.stdout if code == 0 else result.stderr + result.stdout


def test_list_and_show(config: Path) -> None:
    table = lmops(config, "models", "list", *WIDE)
    assert "models, traffic over the last 5200 weeks" in table
    row = next(line for line in table.splitlines() if "│ slow" in line)
    assert "2,500" in row and "100" in row and "0.4" in row  # p99, requests, $/1M in
    listed = json.loads(lmops(config, "models", "list", *WIDE, "--json"))
    assert [m["name"] for m in listed["models"]] == [
        "fast", "smart", "slow", "pricey", "fresh", "plain", "tiny"
    ]  # fmt: skip
    shown = lmops(config, "models", "show", "fast", *WIDE)
    assert "eu-west-1" in shown and "fast/0" in shown and "score 0.800" in shown
    # The seeded traffic is days old: none in the last hour.
    assert (
        json.loads(lmops(config, "models", "show", "smart", "--window", "1h", "--json"))["stats"]
        is None
    )
    assert "no model 'nope'" in lmops(config, "models", "show", "nope", code=2)


def test_select_says_why(config: Path) -> None:
    args = ("models", "select", "--context", "32000", "--max-p99-ms", "2000",
            "--max-cost-per-1k", "0.002", "--needs", "tools,json_schema", "--compliance", "eu",
            *WIDE)  # fmt: skip
    found = json.loads(lmops(config, *args, "--json"))["models"]
    assert [(m["model"], m["rank"]) for m in found if m["kept"]] == [
        ("fast", 1), ("smart", 2), ("fresh", 3)
    ]  # fmt: skip
    slow = next(m for m in found if m["model"] == "slow")
    assert "p99 2,500 ms over 2,000 over the last 5200 weeks, 100 requests" in slow["reasons"]
    table = lmops(config, *args)
    assert "unverified" in table and "dropped" in table and "lacks json_schema, tools" in table
    # Nothing left: exit 1, as a gate in a script.
    lmops(config, "models", "select", "--context", "1000000", *WIDE, code=1)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("--needs", "telepathy"), "--needs: unknown capability 'telepathy'"),
        (("--weights", "speed=1"), "--weights: 'speed=1'"),
        (("--window", "soon"), "'soon' is not a duration"),
    ],
)
def test_bad_options_are_named(config: Path, args: tuple[str, ...], error: str) -> None:
    assert error in lmops(config, "models", "select", *args, code=2)


def test_the_master_key_need_not_be_set(config: Path) -> None:
    # A read of the catalog needs the model groups and the store, not the server's secrets.
    text = config.read_text().replace("auth: none,", "master_key: '${LMOPS_UNSET_MASTER_KEY}',")
    config.write_text(text)
    assert "LMOPS_UNSET_MASTER_KEY" in text
    listed = json.loads(lmops(config, "models", "list", *WIDE, "--json"))
    assert listed["models"][0]["name"] == "fast"
