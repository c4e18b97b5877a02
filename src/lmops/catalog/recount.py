"""Re-counting logged text with another model's tokenizer, for a replay at that model's prices:
the ratio of its counts to the counts the serving model reported, over the requests whose bodies
were logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from lmops.evals.log_dataset import dataset_from_log
from lmops.store.request_log import record_from_row
from lmops.store.tables import request_log

__all__ = ["Recount", "load_tokenizer", "recount"]

# OpenAI's chat format: tokens around each message and to prime the reply.
_PER_MESSAGE = 4
_REPLY_PRIMING = 3


@dataclass(frozen=True, slots=True)
class Recount:
    requests: int  # the logged requests re-counted
    prompt_ratio: float  # the tokenizer's prompt tokens over the logged ones
    completion_ratio: float


def load_tokenizer(path: Path) -> Callable[[str], int]:
    """A token counter from a Hugging Face ``tokenizer.json`` (or a folder holding one)."""
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise ValueError("re-counting needs tokenizers: pip install 'lmops[finetune]'") from None
    file = path / "tokenizer.json" if path.is_dir() else path
    try:
        tokenizer = Tokenizer.from_file(str(file))
    except Exception as exc:
        raise ValueError(f"{file}: not a tokenizer.json ({exc})") from None
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)


def recount(
    engine: sa.Engine,
    count: Callable[[str], int],
    since: datetime,
    until: datetime,
    model_group: str | None,
    sample: int,
) -> Recount | None:
    """The ratios over the newest ``sample`` answered requests with bodies and token counts
    logged in the window; None when there are none."""
    t = request_log
    stmt = (
        sa.select(t)
        .where(
            t.c.created_at >= since,
            t.c.created_at <= until,
            t.c.status_code == 200,
            t.c.request_body.is_not(None),
            t.c.response_body.is_not(None),
            t.c.prompt_tokens > 0,
            t.c.completion_tokens > 0,
        )
        .order_by(t.c.created_at.desc())
        .limit(sample)
    )
    if model_group is not None:
        stmt = stmt.where(t.c.model_group == model_group)
    logged_in = logged_out = new_in = new_out = requests = 0
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    for row in rows:
        record = record_from_row(row)
        made = dataset_from_log([record]).rows
        if not made:
            continue
        value = made[0]
        requests += 1
        logged_in += record.prompt_tokens or 0
        logged_out += record.completion_tokens or 0
        new_in += _prompt_tokens(value, count)
        new_out += count(str(value["reference"]))
    if not requests or not logged_in or not logged_out:
        return None
    return Recount(requests, new_in / logged_in, new_out / logged_out)


def _prompt_tokens(value: dict[str, Any], count: Callable[[str], int]) -> int:
    messages = value.get("messages")
    if not isinstance(messages, list):
        return count(str(value["input"]))
    total = _REPLY_PRIMING
    for message in messages:
        total += _PER_MESSAGE
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            total += count(content)
        elif isinstance(content, list):
            total += sum(
                count(part["text"])
                for part in content
                if isinstance(part, dict) and isinstance(part.get("text"), str)
            )
    return total
