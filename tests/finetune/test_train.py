"""LoRA training of the tiny model on CPU: the loss falls, the adapter answers what it learnt,
a stopped run resumes where it stopped, and the run and its steps are in the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from lmops.finetune.config import load_train_config
from lmops.finetune.runs import Conflict, RunStore, Step
from lmops.finetune.train import TrainError, Training
from tests.conftest_store import migrated_engine
from tests.finetune.training import PAIRS, write_config


@pytest.fixture
def runs(tmp_path: Path) -> Iterator[RunStore]:
    with migrated_engine("sqlite", tmp_path) as engine:
        yield RunStore(engine)


def answer(model: Any, tokenizer: Any, question: str) -> str:
    import torch

    ids = tokenizer.apply_chat_template(
        [{"role": "user", "content": question}], add_generation_prompt=True, return_tensors="pt"
    )
    ids = ids["input_ids"] if hasattr(ids, "keys") else ids
    with torch.no_grad():
        out = model.generate(ids, max_new_tokens=12, do_sample=False)
    text = str(tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True))
    return "".join(text.split())  # the test tokenizer splits words from punctuation


def test_training_learns_and_the_adapter_answers(
    tiny_base: Path, dataset: Path, tmp_path: Path, runs: RunStore
) -> None:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    config = load_train_config(write_config(tmp_path, tiny_base, dataset))
    logged: list[Step] = []
    result = Training(config, runs, on_log=lambda s, total, tokens: logged.append(s)).run()

    losses = [s.loss for s in logged if s.loss is not None]
    assert losses[0] > 1.0 and losses[-1] < 0.05, losses
    assert result.steps == 40 and result.eval_loss is not None and result.eval_loss < 0.05
    assert result.tokens > 0 and result.tokens_per_s > 0

    run = runs.get(result.run_id or "")
    assert run.status == "finished" and run.step == 40 and run.total_steps == 40
    assert run.tokens == result.tokens and run.train_loss == losses[-1]
    stored = runs.steps(run.id)
    assert [s.step for s in stored if s.loss is not None] == [5, 10, 15, 20, 25, 30, 35, 40]
    assert {s.step for s in stored if s.eval_loss is not None} == {20, 40}
    assert all(s.tokens_per_s and s.tokens_per_s > 0 for s in stored if s.loss is not None)

    adapter = config.output_dir / "adapter"
    meta = json.loads((adapter / "lmops.json").read_text())
    card_less_hash = meta["dataset_hash"]
    assert meta["run_id"] == run.id and meta["base_model"] == str(tiny_base)
    assert len(card_less_hash) == 64 and run.dataset_hash == card_less_hash

    tokenizer = AutoTokenizer.from_pretrained(str(adapter), local_files_only=True)
    base = AutoModelForCausalLM.from_pretrained(str(tiny_base), local_files_only=True)
    questions = [q for q, _ in PAIRS]
    before = [answer(base, tokenizer, q) for q in questions]
    tuned = PeftModel.from_pretrained(base, str(adapter))
    expected = ["".join(a.split()) for _, a in PAIRS]
    assert [answer(tuned, tokenizer, q) for q in questions] == expected
    assert before != expected  # the base model alone does not know them


def test_packing_trains_the_same_tokens_in_fewer_rows(
    tiny_base: Path, dataset: Path, tmp_path: Path
) -> None:
    results = {}
    for packing in (True, False):
        folder = tmp_path / str(packing)
        folder.mkdir()
        path = write_config(
            folder, tiny_base, dataset, packing=packing, max_steps=None, epochs=1, batch_size=2
        )
        results[packing] = Training(load_train_config(path)).run()
    assert results[True].tokens == results[False].tokens  # every real token, once an epoch
    assert results[True].steps < results[False].steps == 8  # 16 examples, 2 a step


def test_a_stopped_run_resumes_where_it_stopped(
    tiny_base: Path, dataset: Path, tmp_path: Path, runs: RunStore
) -> None:
    config = load_train_config(write_config(tmp_path, tiny_base, dataset, save_steps=100))
    first = Training(config, runs)
    first.on_log = lambda step, total, tokens: first.stop() if step.step == 10 else None
    stopped = first.run()
    assert stopped.stopped and stopped.steps == 10
    assert (config.output_dir / "checkpoints" / "checkpoint-10").is_dir()
    assert not (config.output_dir / "adapter").exists()
    run = runs.get(stopped.run_id or "")
    assert run.status == "stopped" and run.step == 10

    with pytest.raises(Conflict, match="--resume"):
        Training(config, runs).run()

    seen: list[int] = []
    resumed = Training(config, runs, resume=True, on_log=lambda s, t, n: seen.append(s.step))
    done = resumed.run()
    assert done.run_id == run.id and done.steps == 40 and not done.stopped
    assert seen[0] == 15  # it went on from step 10, not from the start
    assert runs.get(run.id).status == "finished"
    steps = runs.steps(run.id)
    assert [s.step for s in steps if s.loss is not None] == [5, 10, 15, 20, 25, 30, 35, 40]
    assert steps[-1].loss is not None and steps[-1].loss < 0.05
    assert (config.output_dir / "adapter" / "adapter_model.safetensors").is_file()


def test_what_cannot_start_says_why(tiny_base: Path, dataset: Path, tmp_path: Path) -> None:
    config = load_train_config(write_config(tmp_path, tiny_base, dataset))
    with pytest.raises(TrainError, match="no checkpoint to resume from"):
        Training(config, resume=True).run()
    missing = load_train_config(write_config(tmp_path, tmp_path / "nowhere", dataset))
    with pytest.raises(TrainError, match=r"base_model: .*nowhere"):
        Training(missing).run()
    wrong = load_train_config(
        write_config(tmp_path, tiny_base, dataset, lora={"target_modules": ["c_attn"]})
    )
    with pytest.raises(TrainError, match=r"lora\.target_modules"):
        Training(wrong).run()
    (dataset / "train.jsonl").write_text('{"messages": [{"role": "user"}]}\n')
    with pytest.raises(TrainError, match=r"train\.jsonl:1: "):
        Training(config).run()


def test_a_failed_run_is_stored_as_failed(
    tiny_base: Path, dataset: Path, tmp_path: Path, runs: RunStore
) -> None:
    config = load_train_config(write_config(tmp_path, tiny_base, dataset))

    def explode(step: Step, total: int, tokens: int) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        Training(config, runs, on_log=explode).run()
    [run] = runs.list()
    assert run.status == "failed" and run.error == "RuntimeError: disk full"
    with runs.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from finetune_runs")).scalar() == 1
