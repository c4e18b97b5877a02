"""The prompt registry's relational store: immutable versions, movable labels, their history.

Synchronous (async callers wrap it in ``asyncio.to_thread``), on SQLite and PostgreSQL.

- A version is written once. Pushing content whose hash any version of the name already has
  returns that version (``created=False``, its message and author kept); otherwise the next
  number is ``max + 1``, chosen inside the write transaction. Writers of one name serialise on a
  PostgreSQL advisory lock (per name) or SQLite's write lock (``BEGIN IMMEDIATE``), and a
  unique-key conflict that still happens (another writer without the lock, REPEATABLE READ) is
  retried in a new transaction, so concurrent pushes number 1, 2, 3, ... with no gap or
  duplicate, and concurrent pushes of one content make one version.
- A label points at one version; every move appends to ``prompt_label_moves`` (who, when, from,
  to). ``latest`` is the newest version and is never stored.
- :meth:`PromptStore.changed_since` is what the gateway's cache polls: versions created and
  labels moved at or after a watermark, looking ``change_overlap`` further back so that a write
  stamped earlier but committed later (clocks of several writers) is still seen.
- A stored row that cannot be read (edited by hand) is left out of listings and logged once; a
  direct :meth:`PromptStore.get` of it raises :class:`UnusableVersion`.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import sqlalchemy as sa
import structlog
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from lmops.prompts.model import (
    DEFAULT_LABEL,
    LATEST,
    LabelMove,
    PromptContent,
    PromptRef,
    PromptSummary,
    PromptVersion,
    check_label,
    check_name,
)
from lmops.prompts.version_rows import (
    UnusableVersion,
    select_versions,
    utc,
    version_from_row,
    version_values,
)
from lmops.store.db import write_transaction
from lmops.store.keys import Conflict, NotFound
from lmops.store.tables import prompt_label_moves, prompt_labels, prompt_versions

__all__ = [
    "Conflict",
    "LabelState",
    "NotFound",
    "PromptChanges",
    "PromptStore",
    "PushResult",
    "UnusableVersion",
    "move_label",
]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the watermark before anything was written
_MIN_TIME = datetime.min.replace(tzinfo=UTC)
# With the per-name lock a conflict needs an unusual set-up; a few tries are plenty.
_WRITE_ATTEMPTS = 10
_T = TypeVar("_T")

log = structlog.get_logger("lmops.prompts")


@dataclass(frozen=True, slots=True)
class PushResult:
    """What a push did: the version (new or the existing one with the same content), and the
    label move it made (None: no label given, or the label was already there)."""

    version: PromptVersion
    created: bool
    moved: LabelMove | None


@dataclass(frozen=True, slots=True)
class LabelState:
    """Where one label of a prompt points now."""

    name: str
    label: str
    version: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class PromptChanges:
    """Versions created and labels moved since a watermark, and the watermark for next time."""

    versions: list[PromptVersion]
    labels: list[LabelState]
    watermark: datetime


def _utcnow() -> datetime:
    return datetime.now(UTC)


class PromptStore:
    """Pushes, reads and labels prompt versions (see the module docstring for the rules).

    ``clock`` gives the time written when a call passes no ``now``; ``change_overlap`` is how
    far behind its watermark :meth:`changed_since` looks again.
    """

    def __init__(
        self,
        engine: sa.Engine,
        *,
        clock: Callable[[], datetime] = _utcnow,
        change_overlap: timedelta = timedelta(seconds=2),
    ) -> None:
        if change_overlap < timedelta(0):
            raise ValueError("change_overlap must be >= 0")
        self._engine = engine
        self._clock = clock
        self._overlap = change_overlap
        self._reported: set[tuple[str, int]] = set()

    # -- writes ----------------------------------------------------------------------------

    def push(
        self,
        name: str,
        content: PromptContent,
        variables: tuple[str, ...],
        *,
        author: str,
        message: str = "",
        label: str | None = None,
        now: datetime | None = None,
    ) -> PushResult:
        """Store ``content`` as the next version of ``name``, or find the version that already
        has it (``created=False``); then move ``label`` to it if given, in the same
        transaction. ValueError for an invalid name, label, content or variables."""
        check_name(name)
        if label is not None:
            check_label(label)
        values = version_values(name, content, variables, author, message)

        def attempt(conn: sa.Connection) -> PushResult:
            _lock_name(conn, name)
            # Stamped once the lock is held, so that the commit follows the stamp closely
            # (changed_since's overlap covers that delay, not a long wait for the lock).
            stamp = self._now(now)
            v = prompt_versions.c
            same = sa.select(v.version).where(
                v.name == name, v.content_hash == values["content_hash"]
            )
            number = conn.execute(same).scalar()
            created = number is None
            if number is None:
                newest = sa.select(sa.func.max(v.version)).where(v.name == name)
                number = (conn.execute(newest).scalar() or 0) + 1
                conn.execute(
                    prompt_versions.insert().values(**values, version=number, created_at=stamp)
                )
            version = version_from_row(conn.execute(_version_query(name, number)).one())
            moved = None
            if label is not None:
                moved = move_label(conn, name, label, number, by=author, now=stamp)
            return PushResult(version, created, moved)

        return self._write(attempt)

    def set_label(
        self, name: str, label: str, version: int, *, by: str, now: datetime | None = None
    ) -> LabelMove | None:
        """Point ``label`` at ``version`` and record the move; None when it already points
        there (nothing recorded). NotFound for an unknown version; ValueError for ``latest``."""
        check_name(name)
        check_label(label)

        def attempt(conn: sa.Connection) -> LabelMove | None:
            _lock_name(conn, name)  # before the stamp, as in push
            return move_label(conn, name, label, version, by=by, now=self._now(now))

        return self._write(attempt)

    # -- reads -----------------------------------------------------------------------------

    def get(self, ref: PromptRef) -> PromptVersion:
        """The version ``ref`` names: a number, a label (``latest``: the newest), or by default
        the ``production`` label, else the newest. NotFound names the prompt and what is
        missing; UnusableVersion if the stored row cannot be read."""
        name = ref.name
        with self._engine.connect() as conn:
            number: int | None
            if ref.version is not None:
                number = ref.version
            elif ref.label is not None and ref.label != LATEST:
                number = _label_version(conn, name, ref.label)
                if number is None:
                    _require_prompt(conn, name)
                    raise NotFound(f"prompt {name!r} has no label {ref.label!r}")
            else:
                number = None if ref.label == LATEST else _label_version(conn, name, DEFAULT_LABEL)
                if number is None:
                    number = _newest(conn, name)
            row = None if number is None else conn.execute(_version_query(name, number)).first()
            if row is None:
                _require_prompt(conn, name)
                raise NotFound(f"prompt {name!r} has no version {number}")
        return version_from_row(row)

    def versions(self, name: str) -> list[PromptVersion]:
        """Every readable version of ``name``, oldest first; NotFound when it has none."""
        v = prompt_versions.c
        stmt = select_versions().where(v.name == name).order_by(v.version)
        with self._engine.connect() as conn:
            rows = list(conn.execute(stmt))
        if not rows:
            raise NotFound(f"no prompt named {name!r}")
        return self._usable(rows)

    def labels(self, name: str) -> dict[str, int]:
        """Where each label of ``name`` points (empty when it has none, or no such prompt)."""
        t = prompt_labels.c
        stmt = sa.select(t.label, t.version).where(t.name == name).order_by(t.label)
        with self._engine.connect() as conn:
            return {row.label: row.version for row in conn.execute(stmt)}

    def moves(self, name: str, label: str | None = None) -> list[LabelMove]:
        """The label moves of ``name`` (of one ``label`` if given), oldest first."""
        m = prompt_label_moves.c
        stmt = sa.select(prompt_label_moves).where(m.name == name).order_by(m.id)
        if label is not None:
            stmt = stmt.where(m.label == label)
        with self._engine.connect() as conn:
            return [_move(row) for row in conn.execute(stmt)]

    def list(self) -> list[PromptSummary]:
        """Every prompt by name: its newest version, its labels, and when it last changed
        (the newest version's creation or label move)."""
        v, t = prompt_versions.c, prompt_labels.c
        heads = sa.select(
            v.name, sa.func.max(v.version).label("latest"), sa.func.max(v.created_at).label("at")
        ).group_by(v.name)
        with self._engine.connect() as conn:
            head_rows = list(conn.execute(heads))
            label_rows = list(conn.execute(sa.select(t.name, t.label, t.version, t.updated_at)))
        labels: dict[str, dict[str, int]] = {}
        updated: dict[str, datetime] = {row.name: utc(row.at) for row in head_rows}
        for row in sorted(label_rows, key=lambda r: (r.name, r.label)):
            labels.setdefault(row.name, {})[row.label] = row.version
            if row.name in updated:
                updated[row.name] = max(updated[row.name], utc(row.updated_at))
        return [
            PromptSummary(row.name, row.latest, labels.get(row.name, {}), updated[row.name])
            for row in sorted(head_rows, key=lambda r: str(r.name))
        ]

    def changed_since(self, watermark: datetime | None) -> PromptChanges:
        """Versions created and labels moved at or after ``watermark`` (everything when None),
        and the watermark for the next call. Rows up to ``change_overlap`` older are returned
        again (see the class), so callers must treat the result as upserts."""
        v, t = prompt_versions.c, prompt_labels.c
        version_stmt = select_versions().order_by(v.name, v.version)
        label_stmt = sa.select(prompt_labels).order_by(t.name, t.label)
        since = None if watermark is None else utc(watermark)
        if since is not None:
            floor = since - min(self._overlap, since - _MIN_TIME)
            version_stmt = version_stmt.where(v.created_at >= floor)
            label_stmt = label_stmt.where(t.updated_at >= floor)
        with self._engine.connect() as conn:
            version_rows = list(conn.execute(version_stmt))
            label_rows = list(conn.execute(label_stmt))
        labels = [
            LabelState(row.name, row.label, row.version, utc(row.updated_at)) for row in label_rows
        ]
        # The rows' own stamps, not the usable versions': an unusable row still moves the mark.
        seen = [utc(row.created_at) for row in version_rows] + [s.updated_at for s in labels]
        marks = [*seen, since] if since is not None else seen
        return PromptChanges(self._usable(version_rows), labels, max(marks, default=_EPOCH))

    # -- helpers ---------------------------------------------------------------------------

    def _usable(self, rows: Iterable[sa.Row[Any]]) -> builtins.list[PromptVersion]:
        """The versions of ``rows``, unreadable ones left out (and logged once each)."""
        out: builtins.list[PromptVersion] = []
        for row in rows:
            try:
                out.append(version_from_row(row))
            except UnusableVersion as exc:
                if (exc.name, exc.version) not in self._reported:
                    self._reported.add((exc.name, exc.version))
                    log.warning(
                        "prompt_version_unusable",
                        name=exc.name,
                        version=exc.version,
                        problems=list(exc.problems),
                    )
        return out

    def _now(self, now: datetime | None) -> datetime:
        value = self._clock() if now is None else now
        return utc(value)

    def _write(self, work: Callable[[sa.Connection], _T]) -> _T:
        """``work`` in one write transaction, tried again in a new one when it hits a
        unique-key conflict with a concurrent writer, or SQLite's busy timeout while many
        writers queue. On SQLite the write lock is taken up front, so that a read followed by
        a write cannot fail on a stale snapshot."""
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                with write_transaction(self._engine) as conn:
                    return work(conn)
            except (IntegrityError, OperationalError) as exc:
                if attempt == _WRITE_ATTEMPTS - 1 or not self._retryable(exc):
                    raise
                log.info("prompt_write_retried", attempt=attempt + 1, error=type(exc).__name__)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retryable(self, exc: DBAPIError) -> bool:
        if isinstance(exc, IntegrityError):
            return True
        return self._engine.dialect.name == "sqlite" and "locked" in str(exc.orig)


def move_label(
    conn: sa.Connection, name: str, label: str, version: int, *, by: str, now: datetime
) -> LabelMove | None:
    """Point ``label`` of ``name`` at ``version`` inside the caller's transaction and record
    the move; None when it already points there. NotFound for an unknown version, ValueError
    for an invalid label or ``latest``. On SQLite the caller's transaction should hold the
    write lock (``BEGIN IMMEDIATE``), as :class:`PromptStore`'s own do."""
    check_name(name)
    check_label(label)
    if not isinstance(by, str):
        raise ValueError("'by' must be a string (a key id, 'master' or 'cli')")
    _lock_name(conn, name)
    v = prompt_versions.c
    exists = sa.select(v.version).where(v.name == name, v.version == version)
    if conn.execute(exists).first() is None:
        _require_prompt(conn, name)
        raise NotFound(f"prompt {name!r} has no version {version}")
    current = _label_version(conn, name, label)
    if current == version:
        return None
    stamp = utc(now)
    t = prompt_labels.c
    changes = {"version": version, "updated_at": stamp, "updated_by": by}
    if current is None:
        conn.execute(prompt_labels.insert().values(name=name, label=label, **changes))
    else:
        conn.execute(
            prompt_labels.update().where(t.name == name, t.label == label).values(**changes)
        )
    move = LabelMove(name, label, current, version, by, stamp)
    conn.execute(
        prompt_label_moves.insert().values(
            name=name,
            label=label,
            from_version=current,
            to_version=version,
            moved_by=by,
            moved_at=stamp,
        )
    )
    return move


# -- queries -------------------------------------------------------------------------------


def _lock_name(conn: sa.Connection, name: str) -> None:
    """Serialise writers of one prompt on PostgreSQL until the transaction ends (SQLite's
    ``BEGIN IMMEDIATE`` already serialises every writer). Taking it twice is harmless."""
    if conn.dialect.name != "postgresql":
        return
    digest = hashlib.blake2b(f"lmops.prompt:{name}".encode(), digest_size=8).digest()
    key = int.from_bytes(digest, "big", signed=True)
    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _version_query(name: str, number: int) -> sa.Select[Any]:
    v = prompt_versions.c
    return select_versions().where(v.name == name, v.version == number)


def _label_version(conn: sa.Connection, name: str, label: str) -> int | None:
    t = prompt_labels.c
    stmt = sa.select(t.version).where(t.name == name, t.label == label)
    found = conn.execute(stmt).scalar()
    return None if found is None else int(found)


def _newest(conn: sa.Connection, name: str) -> int | None:
    v = prompt_versions.c
    found = conn.execute(sa.select(sa.func.max(v.version)).where(v.name == name)).scalar()
    return None if found is None else int(found)


def _require_prompt(conn: sa.Connection, name: str) -> None:
    if _newest(conn, name) is None:
        raise NotFound(f"no prompt named {name!r}")


def _move(row: sa.Row[Any]) -> LabelMove:
    return LabelMove(
        row.name, row.label, row.from_version, row.to_version, row.moved_by, utc(row.moved_at)
    )
