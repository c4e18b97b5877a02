"""The in-memory key directory: what a sync or an admin write makes usable, and what it must not."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from lmops.gateway.pipeline import keys as keys_module
from lmops.gateway.pipeline.keys import KeyDirectory, VirtualKeys
from lmops.store import db
from lmops.store.keys import KeyRecord, KeyStore, Limits, TeamRecord, hash_key

T0 = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
SECRET = "sk-lmops-" + "a" * 43


def key(**changes: Any) -> KeyRecord:
    record = KeyRecord(
        id="key_1",
        key_hash=hash_key(SECRET),
        key_prefix=SECRET[:13],
        name="app",
        team_id=None,
        models=None,
        limits=Limits(),
        expires_at=None,
        metadata={},
        created_at=T0,
        updated_at=T0,
        revoked_at=None,
    )
    return replace(record, **changes)


def team(**changes: Any) -> TeamRecord:
    record = TeamRecord("team_1", "t", None, Limits(), {}, T0, T0, None)
    return replace(record, **changes)


class CountingStore(KeyStore):
    """A real store on SQLite that counts, and can hold, its lookups by hash."""

    def __init__(self, engine: sa.Engine) -> None:
        super().__init__(engine)
        self.lookups = 0
        self.hold: threading.Event | None = None
        self.entered = threading.Semaphore(0)

    def find_key_by_hash(self, key_hash: str) -> KeyRecord | None:
        self.lookups += 1
        self.entered.release()
        if self.hold is not None:
            self.hold.wait(10)
        return super().find_key_by_hash(key_hash)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CountingStore]:
    engine = db.create_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    db.migrate(engine)
    yield CountingStore(engine)
    engine.dispose()


@pytest.fixture
def directory(store: CountingStore) -> KeyDirectory:
    # Records are applied as a sync would; a key the directory lacks is looked up in the store.
    return KeyDirectory(store, interval=0.5)


async def test_a_key_works_once_applied_and_stops_when_revoked(directory: KeyDirectory) -> None:
    auth = VirtualKeys(directory)
    assert await auth.authenticate(SECRET) is None
    directory.apply([key()], [])
    principal = await auth.authenticate(SECRET)
    assert principal is not None and principal.id == "key_1"
    directory.apply([key(revoked_at=T0, updated_at=T0 + timedelta(seconds=1))], [])
    assert await auth.authenticate(SECRET) is None


async def test_a_revocation_stamped_by_a_slow_clock_still_wins(directory: KeyDirectory) -> None:
    directory.apply([key(updated_at=T0 + timedelta(seconds=30))], [])
    # Written on a host whose clock runs 20 s behind: an older timestamp than what is applied.
    directory.apply([key(revoked_at=T0, updated_at=T0 + timedelta(seconds=10))], [])
    assert await VirtualKeys(directory).authenticate(SECRET) is None


async def test_an_older_copy_of_a_change_is_ignored(directory: KeyDirectory) -> None:
    newer = key(name="renamed", updated_at=T0 + timedelta(seconds=5))
    directory.apply([newer], [])
    directory.apply([key()], [])  # the overlap of a later poll returns the older row again
    principal = directory.lookup(hash_key(SECRET))
    assert principal is not None and principal.key is not None
    assert principal.key.name == "renamed"


async def test_a_key_of_an_unknown_team_waits_for_its_team(directory: KeyDirectory) -> None:
    # Without its team the key would pass without the team's limits, budget and models.
    directory.apply([key(team_id="team_1")], [])
    assert directory.lookup(hash_key(SECRET)) is None
    directory.apply([], [team()])
    principal = directory.lookup(hash_key(SECRET))
    assert principal is not None and principal.team_id == "team_1"
    directory.apply([], [team(deleted_at=T0, updated_at=T0 + timedelta(seconds=1))])
    assert directory.lookup(hash_key(SECRET)) is None


async def test_budgets_that_appear_or_change_are_reported(directory: KeyDirectory) -> None:
    seen: list[list[str]] = []
    directory.on_budget = lambda records: seen.append([r.id for r in records])
    directory.apply([key()], [team()])  # no budgets
    budget = Limits(budget_usd=5.0, budget_period="daily")
    later = T0 + timedelta(seconds=1)
    directory.apply([key(limits=budget, updated_at=later)], [])
    directory.apply([key(limits=budget, name="same budget", updated_at=later)], [])
    directory.apply([], [team(limits=replace(budget, budget_usd=9.0), updated_at=later)])
    assert seen == [["key_1"], ["team_1"]]


# -- keys the directory does not know yet ------------------------------------------------------


async def test_a_key_created_in_the_store_works_before_any_sync(
    directory: KeyDirectory, store: CountingStore
) -> None:
    team_record = store.create_team("a-team")
    secret, record = store.create_key("fresh", team=team_record.id)
    principal = await VirtualKeys(directory).authenticate(secret)
    assert principal is not None and principal.id == record.id
    assert principal.team_id == team_record.id  # its team came with it
    assert await VirtualKeys(directory).authenticate(secret) is principal
    assert store.lookups == 1  # known from then on


async def test_concurrent_requests_with_a_new_key_look_it_up_once(
    directory: KeyDirectory, store: CountingStore
) -> None:
    secret, _ = store.create_key("fresh")
    auth = VirtualKeys(directory)
    principals = await asyncio.gather(*(auth.authenticate(secret) for _ in range(20)))
    assert all(p is not None for p in principals)
    assert store.lookups == 1


async def test_an_unknown_key_is_not_looked_up_again_for_a_while(
    directory: KeyDirectory, store: CountingStore
) -> None:
    made_up = "sk-lmops-" + "z" * 43
    auth = VirtualKeys(directory)
    assert await auth.authenticate(made_up) is None
    assert await auth.authenticate(made_up) is None
    assert store.lookups == 1


async def test_a_flood_of_made_up_keys_reaches_the_store_a_few_at_a_time(
    directory: KeyDirectory, store: CountingStore
) -> None:
    store.hold = threading.Event()
    auth = VirtualKeys(directory)
    waiting = [
        asyncio.ensure_future(auth.authenticate(f"sk-lmops-{n:043d}"))
        for n in range(keys_module._MAX_LOOKUPS)
    ]
    for _ in waiting:  # every allowed lookup is inside the store, held there
        await asyncio.to_thread(store.entered.acquire, True, 10)
    flood = [await auth.authenticate(f"sk-lmops-{n:043d}x") for n in range(50)]
    assert flood == [None] * 50  # refused at once, not queued behind the held lookups
    store.hold.set()
    assert await asyncio.gather(*waiting) == [None] * len(waiting)
    assert store.lookups == keys_module._MAX_LOOKUPS


async def test_a_revoked_key_found_in_the_store_does_not_pass(
    directory: KeyDirectory, store: CountingStore
) -> None:
    secret, record = store.create_key("gone")
    store.revoke_key(record.id)
    assert await VirtualKeys(directory).authenticate(secret) is None
