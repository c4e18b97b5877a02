"""A small tokenizer trained in the test (nothing downloaded), saved as a Hugging Face folder
with a chat template, and as a bare tokenizer.json."""

from __future__ import annotations

from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

CORPUS = [
    "the quick brown fox jumps over the lazy dog",
    "what is two plus two? four.",
    "translate cat to french: chat",
] * 20
# Each message: a role token, its content, an end token (what chat models' templates do).
TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}<|end|>{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


def train_tokenizer(folder: Path) -> Path:
    """The folder holding the tokenizer (with its chat template); tokenizer.json is in it."""
    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    specials = ["<unk>", "<|system|>", "<|user|>", "<|assistant|>", "<|end|>"]
    tokenizer.train_from_iterator(
        CORPUS, trainers.BpeTrainer(vocab_size=200, special_tokens=specials)
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="<unk>", eos_token="<|end|>", pad_token="<unk>"
    )
    fast.chat_template = TEMPLATE
    fast.save_pretrained(str(folder))
    return folder
