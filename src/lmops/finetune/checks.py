"""The checks every example passes before it is trained on, each drop, change or doubt
recorded as an :class:`Issue` that names the input line and the reason.

In order: the row's shape, the order of roles, empty messages, the output format, PII and
secrets (the guardrails' detectors: drop, redact or keep), the token length under the target
tokenizer (drop or cut the last message), exact duplicates, and near duplicates (MinHash over
word 3-grams, by Jaccard similarity).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import orjson

from lmops.finetune.examples import Example, Format, Message, role_problem, write_row
from lmops.finetune.tokens import TokenCounter, fit_last
from lmops.guardrails.pii import detect, redact

if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

__all__ = ["Action", "CheckOptions", "Checker", "Issue"]

Action = Literal["dropped", "changed", "suspicious"]
_WORD = re.compile(r"\w+")
_PERMUTATIONS = 128


@dataclass(frozen=True, slots=True)
class Issue:
    """What happened to one input: ``where`` (``file:line`` or ``log:<request id>``), the
    ``action``, the ``rule`` that took it, and why (never a value found by the PII check)."""

    where: str
    action: Action
    rule: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {
            "where": self.where,
            "action": self.action,
            "rule": self.rule,
            "reason": self.reason,
        }

    def __str__(self) -> str:
        return f"{self.where}: {self.action} ({self.rule}): {self.reason}"


@dataclass(frozen=True, slots=True)
class CheckOptions:
    form: Format = "chatml"
    max_tokens: int = 4096
    too_long: Literal["drop", "truncate"] = "drop"
    pii: Literal["drop", "redact", "keep"] = "redact"
    near_duplicates: float | None = 0.9  # the Jaccard similarity that makes one; None: off


class Checker:
    """Checks examples one after the other (duplicates are found against those kept before);
    ``issues`` collects what happened, ``tokens`` each kept example's count."""

    def __init__(self, options: CheckOptions, counter: TokenCounter) -> None:
        self.options = options
        self.counter = counter
        self.issues: list[Issue] = []
        self.tokens: list[int] = []
        self._seen: dict[str, str] = {}  # a kept example's digest -> where it was read
        self._lsh: MinHashLSH | None = None
        if options.near_duplicates is not None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=options.near_duplicates, num_perm=_PERMUTATIONS)
        self._hashes: dict[str, tuple[MinHash, str]] = {}  # LSH key -> signature, where

    def dropped(self, where: str, rule: str, reason: str) -> None:
        self.issues.append(Issue(where, "dropped", rule, reason))

    def counts(self) -> dict[str, Counter[str]]:
        """How many inputs each rule dropped, changed or doubted."""
        found: dict[str, Counter[str]] = {}
        for issue in self.issues:
            found.setdefault(issue.action, Counter())[issue.rule] += 1
        return found

    def check(self, example: Example) -> Example | None:
        """``example`` as it may be trained on (changed, maybe), or None when it is dropped."""
        where = example.where
        problem = role_problem(example.messages)
        if problem is not None:
            self.dropped(where, "roles", problem)
            return None
        for i, message in enumerate(example.messages):
            if not message.content.strip():
                self.dropped(where, "empty", f"messages[{i}] ({message.role}) has no text")
                return None
        if self.options.form != "chatml":
            try:
                write_row(example, self.options.form)
            except ValueError as exc:
                self.dropped(where, "format", str(exc))
                return None
        checked = self._pii(example)
        fitted = self._fitted(checked) if checked is not None else None
        if fitted is None or not self._unique(fitted[0]):
            return None
        self.tokens.append(fitted[1])
        return fitted[0]

    def _pii(self, example: Example) -> Example | None:
        found: Counter[str] = Counter()
        messages = []
        for message in example.messages:
            findings = detect(message.content)
            found.update(f.entity_type for f in findings)
            if findings and self.options.pii == "redact":
                message = Message(message.role, redact(message.content, findings=findings))
            messages.append(message)
        if not found:
            return example
        what = ", ".join(f"{n} {kind}" for kind, n in sorted(found.items()))
        if self.options.pii == "drop":
            self.dropped(example.where, "pii", f"found {what}")
            return None
        if self.options.pii == "keep":
            self.issues.append(Issue(example.where, "suspicious", "pii", f"found {what} (kept)"))
            return example
        self.issues.append(Issue(example.where, "changed", "pii", f"redacted {what}"))
        return example.with_messages(tuple(messages))

    def _fitted(self, example: Example) -> tuple[Example, int] | None:
        """``example`` within the token limit, and its count."""
        most, tokens = self.options.max_tokens, self.counter.count(example.messages)
        if tokens <= most:
            return example, tokens
        over = f"{tokens:,} tokens, over {most:,}"
        if self.options.too_long == "drop":
            self.dropped(example.where, "tokens", over)
            return None
        fitted = fit_last(self.counter, example.messages, most)
        if fitted is None:
            reason = f"{over}, and the last message cannot be cut to fit"
            self.dropped(example.where, "tokens", reason)
            return None
        count = self.counter.count(fitted)
        reason = f"{over}: the last message cut to {count:,}"
        self.issues.append(Issue(example.where, "changed", "tokens", reason))
        return example.with_messages(fitted), count

    def _unique(self, example: Example) -> bool:
        """Whether ``example`` is neither a copy nor a near copy of one kept before."""
        pairs = [(m.role, m.content.strip()) for m in example.messages]
        digest = hashlib.sha256(orjson.dumps(pairs)).hexdigest()
        first = self._seen.get(digest)
        if first is not None:
            self.dropped(example.where, "duplicate", f"the same as {first}")
            return False
        if self._lsh is not None:
            signature, least = _minhash(example.messages), self.options.near_duplicates
            for other in self._lsh.query(signature):  # candidates: some may be less similar
                kept, where = self._hashes[other]
                similarity = signature.jaccard(kept)
                if least is not None and similarity >= least:
                    reason = f"{similarity:.2f} similar to {where}"
                    self.dropped(example.where, "near_duplicate", reason)
                    return False
            key = str(len(self._hashes))
            self._lsh.insert(key, signature)
            self._hashes[key] = (signature, example.where)
        self._seen[digest] = example.where
        return True


def _minhash(messages: tuple[Message, ...]) -> Any:
    from datasketch import MinHash

    words = _WORD.findall(" ".join(m.content for m in messages).lower())
    shingles = {" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 1))}
    signature = MinHash(num_perm=_PERMUTATIONS, seed=1)
    signature.update_batch([s.encode() for s in shingles])
    return signature
