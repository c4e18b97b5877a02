"""Training rows: the loss on the assistant's tokens only, packing, and a packed row that
trains each example exactly as it would alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lmops.finetune.data import CHATML, IGNORE, Collator, Tokenized, pack, rows, tokenize
from lmops.finetune.examples import Example, Message
from tests.finetune.tiny_model import tiny_model

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_model(tmp_path_factory.mktemp("tiny"))


@pytest.fixture
def tokenizer(model_dir: Path) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)


def chat(*turns: str, system: str | None = None) -> Example:
    roles = ["user", "assistant"] * len(turns)
    messages = [Message(r, t) for r, t in zip(roles, turns, strict=False)]
    if system is not None:
        messages.insert(0, Message("system", system))
    return Example(tuple(messages), "test", "1")


def trained_text(tokenizer: Any, t: Tokenized) -> list[str]:
    return [tokenizer.convert_ids_to_tokens(x) for x in t.labels if x != IGNORE]


def test_only_the_answers_are_trained(tokenizer: Any) -> None:
    example = chat("what is two plus two?", "four.", "the fox", "jumps", system="be brief")
    [t] = tokenize(tokenizer, [example], 100)
    assert len(t.input_ids) == len(t.labels)
    # Each answer and its end token; not the prompt's "<|assistant|>", the user or the system.
    assert trained_text(tokenizer, t) == ["four", ".", "<|end|>", "jumps", "<|end|>"]
    # Every trained label is the token at its place.
    assert all(lab in (IGNORE, tok) for lab, tok in zip(t.labels, t.input_ids, strict=True))


def test_a_tokenizer_without_a_template_gets_chatml(tokenizer: Any) -> None:
    tokenizer.chat_template = None
    [t] = tokenize(tokenizer, [chat("the fox", "jumps")], 100)
    assert tokenizer.chat_template == CHATML
    text = tokenizer.decode([x for x in t.labels if x != IGNORE])
    assert "jumps" in text and "fox" not in text


def test_examples_with_nothing_to_train_are_left_out(tokenizer: Any) -> None:
    no_answer = Example((Message("user", "the fox"),), "test", "1")
    long_prompt = chat("the quick brown fox jumps over the lazy dog " * 5, "four")
    kept = tokenize(tokenizer, [no_answer, long_prompt, chat("cat", "chat")], 20)
    assert len(kept) == 1
    assert all(len(t.input_ids) <= 20 for t in kept)


def test_pack_fills_rows_first_fit() -> None:
    lengths = [7, 3, 5, 2, 9, 4, 1]
    packed = pack(lengths, 10)
    assert sorted(i for row in packed for i in row) == list(range(len(lengths)))
    assert all(sum(lengths[i] for i in row) <= 10 for row in packed)
    assert len(packed) == 4  # 31 tokens need 4 rows of 10; first fit decreasing finds 4
    assert all(row == sorted(row) for row in packed)
    assert pack([12, 3], 10) == [[0], [1]]  # a longer example is a row alone


def test_collator_pads_and_counts_real_tokens() -> None:
    a = Tokenized([1, 2, 3], [IGNORE, 2, 3])
    b = Tokenized([4, 5], [IGNORE, 5])
    plain = Collator(pad_id=0, packed=False)([[a], [b]])
    assert plain["input_ids"].tolist() == [[1, 2, 3], [4, 5, 0]]
    assert plain["attention_mask"].tolist() == [[1, 1, 1], [1, 1, 0]]
    assert plain["labels"].tolist() == [[IGNORE, 2, 3], [IGNORE, 5, IGNORE]]
    assert int(plain["num_tokens"]) == 5
    packed = Collator(pad_id=0, packed=True)([[a, b], [b]])
    assert "attention_mask" not in packed and packed["use_cache"] is False
    assert packed["position_ids"].tolist() == [[0, 1, 2, 0, 1], [0, 1, 0, 1, 2]]
    # The first token of the second example is not predicted from the end of the first.
    assert packed["labels"].tolist()[0] == [IGNORE, 2, 3, IGNORE, 5]
    assert int(packed["num_tokens"]) == 7


def test_a_packed_row_computes_each_example_as_alone(model_dir: Path, tokenizer: Any) -> None:
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(model_dir), attn_implementation="sdpa")
    model.eval()
    examples = tokenize(
        tokenizer,
        [chat("what is two plus two?", "four."), chat("the fox", "jumps"), chat("cat", "chat")],
        64,
    )
    [row] = rows(examples, 64, packed=True)
    assert len(row) == 3
    batch = Collator(0, packed=True)([row])
    batch.pop("num_tokens")
    labels = batch.pop("labels")
    with torch.no_grad():
        together = model(**batch).logits[0]
        alone = [model(input_ids=torch.tensor([t.input_ids])).logits[0] for t in row]
        # Without the restarting positions the examples see each other: the check can fail.
        leaky = model(input_ids=batch["input_ids"], use_cache=False).logits[0]
    assert torch.allclose(together, torch.cat(alone), atol=1e-5)
    assert not torch.allclose(leaky, torch.cat(alone), atol=1e-3)
    assert labels.shape == batch["input_ids"].shape
