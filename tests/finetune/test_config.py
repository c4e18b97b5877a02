"""The training config: defaults, paths from the file's folder, errors naming file:line.field."""

from __future__ import annotations

from pathlib import Path

import pytest

from lmops.finetune.config import TrainConfigError, load_train_config


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "train.jsonl").write_text("{}\n")
    (data / "validation.jsonl").write_text("")
    (tmp_path / "base").mkdir()
    return tmp_path


def write(folder: Path, text: str) -> Path:
    path = folder / "train.yaml"
    path.write_text(text)
    return path


def test_defaults_and_paths_from_the_file(folder: Path) -> None:
    config = load_train_config(write(folder, "base_model: base\ndataset: data\noutput_dir: out\n"))
    assert config.base_model == str(folder / "base")  # a local folder beside the file
    assert config.train_file == folder / "data" / "train.jsonl"
    assert config.validation_file is None  # empty: nothing held out
    assert config.output_dir == folder / "out" and config.run_name == "out"
    assert config.lora.r == 16 and config.lora.target_modules == [
        "q_proj",
        "k_proj",
        "v_proj",
        "o_proj",
    ]
    assert config.packing and config.bf16 == "auto" and config.max_steps is None
    named = load_train_config(
        write(
            folder, "base_model: org/model\ntrain: data/train.jsonl\noutput_dir: /tmp/o\nname: v1\n"
        )
    )
    assert named.base_model == "org/model" and named.run_name == "v1"  # a name, left as given


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "base_model: b\ndataset: data\noutput_dir: o\nlora:\n  r: 0\n",
            r"train\.yaml:5: lora\.r: .*greater than or equal to 1",
        ),
        (
            "base_model: b\ndataset: data\noutput_dir: o\nlearning_rat: 1\n",
            r"train\.yaml:4: learning_rat: unknown field",
        ),
        ("base_model: b\ndataset: data\n", r"train\.yaml: output_dir: Field required"),
        ("base_model: b\noutput_dir: o\n", r"give 'dataset' .* or 'train'"),
        ("base_model: b\ndataset: data\ntrain: data/train.jsonl\noutput_dir: o\n", r"not both"),
        (
            "base_model: b\ndataset: data\noutput_dir: o\nscheduler: step\n",
            r"train\.yaml:4: scheduler: Input should be",
        ),
        (
            "base_model: b\ntrain: nowhere.jsonl\noutput_dir: o\n",
            r"train\.yaml:2: train: no file .*nowhere\.jsonl",
        ),
        ("base_model: [b\n", r"train\.yaml:2: invalid YAML"),
    ],
)
def test_errors_name_the_line_and_field(folder: Path, text: str, message: str) -> None:
    with pytest.raises(TrainConfigError, match=message):
        load_train_config(write(folder, text))
