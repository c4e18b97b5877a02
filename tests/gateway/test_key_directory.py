"""The in-memory key directory: what a sync or an admin write makes usable, and what it must not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from lmops.gateway.pipeline.keys import KeyDirectory, VirtualKeys
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


@pytest.fixture
def directory() -> KeyDirectory:
    # The store is never reached: these tests apply records as a sync would.
    return KeyDirectory(KeyStore.__new__(KeyStore), interval=0.5)


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
