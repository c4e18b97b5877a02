"""A local, append-only journal of request records, so that an answered request survives a crash.

The spec, which the request-log writer and its tests rely on:

- Every process owns its files in the journal folder: ``<owner>.lock``, locked with ``flock``
  for as long as the process lives, and segments ``<owner>.<n>.jsonl`` of one JSON object per
  line. Nobody else touches them while the lock is held.
- :meth:`Journal.append` is one ``write()`` on an ``O_APPEND`` descriptor, made on the request
  path before the response is sent, without ``fsync``: the page cache outlives a killed
  process (SIGKILL, the OOM killer, a segfault). :meth:`Journal.pending_sync` (``fdatasync``, in
  a worker thread, every flush interval) bounds what a machine crash or power loss can take.
- Records are appended in the order they enter the writer's queue and leave it in that order,
  so one number says how far the database has caught up: :meth:`Journal.written` ``(done)``
  means the first ``done`` records appended are stored. A segment goes once all its records are;
  when every record is, the open segment is emptied in place.
- :func:`recover`, at start, replays the segments of owners whose lock nobody holds (dead
  processes), holding that lock meanwhile, so two processes starting together never replay
  the same files at once, and deletes each segment once replayed. Replaying a record twice
  (a recoverer killed half-way) is harmless anyway: ids are unique, the writer inserts each
  id once and adds only inserted rows to spend. A line that does not parse (a write cut by the
  crash) is skipped and counted.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import structlog
from sqlalchemy.engine import make_url
from structlog.typing import FilteringBoundLogger

__all__ = ["Journal", "RecoveryReport", "journal_directory", "recover"]

_LOCK = ".lock"
_SEGMENT = ".jsonl"
_WARN_EVERY = 1.0
# fdatasync is Linux's; elsewhere fsync does the same job a little more slowly.
_datasync: Callable[[int], None] = getattr(os, "fdatasync", os.fsync)


def _logger() -> FilteringBoundLogger:
    logger: FilteringBoundLogger = structlog.get_logger("lmops.request_log")
    return logger


def journal_directory(database_url: str, configured: str | None) -> Path:
    """Where the journal of the database at ``database_url`` lives.

    Each database gets its own folder, so two installations sharing a machine (or a configured
    folder) never replay into each other's database: ``<configured>/<hash of the URL>`` when
    configured, else beside a SQLite file (``<file>.journal``), else
    ``$XDG_STATE_HOME/lmops/journal/<hash>`` (``~/.local/state`` without the variable).
    """
    url = make_url(database_url)
    # The password is left out: rotating it must not orphan the journal.
    digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    if configured:
        return Path(configured).expanduser() / digest
    if url.get_backend_name() == "sqlite" and url.database:
        database = Path(url.database).expanduser().absolute()
        return database.with_name(f"{database.name}.journal")
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "lmops" / "journal" / digest


@dataclass(slots=True)
class _Segment:
    path: Path
    fd: int
    end: int  # records appended before this segment closed (or, while open, so far)
    size: int = 0
    synced: bool = True


class Journal:
    """This process's journal: appends on the event loop, syncs in a worker thread.

    Every method but the job :meth:`pending_sync` returns must be called from one thread (the
    event loop's).
    """

    def __init__(self, directory: Path, *, segment_bytes: int = 16 * 1024 * 1024) -> None:
        """Create ``directory`` if needed and take a new owner name in it (OSError if it cannot)."""
        self.directory = directory
        self._segment_bytes = segment_bytes
        directory.mkdir(parents=True, exist_ok=True)
        self.owner = f"{os.getpid()}-{secrets.token_hex(4)}"
        # Locked before it takes its final name: a recoverer never sees it unlocked.
        temp = directory / f"{self.owner}{_LOCK}.new"
        self._lock_fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.rename(temp, directory / f"{self.owner}{_LOCK}")
        except OSError:
            os.close(self._lock_fd)
            temp.unlink(missing_ok=True)
            raise
        self._next = 0
        self._appended = 0
        self._done = 0
        self._segments: list[_Segment] = []
        self._dir_synced = False
        self._closed = False
        self.failures = 0
        self._last_warning = float("-inf")
        self._open_segment()

    @property
    def appended(self) -> int:
        """Records appended (including any whose write failed: see :attr:`failures`)."""
        return self._appended

    def append(self, record: object) -> None:
        """Write ``record`` as one line of JSON. Never raises: a failure is logged and counted."""
        segment = self._segments[-1]
        try:
            if segment.size >= self._segment_bytes:
                segment = self._open_segment()
        except OSError as exc:
            self._fail(exc)  # the full segment takes this record too
        self._appended += 1
        segment.end = self._appended
        try:
            line = orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
            written = os.write(segment.fd, line)
            if written != len(line):
                # A short write (a full disk) would glue the next line to this half of one.
                os.ftruncate(segment.fd, segment.size)
                raise OSError(f"short write: {written} of {len(line)} bytes")
        except (OSError, TypeError) as exc:
            self._fail(exc)
            return
        segment.size += written
        segment.synced = False

    def written(self, done: int) -> None:
        """The first ``done`` records appended are in the database: drop what only they need."""
        self._done = done
        segments = self._segments
        while len(segments) > 1 and segments[0].end <= done:
            self._remove(segments.pop(0))
        current = segments[-1]
        if done >= self._appended and current.size:
            # Emptied in place: no new file per flush while the database keeps up.
            try:
                os.ftruncate(current.fd, 0)
            except OSError as exc:
                self._fail(exc)
                return
            current.size = 0

    def pending_sync(self) -> Callable[[], None] | None:
        """A job that makes every line appended so far durable, or None if there is none.

        Run the job in a worker thread (``fdatasync`` blocks); the descriptors it uses stay
        open until the next :meth:`written`, so run it before that.
        """
        fds = [s.fd for s in self._segments if not s.synced]
        folder = not self._dir_synced
        if not fds and not folder:
            return None
        for segment in self._segments:
            segment.synced = True
        self._dir_synced = True
        return lambda: self._sync(fds, folder)

    def _sync(self, fds: list[int], folder: bool) -> None:
        try:
            for fd in fds:
                _datasync(fd)
            if folder:
                # A new file's name is only durable once its folder is synced.
                dir_fd = os.open(self.directory, os.O_RDONLY | os.O_CLOEXEC)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
        except OSError as exc:
            self._fail(exc)

    def close(self) -> None:
        """Release the journal; its files are deleted if every record was written, else kept
        (unlocked) for the next start to replay."""
        if self._closed:
            return
        self._closed = True
        keep = self._done < self._appended
        for segment in self._segments:
            if keep:
                os.close(segment.fd)
            else:
                self._remove(segment)
        self._segments = []
        if not keep:
            with contextlib.suppress(FileNotFoundError):
                (self.directory / f"{self.owner}{_LOCK}").unlink()
        os.close(self._lock_fd)

    def _open_segment(self) -> _Segment:
        path = self.directory / f"{self.owner}.{self._next}{_SEGMENT}"
        self._next += 1
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | os.O_CLOEXEC
        segment = _Segment(path, os.open(path, flags, 0o600), self._appended)
        self._segments.append(segment)
        self._dir_synced = False
        return segment

    @staticmethod
    def _remove(segment: _Segment) -> None:
        os.close(segment.fd)
        with contextlib.suppress(FileNotFoundError):
            segment.path.unlink()

    def _fail(self, exc: BaseException) -> None:
        self.failures += 1
        now = time.monotonic()
        if now - self._last_warning >= _WARN_EVERY:
            self._last_warning = now
            _logger().warning(
                "request_log_journal_failed",
                error=f"{type(exc).__name__}: {exc}",
                failures=self.failures,
                directory=str(self.directory),
            )


@dataclass(slots=True)
class RecoveryReport:
    """What :func:`recover` found: segments replayed, records read, lines that did not parse."""

    segments: int = 0
    records: int = 0
    unreadable: int = 0


def recover(
    directory: Path, write: Callable[[list[dict[str, Any]]], None], batch_size: int
) -> RecoveryReport:
    """Replay the segments of dead owners in ``directory`` through ``write``, in batches.

    Blocking (call it from a worker thread). A segment is deleted once ``write`` returned for
    all its records; if ``write`` raises, the error propagates and the segments not yet replayed
    stay for the next start. A live owner's files are never read.
    """
    report = RecoveryReport()
    if not directory.is_dir():
        return report
    for owner in _owners(directory):
        with _locked(directory / f"{owner}{_LOCK}") as dead:
            if not dead:
                continue  # alive (or being replayed): its own process writes these records
            for path in _segments_of(directory, owner):
                _replay(path, write, batch_size, report)
                path.unlink()
                report.segments += 1
            with contextlib.suppress(FileNotFoundError):
                (directory / f"{owner}{_LOCK}").unlink()
    return report


def _owners(directory: Path) -> list[str]:
    owners: set[str] = set()
    for path in directory.iterdir():
        name = path.name
        if name.endswith(_LOCK):
            owners.add(name.removesuffix(_LOCK))
        elif name.endswith(_SEGMENT):
            # A segment whose lock is gone (a recoverer stopped half-way) is replayed too.
            owners.add(name.removesuffix(_SEGMENT).rpartition(".")[0])
    return sorted(owners)


def _segments_of(directory: Path, owner: str) -> list[Path]:
    def number(path: Path) -> int:
        suffix = path.name.removesuffix(_SEGMENT).rpartition(".")[2]
        return int(suffix) if suffix.isdigit() else -1

    return sorted(directory.glob(f"{owner}.*{_SEGMENT}"), key=number)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[bool]:
    """Hold an exclusive ``flock`` on ``path`` (created if missing); yields False if taken."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def _replay(
    path: Path,
    write: Callable[[list[dict[str, Any]]], None],
    batch_size: int,
    report: RecoveryReport,
) -> None:
    batch: list[dict[str, Any]] = []
    with path.open("rb") as lines:
        for line in lines:
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError:
                value = None
            if not isinstance(value, dict):
                # Cut by the crash mid-write, or zeros after a power loss: not a record.
                report.unreadable += 1
                continue
            batch.append(value)
            if len(batch) >= batch_size:
                write(batch)
                report.records += len(batch)
                batch = []
    if batch:
        write(batch)
        report.records += len(batch)
