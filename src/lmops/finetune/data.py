"""Training rows from examples: tokenised with the model's chat template, the loss on the
assistant's tokens only, and (with packing) several short examples in one row.

- :func:`tokenize` renders each conversation with the tokenizer's chat template (ChatML when
  the tokenizer has none) and marks as trained the tokens each assistant message adds after the
  prompt that asks for it (``add_generation_prompt``): the model learns the answers and their
  end token, never the user's words.
- :func:`pack` fills rows of ``max_length`` tokens, first fit with the longest examples first.
- :class:`Collator` makes a batch. Rows of one example get an attention mask and padding. A
  packed row gets ``position_ids`` that restart at each example and no attention mask, from
  which transformers builds a block-diagonal mask: an example never attends to its neighbours,
  so it trains exactly as it would alone (``tests/finetune/test_data.py`` checks the logits).
  transformers does so only when the forward pass keeps no cache: the batch says
  ``use_cache=False`` (a model in eval mode would otherwise attend across examples).
  Each batch carries ``num_tokens``, its real (unpadded) tokens, for the trainer's meter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from lmops.finetune.examples import Example, Message

__all__ = ["CHATML", "Collator", "Tokenized", "pack", "tokenize"]

IGNORE = -100  # the label the loss skips

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


@dataclass(frozen=True, slots=True)
class Tokenized:
    input_ids: list[int]
    labels: list[int]  # IGNORE where no loss is taken

    @property
    def trained(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE)


def _ids(tokenizer: Any, messages: Sequence[Message], prompt: bool = False) -> list[int]:
    rows = [{"role": m.role, "content": m.content} for m in messages]
    if not rows:
        return []
    out = tokenizer.apply_chat_template(rows, tokenize=True, add_generation_prompt=prompt)
    ids = out["input_ids"] if hasattr(out, "keys") else out  # a BatchEncoding in transformers 5
    return list(ids)


def tokenize(tokenizer: Any, examples: Iterable[Example], max_length: int) -> list[Tokenized]:
    """Each example's tokens and labels, cut to ``max_length``; an example left with nothing
    to train on (no assistant message, or all of it cut) is left out."""
    if not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = CHATML
    out = []
    for example in examples:
        messages = example.messages
        ids = _ids(tokenizer, messages)
        labels = [IGNORE] * len(ids)
        for i, message in enumerate(messages):
            if message.role != "assistant":
                continue
            # The answer's tokens: after the prompt asking for it, up to the end of its turn.
            start = len(_ids(tokenizer, messages[:i], prompt=True))
            end = len(_ids(tokenizer, messages[: i + 1]))
            labels[start:end] = ids[start:end]
        ids, labels = ids[:max_length], labels[:max_length]
        if any(label != IGNORE for label in labels):
            out.append(Tokenized(ids, labels))
    return out


def pack(lengths: Sequence[int], max_length: int) -> list[list[int]]:
    """Indexes of ``lengths`` grouped into rows of at most ``max_length`` tokens: first fit,
    longest first, each row's examples in their first order."""
    rows: list[list[int]] = []
    room: list[int] = []
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        for r, left in enumerate(room):
            if lengths[i] <= left:
                rows[r].append(i)
                room[r] -= lengths[i]
                break
        else:
            rows.append([i])
            room.append(max_length - lengths[i])
    return [sorted(row) for row in rows]


class Collator:
    """Batches of rows; a row is a list of :class:`Tokenized` (one unless packed)."""

    def __init__(self, pad_id: int, packed: bool) -> None:
        self.pad_id = pad_id
        self.packed = packed

    def __call__(self, rows: Sequence[Sequence[Tokenized]]) -> dict[str, Any]:
        import torch

        width = max(sum(len(t.input_ids) for t in row) for row in rows)
        ids, labels, positions, masks = [], [], [], []
        real = 0
        for row in rows:
            row_ids: list[int] = []
            row_labels: list[int] = []
            row_positions: list[int] = []
            for t in row:
                row_ids += t.input_ids
                # The first token of an example is never predicted from the one before it.
                row_labels += [IGNORE, *t.labels[1:]]
                row_positions += range(len(t.input_ids))
            used = len(row_ids)
            real += used
            gap = width - used
            ids.append(row_ids + [self.pad_id] * gap)
            labels.append(row_labels + [IGNORE] * gap)
            positions.append(row_positions + list(range(gap)))  # padding: a block of its own
            masks.append([1] * used + [0] * gap)
        batch: dict[str, Any] = {
            "input_ids": torch.tensor(ids),
            "labels": torch.tensor(labels),
            "num_tokens": torch.tensor(real),
        }
        if self.packed:
            batch["position_ids"] = torch.tensor(positions)
            # transformers infers the examples' blocks from the positions only without a cache.
            batch["use_cache"] = False
        else:
            batch["attention_mask"] = torch.tensor(masks)
        return batch


def rows(tokenized: Sequence[Tokenized], max_length: int, packed: bool) -> list[list[Tokenized]]:
    """The training rows: packed into ``max_length``, or one example each."""
    if not packed:
        return [[t] for t in tokenized]
    return [
        [tokenized[i] for i in row]
        for row in pack([len(t.input_ids) for t in tokenized], max_length)
    ]
