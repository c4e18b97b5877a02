"""Virtual keys on the request path: an in-memory directory, kept in step with the store.

The request path reads dictionaries. A background task asks the store every
``key_sync_interval`` seconds for the keys and teams changed since its last look (one indexed
query per table, in a worker thread), so a key revoked through any replica, or the CLI, stops
working everywhere within that interval, and a slow database never delays a known key.

A key the directory does not know yet (created a moment ago, through another replica or the
CLI) is looked up once in the store: one query per key however many requests bring it, at most
``_MAX_LOOKUPS`` at a time, and a key found to be unknown is not asked for again for
``_UNKNOWN_FOR`` seconds, so a flood of made-up keys costs the store a bounded trickle.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from fnmatch import fnmatchcase

import structlog

from lmops.errors import GatewayError
from lmops.gateway.context import Principal, RequestContext
from lmops.store.keys import KeyRecord, KeyStore, NotFound, TeamRecord, hash_key

__all__ = ["KEY_PREFIX", "KeyDirectory", "ModelAccess", "VirtualKeys", "prompt_allowed"]

KEY_PREFIX = "sk-lmops-"
_FULL_SYNC_EVERY = 60.0  # seconds
_MAX_LOOKUPS = 4  # store lookups of unknown keys in flight at once; more are refused at once
_UNKNOWN_FOR = 2.0  # seconds a key the store did not have is answered 401 without asking again
_MAX_UNKNOWN = 10_000  # remembered unknown keys (then the memory starts over)
_WARN_EVERY = 10.0  # seconds between warnings while lookups fail

log = structlog.get_logger("lmops.keys")


class KeyDirectory:
    """Active keys by hash and teams by id, as of the last sync."""

    def __init__(self, store: KeyStore, interval: float) -> None:
        self._store = store
        self._interval = interval
        self._keys: dict[str, KeyRecord] = {}  # by id, active or not (to drop a rotated hash)
        self._teams: dict[str, TeamRecord] = {}
        self._principals: dict[str, Principal] = {}  # by key hash: only keys that may call
        self._watermark: datetime | None = None
        self._task: asyncio.Task[None] | None = None
        self._lookups: dict[str, asyncio.Task[Principal | None]] = {}  # by key hash
        self._unknown: dict[str, float] = {}  # key hash -> until when it is not looked up
        self._lookup_warned = float("-inf")
        # Told of keys and teams whose budget appeared or changed (their spend so far counts).
        self.on_budget: Callable[[Sequence[KeyRecord | TeamRecord]], None] | None = None

    def lookup(self, key_hash: str) -> Principal | None:
        return self._principals.get(key_hash)

    async def find_missing(self, key_hash: str) -> Principal | None:
        """The principal for a key ``lookup`` did not find, from the store if it has one."""
        pending = self._lookups.get(key_hash)
        if pending is None:
            until = self._unknown.get(key_hash)
            if until is not None and until > time.monotonic():
                return None
            if len(self._lookups) >= _MAX_LOOKUPS:
                return None  # the sync brings a real new key within the interval anyway
            # A task of its own: a caller that goes away must not cancel it for the others.
            pending = self._lookups[key_hash] = asyncio.ensure_future(self._look_up(key_hash))
            pending.add_done_callback(lambda _: self._lookups.pop(key_hash, None))
        return await asyncio.shield(pending)

    async def _look_up(self, key_hash: str) -> Principal | None:
        try:
            key, team = await asyncio.to_thread(self._fetch, key_hash)
        except Exception as exc:  # the store is away: as unknown as before this lookup existed
            now = time.monotonic()
            if now - self._lookup_warned >= _WARN_EVERY:
                self._lookup_warned = now
                log.warning("key_lookup_failed", error=type(exc).__name__)
            return None
        if key is not None:
            self.apply([key], [team] if team is not None else [])
        principal = self._principals.get(key_hash)
        if principal is None:
            if len(self._unknown) >= _MAX_UNKNOWN:
                self._unknown.clear()
            self._unknown[key_hash] = time.monotonic() + _UNKNOWN_FOR
        return principal

    def _fetch(self, key_hash: str) -> tuple[KeyRecord | None, TeamRecord | None]:
        """The key (and its team, if the directory lacks it) from the store, in a thread."""
        key = self._store.find_key_by_hash(key_hash)
        if key is None or key.team_id is None or key.team_id in self._teams:
            return key, None
        try:
            return key, self._store.get_team(key.team_id)
        except NotFound:
            return key, None

    def all_keys(self) -> Iterable[KeyRecord]:
        return self._keys.values()

    def all_teams(self) -> Iterable[TeamRecord]:
        return self._teams.values()

    async def sync(self, *, full: bool = False) -> None:
        """Load what changed since the last sync (everything, the first time or if ``full``)."""
        keys, teams, watermark = await asyncio.to_thread(
            self._store.changed_since, None if full else self._watermark
        )
        self._watermark = max(watermark, self._watermark) if self._watermark else watermark
        self.apply(keys, teams)

    def apply(self, keys: Iterable[KeyRecord], teams: Iterable[TeamRecord]) -> None:
        """Take newer records (from a sync, or from an admin write in this process)."""
        touched_teams = set()
        budgets: list[KeyRecord | TeamRecord] = []
        for team in teams:
            old_team = self._teams.get(team.id)
            if _stale(old_team, team):
                continue
            if _budget(team) and _budget(team) != _budget(old_team):
                budgets.append(team)
            self._teams[team.id] = team
            touched_teams.add(team.id)
        for key in keys:
            old = self._keys.get(key.id)
            if _stale(old, key):
                continue  # an older copy than the one already applied
            if old is not None:
                self._principals.pop(old.key_hash, None)
            if _budget(key) and _budget(key) != _budget(old):
                budgets.append(key)
            self._keys[key.id] = key
            self._index(key)
        if budgets and self.on_budget is not None:
            self.on_budget(budgets)
        if touched_teams:
            for key in self._keys.values():
                if key.team_id in touched_teams:
                    self._index(key)

    def _index(self, key: KeyRecord) -> None:
        team = self._teams.get(key.team_id) if key.team_id else None
        # A key whose team is not known (yet) must not pass without its team's limits.
        usable = key.revoked_at is None and (
            key.team_id is None or (team is not None and team.deleted_at is None)
        )
        if usable:
            self._principals[key.key_hash] = Principal(key.id, "key", key, team)
        else:
            self._principals.pop(key.key_hash, None)

    async def start(self) -> None:
        await self.sync()
        self._task = asyncio.create_task(self._run(), name="lmops-key-sync")

    async def stop(self) -> None:
        for lookup in list(self._lookups.values()):
            lookup.cancel()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        failing = False
        next_full = time.monotonic() + _FULL_SYNC_EVERY
        while True:
            await asyncio.sleep(self._interval)
            try:
                # The change poll trusts the writers' clocks (within a 2 s overlap); a full
                # reload now and then bounds what a badly skewed clock could hide.
                full = time.monotonic() >= next_full
                await self.sync(full=full)
                if full:
                    next_full = time.monotonic() + _FULL_SYNC_EVERY
            except Exception as exc:
                if not failing:  # once per outage, not every half second
                    log.warning("key_sync_failed", error=type(exc).__name__, detail=str(exc))
                failing = True
            else:
                if failing:
                    log.info("key_sync_recovered")
                failing = False


def _stale(old: KeyRecord | TeamRecord | None, new: KeyRecord | TeamRecord) -> bool:
    """Whether ``new`` is an older copy than ``old``. A revocation or deletion is never stale:
    timestamps come from the writers' clocks, and a skewed clock must not undo a revocation."""
    if old is None:
        return False
    ended = new.revoked_at if isinstance(new, KeyRecord) else new.deleted_at
    return ended is None and old.updated_at > new.updated_at


def _budget(record: KeyRecord | TeamRecord | None) -> tuple[float, str | None] | None:
    if record is None or record.limits.budget_usd is None:
        return None
    return record.limits.budget_usd, record.limits.budget_period


class VirtualKeys:
    """Authenticates ``sk-lmops-...`` keys against the directory."""

    def __init__(self, directory: KeyDirectory) -> None:
        self._directory = directory

    async def authenticate(self, token: str) -> Principal | None:
        if not token.startswith(KEY_PREFIX):
            return None
        key_hash = hash_key(token)
        principal = self._directory.lookup(key_hash)
        if principal is None:  # not synced here yet (created a moment ago), or no key at all
            principal = await self._directory.find_missing(key_hash)
        if principal is None:
            return None
        key = principal.key
        assert key is not None
        if key.expires_at is not None and key.expires_at.timestamp() <= time.time():
            raise GatewayError(
                "This API key has expired.",
                status=401,
                type_="invalid_request_error",
                code="key_expired",
            )
        return principal


class ModelAccess:
    """A key, or its team, may be limited to some model groups: anything else is a 403."""

    async def __call__(self, ctx: RequestContext) -> None:
        # The model asked for, not an experiment variant's (the operator chose that one).
        prompt = ctx.prompt
        group = ctx.model_group if prompt is None else prompt.access_model or ctx.model_group
        if not allowed(ctx.principal, group):
            raise GatewayError(
                f"This API key may not use the model {group!r}.",
                status=403,
                type_="permission_error",
                param="model",
                code="model_not_allowed",
            )


def allowed(principal: Principal, group: str) -> bool:
    for models in (
        principal.key.models if principal.key else None,
        principal.team.models if principal.team else None,
    ):
        if models is not None and group not in models:
            return False
    return True


def prompt_allowed(principal: Principal, name: str) -> bool:
    """Whether ``principal`` may read the prompt ``name``: the key's list and its team's list
    must both allow it (an absent list allows every prompt; the master key and anonymous
    callers have neither). An entry is a name or a pattern where ``*`` is any run of
    characters; entries hold no other fnmatch syntax (lmops.fields refuses it)."""
    for patterns in (
        principal.key.prompts if principal.key else None,
        principal.team.prompts if principal.team else None,
    ):
        if patterns is not None and not _matches(patterns, name):
            return False
    return True


def _matches(patterns: Sequence[str], name: str) -> bool:
    # fnmatchcase compiles each pattern once (functools.lru_cache inside fnmatch), and plain
    # names, the common entry, skip it.
    return any(p == name or ("*" in p and fnmatchcase(name, p)) for p in patterns)
