"""``lmops finetune prepare``: rows in, a checked dataset out.

The folder it writes holds ``train.jsonl`` and ``validation.jsonl`` in the chosen format,
``report.jsonl`` (one line per dropped, changed or suspicious input: where, what, which rule,
why) and the dataset card, ``card.json`` (counts, token statistics, sources, the options used,
and a hash of the two data files). The files are written into a folder beside DIR, which then
takes DIR's place, so a crash leaves the previous dataset or the new one, never a mix; a DIR
that holds anything else is refused.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from lmops.finetune.checks import Checker, CheckOptions, Issue
from lmops.finetune.examples import Example, NotAnExample, parse_row, write_row
from lmops.finetune.sources import Rating, Row
from lmops.finetune.tokens import TokenCounter

__all__ = ["FILES", "Card", "PrepareOptions", "prepare", "publish", "split"]

FILES = ("train.jsonl", "validation.jsonl", "report.jsonl", "card.json")


@dataclass(frozen=True, slots=True)
class PrepareOptions:
    checks: CheckOptions = field(default_factory=CheckOptions)
    validation: float = 0.1  # the share of examples held out
    seed: int = 0
    stratify: bool = False  # hold out that share of each source
    rating: Rating | None = None  # what a review export's rows must have been rated


@dataclass(frozen=True, slots=True)
class Card:
    """What ``card.json`` holds."""

    format: str
    counts: dict[str, int]
    issues: dict[str, dict[str, int]]  # action -> rule -> inputs
    tokens: dict[str, dict[str, float]]  # split -> statistic -> tokens
    tokenizer: str
    sources: dict[str, dict[str, int]]  # source -> read, kept
    options: dict[str, Any]
    sha256: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def prepare(
    rows: Iterable[Row],
    out: Path,
    options: PrepareOptions,
    counter: TokenCounter,
    *,
    filters: dict[str, Any] | None = None,
    on_issue: Callable[[Issue], None] = lambda issue: None,
) -> Card:
    """Check ``rows``, split what is kept, and write the dataset into ``out`` (made if need
    be); ``on_issue`` hears each issue as it is found."""
    _replaceable(out)  # before the work, not after it
    checker = Checker(options.checks, counter)
    kept: list[Example] = []
    read: Counter[str] = Counter()
    reported = 0
    for row in rows:
        read[row.source] += 1
        example = _example(row, options.rating, checker)
        if example is not None:
            example = checker.check(example)
        if example is not None:
            kept.append(example)
        for issue in checker.issues[reported:]:
            on_issue(issue)
        reported = len(checker.issues)
    counted = list(zip(kept, checker.tokens, strict=True))
    train, held = split(counted, options.validation, options.seed, options.stratify)
    form = options.checks.form
    digest = hashlib.sha256()
    files: dict[str, bytes] = {}
    for name, part in (("train.jsonl", train), ("validation.jsonl", held)):
        files[name] = b"".join(orjson.dumps(write_row(e, form)) + b"\n" for e, _ in part)
        digest.update(files[name])
    files["report.jsonl"] = b"".join(orjson.dumps(i.to_json()) + b"\n" for i in checker.issues)
    card = Card(
        format=form,
        counts={
            "read": sum(read.values()),
            "kept": len(kept),
            "dropped": sum(1 for i in checker.issues if i.action == "dropped"),
            "train": len(train),
            "validation": len(held),
        },
        issues={action: dict(rules) for action, rules in checker.counts().items()},
        tokens={
            "train": _statistics([n for _, n in train]),
            "validation": _statistics([n for _, n in held]),
        },
        tokenizer=counter.name,
        sources={
            source: {"read": n, "kept": sum(1 for e in kept if e.source == source)}
            for source, n in read.items()
        },
        options={
            **asdict(options.checks),
            "validation": options.validation,
            "seed": options.seed,
            "stratify": options.stratify,
            **({"rating": str(options.rating)} if options.rating else {}),
            **({"log": filters} if filters else {}),
        },
        sha256=digest.hexdigest(),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    files["card.json"] = orjson.dumps(card.to_json(), option=orjson.OPT_INDENT_2) + b"\n"
    publish(out, files)
    return card


def _example(row: Row, rating: Rating | None, checker: Checker) -> Example | None:
    if row.error is not None:
        checker.dropped(row.where, "schema", row.error)
        return None
    value = row.value
    if rating is not None and isinstance(value, dict) and value.get("object") == "review_item":
        agreed = value.get("consensus")
        if not isinstance(agreed, dict) or not rating.holds(agreed):
            shown = agreed.get(rating.field) if isinstance(agreed, dict) else None
            checker.dropped(row.where, "rating", f"{rating.field} agreed {shown!r}, not {rating}")
            return None
    try:
        return parse_row(value, row.source, row.at)
    except NotAnExample as exc:
        checker.dropped(row.where, "schema", str(exc))
        return None


def split(
    examples: list[tuple[Example, int]], share: float, seed: int, stratify: bool
) -> tuple[list[tuple[Example, int]], list[tuple[Example, int]]]:
    """Train and validation examples (with their token counts), each in input order: ``share``
    of them held out at random (``seed``), of each source when ``stratify``. At least one is
    held out when the share is above 0 and there are two or more; at least one is always left
    to train on."""
    groups: dict[str, list[int]] = {}
    for i, (example, _) in enumerate(examples):
        groups.setdefault(example.source if stratify else "", []).append(i)
    held: set[int] = set()
    rng = random.Random(seed)
    for members in groups.values():
        n = len(members)
        count = round(n * share)
        if share > 0 and n >= 2:
            count = max(count, 1)
        held.update(rng.sample(members, min(count, max(n - 1, 0))))
    train = [e for i, e in enumerate(examples) if i not in held]
    return train, [e for i, e in enumerate(examples) if i in held]


def _statistics(counts: list[int]) -> dict[str, float]:
    if not counts:
        return {"examples": 0, "total": 0}
    ordered = sorted(counts)
    return {
        "examples": len(counts),
        "total": sum(counts),
        "min": ordered[0],
        "mean": round(statistics.fmean(counts), 1),
        "p50": ordered[len(ordered) // 2],
        "p95": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
        "max": ordered[-1],
    }


def _replaceable(out: Path) -> None:
    """``FileExistsError`` unless ``out`` is missing, or a folder of a dataset's files alone."""
    if not out.exists():
        return
    others = sorted({p.name for p in out.iterdir()} - set(FILES)) if out.is_dir() else []
    if others or not out.is_dir():
        shown = ", ".join(others[:3]) or "a file"
        raise FileExistsError(f"{out} holds more than a dataset ({shown}): choose a new folder")


def publish(out: Path, files: dict[str, bytes]) -> None:
    """``files`` as the folder ``out``, whole: written and synced in a folder beside it, which
    then takes its place (a dataset there before is moved aside, then removed).
    ``FileExistsError`` when ``out`` holds anything but a dataset's files."""
    _replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging, previous = (out.with_name(f".{out.name}.{end}") for end in ("partial", "previous"))
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for name, data in files.items():
        with (staging / name).open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    if not out.exists():
        os.replace(staging, out)
        return
    shutil.rmtree(previous, ignore_errors=True)
    os.replace(out, previous)
    os.replace(staging, out)
    shutil.rmtree(previous)
