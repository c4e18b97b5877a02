"""``/admin/finetune``: runs, their steps and output, a stop that reaches the training process,
and the registered adapters."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from lmops.finetune.jobs import log_path
from lmops.finetune.runs import RunStore, Step
from lmops.gateway.admin import AdminServices
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyStore
from lmops.store.tables import finetune_runs
from tests.gateway.test_admin_api import AUTH, MASTER, assert_error, client_for


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
async def client(engine: sa.Engine) -> AsyncIterator[httpx.AsyncClient]:
    services = AdminServices(
        keys=KeyStore(engine), engine=engine, master_key=MASTER, on_change=lambda k, t: None
    )
    async with client_for(services, AUTH) as client:
        yield client


async def test_runs_steps_logs_and_a_stop(
    client: httpx.AsyncClient, engine: sa.Engine, tmp_path: Path
) -> None:
    store = RunStore(engine)
    out = tmp_path / "out"
    out.mkdir()
    log_path(out).write_text("step 5/10  loss 2.0\nstep 10/10  loss 1.0\n")
    run_id = store.start("support", str(out), "/models/base", {"lora": {"r": 8}}, None, False)
    store.log(run_id, Step(5, datetime.now(UTC), loss=2.0), 10, 100)
    trainer = subprocess.Popen(["sleep", "60"])  # stands in for the training process
    with engine.begin() as conn:
        conn.execute(finetune_runs.update().values(pid=trainer.pid))

    listed = (await client.get("/finetune/runs")).json()["data"]
    assert [(r["id"], r["status"], r["step"]) for r in listed] == [(run_id, "running", 5)]
    shown = (await client.get("/finetune/runs/support")).json()
    assert shown["steps"][0]["loss"] == 2.0 and shown["config"] == {"lora": {"r": 8}}
    logs = await client.get(f"/finetune/runs/{run_id[:8]}/logs", params={"lines": 1})
    assert logs.text == "step 10/10  loss 1.0\n"

    stopping = await client.post(f"/finetune/runs/{run_id}/stop")
    assert stopping.status_code == 202 and stopping.json()["stopping"] is True
    assert trainer.wait(timeout=10) == -signal.SIGTERM

    store.finish(run_id, "stopped", 5, 100)
    refused = await client.post(f"/finetune/runs/{run_id}/stop")
    assert "is stopped, not running" in assert_error(refused, 409, "run_not_running")
    missing = await client.get("/finetune/runs/nothing")
    assert "no fine-tuning run 'nothing'" in assert_error(missing, 404, "run_not_found", "run")


async def test_adapters(client: httpx.AsyncClient, engine: sa.Engine) -> None:
    RunStore(engine).register("support", "/models/base", "/runs/out/adapter", "r1", "f" * 64)
    data = (await client.get("/finetune/adapters")).json()["data"]
    assert [(a["name"], a["path"], a["run_id"]) for a in data] == [
        ("support", "/runs/out/adapter", "r1")
    ]
