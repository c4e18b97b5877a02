"""Configured guardrail rules, compiled once: what each looks for in a text and how it redacts.

A :class:`Rule` scans one text and answers a :class:`Scan` (what it found, as entity types or
rule reasons, never the values) or ``None``. The gateway decides per stage and action what a
scan means; ``json_schema`` rules are applied by the gateway to whole answers, and the judge
layer of an injection rule is the gateway's too (it needs a model call).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from lmops.config_guardrails import GuardrailRule
from lmops.guardrails import injection, pii
from lmops.guardrails.placeholders import Placeholders

__all__ = ["DEFAULT_ENTITIES", "Hit", "Rule", "RuleError", "Scan", "compile_rules"]

DEFAULT_ENTITIES = pii.ENTITY_TYPES  # the pattern types: PERSON and LOCATION need a model
_INPUT_ROLES = {
    "injection": frozenset({"user", "tool", "function"}),
}
_ALL_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
# Characters: a system prompt of one sentence costs the PII scan ~8 us and its digest ~1 us;
# a word or two is not worth remembering.
_CACHED_FROM = 16
_CLEAN_ENTRIES = 4096


class RuleError(ValueError):
    """A configured rule that cannot run here (a model it needs is not installed)."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that fired: where, with which action, and on what kinds (never the values)."""

    rule: str
    stage: str
    action: str
    kinds: tuple[str, ...]

    def label(self) -> str:
        """``rule:stage:action[:kind|kind]``: the request log's form."""
        base = f"{self.rule}:{self.stage}:{self.action}"
        return f"{base}:{'|'.join(self.kinds)}" if self.kinds else base


@dataclass(frozen=True, slots=True)
class Scan:
    kinds: tuple[str, ...]
    findings: tuple[pii.Finding, ...] = ()  # spans to redact (pii, banned terms)
    score: float = 1.0


class Rule:
    """One configured rule, ready to scan texts."""

    def __init__(self, config: GuardrailRule, salt: bytes) -> None:
        self.config = config
        self.name = config.name
        self.check = config.check
        self.stage = config.stage
        self.action = config.action
        self.redaction = config.redaction or ("placeholder" if config.stage == "input" else "type")
        self.roles = (
            frozenset(config.roles)
            if config.roles is not None
            else _INPUT_ROLES.get(config.check, _ALL_ROLES)
        )
        self.models = frozenset(config.models) if config.models is not None else None
        self.teams = frozenset(config.teams) if config.teams is not None else None
        self.keys = frozenset(config.keys) if config.keys is not None else None
        self._entities = tuple(config.entities or DEFAULT_ENTITIES)
        self._ner: pii.NerModel | None = None
        if any(e in pii.NER_TYPES for e in self._entities):
            self._ner = pii.load_spacy_ner()
            if self._ner is None:
                raise RuleError(
                    f"guardrail rule {config.name!r}: PERSON and LOCATION need an offline NER"
                    " model: pip install spacy and its en_core_web_sm package"
                )
        self._salt = salt
        self._terms = _terms_pattern(config.terms) if config.terms else None
        # The injection detector's mode without the judge (the gateway adds the judge).
        self._mode: Literal["fast", "full"] = "fast" if config.mode == "fast" else "full"
        self._clean: dict[bytes, None] = {}  # digests of long texts found clean, oldest first

    def applies(
        self, group: str, key: tuple[str, str] | None, team: tuple[str, str] | None
    ) -> bool:
        """Whether the rule covers a request to ``group`` by ``key`` of ``team`` ((id, name))."""
        if self.models is not None and group not in self.models:
            return False
        if self.keys is not None and (key is None or self.keys.isdisjoint(key)):
            return False
        return self.teams is None or (team is not None and not self.teams.isdisjoint(team))

    def scan(self, text: str) -> Scan | None:
        """What this rule finds in ``text``, or ``None``.

        Texts found clean (16 characters or more) are remembered by digest (never the text, and
        nothing about a text with findings), so a system prompt or a conversation's history sent
        again with every request is not scanned again.
        """
        if len(text) < _CACHED_FROM:
            return self._scan(text)
        digest = _digest(text)
        if digest in self._clean:
            return None
        found = self._scan(text)
        if found is None:
            if len(self._clean) >= _CLEAN_ENTRIES:
                del self._clean[next(iter(self._clean))]  # the oldest
            self._clean[digest] = None
        return found

    def _scan(self, text: str) -> Scan | None:
        if self.check == "pii":
            findings = pii.detect(text, self._entities, ner=self._ner)
            if not findings:
                return None
            return Scan(_kinds(f.entity_type for f in findings), tuple(findings))
        if self.check == "injection":
            verdict = injection.detect(text, mode=self._mode, threshold=self.config.threshold)
            if not verdict.is_injection:
                return None
            return Scan(verdict.reasons or ("injection",), score=verdict.score)
        if self._terms is not None:
            found = tuple(
                pii.Finding("BANNED_TERM", m.start(), m.end(), 1.0, m.group())
                for m in self._terms.finditer(text)
            )
            return Scan(("BANNED_TERM",), found) if found else None
        return None

    def redact(self, text: str, scan: Scan, placeholders: Placeholders | None) -> str:
        """``text`` with what ``scan`` found replaced, in this rule's redaction form."""
        findings = list(scan.findings)
        if self.redaction == "placeholder":
            assert placeholders is not None
            return placeholders.redact(text, findings)
        return pii.redact(text, self.redaction, findings=findings, salt=self._salt)


@functools.lru_cache(maxsize=8)  # every rule on a request asks for the same texts' digests
def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def compile_rules(rules: Sequence[GuardrailRule], salt: bytes) -> list[Rule]:
    return [Rule(rule, salt) for rule in rules]


def _kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(kinds)))


def _terms_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """Whole words or phrases, case-insensitive; longest first so a phrase beats its word."""
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
