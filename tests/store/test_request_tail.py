from __future__ import annotations

import sqlalchemy as sa

from lmops.store.request_log import RequestLogWriter, RequestRecord
from lmops.store.request_tail import RequestTail
from tests.conftest_store import make_record


async def _write(engine: sa.Engine, *records: RequestRecord) -> None:
    writer = RequestLogWriter(engine)
    for record in records:
        writer.submit(record)
    await writer.stop()


def _ids(records: list[RequestRecord]) -> list[str]:
    return [r.id for r in records]


async def test_last_then_only_new_rows_in_order(engine: sa.Engine) -> None:
    await _write(engine, *(make_record(n) for n in range(5)))
    tail = RequestTail(engine)
    assert _ids(tail.last(3)) == _ids([make_record(n) for n in (2, 3, 4)])
    assert tail.poll() == []
    await _write(engine, make_record(6), make_record(5))
    assert _ids(tail.poll()) == _ids([make_record(5), make_record(6)])
    assert tail.poll() == []


async def test_rows_written_late_within_grace_are_shown_once(engine: sa.Engine) -> None:
    await _write(engine, make_record(100))
    tail = RequestTail(engine, grace=10)
    assert _ids(tail.last(1)) == [make_record(100).id]
    # Committed after row 100 but stamped earlier (another replica, a slow batch).
    await _write(engine, make_record(95), make_record(50))
    assert _ids(tail.poll()) == [make_record(95).id]  # 50 is older than the grace window
    assert tail.poll() == []


async def test_rows_older_than_the_last_n_are_not_shown_later(engine: sa.Engine) -> None:
    await _write(engine, *(make_record(n) for n in range(10)))
    tail = RequestTail(engine, grace=60)
    assert _ids(tail.last(2)) == _ids([make_record(8), make_record(9)])
    assert tail.poll() == []


async def test_zero_lines_and_paging(engine: sa.Engine) -> None:
    await _write(engine, make_record(0))
    tail = RequestTail(engine, page_size=2)
    assert tail.last(0) == []
    await _write(engine, *(make_record(n) for n in range(1, 8)))
    assert _ids(tail.poll()) == _ids([make_record(n) for n in range(1, 8)])


async def test_follows_an_initially_empty_log_with_filters(engine: sa.Engine) -> None:
    tail = RequestTail(engine, model="gpt", status=200)
    assert tail.last(10) == []
    await _write(
        engine,
        make_record(1, model_group="gpt"),
        make_record(2, model_group="mock"),
        make_record(3, model_group="gpt", status_code=500),
    )
    assert _ids(tail.poll()) == [make_record(1).id]
