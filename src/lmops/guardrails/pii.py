"""PII and secret detection and redaction.

:func:`detect` runs one cheap regex per entity type (see :mod:`.pii_recognizers`), validates
only the candidates (Luhn, mod-97, issued SSN ranges, ``ipaddress``, JWT headers), adds an
optional NER model's PERSON / LOCATION spans, and keeps non-overlapping findings: the longest
span wins, then the higher score. Entity names follow Presidio's.

Redaction modes: ``type`` replaces a value with ``<EMAIL_ADDRESS>``; ``mask`` replaces every
character with ``*`` (same length, no characters kept, not even a card's last four digits, so a
masked text never narrows a value down); ``hash`` writes ``<EMAIL_ADDRESS:`` and the first 12 hex
digits of HMAC-SHA256(salt, value), so equal values stay linkable without being readable.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import importlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from lmops.guardrails.pii_recognizers import Span, recognizers_for

__all__ = [
    "ENTITY_TYPES",
    "NER_TYPES",
    "Finding",
    "NerModel",
    "detect",
    "load_spacy_ner",
    "redact",
    "spacy_ner_installed",
]

ENTITY_TYPES: tuple[str, ...] = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IBAN_CODE",
    "IP_ADDRESS",
    "SECRET",
)
NER_TYPES: tuple[str, ...] = ("PERSON", "LOCATION")

# NER labels of common models mapped to the entity names used here.
_NER_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION"}
_NER_LABELS |= {"LOCATION": "LOCATION"}

RedactMode = Literal["type", "mask", "hash"]


class NerModel(Protocol):
    """A named-entity model: ``(label, start, end, score)`` for each entity it finds."""

    def entities(self, text: str) -> list[tuple[str, int, int, float]]: ...


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity; ``text`` holds the sensitive value and stays out of ``repr``."""

    entity_type: str
    start: int
    end: int
    score: float
    text: str = field(repr=False)


def detect(
    text: str,
    entities: Collection[str] | None = None,
    *,
    min_score: float = 0.5,
    ner: NerModel | None = None,
) -> list[Finding]:
    """Find PII and secrets in ``text``: non-overlapping findings sorted by start.

    ``entities`` limits the types looked for (default: all pattern types, plus PERSON and
    LOCATION when ``ner`` is given); findings scoring under ``min_score`` are dropped.
    """
    spans: list[Span] = []
    for entity_type, recognize in recognizers_for(text):
        if entities is None or entity_type in entities:
            spans.extend(s for s in recognize(text) if s[3] >= min_score)
    if ner is not None:
        spans.extend(_ner_spans(text, ner, entities, min_score))
    return [Finding(t, s, e, sc, text[s:e]) for t, s, e, sc in _resolve(spans)]


def _ner_spans(
    text: str, ner: NerModel, entities: Collection[str] | None, min_score: float
) -> list[Span]:
    spans: list[Span] = []
    for label, start, end, score in ner.entities(text):
        name = _NER_LABELS.get(label)
        if name is None or score < min_score or not 0 <= start < end <= len(text):
            continue
        if entities is None or name in entities:
            spans.append((name, start, end, score))
    return spans


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep the longest span of each overlapping group (then the highest score)."""
    if len(spans) < 2:
        return spans
    kept: list[Span] = []
    starts: list[int] = []
    for span in sorted(spans, key=lambda s: (s[1] - s[2], -s[3], s[1])):
        i = bisect.bisect_right(starts, span[1])
        if i and kept[i - 1][2] > span[1]:
            continue
        if i < len(kept) and kept[i][1] < span[2]:
            continue
        starts.insert(i, span[1])
        kept.insert(i, span)
    return kept


def redact(
    text: str,
    mode: RedactMode = "type",
    *,
    findings: Sequence[Finding] | None = None,
    entities: Collection[str] | None = None,
    salt: bytes = b"",
) -> str:
    """Replace each finding in ``text`` (detected now unless ``findings`` is given)."""
    if findings is None:
        findings = detect(text, entities)
    out: list[str] = []
    last = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last : f.start])
        out.append(_replacement(f, text[f.start : f.end], mode, salt))
        last = f.end
    out.append(text[last:])
    return "".join(out)


def _replacement(finding: Finding, value: str, mode: RedactMode, salt: bytes) -> str:
    if mode == "type":
        return f"<{finding.entity_type}>"
    if mode == "mask":
        return "*" * len(value)
    if mode == "hash":
        digest = hmac.new(salt, value.encode(), hashlib.sha256).hexdigest()[:12]
        return f"<{finding.entity_type}:{digest}>"
    raise ValueError(f"unknown redaction mode {mode!r}: expected type, mask or hash")


@dataclass(frozen=True, slots=True)
class _SpacyNer:
    nlp: Any

    def entities(self, text: str) -> list[tuple[str, int, int, float]]:
        doc = self.nlp(text)
        return [(e.label_, e.start_char, e.end_char, 0.85) for e in doc.ents]


def spacy_ner_installed(name: str = "en_core_web_sm") -> bool:
    """Whether spaCy and the model ``name`` are installed (nothing is loaded)."""
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        return False
    return bool(spacy.util.is_package(name))


def load_spacy_ner(name: str = "en_core_web_sm") -> NerModel | None:
    """A spaCy model as a :class:`NerModel`, or None when spaCy or the model is not installed.

    Never downloads: only a model installed as a package is loaded.
    """
    if not spacy_ner_installed(name):
        return None
    spacy = importlib.import_module("spacy")
    try:
        nlp = spacy.load(name, disable=["parser", "lemmatizer", "tagger"])
    except OSError:
        return None
    return _SpacyNer(nlp)
