"""``lmops finetune train|runs|show|stop|logs`` on the tiny model: in the foreground, in the
background (stopped, then resumed), and with two processes (gloo on CPU)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lmops.cli.finetune_train import curve
from lmops.cli.main import app
from lmops.finetune.jobs import log_path
from lmops.finetune.runs import RunStore
from lmops.store.db import create_engine, migrate
from tests.conftest import wait_for
from tests.finetune.training import dataset, tiny_base, write_config

__all__ = ["dataset", "tiny_base"]  # fixtures

runner = CliRunner()


@pytest.fixture
def lmops_yaml(tmp_path: Path) -> Path:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n  - name: m\n    provider: mock\nsettings:\n  auth: none\n"
        f"  database_url: sqlite:///{tmp_path / 'lmops.db'}\n"
    )
    return path


def lmops(*args: str, code: int = 0) -> Any:
    result = runner.invoke(app, ["finetune", *args])
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


def run_store(lmops_yaml: Path) -> RunStore:
    engine = create_engine(f"sqlite:///{lmops_yaml.parent / 'lmops.db'}")
    migrate(engine)  # before a background run does: the test reads it while it trains
    return RunStore(engine)


def test_train_then_runs_and_show(
    tiny_base: Path, dataset: Path, tmp_path: Path, lmops_yaml: Path
) -> None:
    config = write_config(tmp_path, tiny_base, dataset)
    done = lmops("train", str(config), "-c", str(lmops_yaml))
    progress = done.stderr.splitlines()
    assert progress[0].startswith("step 5/40  loss ") and "tokens/s" in progress[0]
    assert "step 20/40  eval loss " in done.stderr
    said = done.stdout.splitlines()
    assert said[0].startswith("run ") and " finished at step 40: train loss 0.0" in said[0]
    assert said[1] == f"adapter: {tmp_path / 'out' / 'adapter'}"

    listed = json.loads(lmops("runs", "-c", str(lmops_yaml), "--json").stdout)
    assert [(r["status"], r["step"], r["name"]) for r in listed] == [("finished", 40, "out")]
    shown = lmops("show", "out", "-c", str(lmops_yaml)).stdout
    assert "train loss by step" in shown and "(log scale)" in shown and "eval loss  20: " in shown
    steps = json.loads(lmops("show", listed[0]["id"][:8], "-c", str(lmops_yaml), "--json").stdout)
    assert [s["step"] for s in steps["steps"]] == [5, 10, 15, 20, 25, 30, 35, 40]

    again = lmops("train", str(config), "-c", str(lmops_yaml), code=2)
    assert "holds run" in again.stderr and "--resume" in again.stderr
    lmops("show", "nothing", "-c", str(lmops_yaml), code=1)


def test_bad_configs_are_named(tmp_path: Path, lmops_yaml: Path) -> None:
    config = tmp_path / "train.yaml"
    config.write_text("base_model: b\ntrain: t.jsonl\noutput_dir: o\nlora:\n  rank: 8\n")
    bad = lmops("train", str(config), "-c", str(lmops_yaml), code=2)
    assert f"{config}:5: lora.rank: unknown field" in bad.stderr


def test_curve_draws_the_highest_value_at_the_top() -> None:
    drawn = curve([4.0, 2.0, 1.0, 0.5], [1, 2, 3, 4], height=4).splitlines()
    assert drawn[0].startswith("        4 │█") and drawn[3].startswith("      0.5 │███▁")
    assert drawn[0].endswith("█   ") and drawn[-1].endswith("step 1 … 4 (log scale)")
    assert "linear scale" in curve([0.0, 1.0], [1, 2])


def lmops_process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lmops.cli.main", "finetune", *args],
        capture_output=True, text=True, timeout=300, check=False,
        env=os.environ | {"PYTHONPATH": "."},
    )  # fmt: skip


def test_a_detached_run_stops_with_a_checkpoint_and_resumes(
    tiny_base: Path, dataset: Path, tmp_path: Path, lmops_yaml: Path
) -> None:
    config = write_config(tmp_path, tiny_base, dataset, max_steps=300, save_steps=1000)
    runs = run_store(lmops_yaml)
    started = lmops_process("train", str(config), "-c", str(lmops_yaml), "--detach")
    assert started.returncode == 0, started.stderr
    assert "training in the background" in started.stdout
    run = wait_for(lambda: next((r for r in runs.list() if r.step >= 10), None), "step 10", 60)
    assert run.status == "running" and run.pid is not None
    assert lmops("stop", run.id, "-c", str(lmops_yaml)).stdout.startswith(
        f"asked run {run.id[:12]}"
    )
    stopped = wait_for(
        lambda: runs.get(run.id).status == "stopped" and runs.get(run.id), "stop", 60
    )
    assert 10 <= stopped.step < 300
    checkpoint = tmp_path / "out" / "checkpoints" / f"checkpoint-{stopped.step}"
    assert (checkpoint / "optimizer.pt").is_file()  # all a resume needs, not the weights alone
    log = lmops("logs", run.id, "-c", str(lmops_yaml)).stdout
    assert "stopping after this step" in log and f"stopped at step {stopped.step}" in log
    assert log_path(tmp_path / "out").read_text().endswith(log)
    assert "is stopped, not running" in lmops("stop", run.id, "-c", str(lmops_yaml), code=1).stderr

    resumed = lmops("train", str(config), "-c", str(lmops_yaml), "--resume")
    assert " finished at step 300" in resumed.stdout
    assert resumed.stderr.splitlines()[0].startswith(f"step {stopped.step // 5 * 5 + 5}/300")
    finished = runs.get(run.id)
    assert finished.status == "finished" and finished.step == 300


def test_two_processes_train_one_adapter(
    tiny_base: Path, dataset: Path, tmp_path: Path, lmops_yaml: Path
) -> None:
    config = write_config(tmp_path, tiny_base, dataset, max_steps=20, batch_size=1)
    done = lmops_process("train", str(config), "-c", str(lmops_yaml), "--nproc", "2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(" finished at step 20") == 1  # rank 0 alone reports
    [run] = run_store(lmops_yaml).list()
    assert run.status == "finished" and run.config["processes"] == 2
    assert run.train_loss is not None and run.train_loss < 1.0
    assert (tmp_path / "out" / "adapter" / "adapter_model.safetensors").is_file()


def test_a_killed_run_resumes_from_its_last_checkpoint(
    tiny_base: Path, dataset: Path, tmp_path: Path, lmops_yaml: Path
) -> None:
    config = write_config(tmp_path, tiny_base, dataset, max_steps=2000, save_steps=20)
    runs = run_store(lmops_yaml)
    started = lmops_process("train", str(config), "-c", str(lmops_yaml), "--detach")
    assert started.returncode == 0, started.stderr
    checkpoints = tmp_path / "out" / "checkpoints"
    # A checkpoint is whole once the trainer's state is in it (written last).
    wait_for(lambda: list(checkpoints.glob("checkpoint-*/trainer_state.json")), "a checkpoint", 60)
    run = wait_for(lambda: next(iter(runs.list()), None), "the run", 10)
    assert run.pid is not None
    os.kill(run.pid, signal.SIGKILL)  # no handler, no last checkpoint: a crash
    wait_for(lambda: not _alive(run.pid or 0), "the process to die", 10)
    assert runs.get(run.id).status == "running"  # nobody was left to say otherwise
    saved = max(int(p.parent.name.split("-")[1]) for p in checkpoints.glob("*/trainer_state.json"))

    short = write_config(tmp_path, tiny_base, dataset, max_steps=saved + 10, save_steps=20)
    resumed = lmops("train", str(short), "-c", str(lmops_yaml), "--resume")
    assert f" finished at step {saved + 10}" in resumed.stdout
    first = resumed.stderr.splitlines()[0]
    assert first.startswith(f"step {saved + 5}/"), first  # from the checkpoint, not step 0
    assert runs.get(run.id).status == "finished"


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)  # reap it when it is our child
    except ChildProcessError:
        waited = 0
    if waited:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
