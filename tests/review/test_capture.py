"""Capture rules: the request-log writer sends the requests a queue's rules match to it, in the
batch's transaction, once however often the batch is written; negative feedback too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from lmops.prompts.experiment_store import ExperimentStore
from lmops.review.capture import ReviewCapture, capture_feedback
from lmops.review.rubric import CaptureRule, Rubric
from lmops.review.store import ReviewStore
from lmops.store.request_batch import BatchInserter
from tests.conftest_store import BACKENDS, make_record, migrated_engine

RUBRIC = Rubric.model_validate({"fields": [{"kind": "boolean", "name": "ok"}]})


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    with migrated_engine(request.param, tmp_path) as engine:
        yield engine


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def traffic() -> list:  # type: ignore[type-arg]
    return [
        make_record(
            i,
            model_group="large" if i % 2 else "small",
            status_code=502 if i % 10 == 0 else 200,
            guardrails="pii:input:flag:EMAIL_ADDRESS" if i % 25 == 0 else None,
            prompt_name="support" if i % 3 == 0 else None,
            request_body=f'{{"n": {i}}}',
        )
        for i in range(200)
    ]


def refs(store: ReviewStore, queue: str) -> set[int]:
    return {int(item.source_ref.removeprefix("req")) for item in store.items(queue, limit=500)}  # type: ignore[union-attr]


def test_the_writer_sends_each_queue_what_its_rules_match(engine: sa.Engine) -> None:
    store = ReviewStore(engine)
    rules = {
        "errors": [CaptureRule(only="errors")],
        "flags": [CaptureRule(only="guardrail_flags")],
        "large-support": [CaptureRule(models=["large"], prompts=["support"])],
        "sampled": [CaptureRule(sample=0.25)],
        "none": [],
    }
    for name, queue_rules in rules.items():
        store.create_queue(name, RUBRIC, rules=queue_rules)
    writer = BatchInserter(engine, ReviewCapture())
    records = traffic()
    assert writer.write(records, retry=False) == 0
    assert refs(store, "errors") == {i for i in range(200) if i % 10 == 0}
    assert refs(store, "flags") == {0, 25, 50, 75, 100, 125, 150, 175}
    assert refs(store, "large-support") == {i for i in range(200) if i % 2 and i % 3 == 0}
    sampled = refs(store, "sampled")
    assert 30 <= len(sampled) <= 70  # a quarter of 200, by hash of the queue and request
    assert store.items("none") == []
    [item] = [i for i in store.items("errors") if i.source_ref == records[10].id]
    assert item.source == "request" and item.input == '{"n": 10}' and item.meta["status"] == 502

    # A batch written again (a retry whose first commit was not acknowledged) adds nothing.
    writer.write(records, retry=True)
    assert refs(store, "sampled") == sampled and len(store.items("errors", limit=500)) == 20


def test_new_rules_are_read_within_seconds(engine: sa.Engine) -> None:
    clock = Clock()
    writer = BatchInserter(engine, ReviewCapture(clock))
    writer.write([make_record(1)], retry=False)  # reads the rules: none yet
    store = ReviewStore(engine)
    store.create_queue("all", RUBRIC, rules=[CaptureRule()])
    writer.write([make_record(2)], retry=False)
    assert store.items("all") == []  # the writer's copy is still the old one
    clock.now += 5.0
    writer.write([make_record(3)], retry=False)
    assert [i.source_ref for i in store.items("all")] == [make_record(3).id]


def test_negative_feedback_sends_a_logged_request_to_review(engine: sa.Engine) -> None:
    store = ReviewStore(engine)
    low = CaptureRule(only="negative_feedback", feedback_below=0.4, models=["small"])
    store.create_queue("unhappy", RUBRIC, rules=[low])
    BatchInserter(engine, ReviewCapture()).write(traffic()[:4], retry=False)
    assert store.items("unhappy") == []  # the writer leaves feedback rules alone
    assert capture_feedback(engine, make_record(0).id, 0.9) == 0  # not low
    assert capture_feedback(engine, make_record(1).id, 0.1) == 0  # a "large" request
    assert capture_feedback(engine, make_record(2).id, None) == 0
    assert capture_feedback(engine, "req-not-logged-yet", 0.0) == 0
    assert capture_feedback(engine, make_record(2).id, 0.1) == 1
    assert capture_feedback(engine, make_record(2).id, 0.0) == 1  # again: still one item
    assert [i.source_ref for i in store.items("unhappy")] == [make_record(2).id]


def test_feedback_that_came_before_its_request_was_written(engine: sa.Engine) -> None:
    store, feedback = ReviewStore(engine), ExperimentStore(engine)
    low = CaptureRule(only="negative_feedback", feedback_below=0.4, models=["small"])
    store.create_queue("unhappy", RUBRIC, rules=[low])
    early = traffic()[:6]
    scores = {0: 0.9, 2: 0.6, 4: None}  # 2: a low score after a high one counts; 4: no score
    for n, score in scores.items():
        feedback.add_feedback(early[n].id, score=score, label="bad" if score is None else None)
    feedback.add_feedback(early[2].id, score=0.1)
    feedback.add_feedback(early[1].id, score=0.0)  # a "large" request: the rule leaves it
    assert capture_feedback(engine, early[2].id, 0.1) == 0  # not written yet
    BatchInserter(engine, ReviewCapture()).write(early, retry=False)
    assert refs(store, "unhappy") == {2}
