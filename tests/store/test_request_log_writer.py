from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from structlog.testing import capture_logs

from lmops.store.db import create_engine, migrate
from lmops.store.request_log import RequestLogWriter
from lmops.store.tables import request_log
from tests.conftest_store import make_record, postgres_schema_url, postgres_url_or_skip
from tests.tcp_proxy import ReplyDropper


def _count(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(request_log)).scalar_one())


async def _eventually(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


@pytest.fixture
def insert_sizes(engine: sa.Engine) -> Iterator[list[int]]:
    """The row count of every INSERT statement executed on ``engine``."""
    sizes: list[int] = []

    def before_execute(conn: Any, clause: Any, multiparams: Any, params: Any, opts: Any) -> None:
        if isinstance(clause, sa.Insert) and clause.table is request_log:
            sizes.append(len(multiparams) if multiparams else 1)

    sa.event.listen(engine, "before_execute", before_execute)
    yield sizes
    sa.event.remove(engine, "before_execute", before_execute)


async def test_writes_in_batches_of_at_most_batch_size(
    engine: sa.Engine, insert_sizes: list[int]
) -> None:
    writer = RequestLogWriter(engine, batch_size=100, flush_interval=60)
    await writer.start()
    for n in range(1050):
        writer.submit(make_record(n))
    await writer.stop()
    assert insert_sizes == [100] * 10 + [50]
    assert (writer.written, writer.pending, writer.dropped) == (1050, 0, 0)
    assert _count(engine) == 1050


async def test_a_full_batch_wakes_the_writer_before_the_interval(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine, batch_size=50, flush_interval=60)
    await writer.start()
    for n in range(49):
        writer.submit(make_record(n))
    await asyncio.sleep(0.2)
    assert writer.written == 0  # below batch_size: waits for the (long) interval
    writer.submit(make_record(49))
    await _eventually(lambda: writer.written == 50, timeout=5)
    await writer.stop()


async def test_the_interval_flushes_a_partial_batch(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine, batch_size=500, flush_interval=0.05)
    await writer.start()
    for n in range(3):
        writer.submit(make_record(n))
    await _eventually(lambda: writer.written == 3, timeout=5)
    assert _count(engine) == 3
    await writer.stop()


async def test_stop_writes_every_pending_record(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine, batch_size=500, flush_interval=60)
    await writer.start()
    for n in range(20_000):
        writer.submit(make_record(n))
    await writer.stop()
    assert (writer.written, writer.pending, writer.dropped) == (20_000, 0, 0)
    assert _count(engine) == 20_000


async def test_stop_without_start_and_twice_is_safe(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine)
    writer.submit(make_record(1))
    await asyncio.gather(writer.stop(), writer.stop())
    await writer.stop()
    assert writer.written == 1
    writer.submit(make_record(2))  # after stop: refused, counted
    assert writer.dropped == 1
    with pytest.raises(RuntimeError):
        await writer.start()


async def test_stop_flushes_even_if_the_background_task_was_cancelled(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine, flush_interval=60)
    await writer.start()
    writer.submit(make_record(1))
    assert writer._task is not None
    writer._task.cancel()
    await writer.stop()
    assert writer.written == 1


async def test_flush_writes_what_is_queued_now(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine, batch_size=7, flush_interval=60)
    for n in range(30):
        writer.submit(make_record(n))
    await writer.flush()
    assert (writer.written, writer.pending) == (30, 0)
    await writer.stop()


async def test_full_queue_drops_and_counts_with_rate_limited_warning(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine, max_queue=10)
    with capture_logs() as logs:
        for n in range(25):
            writer.submit(make_record(n))
    assert (writer.pending, writer.dropped) == (10, 15)
    warnings = [e for e in logs if e["event"] == "request_log_dropped"]
    assert len(warnings) == 1
    assert warnings[0]["log_level"] == "warning"
    await writer.start()
    await writer.stop()
    assert (writer.written, writer.dropped) == (10, 15)
    assert _count(engine) == 10


async def test_failed_writes_are_kept_and_retried(bare_engine: sa.Engine) -> None:
    # The table does not exist yet (as if the database came up empty): writes fail until the
    # migration runs, and nothing submitted meanwhile may be lost.
    writer = RequestLogWriter(bare_engine, batch_size=10, flush_interval=0.05)
    await writer.start()
    with capture_logs() as logs:
        for n in range(35):
            writer.submit(make_record(n))
        await _eventually(lambda: any(e["event"] == "request_log_write_failed" for e in logs))
    assert writer.pending == 35
    assert writer.written == 0
    migrate(bare_engine)
    await _eventually(lambda: writer.written == 35)
    await writer.stop()
    assert (writer.written, writer.dropped) == (35, 0)
    assert _count(bare_engine) == 35


async def test_flush_raises_and_keeps_records_while_the_database_fails(
    bare_engine: sa.Engine,
) -> None:
    writer = RequestLogWriter(bare_engine)
    for n in range(5):
        writer.submit(make_record(n))
    with pytest.raises(sa.exc.DBAPIError):
        await writer.flush()
    assert writer.pending == 5
    migrate(bare_engine)
    await writer.flush()
    assert (writer.written, writer.pending) == (5, 0)
    await writer.stop()


async def test_unreachable_database_is_logged_without_secrets() -> None:
    engine = create_engine("postgresql://lmops:s3cret-pw@127.0.0.1:1/lmops")
    writer = RequestLogWriter(engine, flush_interval=0.02, stop_timeout=0.3)
    await writer.start()
    with capture_logs() as logs:
        for n in range(5):
            writer.submit(make_record(n, request_body="personal data"))
        await _eventually(lambda: any(e["event"] == "request_log_write_failed" for e in logs))
        await writer.stop()
    assert (writer.written, writer.pending, writer.dropped) == (0, 0, 5)
    assert [e["count"] for e in logs if e["event"] == "request_log_records_lost"] == [5]
    text = repr(logs)
    assert "s3cret-pw" not in text
    assert "personal data" not in text
    engine.dispose()


async def test_a_bad_record_is_rejected_without_blocking_the_batch(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine, batch_size=10)
    writer.submit(make_record(1))
    writer.submit(make_record(2, status_code=None))  # NOT NULL violation
    writer.submit(make_record(3, created_at="yesterday"))  # cannot be converted
    writer.submit(make_record(4))
    with capture_logs() as logs:
        await writer.stop()
    assert (writer.written, writer.dropped, writer.pending) == (2, 2, 0)
    assert _count(engine) == 2
    rejected = [e["request_id"] for e in logs if e["event"] == "request_log_record_rejected"]
    assert sorted(rejected) == [make_record(2).id, make_record(3).id]


async def test_a_body_with_nul_is_kept(engine: sa.Engine) -> None:
    writer = RequestLogWriter(engine)
    writer.submit(make_record(1, request_body='{"a": "x\x00y"}', response_body="ok"))
    await writer.stop()
    assert writer.written == 1
    with engine.connect() as conn:
        body = conn.execute(sa.select(request_log.c.request_body)).scalar_one()
    assert body == '{"a": "x\ufffdy"}'


async def test_a_retried_duplicate_id_is_ignored(engine: sa.Engine) -> None:
    # A batch whose commit went through but whose acknowledgement was lost is written again.
    writer = RequestLogWriter(engine)
    writer.submit(make_record(1))
    await writer.flush()
    writer.submit(make_record(1, status_code=500))
    writer.submit(make_record(2))
    await writer.stop()
    assert writer.dropped == 0
    assert _count(engine) == 2
    with engine.connect() as conn:
        status = conn.execute(
            sa.select(request_log.c.status_code).where(request_log.c.id == make_record(1).id)
        ).scalar_one()
    assert status == 200


def test_invalid_settings_are_refused(tmp_path: Any) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    for kwargs in ({"batch_size": 0}, {"max_queue": 0}, {"flush_interval": 0}):
        with pytest.raises(ValueError):
            RequestLogWriter(engine, **kwargs)


@pytest.mark.postgres
async def test_stop_is_bounded_when_the_database_stops_answering() -> None:
    # A database that took the connection and then never replies (a frozen server, a
    # partition): the write blocks in its thread, but stopping must not wait for it forever.
    with postgres_schema_url(postgres_url_or_skip()) as direct:
        migrate(create_engine(direct))
        url = make_url(direct)
        proxy = ReplyDropper(url.render_as_string(hide_password=False), default_port=5432)
        port = await proxy.start()
        proxied = url.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
        engine = create_engine(proxied)
        writer = RequestLogWriter(engine, flush_interval=0.05, stop_timeout=0.5)
        try:
            await writer.start()
            writer.submit(make_record(1))
            await writer.flush()  # the pool now holds a connection that works
            assert writer.written == 1
            proxy.drop = True  # from here the database takes the queries and never answers
            writer.submit(make_record(2))
            started = time.monotonic()
            await asyncio.wait_for(writer.stop(), 30)
            assert time.monotonic() - started < 5
            assert writer.dropped == 1 and writer.written == 1
        finally:
            proxy.drop = False  # the held write gets its answer and its thread ends
            await proxy.close()
            engine.dispose()
