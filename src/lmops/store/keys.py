"""Virtual keys and teams: the relational repository behind the gateway's key directory.

Synchronous (async callers wrap it in ``asyncio.to_thread``). Every write runs in one
transaction and sets ``updated_at``, which is what :meth:`KeyStore.changed_since` polls.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import sqlalchemy as sa
import structlog
from sqlalchemy.exc import IntegrityError

from lmops.store.records import (
    CONTROL_CHARS,
    LIMIT_FIELDS,
    MAX_BUDGET_USD,
    MAX_LIMIT,
    BudgetPeriod,
    KeyRecord,
    Limits,
    TeamRecord,
    UnusableRow,
    key_record,
    names_list,
    prompt_pattern,
    repairs,
    select_rows,
    team_record,
)
from lmops.store.tables import teams, virtual_keys

__all__ = [
    "CONTROL_CHARS",
    "MAX_BUDGET_USD",
    "MAX_LIMIT",
    "SECRET_PREFIX",
    "UNSET",
    "BudgetPeriod",
    "Conflict",
    "KeyRecord",
    "KeyStore",
    "Limits",
    "NotFound",
    "TeamRecord",
    "Unset",
    "UnusableRow",
    "hash_key",
    "new_secret",
]

SECRET_PREFIX = "sk-lmops-"  # noqa: S105 (a public marker, not a secret)
# "sk-lmops-" and four secret characters (24 of its 256 bits): enough to tell keys apart.
_DISPLAY_PREFIX_LEN = len(SECRET_PREFIX) + 4
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the watermark before anything was written
_MIN_TIME = datetime.min.replace(tzinfo=UTC)
_R = TypeVar("_R", KeyRecord, TeamRecord)
# Execution option read by lmops.store.db's SQLite "begin" hook.
_SQLITE_BEGIN_OPTION = "lmops_sqlite_begin"

log = structlog.get_logger("lmops.store")


def new_secret() -> str:
    """A fresh key: ``sk-lmops-`` and 43 base64url characters (256 random bits)."""
    token = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()
    return SECRET_PREFIX + token


def hash_key(secret: str) -> str:
    """The stored form of a key: SHA-256 hex of the whole secret.

    A slow, salted password hash would add nothing: the secret is 256 random bits, so there is
    no dictionary to try, and the gateway must hash every request's key cheaply.
    """
    return hashlib.sha256(secret.encode()).hexdigest()


class NotFound(LookupError):
    """No key or team matches the reference given."""


class Conflict(ValueError):
    """The change would break a rule: a duplicate team name, an ambiguous name, a revoked key."""


class Unset(enum.Enum):
    """Marks an ``update_*`` argument that was not given (``None`` is a real value there)."""

    UNSET = "UNSET"


UNSET = Unset.UNSET


def _utcnow() -> datetime:
    return datetime.now(UTC)


class KeyStore:
    """Creates, reads and changes keys and teams.

    ``clock`` returns the time written to ``updated_at`` (and friends). ``change_overlap`` is
    how far behind its watermark :meth:`changed_since` looks again: a write stamped just before
    another but committed after it (two admins, two hosts with slightly different clocks) is
    still seen, at the price of returning recent changes more than once.

    A stored row that cannot be used (:class:`UnusableRow`) is left out of every listing and
    lookup by hash, so that one bad row cannot stop a gateway from starting; it is logged and
    passed to ``on_unusable`` once per version of the row. Reading it by id or name raises.
    """

    def __init__(
        self,
        engine: sa.Engine,
        *,
        clock: Callable[[], datetime] = _utcnow,
        change_overlap: timedelta = timedelta(seconds=2),
        on_unusable: Callable[[UnusableRow], None] | None = None,
    ) -> None:
        if change_overlap < timedelta(0):
            raise ValueError("change_overlap must be >= 0")
        self._engine = engine
        self._clock = clock
        self._overlap = change_overlap
        self._on_unusable = on_unusable
        self._reported: set[tuple[str, datetime]] = set()

    # -- keys ------------------------------------------------------------------------------

    def create_key(
        self,
        name: str,
        *,
        team: str | None = None,
        models: Sequence[str] | None = None,
        limits: Limits = Limits(),
        expires_at: datetime | None = None,
        metadata: Mapping[str, Any] | None = None,
        prompts: Sequence[str] | None = None,
    ) -> tuple[str, KeyRecord]:
        """A new key; returns ``(secret, record)``. The secret is not stored and cannot be read
        back. ``team`` is a team id or name (NotFound if unknown or deleted). ``prompts`` are
        the prompt names or ``*`` patterns it may read (None: all its team may)."""
        secret = new_secret()
        values = self._new_row("key_", name, models, limits, metadata)
        values["prompts"] = _prompts(prompts)
        values.update(_secret_columns(secret), expires_at=_opt_utc(expires_at))
        with self._write() as conn:
            if team is not None:
                row = _find_team(conn, team, for_update=True)
                if row.deleted_at is not None:
                    raise NotFound(f"team {team!r} is deleted")
                values["team_id"] = row.id
            conn.execute(virtual_keys.insert().values(values))
            return secret, key_record(_row(conn, virtual_keys, values["id"]))

    def get_key(self, ref: str) -> KeyRecord:
        """A key by id, or by name when exactly one unrevoked key (else one key) has it."""
        with self._engine.connect() as conn:
            return key_record(_find_key(conn, ref))

    def find_key_by_hash(self, key_hash: str) -> KeyRecord | None:
        """The key whose secret hashes to ``key_hash``, revoked or not; None if there is none."""
        stmt = select_rows(virtual_keys).where(virtual_keys.c.key_hash == key_hash)
        with self._engine.connect() as conn:
            row = conn.execute(stmt).first()
        return None if row is None else next(iter(self._usable(key_record, [row])), None)

    def list_keys(
        self, *, team: str | None = None, include_revoked: bool = False
    ) -> list[KeyRecord]:
        """Keys, oldest first; ``team`` (an id or a name) keeps that team's keys only."""
        t = virtual_keys
        stmt = select_rows(t).order_by(t.c.created_at, t.c.id)
        if not include_revoked:
            stmt = stmt.where(t.c.revoked_at.is_(None))
        with self._engine.connect() as conn:
            if team is not None:
                stmt = stmt.where(t.c.team_id == _find_team(conn, team).id)
            return self._usable(key_record, conn.execute(stmt))

    def update_key(
        self,
        ref: str,
        *,
        name: str | Unset = UNSET,
        models: Sequence[str] | Unset | None = UNSET,
        limits: Limits | Unset = UNSET,
        expires_at: datetime | Unset | None = UNSET,
        metadata: Mapping[str, Any] | Unset = UNSET,
        prompts: Sequence[str] | Unset | None = UNSET,
    ) -> KeyRecord:
        """Change the given settings (``limits`` and ``metadata`` are replaced whole).

        Conflict for a revoked key: revocation is final.
        """
        changes = _settings(name, models, limits, metadata, prompts)
        if not isinstance(expires_at, Unset):
            changes["expires_at"] = _opt_utc(expires_at)
        with self._write() as conn:
            row = _live_key(conn, ref)
            return key_record(_update(conn, virtual_keys, row.id, changes, self._now()))

    def revoke_key(self, ref: str) -> KeyRecord:
        """Revoke a key for good; revoking a revoked key changes nothing. A key stored with
        unusable settings has them reset to none as well (they can never apply again)."""
        with self._write() as conn:
            row = _find_key(conn, ref)
            if row.revoked_at is not None and not repairs(row):
                return key_record(row)
            now = self._now()
            changes = {"revoked_at": row.revoked_at or now, **repairs(row)}
            return key_record(_update(conn, virtual_keys, row.id, changes, now))

    def rotate_key(self, ref: str) -> tuple[str, KeyRecord]:
        """A new secret for the same key (id, settings and spend kept); the old one stops
        working. Returns ``(secret, record)``; Conflict for a revoked key."""
        secret = new_secret()
        with self._write() as conn:
            row = _live_key(conn, ref)
            changes = _secret_columns(secret)
            return secret, key_record(_update(conn, virtual_keys, row.id, changes, self._now()))

    # -- teams -----------------------------------------------------------------------------

    def create_team(
        self,
        name: str,
        *,
        models: Sequence[str] | None = None,
        limits: Limits = Limits(),
        metadata: Mapping[str, Any] | None = None,
        prompts: Sequence[str] | None = None,
    ) -> TeamRecord:
        """A new team; Conflict if a live team already has ``name``. ``prompts``: the prompt
        names or ``*`` patterns its keys may read (None: every prompt)."""
        values = self._new_row("team_", name, models, limits, metadata)
        values["prompts"] = _prompts(prompts)
        with self._write(unique_name=values["name"]) as conn:
            conn.execute(teams.insert().values(values))
            return team_record(_row(conn, teams, values["id"]))

    def get_team(self, ref: str) -> TeamRecord:
        """A team by id, or by name (a live team first, else the only deleted one)."""
        with self._engine.connect() as conn:
            return team_record(_find_team(conn, ref))

    def list_teams(self, *, include_deleted: bool = False) -> list[TeamRecord]:
        """Teams, oldest first."""
        stmt = select_rows(teams).order_by(teams.c.created_at, teams.c.id)
        if not include_deleted:
            stmt = stmt.where(teams.c.deleted_at.is_(None))
        with self._engine.connect() as conn:
            return self._usable(team_record, conn.execute(stmt))

    def update_team(
        self,
        ref: str,
        *,
        name: str | Unset = UNSET,
        models: Sequence[str] | Unset | None = UNSET,
        limits: Limits | Unset = UNSET,
        metadata: Mapping[str, Any] | Unset = UNSET,
        prompts: Sequence[str] | Unset | None = UNSET,
    ) -> TeamRecord:
        """Change the given settings; Conflict for a deleted team or a name a live team has."""
        changes = _settings(name, models, limits, metadata, prompts)
        with self._write(unique_name=changes.get("name")) as conn:
            row = _find_team(conn, ref, for_update=True)
            if row.deleted_at is not None:
                raise Conflict(f"team {row.id} ({row.name!r}) is deleted")
            return team_record(_update(conn, teams, row.id, changes, self._now()))

    def delete_team(self, ref: str) -> TeamRecord:
        """Soft-delete a team: its keys stop working (the gateway checks the team). Idempotent.
        Unusable stored settings are reset to none, as in :meth:`revoke_key`."""
        with self._write() as conn:
            row = _find_team(conn, ref, for_update=True)
            if row.deleted_at is not None and not repairs(row):
                return team_record(row)
            now = self._now()
            changes = {"deleted_at": row.deleted_at or now, **repairs(row)}
            return team_record(_update(conn, teams, row.id, changes, now))

    # -- polling ---------------------------------------------------------------------------

    def changed_since(
        self, since: datetime | None
    ) -> tuple[list[KeyRecord], list[TeamRecord], datetime]:
        """Keys and teams written at or after ``since`` (all of them when None), revoked and
        deleted ones included so that caches drop them, and the watermark for the next call.

        Rows up to ``change_overlap`` older than ``since`` are returned again (see the class),
        so callers must treat the result as upserts. One indexed query per table.
        """
        key_stmt = select_rows(virtual_keys)
        team_stmt = select_rows(teams)
        if since is not None:
            since = _utc(since)
            floor = since - min(self._overlap, since - _MIN_TIME)
            key_stmt = key_stmt.where(virtual_keys.c.updated_at >= floor)
            team_stmt = team_stmt.where(teams.c.updated_at >= floor)
        with self._engine.connect() as conn:
            keys = self._usable(key_record, conn.execute(key_stmt))
            team_records = self._usable(team_record, conn.execute(team_stmt))
        seen = [r.updated_at for r in keys] + [r.updated_at for r in team_records]
        marks = [*seen, since] if since is not None else seen
        return keys, team_records, max(marks, default=_EPOCH)

    # -- helpers ---------------------------------------------------------------------------

    def _usable(self, build: Callable[[sa.Row[Any]], _R], rows: Iterable[sa.Row[Any]]) -> list[_R]:
        """The records of ``rows``, unusable ones left out (and reported once per version)."""
        out: list[_R] = []
        for row in rows:
            try:
                out.append(build(row))
            except UnusableRow as exc:
                version = (row.id, row.updated_at)
                if version not in self._reported:
                    self._reported.add(version)
                    log.error(
                        "store_row_unusable",
                        table=exc.table,
                        id=exc.row_id,
                        problems=list(exc.problems),
                    )
                    if self._on_unusable is not None:
                        self._on_unusable(exc)
        return out

    def _new_row(
        self,
        prefix: str,
        name: str,
        models: Sequence[str] | None,
        limits: Limits,
        metadata: Mapping[str, Any] | None,
    ) -> dict[str, Any]:
        """The columns a new key or team shares, validated before any database work."""
        now = self._now()
        return {
            "id": prefix + secrets.token_hex(6),
            "name": _name(name),
            "models": _models(models),
            **_limit_columns(limits),
            "metadata": _metadata(metadata),
            "created_at": now,
            "updated_at": now,
        }

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the KeyStore clock must return timezone-aware datetimes")
        return now.astimezone(UTC)

    @contextmanager
    def _write(self, *, unique_name: str | None = None) -> Iterator[sa.Connection]:
        """One transaction; on SQLite it takes the write lock up front, so that a read followed
        by a write cannot fail on a snapshot another writer has moved past."""
        try:
            with self._engine.connect() as conn:
                if conn.dialect.name == "sqlite":
                    conn = conn.execution_options(**{_SQLITE_BEGIN_OPTION: "IMMEDIATE"})
                with conn.begin():
                    yield conn
        except IntegrityError as exc:
            if unique_name is None:
                raise
            raise Conflict(f"a team named {unique_name!r} already exists") from exc


def _secret_columns(secret: str) -> dict[str, str]:
    return {"key_hash": hash_key(secret), "key_prefix": secret[:_DISPLAY_PREFIX_LEN]}


def _name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a name must be a non-empty string")
    if CONTROL_CHARS.search(name):
        raise ValueError("a name must not contain control characters")
    return name


def _models(models: Sequence[str] | None) -> list[str] | None:
    if models is None:
        return None
    if isinstance(models, str):
        raise ValueError("models must be a list of model group names, not one string")
    names = list(dict.fromkeys(models))
    if not names_list(names) or any(CONTROL_CHARS.search(m) for m in names):
        raise ValueError("models must be non-empty model group names (None allows every model)")
    return names


def _prompts(prompts: Sequence[str] | None) -> list[str] | None:
    if prompts is None:
        return None
    if isinstance(prompts, str):
        raise ValueError("prompts must be a list of prompt names or patterns, not one string")
    entries = list(dict.fromkeys(prompts))
    if not entries:
        raise ValueError("prompts must not be empty (None allows every prompt)")
    return [prompt_pattern(entry) for entry in entries]


def _metadata(metadata: Mapping[str, Any] | None) -> dict[str, Any]:
    value = dict(metadata or {})
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"metadata must be JSON-serialisable: {exc}") from exc
    return value


def _utc(value: datetime) -> datetime:
    # Naive times are UTC throughout the store (see tables.UTCDateTime).
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _opt_utc(value: datetime | None) -> datetime | None:
    return None if value is None else _utc(value)


def _limit_columns(limits: Limits) -> dict[str, Any]:
    if not isinstance(limits, Limits):
        raise TypeError(f"limits must be a Limits, not {type(limits).__name__}")
    return {name: getattr(limits, name) for name in LIMIT_FIELDS}


def _settings(
    name: str | Unset,
    models: Sequence[str] | Unset | None,
    limits: Limits | Unset,
    metadata: Mapping[str, Any] | Unset,
    prompts: Sequence[str] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The columns an update sets, validated before any database work."""
    changes: dict[str, Any] = {}
    if not isinstance(name, Unset):
        changes["name"] = _name(name)
    if not isinstance(models, Unset):
        changes["models"] = _models(models)
    if not isinstance(limits, Unset):
        changes.update(_limit_columns(limits))
    if not isinstance(metadata, Unset):
        changes["metadata"] = _metadata(metadata)
    if not isinstance(prompts, Unset):
        changes["prompts"] = _prompts(prompts)
    return changes


def _one(rows: Sequence[sa.Row[Any]], kind: str, ref: str) -> sa.Row[Any]:
    if not rows:
        raise NotFound(f"no {kind} with id or name {ref!r}")
    if len(rows) > 1:
        ids = ", ".join(sorted(row.id for row in rows))
        raise Conflict(f"{len(rows)} {kind}s are named {ref!r} ({ids}): use an id")
    return rows[0]


def _find_key(conn: sa.Connection, ref: str) -> sa.Row[Any]:
    t = virtual_keys
    row = conn.execute(select_rows(t).where(t.c.id == ref)).first()
    if row is not None:
        return row
    named = list(conn.execute(select_rows(t).where(t.c.name == ref)))
    unrevoked = [r for r in named if r.revoked_at is None]
    return _one(unrevoked or named, "key", ref)


def _live_key(conn: sa.Connection, ref: str) -> sa.Row[Any]:
    row = _find_key(conn, ref)
    if row.revoked_at is not None:
        raise Conflict(f"key {row.id} ({row.name!r}) is revoked")
    return row


def _find_team(conn: sa.Connection, ref: str, *, for_update: bool = False) -> sa.Row[Any]:
    t = teams
    by_id = select_rows(t).where(t.c.id == ref)
    row = conn.execute(by_id.with_for_update() if for_update else by_id).first()
    if row is not None:
        return row
    by_name = select_rows(t).where(t.c.name == ref)
    named = list(conn.execute(by_name.with_for_update() if for_update else by_name))
    live = [r for r in named if r.deleted_at is None]
    return _one(live or named, "team", ref)


def _row(conn: sa.Connection, table: sa.Table, row_id: str) -> sa.Row[Any]:
    return conn.execute(select_rows(table).where(table.c.id == row_id)).one()


def _update(
    conn: sa.Connection, table: sa.Table, row_id: str, values: dict[str, Any], now: datetime
) -> sa.Row[Any]:
    conn.execute(table.update().where(table.c.id == row_id).values(**values, updated_at=now))
    return _row(conn, table, row_id)
