"""Grounding metrics for retrieval-augmented answers, on embeddings by default or by a judge.

A RAG case is the output (the answer), ``vars["question"]`` (default: the rendered prompt),
``vars["contexts"]`` (the retrieved passages, in rank order: a list of strings, one string, or
a JSON array of strings in one string, as a CSV dataset's cell holds a list),
``vars["expected_contexts"]`` (the passages that should have been retrieved) and the reference
answer (the assertion's string value, else ``vars["reference"]``). Texts are cut into sentences
(:func:`split_sentences`); a sentence is the unit every metric counts.

* ``faithfulness``: the share of the answer's sentences (its claims) supported by the contexts.
  Ragas and DeepEval have an LLM break the answer into claims first; here a claim is a sentence,
  in both modes. An answer with no sentence has no value.
* ``hallucination``: the same measurement, reported as a hallucination rate (the share of
  claims not supported) in the reason. Its value stays the *supported* share, higher is better,
  as for every score here: the runner's ``threshold`` means "at least" and compare counts a
  falling value as a regression, so a rate (lower is better) as the value would invert both.
  ``threshold: 0.9`` on either means "at most 10% of claims unsupported". (DeepEval's
  hallucination is lower-is-better and counts contexts the output contradicts; DeepEval itself
  points RAG users to faithfulness, which is what this measures.)
* ``answer-relevance``: embeddings: ``max(0, cos(question, answer))`` (Ragas compares the
  question with questions generated back from the answer; we compare with the answer directly).
  Judge: the share of the answer's sentences that help answer the question (DeepEval's).
* ``context-relevance``: the share of the contexts' sentences relevant to the question (Ragas'
  first context relevancy, DeepEval's contextual relevancy): how much of what was retrieved is
  noise.
* ``context-precision``: are the relevant contexts ranked first? A context is relevant when it
  holds the expected contexts' information (else the reference answer's); the value is Ragas'
  average precision, ``sum_k precision@k * relevant_k / relevant contexts``, 0 when none is.
* ``context-recall``: the share of the expected contexts' sentences (else the reference's) that
  the retrieved contexts hold (Ragas' context recall; its non-LLM variant with reference
  contexts).

Embedding mode (the default; any ``TextEncoder``, the offline MiniLM unless given): an item is
supported (or relevant) when its best cosine with a sentence of the evidence is at least a cut:
:data:`SUPPORT_CUT` between statements (on MiniLM a paraphrase scores about 0.85-0.99, a
different fact about the same subject 0.35-0.7), :data:`RELEVANT_CUT` between a question and a
statement (a direct answer about 0.83-0.89, a sentence on the subject that does not answer it
about 0.4-0.6). For a group (a context), its best sentence counts. Embeddings measure topic,
not truth: "The tower is in Rome" against "The tower stands in Paris" scores 0.74, just under
the cut; use judge mode where contradictions matter.

Judge mode (``value: {mode: judge}``): the judge sees the same numbered items with the evidence
and gives one verdict per item; an answer is usable only with exactly one boolean verdict per
id (otherwise re-asked, then ERROR; see :func:`lmops.evals.metrics.judge.ask_json`). Without a
judge at run time the score is ERROR. The value aggregates the verdicts as above.

Each passes at :data:`GROUNDING_PASS` (as DeepEval's default), ``answer-relevance`` on
embeddings at :data:`RELEVANT_CUT`; a test's ``threshold`` replaces that. A missing input (no
contexts, no question and no prompt, neither expected contexts nor a reference for precision
and recall) is ERROR: the suite is wrong, the output is not.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from lmops.evals.metrics.judge import DATA_NOTE, JudgeAnswerError, ask_json, judge_bool, tagged
from lmops.evals.metrics.semantic import TextEncoder, _unit, default_encoder
from lmops.evals.score import Score, ScoreError, metric

# lmops.evals.calls imports the suite, whose schema imports the metrics: types only here.
if TYPE_CHECKING:
    from lmops.evals.calls import Judge

__all__ = [
    "GROUNDING_PASS",
    "RELEVANT_CUT",
    "SUPPORT_CUT",
    "RagCase",
    "answer_relevance",
    "average_precision",
    "check_mode",
    "context_precision",
    "context_recall",
    "context_relevance",
    "faithfulness",
    "hallucination",
    "split_sentences",
]

SUPPORT_CUT: Final = 0.75  # statement vs statement; as `similar`'s pass mark
RELEVANT_CUT: Final = 0.6  # question vs statement
GROUNDING_PASS: Final = 0.5
_MODES: Final = ("embedding", "judge")
# A sentence ends at . ! ? before a space and a non-lowercase character ("e.g. this" stays
# whole), or at a line break (list items, paragraphs).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z\s])|\s*\n\s*")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, list markers stripped, pieces without a letter dropped."""
    pieces = (p.strip(" \t-*\u2022") for p in _SENTENCE_END.split(text))
    return [p for p in pieces if any(c.isalpha() for c in p)]


def check_mode(value: Any) -> str:
    """The mode a grounding metric's value asks for: none or a string (the reference) is
    ``embedding``; ``{mode: embedding|judge}`` says which. ValueError otherwise."""
    if value is None or isinstance(value, str):
        return "embedding"
    if isinstance(value, dict) and set(value) == {"mode"} and value["mode"] in _MODES:
        return str(value["mode"])
    raise ValueError(
        "a grounding metric's value is the reference (a string) or {mode: embedding|judge}"
    )


def _texts(vars: Mapping[str, Any], key: str) -> tuple[str, ...] | None:
    got = vars.get(key)
    if got is None:
        return None
    if isinstance(got, str) and got.lstrip().startswith("["):
        # A CSV dataset's cell is text: a JSON array in it is the list of passages.
        with contextlib.suppress(ValueError):
            got = json.loads(got)
    if isinstance(got, str):
        return (got,)
    if isinstance(got, list | tuple) and all(isinstance(t, str) for t in got):
        return tuple(got)
    raise ScoreError(f"vars.{key} must be a string or a list of strings")


@dataclass(frozen=True, slots=True)
class RagCase:
    """The inputs of a grounding metric, read once from the runner's context."""

    name: str
    mode: str
    vars: Mapping[str, Any]
    prompt: str | None
    reference: str | None

    def contexts(self) -> tuple[str, ...]:
        got = _texts(self.vars, "contexts")
        if got is None:
            raise ScoreError(f"{self.name} needs vars.contexts (the retrieved passages)")
        return got

    def question(self) -> str:
        got = self.vars.get("question", self.prompt)
        if not isinstance(got, str) or not got.strip():
            raise ScoreError(f"{self.name} needs vars.question or a prompt")
        return got

    def expected(self) -> tuple[str, str, tuple[str, ...]]:
        """What retrieval should have found: (tag, description, texts), from
        vars.expected_contexts, else the reference answer."""
        given = _texts(self.vars, "expected_contexts")
        if given is not None:
            return "expected contexts", "the expected contexts", given
        if self.reference is not None and self.reference.strip():
            return "expected answer", "the expected answer", (self.reference,)
        raise ScoreError(f"{self.name} needs vars.expected_contexts or a reference answer")


def _case(name: str, context: Mapping[str, Any]) -> RagCase:
    try:
        mode = check_mode(context.get("value"))
    except ValueError as exc:
        raise ScoreError(str(exc)) from None
    vars = context.get("vars") or {}
    reference = context.get("reference")
    reference = reference if isinstance(reference, str) else None
    return RagCase(name, mode, vars, context.get("prompt"), reference)


def _best_cosines(
    groups: Sequence[Sequence[str]], evidence: Sequence[str], embedder: TextEncoder | None
) -> list[float]:
    """Per group of sentences, the best cosine of any of them with any evidence text (-1 for
    an empty group or no evidence), encoding each distinct text once."""
    flat = [s for group in groups for s in group]
    if not flat or not evidence:
        return [-1.0] * len(groups)
    texts = list(dict.fromkeys([*flat, *evidence]))
    encoder = embedder if embedder is not None else default_encoder()
    vectors = _unit(np.asarray(encoder.sentences(texts), dtype=np.float32))
    row = {t: i for i, t in enumerate(texts)}
    sims = vectors[[row[s] for s in flat]] @ vectors[[row[e] for e in evidence]].T
    if not np.isfinite(sims).all():
        raise ScoreError("the embeddings model returned a vector that is not finite")
    best = sims.max(axis=1)
    out: list[float] = []
    start = 0
    for group in groups:
        out.append(float(best[start : start + len(group)].max()) if group else -1.0)
        start += len(group)
    return out


def _verdicts(
    judge: Judge | None,
    name: str,
    task: str,
    evidence: Mapping[str, str],
    items: Sequence[str],
) -> list[bool]:
    """One judge verdict per item (module doc)."""
    listed = "\n".join(f"[{i}] {text}" for i, text in enumerate(items, 1))
    parts = [task, *(tagged(tag, text) for tag, text in evidence.items()), tagged("items", listed)]
    parts.append(
        f"Give exactly one verdict for each of the {len(items)} items. Answer with only a JSON "
        'object: {"verdicts": [{"id": 1, "reason": "<a few words>", "verdict": true or false}, '
        "...]}"
    )
    messages = [
        {"role": "system", "content": "You evaluate retrieval-augmented answers. " + DATA_NOTE},
        {"role": "user", "content": "\n\n".join(parts)},
    ]

    def validate(obj: dict[str, Any]) -> list[bool]:
        given = obj.get("verdicts")
        if not isinstance(given, list):
            raise JudgeAnswerError('"verdicts" must be a list')
        found: dict[int, bool] = {}
        for entry in given:
            ident = entry.get("id") if isinstance(entry, dict) else None
            if isinstance(ident, bool) or not isinstance(ident, int):
                raise JudgeAnswerError('each verdict needs a whole-number "id"')
            if not 1 <= ident <= len(items) or ident in found:
                raise JudgeAnswerError(f"id {ident} is out of range or given twice")
            found[ident] = judge_bool(entry, "verdict")
        missing = [i for i in range(1, len(items) + 1) if i not in found]
        if missing:
            raise JudgeAnswerError(f"no verdict for ids {missing[:10]}")
        return [found[i] for i in range(1, len(items) + 1)]

    return ask_json(judge, messages, validate, name=name)


def _numbered(texts: Sequence[str]) -> str:
    return "\n\n".join(f"({i}) {t}" for i, t in enumerate(texts, 1))


def average_precision(relevant: Sequence[bool]) -> float:
    """Mean of precision@k over the ranks k that are relevant; 0 when none is."""
    hits, total = 0, 0.0
    for k, rel in enumerate(relevant, 1):
        if rel:
            hits += 1
            total += hits / k
    return total / hits if hits else 0.0


def _first_miss(items: Sequence[str], verdicts: Sequence[bool], what: str) -> str:
    for item, ok in zip(items, verdicts, strict=True):
        if not ok:
            short = item if len(item) <= 80 else item[:77] + "..."
            return f"; {what}: {short!r}"
    return ""


def _claims(
    name: str, output: str, context: Mapping[str, Any]
) -> tuple[list[str], list[bool]] | None:
    """The output's claims and whether each is supported; None when it has none."""
    case = _case(name, context)
    claims = split_sentences(output)
    if not claims:
        return None
    contexts = case.contexts()
    if case.mode == "judge":
        task = (
            "Each item is a sentence of an answer. Verdict true when everything it states is "
            "supported by the contexts, false when it adds to or contradicts them."
        )
        judge = context.get("judge")
        return claims, _verdicts(judge, name, task, {"contexts": _numbered(contexts)}, claims)
    evidence = [s for c in contexts for s in split_sentences(c)]
    cosines = _best_cosines([[s] for s in claims], evidence, context.get("embedder"))
    return claims, [c >= SUPPORT_CUT for c in cosines]


_NO_CLAIMS: Final = Score(None, False, "no claims to check: the output has no sentence")


@metric("faithfulness", slow=True, check=check_mode)
def faithfulness(output: str, **context: Any) -> Score:
    """The share of the output's sentences supported by ``vars.contexts`` (module doc)."""
    found = _claims("faithfulness", output, context)
    if found is None:
        return _NO_CLAIMS
    claims, verdicts = found
    n, supported = len(verdicts), sum(verdicts)
    miss = _first_miss(claims, verdicts, "unsupported")
    reason = f"{supported} of {n} claims supported by the contexts{miss}"
    return Score(supported / n, supported / n >= GROUNDING_PASS, reason)


@metric("hallucination", slow=True, check=check_mode)
def hallucination(output: str, **context: Any) -> Score:
    """Faithfulness' value, reported as a hallucination rate (module doc: higher is better)."""
    found = _claims("hallucination", output, context)
    if found is None:
        return _NO_CLAIMS
    claims, verdicts = found
    n, unsupported = len(verdicts), verdicts.count(False)
    miss = _first_miss(claims, verdicts, "first")
    reason = f"hallucination rate {unsupported / n:.2f}: {unsupported} of {n} claims unsupported"
    value = 1.0 - unsupported / n
    return Score(value, value >= GROUNDING_PASS, reason + miss)


def _share(verdicts: Sequence[bool], items: Sequence[str], what: str, miss: str) -> Score:
    n, good = len(verdicts), sum(verdicts)
    value = good / n
    reason = f"{good} of {n} {what}{_first_miss(items, verdicts, miss)}"
    return Score(value, value >= GROUNDING_PASS, reason)


@metric("answer-relevance", slow=True, check=check_mode)
def answer_relevance(output: str, **context: Any) -> Score:
    """How well the output addresses the question (module doc)."""
    case = _case("answer-relevance", context)
    question = case.question()
    sentences = split_sentences(output)
    if not sentences:
        return Score(None, False, "nothing to judge: the output has no sentence")
    if case.mode == "judge":
        task = (
            "Each item is a sentence of an answer to the question. Verdict true when it helps "
            "answer the question (directly or as needed detail), false when it does not."
        )
        verdicts = _verdicts(
            context.get("judge"), case.name, task, {"question": question}, sentences
        )
        return _share(verdicts, sentences, "sentences address the question", "off-topic")
    cos = _best_cosines([[output]], [question], context.get("embedder"))[0]
    value = min(1.0, max(0.0, cos))
    return Score(value, value >= RELEVANT_CUT, f"cosine with the question {cos:.3f}")


@metric("context-relevance", slow=True, check=check_mode)
def context_relevance(output: str, **context: Any) -> Score:
    """The share of the contexts' sentences relevant to the question (module doc)."""
    case = _case("context-relevance", context)
    question = case.question()
    sentences = [s for c in case.contexts() for s in split_sentences(c)]
    if not sentences:
        return Score(None, False, "nothing to judge: the contexts have no sentence")
    if case.mode == "judge":
        task = (
            "Each item is a sentence of the retrieved context. Verdict true when it is relevant "
            "to answering the question, false when it is not."
        )
        verdicts = _verdicts(
            context.get("judge"), case.name, task, {"question": question}, sentences
        )
    else:
        cosines = _best_cosines([[s] for s in sentences], [question], context.get("embedder"))
        verdicts = [c >= RELEVANT_CUT for c in cosines]
    return _share(verdicts, sentences, "context sentences relevant", "irrelevant")


@metric("context-precision", slow=True, check=check_mode)
def context_precision(output: str, **context: Any) -> Score:
    """Average precision of the contexts' ranking, relevance from the expected contexts or the
    reference (module doc)."""
    case = _case("context-precision", context)
    contexts = case.contexts()
    tag, described, expected = case.expected()
    if not contexts:
        return Score(0.0, False, "no contexts retrieved")
    if case.mode == "judge":
        task = (
            "Each item is a retrieved context. Verdict true when it holds information found in "
            f"{described}, i.e. it is useful for arriving at it; false otherwise."
        )
        verdicts = _verdicts(
            context.get("judge"), case.name, task, {tag: _numbered(expected)}, contexts
        )
    else:
        groups = [split_sentences(c) for c in contexts]
        evidence = [s for e in expected for s in split_sentences(e)]
        cosines = _best_cosines(groups, evidence, context.get("embedder"))
        verdicts = [c >= SUPPORT_CUT for c in cosines]
    value = average_precision(verdicts)
    ranks = [k for k, rel in enumerate(verdicts, 1) if rel]
    reason = f"relevant contexts at ranks {ranks} of {len(verdicts)}"
    return Score(value, value >= GROUNDING_PASS, reason)


@metric("context-recall", slow=True, check=check_mode)
def context_recall(output: str, **context: Any) -> Score:
    """The share of the expected contexts' (or reference's) sentences found in the retrieved
    contexts (module doc)."""
    case = _case("context-recall", context)
    contexts = case.contexts()
    _, described, expected = case.expected()
    statements = [s for e in expected for s in split_sentences(e)]
    if not statements:
        return Score(None, False, f"nothing to recall: {described} have no sentence")
    if case.mode == "judge":
        task = (
            f"Each item is a sentence of {described}. Verdict true when its information can be "
            "found in the retrieved contexts, false when it cannot."
        )
        verdicts = _verdicts(
            context.get("judge"), case.name, task, {"contexts": _numbered(contexts)}, statements
        )
    else:
        evidence = [s for c in contexts for s in split_sentences(c)]
        cosines = _best_cosines([[s] for s in statements], evidence, context.get("embedder"))
        verdicts = [c >= SUPPORT_CUT for c in cosines]
    return _share(verdicts, statements, f"sentences of {described} retrieved", "missing")
