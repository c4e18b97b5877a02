"""The training config: a YAML file read like every other lmops file (pydantic, unknown keys
refused, every error naming the file, the line and the field).

Paths in it are relative to the file's folder. ``dataset`` is a folder ``lmops finetune
prepare`` wrote (its ``train.jsonl`` and ``validation.jsonl``, in any of its formats), or
``train`` and ``validation`` name the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from lmops.yaml_lines import YamlProblem, read_yaml, where

__all__ = ["LoraConfig", "TrainConfig", "TrainConfigError", "load_train_config"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LoraConfig(_Strict):
    r: int = Field(16, ge=1, le=1024)
    alpha: int = Field(32, ge=1)
    dropout: float = Field(0.05, ge=0.0, lt=1.0)
    # The attention projections of Llama-shaped models; "all-linear" for every linear layer.
    target_modules: list[str] | Literal["all-linear"] = ["q_proj", "k_proj", "v_proj", "o_proj"]


class TrainConfig(_Strict):
    base_model: str = Field(description="A local model folder, or a name in the local HF cache.")
    dataset: Path | None = None
    train: Path | None = None
    validation: Path | None = None
    output_dir: Path
    lora: LoraConfig = LoraConfig()
    learning_rate: float = Field(2e-4, gt=0.0)
    scheduler: Literal["linear", "cosine", "constant", "constant_with_warmup"] = "cosine"
    warmup_ratio: float = Field(0.03, ge=0.0, lt=1.0)
    epochs: float = Field(3.0, gt=0.0)
    max_steps: int | None = Field(None, ge=1, description="Overrides epochs when given.")
    batch_size: int = Field(8, ge=1)
    gradient_accumulation: int = Field(1, ge=1)
    max_length: int = Field(2048, ge=8)
    packing: bool = True
    bf16: bool | Literal["auto"] = "auto"
    gradient_checkpointing: bool = False
    attention: Literal["sdpa", "eager", "flash_attention_2"] = "sdpa"
    seed: int = 0
    logging_steps: int = Field(10, ge=1)
    save_steps: int = Field(100, ge=1)
    save_total_limit: int = Field(2, ge=1)
    eval_steps: int | None = Field(None, ge=1, description="Default: at each save.")
    name: str | None = Field(None, description="The run's name (default: output_dir's name).")

    @model_validator(mode="after")
    def _one_dataset(self) -> TrainConfig:
        if (self.dataset is None) == (self.train is None):
            raise ValueError("give 'dataset' (a prepared folder) or 'train' (a file), not both")
        if self.dataset is not None and self.validation is not None:
            raise ValueError("'validation' goes with 'train'; a dataset folder holds its own")
        return self

    @property
    def run_name(self) -> str:
        return self.name or self.output_dir.name

    @property
    def train_file(self) -> Path:
        return self.dataset / "train.jsonl" if self.dataset is not None else _given(self.train)

    @property
    def validation_file(self) -> Path | None:
        if self.dataset is not None:
            held = self.dataset / "validation.jsonl"
            return held if held.exists() and held.stat().st_size else None
        return self.validation

    def resolved(self, folder: Path) -> TrainConfig:
        """The config with its relative paths taken from ``folder`` (the file's own)."""

        def at(p: Path | None) -> Path | None:
            return None if p is None else (p if p.is_absolute() else folder / p)

        base = self.base_model
        if not Path(base).is_absolute() and (folder / base).exists():
            base = str(folder / base)
        return self.model_copy(
            update={
                "base_model": base,
                "dataset": at(self.dataset),
                "train": at(self.train),
                "validation": at(self.validation),
                "output_dir": at(self.output_dir),
            }
        )


def _given(path: Path | None) -> Path:
    assert path is not None  # the validator requires dataset or train
    return path


class TrainConfigError(ValueError):
    """A config that cannot be used: ``str()`` names the file, the line and the field."""


def load_train_config(path: Path) -> TrainConfig:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainConfigError(f"{path}: cannot read: {exc}") from None
    try:
        raw, lines = read_yaml(text)
    except YamlProblem as exc:
        at = f"{path}:{exc.line}" if exc.line else str(path)
        raise TrainConfigError(f"{at}: {exc.problem}") from None
    try:
        config = TrainConfig.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        err = exc.errors()[0]
        message = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        raise TrainConfigError(f"{where(str(path), lines, tuple(err['loc']))}: {message}") from None
    config = config.resolved(path.resolve().parent)
    if not config.train_file.is_file():
        key = "dataset" if config.dataset is not None else "train"
        raise TrainConfigError(f"{where(str(path), lines, (key,))}: no file {config.train_file}")
    return config
