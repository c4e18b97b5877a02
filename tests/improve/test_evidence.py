"""The production evidence against a prompt: negative feedback, low review ratings and
guardrail flags, each request once; and the well-rated requests, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
import sqlalchemy as sa

from lmops.finetune.sources import Rating
from lmops.improve.evidence import production_items, well_rated
from lmops.prompts.experiment_store import ExperimentStore
from lmops.review.rubric import Rubric
from lmops.review.store import ReviewStore, request_item
from lmops.store.request_batch import BatchInserter
from lmops.store.request_log import record_from_row
from lmops.store.tables import request_log
from tests.conftest_store import BACKENDS, BASE_TIME, make_record, migrated_engine

SINCE = datetime.fromtimestamp(BASE_TIME - 1, UTC)


def body(n: int) -> str:
    return orjson.dumps({"messages": [{"role": "user", "content": f"question {n}"}]}).decode()


def answer(n: int) -> str:
    reply = {"choices": [{"message": {"role": "assistant", "content": f"answer {n}"}}]}
    return orjson.dumps(reply).decode()


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    with migrated_engine(request.param, tmp_path) as engine:
        records = [
            make_record(n, prompt_name="other" if n == 7 else "support", request_body=body(n),
                        response_body=answer(n),
                        guardrails="pii:output:flag:EMAIL" if n in (3, 4) else None)
            for n in range(8)
        ]  # fmt: skip
        BatchInserter(engine).write(records, retry=False)
        yield engine


def test_evidence_and_examples(engine: sa.Engine) -> None:
    feedback = ExperimentStore(engine)
    for n, score in ((0, 0.1), (1, 0.9), (2, 1.0), (2, 0.3), (3, 0.0), (5, 0.95), (7, 0.0)):
        feedback.add_feedback(make_record(n).id, score=score)
    reviews = ReviewStore(engine)
    rubric = {"fields": [{"kind": "numeric", "name": "quality", "min": 1, "max": 5}]}
    reviews.create_queue("quality", Rubric.model_validate(rubric))
    with engine.connect() as conn:
        rows = conn.execute(sa.select(request_log).order_by(request_log.c.id)).all()
    reviews.add_items("quality", [request_item(record_from_row(r)) for r in rows[5:7]])
    for quality in (1, 5):  # request 5 rated 1, request 6 rated 5
        item = reviews.next_item("quality", "ann")
        assert item is not None
        reviews.submit(item.id, "ann", {"quality": quality})

    found = production_items(engine, "support", SINCE, review_queue="quality",
                             low_rating=Rating.parse("quality<=2"))  # fmt: skip
    by = {item.ref: item for item in found}
    ids = {make_record(n).id: n for n in range(8)}
    assert sorted((ids[ref], item.kind) for ref, item in by.items()) == [
        (0, "feedback"), (2, "feedback"), (3, "feedback"), (4, "guardrail"), (5, "review")
    ]  # fmt: skip
    # Request 3 had both negative feedback and a flag: one item. Request 7 is another prompt's.
    assert by[make_record(2).id].why == "feedback score 0.3"
    assert by[make_record(0).id].input == "question 0"
    assert by[make_record(0).id].output == "answer 0"
    assert by[make_record(5).id].why == "review quality<=2"
    assert len(production_items(engine, "support", SINCE, feedback_below=0.05)) == 2  # 3 and 4
    good = well_rated(engine, "support", SINCE, min_feedback=0.8)
    assert [ids[e.ref.removeprefix("log:")] for e in good] == [1, 5]  # 2 was also given 0.3
    assert good[0].messages == [{"role": "user", "content": "question 1"}]
