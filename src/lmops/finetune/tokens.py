"""Counting an example's tokens: with the target model's tokenizer (a local Hugging Face
tokenizer, its chat template applied when it has one), or lmops' conservative estimate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from lmops.catalog.tokens import count_text_tokens
from lmops.finetune.examples import Message

__all__ = ["EstimateCounter", "TokenCounter", "TokenizerCounter", "fit_last", "load_counter"]

_PER_MESSAGE = 4  # role and separators, when no chat template says otherwise


class TokenCounter(Protocol):
    name: str

    def count(self, messages: Sequence[Message]) -> int:
        """The tokens a training row of ``messages`` holds."""
        ...

    def cut(self, text: str, tokens: int) -> str:
        """The start of ``text`` that holds at most ``tokens`` tokens."""
        ...


class EstimateCounter:
    """No tokenizer: lmops' estimate (a third of a token a character, more for scripts of
    several bytes a character), which rarely falls under a real tokenizer's count."""

    name = "estimate"

    def count(self, messages: Sequence[Message]) -> int:
        return sum(count_text_tokens(m.content) + _PER_MESSAGE for m in messages)

    def cut(self, text: str, tokens: int) -> str:
        low, high = 0, len(text)  # the longest prefix within ``tokens``
        while low < high:
            middle = (low + high + 1) // 2
            if count_text_tokens(text[:middle]) <= tokens:
                low = middle
            else:
                high = middle - 1
        return text[:low]


class TokenizerCounter:
    """A local tokenizer (``transformers``): a folder as ``save_pretrained`` writes it, or a
    ``tokenizer.json``. Nothing is downloaded."""

    def __init__(self, path: Path) -> None:
        from transformers import AutoTokenizer, PreTrainedTokenizerFast

        if path.is_file():
            self._tokenizer: Any = PreTrainedTokenizerFast(tokenizer_file=str(path))  # type: ignore[no-untyped-call]
        else:
            self._tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.name = str(path)
        self._template = bool(getattr(self._tokenizer, "chat_template", None))

    def count(self, messages: Sequence[Message]) -> int:
        if self._template:
            rows = [{"role": m.role, "content": m.content} for m in messages]
            ids = self._tokenizer.apply_chat_template(rows, tokenize=True)
            return len(ids["input_ids"] if isinstance(ids, Mapping) else ids)  # a BatchEncoding
        return sum(len(self._encode(m.content)) + _PER_MESSAGE for m in messages)

    def cut(self, text: str, tokens: int) -> str:
        # Where the tokens end in the text: the text itself is kept, never a decoding of it.
        ends = self._tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        offsets = ends["offset_mapping"]
        if len(offsets) <= tokens:
            return text
        return text[: offsets[tokens - 1][1]] if tokens > 0 else ""

    def _encode(self, text: str) -> list[int]:
        return list(self._tokenizer.encode(text, add_special_tokens=False))


def load_counter(path: Path | None) -> TokenCounter:
    """The tokenizer at ``path`` (``OSError`` or ``ValueError`` when it cannot be read), or the
    estimate without one."""
    return EstimateCounter() if path is None else TokenizerCounter(path)


def fit_last(
    counter: TokenCounter, messages: tuple[Message, ...], most: int
) -> tuple[Message, ...] | None:
    """``messages`` with the last one's content cut so that the whole holds at most ``most``
    tokens, or None when the messages before it leave it no room."""
    head, last = messages[:-1], messages[-1]
    room = most - counter.count((*head, Message(last.role, "")))
    for _ in range(4):  # a cut can merge into a longer token at its end: cut a little more
        if room <= 0:
            return None
        fitted = (*head, Message(last.role, counter.cut(last.content, room)))
        over = counter.count(fitted) - most
        if over <= 0:
            return fitted if fitted[-1].content.strip() else None
        room -= over
    return None
