from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from lmops.store.db import create_engine
from lmops.store.request_log import RequestLogWriter, RequestRecord, query_requests
from lmops.store.spend import (
    SpendRow,
    rollup_rows,
    spend_report,
    spend_since,
    upsert_rollup,
)
from lmops.store.tables import request_log, spend_daily
from tests.conftest_store import BASE_TIME, make_record

# BASE_TIME is 2023-11-14 22:13:20 UTC; two hours later is the next UTC day.
DAY1, DAY2 = "2023-11-14", "2023-11-15"
NEXT_DAY = BASE_TIME + 7200
_COLUMNS = (
    "requests",
    "prompt_tokens",
    "completion_tokens",
    "cached_tokens",
    "cache_hits",
    "unpriced_requests",
    "cost_usd",
)


def _records() -> list[RequestRecord]:
    """Costs are binary fractions, so their sums are exact in floating point."""
    a = {"key_id": "key_a", "team_id": "team_t", "model_group": "gpt"}
    return [
        make_record(1, **a, cost_usd=0.25, cached_tokens=4),
        make_record(2, **a, cost_usd=0.5, cached_tokens=10, cache_hit=True),
        make_record(3, **a, cost_usd=None),  # succeeded, price unknown
        # Failed before any answer: the gateway records that as costing 0.0, not unknown, and
        # the rollup leaves it out (refused: nothing served, nothing paid).
        make_record(
            4, **a, status_code=500, prompt_tokens=None, completion_tokens=None, cost_usd=0.0
        ),
        make_record(5, key_id="key_b", model_group="mock", cost_usd=0.125),
        make_record(6, **a, created_at=NEXT_DAY, cost_usd=1.0),
        make_record(7, created_at=NEXT_DAY + 1, model_group="mock", cost_usd=2.0),  # no key
    ]


# (day, key_id, team_id, model) -> requests, prompt, completion, cached, hits, unpriced, cost
EXPECTED: dict[tuple[str, str, str, str], tuple[int, int, int, int, int, int, float]] = {
    (DAY1, "key_a", "team_t", "gpt"): (3, 30, 60, 14, 1, 1, 0.75),
    (DAY1, "key_b", "", "mock"): (1, 10, 20, 0, 0, 0, 0.125),
    (DAY2, "key_a", "team_t", "gpt"): (1, 10, 20, 0, 0, 0, 1.0),
    (DAY2, "", "", "mock"): (1, 10, 20, 0, 0, 0, 2.0),
}


def _spend(engine: sa.Engine) -> dict[tuple[str, ...], tuple[Any, ...]]:
    t = spend_daily
    with engine.connect() as conn:
        columns = [t.c[name] for name in ("day", "key_id", "team_id", "model", *_COLUMNS)]
        rows = conn.execute(sa.select(*columns))
        return {tuple(row[:4]): tuple(row[4:]) for row in rows}


def _log_count(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(request_log)).scalar_one())


async def _write(engine: sa.Engine, records: list[RequestRecord]) -> RequestLogWriter:
    writer = RequestLogWriter(engine)
    for record in records:
        writer.submit(record)
    await writer.stop()
    return writer


@pytest.fixture
async def seeded(engine: sa.Engine) -> sa.Engine:
    writer = await _write(engine, _records())
    assert writer.written == len(_records())
    return engine


async def test_the_writer_rolls_records_up_by_day_key_team_and_model(seeded: sa.Engine) -> None:
    assert _spend(seeded) == EXPECTED


async def test_writing_the_same_records_again_adds_nothing(seeded: sa.Engine) -> None:
    extra = make_record(8, key_id="key_b", model_group="mock", cost_usd=0.5)
    writer = await _write(seeded, [*_records(), extra, extra])
    assert (writer.written, writer.dropped) == (len(_records()) + 2, 0)
    expected = dict(EXPECTED)
    expected[(DAY1, "key_b", "", "mock")] = (2, 20, 40, 0, 0, 0, 0.625)  # extra, once
    assert _spend(seeded) == expected
    assert _log_count(seeded) == len(_records()) + 1


async def test_a_commit_whose_acknowledgement_was_lost_is_counted_once(
    engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    commit = engine.dialect.do_commit
    calls = 0

    def lossy_commit(dbapi_connection: Any) -> None:
        nonlocal calls
        commit(dbapi_connection)
        calls += 1
        if calls == 1:
            raise ConnectionError("connection lost after COMMIT")

    monkeypatch.setattr(engine.dialect, "do_commit", lossy_commit)
    writer = RequestLogWriter(engine)
    for record in _records():
        writer.submit(record)
    with pytest.raises(ConnectionError):
        await writer.flush()
    assert (writer.pending, writer.written) == (len(_records()), 0)
    assert _spend(engine) == EXPECTED  # it did commit
    await writer.stop()
    assert (writer.written, writer.pending, writer.dropped) == (len(_records()), 0, 0)
    assert _spend(engine) == EXPECTED
    assert _log_count(engine) == len(_records())


@pytest.fixture
def other_engine(db_url: str, engine: sa.Engine) -> Iterator[sa.Engine]:
    other = create_engine(db_url)
    yield other
    other.dispose()


async def test_a_retry_racing_its_own_late_commit_counts_it_once(
    engine: sa.Engine, other_engine: sa.Engine
) -> None:
    # The first attempt's transaction is still committing when the retry starts: the retry must
    # not count rows that were absent when it looked but are there when it inserts.
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite writers take the write lock at BEGIN, so a retry cannot overlap")
    records = _records()
    in_flight = other_engine.connect()
    transaction = in_flight.begin()
    inserts = 0

    def before_execute(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        nonlocal inserts
        if not sql.lstrip().upper().startswith("INSERT INTO REQUEST_LOG"):
            return
        inserts += 1
        if inserts == 1:
            raise ConnectionError("first attempt fails: the batch is kept for a retry")
        if transaction.is_active:
            transaction.commit()  # the late commit lands just before the retry's insert

    sa.event.listen(engine, "before_cursor_execute", before_execute)
    try:
        writer = RequestLogWriter(engine)
        for record in records:
            writer.submit(record)
        with pytest.raises(ConnectionError):
            await writer.flush()
        # What the first attempt's own transaction holds, not yet committed.
        in_flight.execute(request_log.insert(), [_row(r) for r in records])
        upsert_rollup(in_flight, rollup_rows(records))
        await writer.flush()
    finally:
        sa.event.remove(engine, "before_cursor_execute", before_execute)
        in_flight.close()
    assert (writer.written, writer.pending, writer.dropped) == (len(records), 0, 0)
    assert _spend(engine) == EXPECTED
    assert _log_count(engine) == len(records)


def _row(record: RequestRecord) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in RequestRecord.__dataclass_fields__}
    values["created_at"] = datetime.fromtimestamp(record.created_at, UTC)
    return values


async def test_the_log_keeps_who_paid_and_what_it_cost(seeded: sa.Engine) -> None:
    back = {r.id: r for r in query_requests(seeded)}
    for record in _records():
        stored = back[record.id]
        assert (stored.key_id, stored.team_id, stored.cost_usd) == (
            record.key_id,
            record.team_id,
            record.cost_usd,
        )
        assert (stored.cached_tokens, stored.cache_hit) == (record.cached_tokens, record.cache_hit)
    assert back[_records()[1].id].cache_hit is True


async def test_a_rejected_record_adds_no_spend(engine: sa.Engine) -> None:
    records = [
        *_records(),
        make_record(20, key_id="key_b", model_group="mock", cost_usd=8.0, status_code=None),
        make_record(21, key_id="key_b", model_group="mock", cost_usd=float("nan")),
        make_record(22, key_id="key_b", model_group="mock", cost_usd=-1.0),
    ]
    writer = await _write(engine, records)
    assert (writer.written, writer.dropped) == (len(_records()), 3)
    assert _spend(engine) == EXPECTED


async def test_report_by_each_dimension(seeded: sa.Engine) -> None:
    def report(**kwargs: Any) -> list[tuple[str, int, int, float]]:
        rows = spend_report(seeded, **kwargs)
        return [(r.group, r.requests, r.unpriced_requests, r.cost_usd) for r in rows]

    assert report(by="key") == [
        ("(none)", 1, 0, 2.0),
        ("key_a", 4, 1, 1.75),
        ("key_b", 1, 0, 0.125),
    ]
    assert report(by="team") == [("(none)", 2, 0, 2.125), ("team_t", 4, 1, 1.75)]
    assert report(by="model") == [("mock", 2, 0, 2.125), ("gpt", 4, 1, 1.75)]
    assert report(by="day") == [(DAY1, 4, 1, 0.875), (DAY2, 2, 0, 3.0)]
    [full] = spend_report(seeded, by="team", team_id="team_t")
    assert full == SpendRow("team_t", 4, 40, 80, 14, 1, 1, 1.75)


async def test_report_since_and_until_select_whole_utc_days(seeded: sa.Engine) -> None:
    late_day2 = datetime(2023, 11, 15, 23, 59, tzinfo=UTC)
    groups = {
        "since": spend_report(seeded, by="model", since=late_day2),
        "until": spend_report(seeded, by="key", until=datetime(2023, 11, 14, 0, 0)),
        "both": spend_report(seeded, by="day", since=date(2023, 11, 14), until=date(2023, 11, 14)),
        "key": spend_report(seeded, by="day", key_id="key_a", since=date(2023, 11, 15)),
        "no team": spend_report(seeded, by="model", team_id=""),
        "nothing": spend_report(seeded, by="key", since=date(2023, 11, 16)),
    }
    summary = {name: [(r.group, r.cost_usd) for r in rows] for name, rows in groups.items()}
    assert summary == {
        "since": [("mock", 2.0), ("gpt", 1.0)],
        "until": [("key_a", 0.75), ("key_b", 0.125)],
        "both": [(DAY1, 0.875)],
        "key": [(DAY2, 1.0)],
        "no team": [("mock", 2.125)],
        "nothing": [],
    }
    with pytest.raises(ValueError, match="by"):
        spend_report(seeded, by="user")  # type: ignore[arg-type]


async def test_spend_since_sums_from_a_day_on(seeded: sa.Engine) -> None:
    d1, d2 = date(2023, 11, 14), date(2023, 11, 15)
    assert spend_since(seeded, since=d1) == 3.875
    assert spend_since(seeded, since=d2) == 3.0
    assert spend_since(seeded, key_id="key_a", since=d2) == 1.0
    assert spend_since(seeded, team_id="team_t", since=d1) == 1.75
    assert spend_since(seeded, key_id="key_b", team_id="team_t", since=d1) == 0.0
    assert spend_since(seeded, since=date(2023, 11, 16)) == 0.0


def test_rollup_rows_splits_at_utc_midnight() -> None:
    midnight = datetime(2024, 3, 1, tzinfo=UTC).timestamp()
    rows = rollup_rows(
        [
            make_record(1, created_at=midnight - 0.000001, cost_usd=1.0),
            make_record(2, created_at=midnight, cost_usd=None),
            make_record(3, created_at=midnight + 86399, cost_usd=0.0, cache_hit=True),
        ]
    )
    by_day = {
        row["day"]: (row["requests"], row["unpriced_requests"], row["cache_hits"]) for row in rows
    }
    assert by_day == {"2024-02-29": (1, 0, 0), "2024-03-01": (2, 1, 1)}
    assert {(row["key_id"], row["team_id"], row["model"]) for row in rows} == {("", "", "mock")}


def test_upsert_rollup_merges_and_adds(engine: sa.Engine) -> None:
    def row(requests: int, cost: float) -> dict[str, Any]:
        counts = dict.fromkeys(_COLUMNS, requests)
        return {"day": DAY1, "key_id": "k", "team_id": "", "model": "m", **counts, "cost_usd": cost}

    with engine.begin() as conn:
        upsert_rollup(conn, [row(1, 0.5), row(2, 0.25)])  # the same key twice in one call
    with engine.begin() as conn:
        upsert_rollup(conn, [row(4, 1.0)])
        upsert_rollup(conn, [])
    assert _spend(engine) == {(DAY1, "k", "", "m"): (7, 7, 7, 7, 7, 7, 1.75)}
