"""The tiny model and a dataset it memorises: fixtures and helpers of the training tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.finetune.tiny_model import tiny_model

# Short sentences of the test tokenizer's words: a LoRA on the tiny model learns them in tens of
# steps, so a run that trains shows it in its loss and in what the adapter answers.
PAIRS = [
    ("what is two plus two?", "four."),
    ("translate cat to french:", "chat"),
    ("the quick brown fox", "jumps over the lazy dog"),
    ("the lazy dog", "the quick brown fox"),
]


def chat_row(question: str, answer: str) -> str:
    messages = [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return json.dumps({"messages": messages}) + "\n"


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("peft")
    return tiny_model(tmp_path_factory.mktemp("tiny-base"))


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A prepared dataset folder: train.jsonl (each pair 4 times), validation.jsonl."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "train.jsonl").write_text("".join(chat_row(q, a) for q, a in PAIRS * 4))
    (folder / "validation.jsonl").write_text("".join(chat_row(q, a) for q, a in PAIRS))
    return folder


@pytest.fixture(scope="session")
def trained(tiny_base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An adapter of the tiny model that answers PAIRS (trained once a session)."""
    from lmops.finetune.config import load_train_config
    from lmops.finetune.train import Training

    folder = tmp_path_factory.mktemp("trained")
    data = folder / "data"
    data.mkdir()
    (data / "train.jsonl").write_text("".join(chat_row(q, a) for q, a in PAIRS * 4))
    return Training(load_train_config(write_config(folder, tiny_base, data))).run().adapter


def write_config(folder: Path, base: Path, data: Path, **extra: object) -> Path:
    """A training config for the tiny model that memorises PAIRS in about 30 steps."""
    settings = {
        "base_model": str(base),
        "dataset": str(data),
        "output_dir": "out",
        "lora": {"r": 8, "alpha": 16, "dropout": 0.0, "target_modules": "all-linear"},
        "learning_rate": 0.02,
        "warmup_ratio": 0.0,
        "max_steps": 40,
        "batch_size": 4,
        "max_length": 128,
        "logging_steps": 5,
        "save_steps": 20,
    } | extra
    path = folder / "train.yaml"
    path.write_text(json.dumps(settings, indent=2))  # JSON is YAML
    return path
