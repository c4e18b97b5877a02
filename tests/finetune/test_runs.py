"""The fine-tuning run store on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lmops.finetune.runs import Conflict, RunStore, Step
from tests.conftest_store import BACKENDS, migrated_engine

T0 = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunStore]:
    with migrated_engine(request.param, tmp_path) as engine:
        yield RunStore(engine)


def start(store: RunStore, folder: str = "/runs/a", resume: bool = False) -> str:
    return store.start("a", folder, "/models/base", {"lora": {"r": 8}}, "f" * 64, resume)


def test_a_run_from_start_to_finish(store: RunStore) -> None:
    run_id = start(store)
    run = store.get(run_id)
    assert (run.status, run.step, run.tokens, run.config) == ("running", 0, 0, {"lora": {"r": 8}})
    store.log(
        run_id, Step(5, T0, epoch=0.5, loss=2.0, learning_rate=1e-3, tokens_per_s=900.0), 10, 500
    )
    store.log(run_id, Step(10, T0, loss=1.0, tokens_per_s=1000.0), 10, 1000)
    # An eval logged at the same step adds its loss and keeps the step's train loss.
    store.log(run_id, Step(10, T0 + timedelta(seconds=1), eval_loss=1.5), 10, 1000)
    store.finish(run_id, "finished", 10, 1000)
    run = store.get(run_id[:8])
    assert (run.status, run.step, run.total_steps, run.tokens) == ("finished", 10, 10, 1000)
    assert (run.train_loss, run.eval_loss) == (1.0, 1.5)
    assert run.finished_at is not None and run.to_json()["adapter"] == "/runs/a/adapter"
    steps = store.steps(run_id)
    assert [(s.step, s.loss, s.eval_loss) for s in steps] == [(5, 2.0, None), (10, 1.0, 1.5)]
    assert steps[0].epoch == 0.5 and steps[0].learning_rate == 1e-3
    assert steps[1].at == T0 + timedelta(seconds=1)


def test_a_folder_holds_one_run(store: RunStore) -> None:
    run_id = start(store)
    store.log(run_id, Step(5, T0, loss=2.0), 10, 500)
    store.finish(run_id, "stopped", 5, 500)
    with pytest.raises(Conflict, match=r"/runs/a holds run .* \(stopped\).*--resume"):
        start(store)
    with pytest.raises(Conflict, match="no run to resume"):
        start(store, "/runs/b", resume=True)
    assert start(store, resume=True) == run_id
    run = store.get(run_id)
    assert run.status == "running" and run.finished_at is None and run.step == 5
    store.log(run_id, Step(5, T0, loss=1.9), 10, 500)  # the step again, after the resume
    assert [s.loss for s in store.steps(run_id)] == [1.9]


def test_runs_are_found_by_id_name_or_folder(store: RunStore) -> None:
    first = start(store, "/runs/a")
    second = store.start("b", "/runs/b", "/m", {}, None, False)
    assert store.get("/runs/a").id == first and store.get("b").id == second
    assert {r.id for r in store.list()} == {first, second}
    assert len(store.list(limit=1)) == 1
    with pytest.raises(KeyError, match="no fine-tuning run 'zz'"):
        store.get("zz")
    with pytest.raises(KeyError, match="names several runs"):
        store.get("")
    named = store.start(first[:2], "/runs/c", "/m", {}, None, False)  # a name like an id's start
    assert store.get(first[:2]).id == named
    store.finish(first, "failed", 0, 0, "RuntimeError: out of memory")
    assert store.get(first).error == "RuntimeError: out of memory"
