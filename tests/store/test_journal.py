"""The request-log journal: a killed process loses no queued record, and none is stored twice."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
import sqlalchemy as sa
from structlog.testing import capture_logs

from lmops.store.db import migrate
from lmops.store.journal import Journal, journal_directory
from lmops.store.request_log import RequestLogWriter, RequestRecord
from lmops.store.spend import spend_report
from lmops.store.tables import request_log
from tests.conftest_store import make_record

ROOT = Path(__file__).parents[2]

# Submits records 0..n-1 and writes them, submits n..2n-1 and waits to be killed.
_CHILD = """
import asyncio, sys
from pathlib import Path
from lmops.store.db import create_engine
from lmops.store.request_log import RequestLogWriter
from tests.conftest_store import make_record

async def main(url: str, folder: str, n: int) -> None:
    writer = RequestLogWriter(
        create_engine(url), batch_size=100_000, flush_interval=3600, journal_dir=Path(folder)
    )
    await writer.start()
    for i in range(n):
        writer.submit(make_record(i, key_id="key_a", cost_usd=0.25))
    await writer.flush()
    for i in range(n, 2 * n):
        writer.submit(make_record(i, key_id="key_a", cost_usd=0.25))
    print("ready", flush=True)
    await asyncio.Event().wait()

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""


async def _eventually(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


def _ids(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(conn.execute(sa.select(request_log.c.id)).scalars())


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _dead_journal(folder: Path, records: list[RequestRecord], tail: bytes = b"") -> None:
    """The files a killed process leaves: its lock (nobody holds it) and one segment."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "4242-deadbeef.lock").touch()
    lines = b"".join(orjson.dumps(r, option=orjson.OPT_APPEND_NEWLINE) for r in records)
    (folder / "4242-deadbeef.0.jsonl").write_bytes(lines + tail)


async def _restart(engine: sa.Engine, folder: Path) -> RequestLogWriter:
    writer = RequestLogWriter(engine, flush_interval=3600, journal_dir=folder)
    await writer.start()
    return writer


async def test_a_killed_process_loses_no_queued_record_and_counts_spend_once(
    engine: sa.Engine, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, db_url, str(folder), "20"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _ids(engine) == [make_record(i).id for i in range(20)]  # the half it wrote

    writer = await _restart(engine, folder)
    assert _ids(engine) == [make_record(i).id for i in range(40)]
    [spend] = spend_report(engine, by="key")
    assert (spend.requests, spend.cost_usd) == (40, 10.0)
    await writer.stop()
    assert _files(folder) == []  # the dead journal replayed, this one's files gone at stop


async def test_records_both_stored_and_journaled_are_stored_and_charged_once(
    engine: sa.Engine, tmp_path: Path
) -> None:
    # Killed after a batch committed, before the journal heard of it.
    records = [make_record(i, key_id="key_a", cost_usd=0.5) for i in range(10)]
    first = RequestLogWriter(engine)
    for record in records[:6]:
        first.submit(record)
    await first.stop()
    _dead_journal(tmp_path / "journal", records)

    writer = await _restart(engine, tmp_path / "journal")
    await writer.stop()
    assert _ids(engine) == [r.id for r in records]
    [spend] = spend_report(engine, by="key")
    assert (spend.requests, spend.cost_usd) == (10, 5.0)


async def test_a_torn_last_line_is_skipped_and_counted(engine: sa.Engine, tmp_path: Path) -> None:
    records = [make_record(i) for i in range(3)]
    torn = orjson.dumps(make_record(3))[:40]  # killed in the middle of the write
    _dead_journal(tmp_path / "journal", records, tail=torn)
    with capture_logs() as logs:
        writer = await _restart(engine, tmp_path / "journal")
    await writer.stop()
    assert _ids(engine) == [r.id for r in records]
    [report] = [e for e in logs if e["event"] == "request_log_recovered"]
    assert (report["records"], report["unreadable_lines"], report["rejected"]) == (3, 1, 0)


async def test_a_line_with_unknown_fields_is_rejected_not_fatal(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _dead_journal(tmp_path / "journal", [make_record(1)], tail=b'{"id": "x", "color": 1}\n')
    with capture_logs() as logs:
        writer = await _restart(engine, tmp_path / "journal")
    await writer.stop()
    assert _ids(engine) == [make_record(1).id]
    [report] = [e for e in logs if e["event"] == "request_log_recovered"]
    assert (report["records"], report["rejected"]) == (2, 1)


async def test_a_live_process_journal_is_left_alone(engine: sa.Engine, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    _dead_journal(folder, [make_record(0)])
    live = Journal(folder)  # another worker on this machine, running
    live.append(make_record(1))
    writer = await _restart(engine, folder)
    await writer.stop()
    assert _ids(engine) == [make_record(0).id]  # the dead one's only
    live.close()  # it stops with its record unwritten: the files stay, unlocked
    assert len(_files(folder)) == 2

    writer = await _restart(engine, folder)
    await writer.stop()
    assert _ids(engine) == [make_record(0).id, make_record(1).id]
    assert _files(folder) == []


async def test_records_left_at_stop_stay_in_the_journal_for_the_next_start(
    bare_engine: sa.Engine, tmp_path: Path
) -> None:
    # The tables do not exist: every write fails until the stop gives up.
    folder = tmp_path / "journal"
    writer = RequestLogWriter(bare_engine, stop_timeout=0, journal_dir=folder)
    await writer.start()
    for n in range(5):
        writer.submit(make_record(n))
    with capture_logs() as logs:
        await writer.stop()
    assert writer.dropped == 0
    assert [e["count"] for e in logs if e["event"] == "request_log_records_left_in_journal"] == [5]

    migrate(bare_engine)
    writer = await _restart(bare_engine, folder)
    await writer.stop()
    assert _ids(bare_engine) == [make_record(n).id for n in range(5)]


async def test_a_failed_replay_keeps_the_files_and_the_gateway_starts(
    bare_engine: sa.Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    _dead_journal(folder, [make_record(1)])
    with capture_logs() as logs:
        writer = await _restart(bare_engine, folder)  # no tables yet: the replay fails
    assert [e["event"] for e in logs] == ["request_log_recovery_failed"]
    await writer.stop()
    assert "4242-deadbeef.0.jsonl" in _files(folder)


async def test_records_queued_before_start_are_journaled_and_counted_right(
    engine: sa.Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    writer = RequestLogWriter(engine, flush_interval=3600, journal_dir=folder)
    writer.submit(make_record(0))
    await writer.flush()  # written before the journal opens: never in it
    writer.submit(make_record(1))  # queued before start: journaled when it opens
    await writer.start()
    flushing = asyncio.create_task(writer.flush())
    await asyncio.sleep(0)  # the flush has taken record 1 and waits for its thread
    writer.submit(make_record(2))
    await flushing
    [segment] = [p for p in folder.iterdir() if p.suffix == ".jsonl"]
    lines = [orjson.loads(line)["id"] for line in segment.read_bytes().splitlines()]
    assert lines == [make_record(1).id, make_record(2).id]  # record 2 is not written yet
    await writer.stop()
    assert _ids(engine) == [make_record(n).id for n in range(3)]


async def test_a_journal_that_cannot_be_opened_leaves_the_writer_working(
    engine: sa.Engine, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    with capture_logs() as logs:
        writer = await _restart(engine, blocked / "journal")
    assert [e["event"] for e in logs] == ["request_log_journal_unavailable"]
    writer.submit(make_record(1))
    await writer.stop()
    assert _ids(engine) == [make_record(1).id]


def test_segments_rotate_and_go_once_every_record_in_them_is_written(tmp_path: Path) -> None:
    journal = Journal(tmp_path, segment_bytes=1000)
    for n in range(12):
        journal.append(make_record(n))
    segments = sorted(p for p in tmp_path.iterdir() if p.suffix == ".jsonl")
    assert len(segments) > 2
    first_lines = segments[0].read_bytes().count(b"\n")
    journal.written(first_lines - 1)  # one of its records is not written yet
    assert segments[0].exists()
    journal.written(first_lines)
    assert not segments[0].exists()
    journal.written(12)
    remaining = [p for p in tmp_path.iterdir() if p.suffix == ".jsonl"]
    assert [p.stat().st_size for p in remaining] == [0]
    journal.append(make_record(12))  # the emptied segment takes new lines
    assert remaining[0].read_bytes().count(b"\n") == 1
    journal.written(13)
    journal.close()
    assert list(tmp_path.iterdir()) == []


def test_a_sync_job_covers_what_was_appended(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    job = journal.pending_sync()
    assert job is not None  # the folder, for the new segment's name
    job()
    assert journal.pending_sync() is None
    journal.append(make_record(1))
    job = journal.pending_sync()
    assert job is not None
    job()
    assert (journal.pending_sync(), journal.failures) == (None, 0)
    journal.written(1)
    journal.close()


def test_an_unwritable_record_is_counted_not_raised(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    with capture_logs() as logs:
        journal.append(make_record(1, request_body=object()))
    assert journal.failures == 1
    assert [e["event"] for e in logs] == ["request_log_journal_failed"]
    journal.append(make_record(2))
    assert journal.appended == 2
    journal.close()


def test_each_database_gets_its_own_journal_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sqlite = journal_directory(f"sqlite:///{tmp_path}/data/lmops.db", None)
    assert sqlite == tmp_path / "data" / "lmops.db.journal"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    a = journal_directory("postgresql://u:pw1@db/a", None)
    assert a.parent == tmp_path / "state" / "lmops" / "journal"
    assert journal_directory("postgresql://u:pw2@db/a", None) == a  # a new password: same
    assert journal_directory("postgresql://u:pw1@db/b", None) != a
    configured = journal_directory("postgresql://u:pw1@db/a", str(tmp_path / "j"))
    assert configured == tmp_path / "j" / a.name
    assert os.path.relpath(sqlite, tmp_path) == "data/lmops.db.journal"


async def test_starting_twice_at_once_opens_one_journal(engine: sa.Engine, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    writer = RequestLogWriter(engine, journal_dir=folder)
    await asyncio.gather(writer.start(), writer.start())
    assert len([p for p in folder.iterdir() if p.suffix == ".lock"]) == 1
    await writer.stop()
    assert _files(folder) == []


async def test_lines_written_before_the_prompt_columns_replay(
    engine: sa.Engine, tmp_path: Path
) -> None:
    old = orjson.loads(orjson.dumps(make_record(1)))
    for name in ("prompt_name", "prompt_version", "experiment", "variant"):
        del old[name]  # a line of a version that had no such fields
    new = make_record(2, prompt_name="greet", prompt_version=3, experiment="e", variant="v")
    _dead_journal(tmp_path / "journal", [new], tail=orjson.dumps(old) + b"\n")
    writer = await _restart(engine, tmp_path / "journal")
    await writer.stop()
    columns = request_log.c
    stmt = sa.select(
        columns.id, columns.prompt_name, columns.prompt_version, columns.experiment, columns.variant
    ).order_by(columns.id)
    with engine.connect() as conn:
        rows = [tuple(row) for row in conn.execute(stmt)]
    assert rows == [
        (make_record(1).id, None, None, None, None),
        (new.id, "greet", 3, "e", "v"),
    ]
