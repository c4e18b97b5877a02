"""LoRA training on transformers + PEFT: :func:`train` runs one config to its adapter.

- The examples are read from the prepared files (any format ``prepare`` writes), tokenised
  with the base model's chat template, and packed (:mod:`lmops.finetune.data`).
- Training is transformers' ``Trainer`` on a PEFT model, so checkpoints, resume, gradient
  accumulation, schedules, bf16, gradient checkpointing and several processes (``torchrun`` or
  ``accelerate launch``) are theirs. Checkpoints go to ``output_dir/checkpoints``; ``resume``
  continues from the newest one (weights, optimiser, schedule, data order).
- :class:`_Meter` turns each logged step into a :class:`~lmops.finetune.runs.Step`: loss,
  learning rate, real tokens per second (padding not counted; every process's tokens), and on
  a GPU the model FLOPs utilisation; it stores it in the run store and tells ``on_log``.
- :meth:`Training.stop` (a signal handler calls it) ends the run after the current step with a
  checkpoint written, so a stopped run resumes where it stopped.
- The adapter and the tokenizer are saved in ``output_dir/adapter``, with ``lmops.json``: the
  base model, the dataset's hash and the run.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lmops.finetune.config import TrainConfig
from lmops.finetune.data import Collator, rows, tokenize
from lmops.finetune.examples import Example, NotAnExample, parse_row
from lmops.finetune.runs import RunStore, Status, Step
from lmops.finetune.sources import read_file

__all__ = ["ADAPTER", "TrainError", "TrainResult", "Training", "dataset_hash", "read_examples"]

ADAPTER = "adapter"
CHECKPOINTS = "checkpoints"

# Dense bf16 peak FLOP/s of the GPUs MFU is given for (the vendors' figures, without sparsity).
_PEAK_BF16 = {
    "H200": 989e12,
    "H100": 989e12,
    "A100": 312e12,
    "L40S": 362e12,
    "A10G": 125e12,
    "L4": 121e12,
}


class TrainError(ValueError):
    """A run that cannot start: a message naming the file or the setting at fault."""


@dataclass(frozen=True, slots=True)
class TrainResult:
    run_id: str | None
    adapter: Path
    steps: int
    train_loss: float | None
    eval_loss: float | None
    tokens: int
    seconds: float
    stopped: bool

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0


def read_examples(path: Path) -> list[Example]:
    """The examples of a prepared file; :class:`TrainError` naming the line of the first row
    that is not one (``prepare`` writes none such)."""
    examples = []
    for row in read_file(path):
        try:
            if row.error is not None:
                raise NotAnExample(row.error)
            examples.append(parse_row(row.value, row.source, row.at))
        except NotAnExample as exc:
            raise TrainError(f"{row.where}: {exc}") from None
    return examples


def dataset_hash(config: TrainConfig) -> str:
    """The prepared dataset's hash from its card, or the sha256 of the training files."""
    if config.dataset is not None:
        try:
            card = json.loads((config.dataset / "card.json").read_text(encoding="utf-8"))
            return str(card["sha256"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    digest = hashlib.sha256()
    for path in (config.train_file, config.validation_file):
        if path is not None:
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _peak_flops(torch: Any) -> float | None:
    if not torch.cuda.is_available():
        return None
    name = torch.cuda.get_device_name()
    return next((peak for gpu, peak in _PEAK_BF16.items() if gpu in name), None)


def _use_bf16(config: TrainConfig, torch: Any) -> bool:
    if config.bf16 == "auto":
        return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
    return config.bf16


class Training:
    """One run of one config: build it, then :meth:`run` it (once)."""

    def __init__(
        self,
        config: TrainConfig,
        runs: RunStore | None = None,
        resume: bool = False,
        on_log: Callable[[Step, int, int], None] | None = None,
    ) -> None:
        self.config = config
        self.runs = runs
        self.resume = resume
        self.on_log = on_log
        self._stop = False

    def stop(self) -> None:
        """End after the current step, with a checkpoint (safe to call from a signal handler)."""
        self._stop = True

    def run(self) -> TrainResult:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer, TrainingArguments

        config = self.config
        checkpoints = config.output_dir / CHECKPOINTS
        if self.resume and not _has_checkpoint(checkpoints):
            raise TrainError(f"{checkpoints}: no checkpoint to resume from")
        train_examples = read_examples(config.train_file)
        held = config.validation_file
        eval_examples = read_examples(held) if held is not None else []
        try:
            tokenizer = AutoTokenizer.from_pretrained(config.base_model, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise TrainError(f"base_model: {config.base_model}: {exc}") from None
        train_rows = rows(
            tokenize(tokenizer, train_examples, config.max_length),
            config.max_length,
            config.packing,
        )
        eval_rows = rows(
            tokenize(tokenizer, eval_examples, config.max_length), config.max_length, config.packing
        )
        if not train_rows:
            raise TrainError(
                f"{config.train_file}: no example with an assistant message to train on"
            )
        pad = (
            tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        )
        collator = Collator(pad if pad is not None else 0, config.packing)

        bf16 = _use_bf16(config, torch)
        try:
            model = AutoModelForCausalLM.from_pretrained(
                config.base_model,
                local_files_only=True,
                dtype=torch.bfloat16 if bf16 else torch.float32,
                attn_implementation=config.attention,
            )
        except (OSError, ValueError, ImportError) as exc:
            raise TrainError(f"base_model: {config.base_model}: {exc}") from None
        model.config.use_cache = False  # training keeps no cache
        model = _lora(model, config)

        world = max(1, int(os.environ.get("WORLD_SIZE", "1")))
        per_step = config.batch_size * config.gradient_accumulation * world
        steps_per_epoch = math.ceil(len(train_rows) / per_step)
        total = config.max_steps or math.ceil(steps_per_epoch * config.epochs)
        evaluate = bool(eval_rows)
        args = TrainingArguments(
            output_dir=str(checkpoints),
            per_device_train_batch_size=config.batch_size,
            per_device_eval_batch_size=config.batch_size,
            gradient_accumulation_steps=config.gradient_accumulation,
            learning_rate=config.learning_rate,
            lr_scheduler_type=config.scheduler,
            warmup_steps=round(config.warmup_ratio * total),
            num_train_epochs=config.epochs,
            max_steps=config.max_steps or -1,
            logging_steps=config.logging_steps,
            save_strategy="steps",
            save_steps=config.save_steps,
            save_total_limit=config.save_total_limit,
            eval_strategy="steps" if evaluate else "no",
            eval_steps=config.eval_steps or config.save_steps,
            bf16=bf16,
            activation_checkpointing=config.gradient_checkpointing,
            seed=config.seed,
            data_seed=config.seed,
            report_to=[],
            disable_tqdm=True,
            remove_unused_columns=False,
            dataloader_num_workers=0,
            dataloader_pin_memory=torch.cuda.is_available(),
            include_num_input_tokens_seen="no",
        )
        run_id = None
        if self.runs is not None:
            run_id = self.runs.start(
                config.run_name,
                str(config.output_dir),
                config.base_model,
                config.model_dump(mode="json") | {"processes": world},
                dataset_hash(config),
                self.resume,
            )
        peak = _peak_flops(torch)
        meter = _Meter(self, run_id, total, peak * world if peak else None, _parameters(model))
        trainer = _trainer_class()(
            model=model,
            args=args,
            train_dataset=train_rows,
            eval_dataset=eval_rows or None,
            data_collator=collator,
            callbacks=[meter],
        )
        trainer.meter = meter
        from transformers.trainer_callback import PrinterCallback, ProgressCallback

        for quiet in (PrinterCallback, ProgressCallback):
            trainer.remove_callback(quiet)  # the CLI shows progress; nothing printed here
        started = time.perf_counter()
        try:
            output = trainer.train(resume_from_checkpoint=True if self.resume else None)
            last = trainer.state.global_step
            again = evaluate and not self._stop and meter.eval_step != last
            final_eval = trainer.evaluate() if again else {}
        except BaseException as exc:
            if self.runs is not None and run_id is not None:
                step = trainer.state.global_step
                error = f"{type(exc).__name__}: {exc}"
                self.runs.finish(run_id, "failed", step, meter.tokens, error)
            raise
        seconds = time.perf_counter() - started
        adapter = config.output_dir / ADAPTER
        # A stopped run has its checkpoint and no adapter yet; one process writes the adapter.
        if not self._stop and trainer.is_world_process_zero():
            meta = {
                "base_model": config.base_model,
                "dataset_hash": dataset_hash(config),
                "run_id": run_id,
                "name": config.run_name,
                "steps": trainer.state.global_step,
            }
            _save_adapter(model, tokenizer, meta, adapter)
            if self.runs is not None:
                self.runs.register(config.run_name, config.base_model, str(adapter), run_id,
                                   meta["dataset_hash"])  # fmt: skip
        eval_loss = final_eval.get("eval_loss", meter.eval_loss)
        if self.runs is not None and run_id is not None:
            status: Status = "stopped" if self._stop else "finished"
            self.runs.finish(run_id, status, trainer.state.global_step, meter.tokens)
        return TrainResult(
            run_id,
            adapter,
            trainer.state.global_step,
            meter.last_loss if meter.last_loss is not None else output.training_loss,
            eval_loss,
            meter.tokens,
            seconds,
            self._stop,
        )


def _save_adapter(model: Any, tokenizer: Any, meta: dict[str, Any], adapter: Path) -> None:
    """Written beside, then swapped in: a crash leaves the previous adapter or the new one."""
    fresh = adapter.with_name(f".{adapter.name}.new")
    shutil.rmtree(fresh, ignore_errors=True)
    model.save_pretrained(str(fresh))
    tokenizer.save_pretrained(str(fresh))
    (fresh / "lmops.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    if adapter.exists():
        old = adapter.with_name(f".{adapter.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        adapter.rename(old)
        fresh.rename(adapter)
        shutil.rmtree(old)
    else:
        fresh.rename(adapter)


def _has_checkpoint(folder: Path) -> bool:
    return folder.is_dir() and any(p.name.startswith("checkpoint-") for p in folder.iterdir())


def _parameters(model: Any) -> int:
    return int(sum(p.numel() for p in model.parameters()))


def _lora(model: Any, config: TrainConfig) -> Any:
    from peft import LoraConfig, get_peft_model

    lora = LoraConfig(
        r=config.lora.r,
        lora_alpha=config.lora.alpha,
        lora_dropout=config.lora.dropout,
        target_modules=config.lora.target_modules,
        task_type="CAUSAL_LM",
    )
    try:
        peft_model = get_peft_model(model, lora)
    except ValueError as exc:  # a target module the model does not have
        raise TrainError(f"lora.target_modules: {exc}") from None
    if config.gradient_checkpointing:
        peft_model.enable_input_require_grads()
    return peft_model


def _trainer_class() -> Any:
    from transformers import Trainer

    class _Trainer(Trainer):
        """Counts each batch's real tokens (``num_tokens``, from the collator) before the
        model sees the batch."""

        meter: _Meter

        def training_step(self, model: Any, inputs: dict[str, Any], *args: Any) -> Any:
            tokens = inputs.pop("num_tokens")
            self.meter.tokens += int(self.accelerator.gather(tokens.reshape(1)).sum().item())
            return super().training_step(model, inputs, *args)

        def prediction_step(self, model: Any, inputs: dict[str, Any], *args: Any, **kw: Any) -> Any:
            inputs.pop("num_tokens", None)
            return super().prediction_step(model, inputs, *args, **kw)

    return _Trainer


def _meter_base() -> Any:
    from transformers import TrainerCallback

    return TrainerCallback


class _Meter(_meter_base()):  # type: ignore[misc]
    def __init__(
        self, training: Training, run_id: str | None, total: int, peak: float | None, params: int
    ) -> None:
        self.training = training
        self.run_id = run_id
        self.total = total
        self.peak = peak
        self.params = params
        self.tokens = 0
        self.last_loss: float | None = None
        self.eval_loss: float | None = None
        self.eval_step = -1
        self._since = (time.perf_counter(), 0)

    def on_train_begin(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
        self._since = (time.perf_counter(), self.tokens)

    def on_step_end(self, args: Any, state: Any, control: Any, **kw: Any) -> Any:
        return self._halt(args, control)

    def _halt(self, args: Any, control: Any) -> Any:
        # Asked to stop: save this step's checkpoint and end (what a resume starts from).
        # Every process stops at the same step: a stop asked of one is shared with all.
        if args.world_size > 1:
            import torch
            import torch.distributed as dist

            flag = torch.tensor([int(self.training._stop)], device=args.device)
            dist.all_reduce(flag, op=dist.ReduceOp.MAX)
            self.training._stop = bool(flag.item())
        if self.training._stop:
            control.should_save = True
            control.should_training_stop = True
        return control

    def on_log(
        self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kw: Any
    ) -> Any:
        if state.is_world_process_zero and logs:
            self._record(state, logs)
        return self._halt(args, control)  # a stop asked for while logging takes this step

    def _record(self, state: Any, logs: dict[str, Any]) -> None:
        now = time.perf_counter()
        then, tokens_then = self._since
        rate = None
        if "loss" in logs and now > then:
            rate = (self.tokens - tokens_then) / (now - then)
            self._since = (now, self.tokens)
        step = Step(
            state.global_step,
            datetime.now(UTC),
            epoch=logs.get("epoch"),
            loss=logs.get("loss"),
            eval_loss=logs.get("eval_loss"),
            learning_rate=logs.get("learning_rate"),
            tokens_per_s=rate,
            # 6 FLOPs per parameter and token (forward and backward), over the GPUs' peak.
            mfu=6 * self.params * rate / self.peak if rate and self.peak else None,
        )
        if step.loss is not None:
            self.last_loss = step.loss
        if step.eval_loss is not None:
            self.eval_loss, self.eval_step = step.eval_loss, step.step
        if step.loss is None and step.eval_loss is None:
            return  # the summary of train() at its end: nothing of a step
        if self.training.runs is not None and self.run_id is not None:
            self.training.runs.log(self.run_id, step, self.total, self.tokens)
        if self.training.on_log is not None:
            self.training.on_log(step, self.total, self.tokens)
