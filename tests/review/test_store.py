"""Review queues in the store, on SQLite and PostgreSQL: items added once per source, claims
that never hand an item to more reviewers than it has slots (also when they ask at once),
lapsed claims, skips, scores checked against the rubric, finished reviews read back."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from lmops.review.rubric import Rubric, ScoreError
from lmops.review.store import Conflict, NewItem, NotFound, ReviewStore
from tests.conftest_store import BACKENDS, migrated_engine

RUBRIC = Rubric.model_validate(
    {
        "fields": [
            {"kind": "numeric", "name": "helpful", "min": 1, "max": 5, "labels": {"1": "no"}},
            {"kind": "category", "name": "tone", "categories": ["formal", "casual"]},
            {"kind": "boolean", "name": "correct"},
            {"kind": "text", "name": "comment"},
        ]
    }
)
GOOD = {"helpful": 4, "tone": "formal", "correct": True}


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    with migrated_engine(request.param, tmp_path) as engine:
        yield engine


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def queue_with(store: ReviewStore, items: int, per_item: int = 1, name: str = "q") -> None:
    store.create_queue(name, RUBRIC, reviews_per_item=per_item, instructions="Be kind.")
    store.add_items(name, [NewItem(f"question {i}", output=f"answer {i}") for i in range(items)])


def test_queues_are_created_once_and_listed_with_their_counts(engine: sa.Engine) -> None:
    store = ReviewStore(engine)
    queue_with(store, 3, per_item=2)
    with pytest.raises(Conflict, match="exists already"):
        store.create_queue("q", RUBRIC)
    with pytest.raises(NotFound, match="no review queue named 'nope'"):
        store.queue("nope")
    store.create_queue("empty", RUBRIC)
    first = store.next_item("q", "ann")
    assert first is not None
    store.submit(first.id, "ann", GOOD)
    summary = {s.queue.name: s for s in store.queues()}
    assert (summary["q"].items, summary["q"].done, summary["q"].reviews) == (3, 0, 1)
    assert (summary["empty"].items, summary["empty"].reviews) == (0, 0)
    assert summary["q"].queue.rubric == RUBRIC and summary["q"].queue.instructions == "Be kind."


def test_an_item_from_the_same_source_is_added_once(engine: sa.Engine) -> None:
    store = ReviewStore(engine)
    store.create_queue("q", RUBRIC)
    request = NewItem("hi", source="request", source_ref="req-1", meta={"model": "m"})
    assert store.add_items("q", [request, NewItem("free text")]) == (2, 0)
    assert store.add_items("q", [request, NewItem("free text")]) == (1, 1)
    items = store.items("q")
    assert [i.input for i in items] == ["hi", "free text", "free text"]
    assert items[0].meta == {"model": "m"} and items[0].source_ref == "req-1"
    assert [i.input for i in store.items("q", after=items[0].id, limit=1)] == ["free text"]


def test_each_item_goes_to_as_many_reviewers_as_it_asks_never_twice_to_one(
    engine: sa.Engine,
) -> None:
    store = ReviewStore(engine)
    queue_with(store, 2, per_item=2)
    handed: Counter[int] = Counter()
    for reviewer in ("ann", "bob", "cy"):
        while (item := store.next_item("q", reviewer)) is not None:
            handed[item.id] += 1
            store.submit(item.id, reviewer, GOOD)
    assert sorted(handed.values()) == [2, 2]
    assert store.next_item("q", "dee") is None
    assert [i.done for i in store.items("q", state="done")] == [2, 2]
    assert store.items("q", state="open") == []


def test_a_reviewer_gets_back_the_item_they_hold_until_they_finish_it(
    engine: sa.Engine,
) -> None:
    store = ReviewStore(engine)
    queue_with(store, 3)
    first = store.next_item("q", "ann")
    assert first is not None and store.next_item("q", "ann") == first
    other = store.next_item("q", "bob")
    assert other is not None and other.id != first.id
    store.submit(first.id, "ann", GOOD)
    following = store.next_item("q", "ann")
    assert following is not None and following.id not in (first.id, other.id)


def test_reviewers_asking_at_once_never_share_a_slot(engine: sa.Engine) -> None:
    store = ReviewStore(engine)
    queue_with(store, 5, per_item=2)
    got: dict[str, list[int]] = {}
    start = threading.Barrier(8)

    def review(reviewer: str) -> None:
        mine = got.setdefault(reviewer, [])
        start.wait()
        while (item := store.next_item("q", reviewer)) is not None:
            mine.append(item.id)
            store.submit(item.id, reviewer, GOOD)

    threads = [threading.Thread(target=review, args=(f"r{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    per_item = Counter(i for ids in got.values() for i in ids)
    assert sorted(per_item.values()) == [2] * 5, got
    assert all(len(ids) == len(set(ids)) for ids in got.values())


def test_a_lapsed_claim_goes_to_the_next_reviewer_and_cannot_be_finished(
    engine: sa.Engine,
) -> None:
    clock = Clock()
    store = ReviewStore(engine, claim_ttl=timedelta(minutes=30), clock=clock)
    queue_with(store, 1)
    item = store.next_item("q", "ann")
    assert item is not None
    clock.now += timedelta(minutes=29)
    assert store.next_item("q", "bob") is None  # still ann's
    clock.now += timedelta(minutes=2)
    assert store.next_item("q", "bob") == item
    with pytest.raises(Conflict, match="ann holds no claim"):
        store.submit(item.id, "ann", GOOD)
    store.submit(item.id, "bob", GOOD)
    assert store.item(item.id)[0].done == 1


def test_a_skipped_item_is_released_and_not_offered_to_that_reviewer_again(
    engine: sa.Engine,
) -> None:
    store = ReviewStore(engine)
    queue_with(store, 2)
    first = store.next_item("q", "ann")
    assert first is not None
    store.skip(first.id, "ann")
    store.skip(first.id, "ann")  # twice is once
    second = store.next_item("q", "ann")
    assert second is not None and second.id != first.id
    assert store.next_item("q", "bob") == first  # released for others


def test_scores_are_checked_against_the_rubric_and_a_review_can_be_changed(
    engine: sa.Engine,
) -> None:
    store = ReviewStore(engine)
    queue_with(store, 1)
    item = store.next_item("q", "ann")
    assert item is not None
    with pytest.raises(ScoreError, match="'helpful': 7 is off the scale 1-5"):
        store.submit(item.id, "ann", {**GOOD, "helpful": 7})
    with pytest.raises(ScoreError, match="'tone' is required"):
        store.submit(item.id, "ann", {"helpful": 2, "correct": False})
    with pytest.raises(ScoreError, match="no such field in the rubric: style"):
        store.submit(item.id, "ann", {**GOOD, "style": "x"})
    assert store.item(item.id)[0].done == 0  # nothing was stored
    review = store.submit(item.id, "ann", {**GOOD, "correct": "no", "comment": "terse"})
    assert review.scores == {"helpful": 4.0, "tone": "formal", "correct": False, "comment": "terse"}
    store.submit(item.id, "ann", {**GOOD, "helpful": "5"})
    found, reviews = store.item(item.id)
    assert found.done == 1 and [r.scores for r in reviews] == [{**GOOD, "helpful": 5.0}]
    [(read, finished)] = list(store.reviewed("q"))
    assert read.id == item.id and [r.reviewer for r in finished] == ["ann"]
