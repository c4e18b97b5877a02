from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from lmops.store.request_log import RequestLogWriter, RequestRecord, query_requests
from tests.conftest_store import BASE_TIME, make_record


async def _write(engine: sa.Engine, records: list[RequestRecord]) -> None:
    writer = RequestLogWriter(engine)
    for record in records:
        writer.submit(record)
    await writer.stop()
    assert writer.written == len(records)


def _ids(records: list[RequestRecord]) -> list[str]:
    return [r.id for r in records]


def _at(n: float) -> datetime:
    return datetime.fromtimestamp(BASE_TIME + n, UTC)


@pytest.fixture
async def seeded(engine: sa.Engine) -> list[RequestRecord]:
    records = [
        make_record(0, model_group="gpt", status_code=200, principal="alice"),
        make_record(1, model_group="mock", status_code=429, principal="bob"),
        make_record(2, model_group="gpt", status_code=500, principal="bob", error_type="upstream"),
        make_record(3, model_group="mock", status_code=200, principal="alice"),
        make_record(4, model_group="gpt", status_code=200, principal="bob"),
    ]
    await _write(engine, records)
    return records


def test_an_empty_log_has_no_requests(engine: sa.Engine) -> None:
    assert query_requests(engine) == []


async def test_every_field_round_trips(engine: sa.Engine) -> None:
    record = make_record(
        7,
        created_at=BASE_TIME + 0.123456,
        endpoint="embeddings",
        deployment=None,
        error_type="timeout",
        status_code=504,
        latency_ms=1234.5,
        ttft_ms=56.25,
        prompt_tokens=None,
        completion_tokens=None,
        streamed=True,
        request_body='{"model": "mock", "input": "h\u00e9llo"}',
        response_body="",
    )
    await _write(engine, [record])
    [back] = query_requests(engine)
    assert back.created_at == pytest.approx(record.created_at, abs=1e-6)
    back.created_at = record.created_at
    assert back == record


async def test_newest_first_with_limit(engine: sa.Engine, seeded: list[RequestRecord]) -> None:
    assert _ids(query_requests(engine)) == _ids(seeded[::-1])
    assert _ids(query_requests(engine, limit=2)) == _ids([seeded[4], seeded[3]])
    assert _ids(query_requests(engine, oldest_first=True, limit=2)) == _ids(seeded[:2])


async def test_filters_combine(engine: sa.Engine, seeded: list[RequestRecord]) -> None:
    assert _ids(query_requests(engine, model="gpt")) == _ids([seeded[4], seeded[2], seeded[0]])
    assert _ids(query_requests(engine, status=200)) == _ids([seeded[4], seeded[3], seeded[0]])
    assert _ids(query_requests(engine, principal="bob", status=200)) == [seeded[4].id]
    assert _ids(query_requests(engine, model="gpt", status=500)) == [seeded[2].id]
    assert query_requests(engine, model="nope") == []


async def test_since_is_inclusive_and_accepts_naive_utc(
    engine: sa.Engine, seeded: list[RequestRecord]
) -> None:
    assert _ids(query_requests(engine, since=_at(3))) == _ids([seeded[4], seeded[3]])
    naive = _at(3).replace(tzinfo=None)
    assert _ids(query_requests(engine, since=naive)) == _ids([seeded[4], seeded[3]])
    elsewhere = _at(3).astimezone(timezone(timedelta(hours=5)))
    assert _ids(query_requests(engine, since=elsewhere)) == _ids([seeded[4], seeded[3]])


async def test_keyset_cursor_pages_forward_without_gaps(engine: sa.Engine) -> None:
    # Several rows share a timestamp: the id breaks the tie, so paging never skips or repeats.
    records = [make_record(n, created_at=BASE_TIME + n // 3) for n in range(10)]
    await _write(engine, records)
    seen: list[str] = []
    after_time: datetime | None = None
    after_id: str | None = None
    while True:
        page = query_requests(
            engine, limit=4, oldest_first=True, after_time=after_time, after_id=after_id
        )
        if not page:
            break
        seen += _ids(page)
        after_time = datetime.fromtimestamp(page[-1].created_at, UTC)
        after_id = page[-1].id
    assert seen == _ids(records)


async def test_after_time_alone_is_exclusive(
    engine: sa.Engine, seeded: list[RequestRecord]
) -> None:
    assert _ids(query_requests(engine, after_time=_at(3))) == [seeded[4].id]


def test_limit_must_be_positive(engine: sa.Engine) -> None:
    with pytest.raises(ValueError):
        query_requests(engine, limit=0)


async def test_guardrail_filter_matches_whole_rule_names(engine: sa.Engine) -> None:
    records = [
        make_record(0, guardrails="pii:input:redact:EMAIL_ADDRESS"),
        make_record(1, guardrails="no-injection:input:block:override.ignore_previous"),
        make_record(2, guardrails="pii_strict:output:flag, pii:output:redact:SECRET"),
        make_record(3, guardrails="pii_strict:input:flag"),
        make_record(4),
        make_record(5, guardrails="a%b:input:flag"),
    ]
    await _write(engine, records)
    assert _ids(query_requests(engine, guardrail="pii", oldest_first=True)) == _ids(
        [records[0], records[2]]
    )
    assert _ids(query_requests(engine, guardrail="pii_strict")) == _ids([records[3], records[2]])
    assert _ids(query_requests(engine, guardrail="a%b")) == _ids([records[5]])
    assert query_requests(engine, guardrail="a%") == []  # a LIKE wildcard is a plain character
    assert len(query_requests(engine, guardrail="*")) == 5
    assert query_requests(engine, guardrail="no-such-rule") == []
