"""Reading fine-tuning rows: JSONL and CSV files (bad lines named, the rest read), and the
request log filtered by model group, prompt, time, feedback and review rating, on SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
import sqlalchemy as sa

from lmops.finetune.sources import LogFilters, Rating, read_file, read_log
from lmops.prompts.experiment_store import ExperimentStore
from lmops.review.rubric import Rubric
from lmops.review.store import NotFound, ReviewStore, request_item
from lmops.store.request_batch import BatchInserter
from lmops.store.request_log import record_from_row
from lmops.store.tables import request_log
from tests.conftest_store import BACKENDS, BASE_TIME, make_record, migrated_engine


def test_jsonl_lines_are_read_or_named(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"prompt": "a", "completion": "b"}\n\n{oops\n\xff\xfe\n[1]\n')
    rows = list(read_file(path))
    assert [(r.at, r.value, r.error is None) for r in rows] == [
        ("1", {"prompt": "a", "completion": "b"}, True),
        ("3", None, False),
        ("4", None, False),
        ("5", [1], True),  # JSON, but no example: the checks say so
    ]
    assert rows[1].where == f"{path}:3" and rows[1].error.startswith("not JSON")  # type: ignore[union-attr]


def test_csv_rows_have_their_lines_and_json_messages(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    messages = orjson.dumps([{"role": "user", "content": "hi"}]).decode().replace('"', '""')
    path.write_text(
        "instruction,input,output,messages\n"
        'Add,"2 and\n2",4,\n'  # a cell over two lines: the row ends on line 3
        f',,,"{messages}"\n'
        "Say,,yes,extra,cell\n"
        ',,,"[not json"\n',
        encoding="utf-8",
    )
    rows = list(read_file(path))
    assert [(r.at, r.error) for r in rows][:1] == [("3", None)]
    assert rows[0].value == {"instruction": "Add", "input": "2 and\n2", "output": "4"}
    assert rows[1].value == {"messages": [{"role": "user", "content": "hi"}]}
    assert rows[2].error == "more cells than the header names"
    assert rows[3].error is not None and rows[3].error.startswith("messages: not JSON")


@pytest.mark.parametrize(
    ("text", "agreed", "holds"),
    [
        ("helpful>=4", {"helpful": 4.5}, True),
        ("helpful>=4", {"helpful": 3.0}, False),
        ("helpful<=2", {"helpful": 1}, True),
        ("correct=true", {"correct": True}, True),
        ("correct=true", {"correct": False}, False),
        ("tone=formal", {"tone": "formal"}, True),
        ("helpful>=4", {}, False),
        ("helpful>=4", {"helpful": True}, False),
    ],
)
def test_ratings(text: str, agreed: dict[str, object], holds: bool) -> None:
    assert Rating.parse(text).holds(agreed) is holds


@pytest.mark.parametrize("text", ["helpful", "helpful>=high", ">=4"])
def test_bad_ratings_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Rating.parse(text)


BODY = orjson.dumps({"messages": [{"role": "user", "content": "hi"}]}).decode()
ANSWER = orjson.dumps(
    {"choices": [{"message": {"role": "assistant", "content": "hello"}}]}
).decode()


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    with migrated_engine(request.param, tmp_path) as engine:
        records = [
            make_record(
                n,
                model_group="small" if n % 2 else "large",
                prompt_name="support" if n < 6 else None,
                status_code=500 if n == 7 else 200,
                request_body=None if n == 8 else BODY,
                response_body=ANSWER,
            )
            for n in range(10)
        ]
        BatchInserter(engine).write(records, retry=False)
        yield engine


def ids(engine: sa.Engine, **filters: object) -> list[tuple[int, str | None]]:
    found = read_log(engine, LogFilters(**filters))  # type: ignore[arg-type]
    return [(int(r.at.removeprefix("req")), r.error) for r in found]


def test_the_log_is_read_oldest_first_with_its_filters(engine: sa.Engine) -> None:
    every = ids(engine)
    assert [n for n, _ in every] == [0, 1, 2, 3, 4, 5, 6, 8, 9]  # 7 was not answered
    assert (dict(every)[8] is not None and "not logged" in str(dict(every)[8])) or dict(every)[8]
    assert [n for n, _ in ids(engine, model="small")] == [1, 3, 5, 9]
    assert [n for n, _ in ids(engine, prompt="support")] == [0, 1, 2, 3, 4, 5]
    since = datetime.fromtimestamp(BASE_TIME + 5, UTC)
    assert [n for n, _ in ids(engine, since=since, limit=2)] == [8, 9]  # the newest two
    row = next(read_log(engine, LogFilters(model="large")))
    assert row.value["messages"] == [{"role": "user", "content": "hi"}]
    assert row.value["reference"] == "hello" and row.where == f"log:{make_record(0).id}"


def test_feedback_and_review_ratings_choose_requests(engine: sa.Engine) -> None:
    feedback = ExperimentStore(engine)
    for n, score in ((1, 0.9), (2, 0.9), (2, 0.2), (3, 1.0)):
        feedback.add_feedback(make_record(n).id, score=score)
    assert [n for n, _ in ids(engine, min_feedback=0.8)] == [1, 3]  # 2 was also given 0.2

    store = ReviewStore(engine)
    rubric = Rubric.model_validate(
        {"fields": [{"kind": "numeric", "name": "helpful", "min": 1, "max": 5}]}
    )
    store.create_queue("quality", rubric)
    with engine.connect() as conn:
        records = [
            record_from_row(r)
            for r in conn.execute(sa.select(request_log).order_by(request_log.c.id))
        ]
    store.add_items("quality", [request_item(r) for r in records[:4]])
    for helpful in (5, 2, 4):  # the first three get reviewed, in order
        item = store.next_item("quality", "ann")
        assert item is not None
        store.submit(item.id, "ann", {"helpful": helpful})
    assert [n for n, _ in ids(engine, review_queue="quality")] == [0, 1, 2]
    rated = ids(engine, review_queue="quality", rating=Rating.parse("helpful>=4"))
    assert [n for n, _ in rated] == [0, 2]
    with pytest.raises(NotFound):
        ids(engine, review_queue="nowhere")
