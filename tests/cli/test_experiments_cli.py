"""``lmops experiments`` against SQLite and PostgreSQL stores named by a temporary config."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scipy import stats
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.store.db import create_engine
from lmops.store.tables import feedback, request_log
from tests.cli.test_prompts_cli import SUMMARIZE, SUPPORT_REPLY, write_config
from tests.conftest_store import BACKENDS, database_url

runner = CliRunner()
MASTER = {"LMOPS_MASTER_KEY": "sk-test-master-0123456789"}


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def config(tmp_path: Path, store_url: str) -> Path:
    """A store with support-reply versions 1 and 2 (2 labelled staging) and summarize 1."""
    path = write_config(tmp_path, store_url)
    prompts = tmp_path / "prompts"
    prompts.mkdir()
    (prompts / "support-reply.yaml").write_text(SUPPORT_REPLY)
    (prompts / "summarize.yaml").write_text(SUMMARIZE)
    lmops(path, "prompts", "push", str(prompts), "--label", "production")
    (prompts / "support-reply.yaml").write_text(SUPPORT_REPLY.replace("Answer", "Reply briefly"))
    lmops(path, "prompts", "push", str(prompts / "support-reply.yaml"), "--label", "staging")
    return path


def lmops(config: Path, *args: str, code: int = 0, env: dict[str, str | None] | None = None) -> Any:
    result = runner.invoke(
        app, [*args, "--config", str(config)], env={"COLUMNS": "200", **(env or {})}
    )
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


def as_json(config: Path, *args: str, env: dict[str, str | None] | None = None) -> Any:
    return json.loads(lmops(config, *args, "--json", env=env).stdout)


def error_of(config: Path, *args: str, code: int, env: dict[str, str | None] | None = None) -> str:
    result = lmops(config, *args, code=code, env=env)
    assert result.stdout == "" and result.stderr.startswith("error: ")
    return str(result.stderr)


def _create(config: Path, name: str = "tone", *extra: str) -> Any:
    return as_json(
        config, "experiments", "create", name, "--prompt", "support-reply",
        "--variant", "current:prompt=production", "--variant", "brief:prompt=2,weight=3",
        "--description", "shorter answers", *extra,
    )  # fmt: skip


def test_create_and_the_lifecycle(config: Path) -> None:
    created = _create(config)
    assert (created["name"], created["status"], created["control"]) == ("tone", "draft", "current")
    assert (created["target_kind"], created["target"]) == ("prompt", "support-reply")
    assert created["variants"] == [
        {"name": "current", "weight": 1.0, "prompt": "production", "model": None},
        {"name": "brief", "weight": 3.0, "prompt": "2", "model": None},
    ]
    assert "salt" not in created
    started = lmops(config, "experiments", "start", "tone").stdout
    assert "experiment tone: draft -> running" in started
    assert as_json(config, "experiments", "pause", "tone")["status"] == "paused"
    assert (
        as_json(config, "experiments", "start", "tone")["started_at"]
        == as_json(config, "experiments", "show", "tone")["started_at"]
    )
    stopped = as_json(config, "experiments", "stop", "tone")
    assert stopped["status"] == "stopped" and stopped["stopped_at"] is not None
    final = error_of(config, "experiments", "start", "tone", code=1)
    assert "stopped" in final
    listed = as_json(config, "experiments", "list")
    assert [(e["name"], e["status"]) for e in listed] == [("tone", "stopped")]
    table = lmops(config, "experiments", "list").stdout
    assert "tone" in table and "current=1, brief=3" in table
    shown = lmops(config, "experiments", "show", "tone").stdout
    assert "shorter answers" in shown and "brief" in shown and "production" in shown


def test_one_running_experiment_per_target(config: Path) -> None:
    _create(config)
    _create(config, "other", "--control", "brief")
    lmops(config, "experiments", "start", "tone")
    busy = error_of(config, "experiments", "start", "other", code=1)
    assert "tone" in busy and "support-reply" in busy
    assert "already exists" in error_of(config, "experiments", "create", "tone", "--prompt",
                                        "support-reply", "--variant", "a:prompt=1",
                                        "--variant", "b:prompt=2", code=1)  # fmt: skip


def test_a_model_experiment_reads_the_whole_config(config: Path) -> None:
    args = (
        "experiments", "create", "models", "--model", "chat-small",
        "--variant", "small:model=chat-small", "--variant", "large:model=chat-large",
    )  # fmt: skip
    unset = error_of(config, *args, code=2, env={"LMOPS_MASTER_KEY": None})
    assert "lmops.yaml" in unset and "LMOPS_MASTER_KEY" in unset
    created = as_json(config, *args, env=MASTER)
    assert (created["target_kind"], created["variants"][1]["model"]) == ("model", "chat-large")
    label = error_of(config, "experiments", "promote", "models", "large", code=2)
    assert "NAME" in label and "model group" in label
    unknown = error_of(
        config, "experiments", "create", "m2", "--model", "chat-small",
        "--variant", "a:model=chat-small", "--variant", "b:model=gpt-9", code=2, env=MASTER,
    )  # fmt: skip
    assert "--variant b" in unknown and "'gpt-9'" in unknown and "chat-large" in unknown
    target = error_of(
        config, "experiments", "create", "m3", "--model", "nope",
        "--variant", "a:model=chat-small", "--variant", "b:model=chat-large", code=2, env=MASTER,
    )  # fmt: skip
    assert "--model" in target and "'nope'" in target


# The prompt and a first variant that is fine: each case adds what is wrong.
A = ["--prompt", "support-reply", "--variant", "a:prompt=1"]


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["--prompt", "nope", "--variant", "a:prompt=1", "--variant", "b:prompt=2"], 1,
         ["--prompt", "'nope'"]),
        ([*A, "--variant", "b:prompt=7"], 1, ["--variant b", "no version 7"]),
        ([*A, "--variant", "b:prompt=beta"], 1, ["--variant b", "'beta'"]),
        (A, 2, ["--variant", "two"]),
        ([*A, "--variant", "b:prompt=2", "--control", "c"], 2, ["--control", "'c'"]),
        ([*A, "--variant", "b:prompt=2,weight=0"], 2, ["--variant b", "weight"]),
        ([*A, "--variant", "b:weight=x"], 2, ["--variant b", "'x'"]),
        ([*A, "--variant", "b:colour=red"], 2, ["--variant b", "colour"]),
        ([*A, "--variant", "b"], 2, ["--variant", "NAME:prompt=REF"]),
        (["--prompt", "support-reply", "--variant", "a:prompt=summarize:1",
          "--variant", "b:prompt=2"], 2, ["--variant a", "'support-reply'"]),
        (["--variant", "a:prompt=1", "--variant", "b:prompt=2"], 2, ["--prompt, --model"]),
    ],
)  # fmt: skip
def test_create_errors_name_the_option(
    config: Path, args: list[str], code: int, expected: list[str]
) -> None:
    message = error_of(config, "experiments", "create", "bad", *args, code=code, env=MASTER)
    for text in expected:
        assert text in message
    assert as_json(config, "experiments", "list") == []


def test_create_from_a_file(config: Path, tmp_path: Path) -> None:
    spec = tmp_path / "exp.yaml"
    spec.write_text(
        "prompt: support-reply\ncontrol: b\n"
        "variants:\n"
        "  - {name: a, prompt: 1, weight: 50}\n"
        "  - {name: b, prompt: support-reply@staging, model: chat-large, weight: 50}\n"
    )
    created = as_json(config, "experiments", "create", "file", "--file", str(spec), env=MASTER)
    assert created["control"] == "b"
    assert [(v["prompt"], v["model"]) for v in created["variants"]] == [
        ("1", None),
        ("staging", "chat-large"),
    ]
    spec.write_text(
        "prompt: support-reply\nvariants:\n  - {name: a, prompt: 1}\n"
        "  - {name: b, prompt: 2, wieght: 2}\n"
    )
    typo = error_of(config, "experiments", "create", "f2", "--file", str(spec), code=2)
    assert "exp.yaml:4: variants.1.wieght" in typo
    spec.write_text(
        "prompt: support-reply\nvariants:\n  - {name: a, prompt: 1}\n"
        "  - {name: b, prompt: 2, weight: -1}\n"
    )
    weight = error_of(config, "experiments", "create", "f2", "--file", str(spec), code=2)
    assert "exp.yaml:4: variants.1.weight" in weight
    mixed = error_of(config, "experiments", "create", "f2", "--file", str(spec),
                     "--prompt", "x", code=2)  # fmt: skip
    assert "--file" in mixed and "--prompt" in mixed


def _seed_arms(url: str) -> None:
    """Requests of experiment "tone": current 4 (one failed), brief 6; feedback on some."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(10):
        variant = "current" if i < 4 else "brief"
        rows.append(
            {
                "id": f"req-{i}",
                "created_at": start + timedelta(seconds=i),
                "principal": "key",
                "endpoint": "chat",
                "model_group": "chat-small",
                "status_code": 500 if i == 0 else 200,
                "latency_ms": 100.0 + 10 * i,
                "streamed": False,
                "cost_usd": 0.001,
                "prompt_name": "support-reply",
                "prompt_version": 1 if variant == "current" else 2,
                "experiment": "tone",
                "variant": variant,
            }
        )
    scores = {"req-1": 0.5, "req-2": 0.7, "req-3": 0.6, "req-4": 0.9, "req-5": 1.0, "req-6": 0.8}
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(request_log.insert(), rows)
        conn.execute(
            feedback.insert(),
            [
                {"id": f"fb-{rid}", "request_id": rid, "score": score, "created_at": start}
                for rid, score in scores.items()
            ],
        )
    engine.dispose()


def test_report_and_promote(config: Path, store_url: str) -> None:
    _create(config)
    lmops(config, "experiments", "start", "tone")
    _seed_arms(store_url)
    report = as_json(config, "experiments", "report", "tone")
    assert (report["experiment"], report["control"], report["n"]) == ("tone", "current", 10)
    current, brief = report["variants"]
    assert (current["name"], current["n"], brief["name"], brief["n"]) == ("current", 4, "brief", 6)
    assert (current["expected_share"], brief["expected_share"]) == (0.25, 0.75)
    assert current["score"]["n"] == 3 and current["score"]["mean"] == pytest.approx(0.6)
    assert brief["score"]["mean"] == pytest.approx(0.9)
    assert current["latency_ms"]["mean"] == pytest.approx(115.0)
    assert (current["error_rate"]["errors"], brief["error_rate"]["errors"]) == (1, 0)
    welch = stats.ttest_ind([0.9, 1.0, 0.8], [0.5, 0.7, 0.6], equal_var=False)
    score = brief["vs_control"]["score"]
    assert score["difference"] == pytest.approx(0.3)
    assert score["p_value"] == pytest.approx(welch.pvalue, rel=1e-6)
    table = lmops(config, "experiments", "report", "tone").stdout
    assert "current (control)" in table and "brief" in table and "sample ratio" in table
    promoted = lmops(config, "experiments", "promote", "tone", "brief").stdout
    assert "support-reply@production: 1 -> 2" in promoted
    assert "experiment tone: running -> stopped" in promoted
    assert as_json(config, "prompts", "show", "support-reply")["version"] == 2
    assert as_json(config, "experiments", "show", "tone")["status"] == "stopped"
    again = as_json(config, "experiments", "promote", "tone", "brief")
    assert (again["moved"], again["to"], again["experiment"]["status"]) == (False, 2, "stopped")
    unknown = error_of(config, "experiments", "promote", "tone", "nope", code=1)
    assert "'nope'" in unknown
    latest = error_of(config, "experiments", "promote", "tone", "brief", "--label", "latest",
                      code=2)  # fmt: skip
    assert "--label" in latest


def test_unknown_experiments_exit_1(config: Path) -> None:
    for command in ("start", "pause", "stop", "show", "report"):
        assert "'ghost'" in error_of(config, "experiments", command, "ghost", code=1)
