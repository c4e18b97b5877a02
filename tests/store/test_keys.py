from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from lmops.store.keys import (
    MAX_BUDGET_USD,
    MAX_LIMIT,
    Conflict,
    KeyStore,
    Limits,
    NotFound,
    UnusableRow,
    hash_key,
    new_secret,
)
from lmops.store.tables import teams, virtual_keys

T0 = datetime(2024, 12, 1, 12, 0, 0, 123456, tzinfo=UTC)


class FakeClock:
    """The time the store writes; moves only when told to."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(engine: sa.Engine, clock: FakeClock) -> KeyStore:
    """A store whose change polling has no overlap, so it returns exactly ``>= since``."""
    return KeyStore(engine, clock=clock, change_overlap=timedelta(0))


def test_secrets_are_random_base64url_with_the_prefix() -> None:
    secrets = {new_secret() for _ in range(100)}
    assert len(secrets) == 100
    for secret in secrets:
        assert re.fullmatch(r"sk-lmops-[A-Za-z0-9_-]{43}", secret), secret
    # A published SHA-256 test vector: the hash is the plain digest of the whole secret.
    assert hash_key("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_create_returns_the_secret_once_and_stores_only_its_hash(
    engine: sa.Engine, store: KeyStore
) -> None:
    secret, key = store.create_key("ci", models=["gpt", "mock"], metadata={"owner": "qa"})
    assert re.fullmatch(r"key_[0-9a-f]{12}", key.id)
    assert key.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert key.key_prefix == secret[:13]
    assert key.models == ("gpt", "mock")
    assert dict(key.metadata) == {"owner": "qa"}
    assert key.created_at == key.updated_at == T0
    assert key.revoked_at is None and key.team_id is None
    with engine.connect() as conn:
        row = conn.execute(sa.select(virtual_keys)).one()
    assert not any(secret in str(value) for value in row)
    assert store.get_key(key.id) == key
    assert store.find_key_by_hash(hash_key(secret)) == key
    assert store.find_key_by_hash(hash_key(new_secret())) is None


def test_get_by_name_prefers_the_unrevoked_key_and_refuses_ambiguity(store: KeyStore) -> None:
    _, first = store.create_key("shared")
    _, second = store.create_key("shared")
    with pytest.raises(Conflict, match="shared") as info:
        store.get_key("shared")
    assert first.id in str(info.value) and second.id in str(info.value)
    store.revoke_key(first.id)
    assert store.get_key("shared").id == second.id
    store.revoke_key(second.id)
    with pytest.raises(Conflict):
        store.get_key("shared")  # two revoked keys: still ambiguous
    with pytest.raises(NotFound, match="nope"):
        store.get_key("nope")


def test_revoke_is_final_and_idempotent(store: KeyStore, clock: FakeClock) -> None:
    secret, key = store.create_key("temp")
    revoked_at = clock.advance(5)
    revoked = store.revoke_key("temp")
    assert (revoked.revoked_at, revoked.updated_at) == (revoked_at, revoked_at)
    assert not revoked.active(revoked_at)
    clock.advance(5)
    assert store.revoke_key(key.id) == revoked  # nothing changes, not even updated_at
    assert store.revoke_key("temp") == revoked  # the only key by that name, revoked or not
    assert store.list_keys() == []
    assert store.list_keys(include_revoked=True) == [revoked]
    with pytest.raises(Conflict, match="revoked"):
        store.update_key(key.id, name="again")
    with pytest.raises(Conflict, match="revoked"):
        store.rotate_key(key.id)
    assert store.find_key_by_hash(hash_key(secret)) == revoked


def test_rotate_replaces_the_secret_and_keeps_the_key(store: KeyStore, clock: FakeClock) -> None:
    limits = Limits(rpm=10, budget_usd=5.0, budget_period="monthly")
    old_secret, key = store.create_key("svc", models=["gpt"], limits=limits)
    later = clock.advance(1)
    new_secret_, rotated = store.rotate_key("svc")
    assert new_secret_ != old_secret
    assert rotated.id == key.id
    assert (rotated.models, rotated.limits, rotated.created_at) == (key.models, limits, T0)
    assert rotated.key_hash == hash_key(new_secret_) != key.key_hash
    assert rotated.key_prefix == new_secret_[:13]
    assert rotated.updated_at == later
    assert store.find_key_by_hash(hash_key(old_secret)) is None
    assert store.find_key_by_hash(hash_key(new_secret_)) == rotated


def test_active_follows_expiry_and_revocation(store: KeyStore) -> None:
    expires = T0 + timedelta(hours=1)
    _, key = store.create_key("short", expires_at=expires)
    assert key.expires_at == expires
    assert key.active(T0)
    assert not key.active(expires)
    assert not key.active(expires + timedelta(seconds=1))
    _, forever = store.create_key("forever")
    assert forever.active(T0 + timedelta(days=10_000))
    assert not replace(forever, revoked_at=T0).active(T0)


def test_update_changes_only_what_is_given(store: KeyStore, clock: FakeClock) -> None:
    _, key = store.create_key(
        "svc", models=["gpt"], limits=Limits(rpm=5), expires_at=T0 + timedelta(days=1)
    )
    later = clock.advance(2)
    updated = store.update_key("svc", limits=Limits(tpm=1000), metadata={"a": [1, 2]})
    assert updated.limits == Limits(tpm=1000)  # replaced whole
    assert dict(updated.metadata) == {"a": [1, 2]}
    assert (updated.name, updated.models, updated.expires_at) == (
        "svc",
        ("gpt",),
        T0 + timedelta(days=1),
    )
    assert (updated.created_at, updated.updated_at) == (T0, later)
    # None is a value: every model, never expires. A naive time is UTC.
    cleared = store.update_key(key.id, models=None, expires_at=None, name="renamed")
    assert (cleared.models, cleared.expires_at, cleared.name) == (None, None, "renamed")
    naive = store.update_key(key.id, expires_at=datetime(2030, 1, 1, 8, 30))
    assert naive.expires_at == datetime(2030, 1, 1, 8, 30, tzinfo=UTC)
    assert store.get_key(key.id) == naive


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rpm": 0},
        {"tpm": -1},
        {"max_parallel": 1.5},
        {"rpm": True},
        {"budget_usd": -1.0, "budget_period": "daily"},
        {"budget_usd": float("nan"), "budget_period": "daily"},
        {"budget_usd": 1.0, "budget_period": "hourly"},
        {"budget_usd": 1.0},
        {"budget_period": "total"},
        {"rpm": MAX_LIMIT + 1},
        {"tpm": 10**11},
        {"max_parallel": 2**31},
        {"budget_usd": MAX_BUDGET_USD * 1.01, "budget_period": "daily"},
        {"budget_usd": 1e308, "budget_period": "daily"},
        {"budget_usd": float("inf"), "budget_period": "daily"},
    ],
)
def test_invalid_limits_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Limits(**kwargs)  # type: ignore[arg-type]


def test_invalid_settings_are_refused_before_writing(store: KeyStore) -> None:
    for bad in (
        {"name": " "},
        {"name": "x", "models": []},
        {"name": "x", "models": "gpt"},
        {"name": "x", "models": ["gpt", ""]},
        {"name": "x", "metadata": {"when": datetime.now(UTC)}},
        {"name": "a\x00b"},
        {"name": "x", "models": ["gpt\n"]},
    ):
        with pytest.raises(ValueError):
            store.create_key(**bad)  # type: ignore[arg-type]
    assert store.list_keys(include_revoked=True) == []


def test_keys_join_teams_by_id_or_name(store: KeyStore, clock: FakeClock) -> None:
    team = store.create_team("research", models=["gpt"], limits=Limits(rpm=100))
    assert re.fullmatch(r"team_[0-9a-f]{12}", team.id)
    assert store.get_team("research") == store.get_team(team.id) == team
    _, by_name = store.create_key("a", team="research")
    clock.advance(1)  # lists are oldest first
    _, by_id = store.create_key("b", team=team.id)
    store.create_key("c")
    assert by_name.team_id == by_id.team_id == team.id
    assert [k.name for k in store.list_keys(team="research")] == ["a", "b"]
    assert len(store.list_keys()) == 3
    with pytest.raises(NotFound, match="nope"):
        store.create_key("d", team="nope")


def test_a_deleted_team_takes_no_new_keys_and_frees_its_name(
    store: KeyStore, clock: FakeClock
) -> None:
    team = store.create_team("ops")
    with pytest.raises(Conflict, match="ops"):
        store.create_team("ops")
    deleted_at = clock.advance(1)
    deleted = store.delete_team("ops")
    assert (deleted.deleted_at, deleted.updated_at) == (deleted_at, deleted_at)
    clock.advance(1)
    assert store.delete_team(team.id) == deleted  # idempotent
    with pytest.raises(NotFound, match="deleted"):
        store.create_key("k", team=team.id)
    with pytest.raises(Conflict, match="deleted"):
        store.update_team(team.id, name="ops2")
    assert store.get_team("ops") == deleted  # the only team by that name
    again = store.create_team("ops")
    assert again.id != team.id
    assert store.get_team("ops") == again  # the live one wins
    assert store.list_teams() == [again]
    assert store.list_teams(include_deleted=True) == [deleted, again]


def test_update_team(store: KeyStore, clock: FakeClock) -> None:
    store.create_team("a")
    team = store.create_team("b", limits=Limits(budget_usd=10, budget_period="weekly"))
    later = clock.advance(3)
    with pytest.raises(Conflict, match="'a'"):
        store.update_team("b", name="a")
    updated = store.update_team("b", name="c", models=["mock"], metadata={"cost_center": 7})
    assert (updated.name, updated.models, dict(updated.metadata)) == (
        "c",
        ("mock",),
        {"cost_center": 7},
    )
    assert updated.limits == team.limits
    assert (updated.created_at, updated.updated_at) == (T0, later)
    assert store.get_team("c") == updated


def test_changed_since_returns_everything_first_then_only_changes(
    store: KeyStore, clock: FakeClock
) -> None:
    assert store.changed_since(None) == ([], [], datetime(1970, 1, 1, tzinfo=UTC))
    team = store.create_team("t")
    clock.advance(1)
    _, key = store.create_key("k", team="t")
    clock.advance(1)
    _, gone = store.create_key("gone")
    store.revoke_key(gone.id)
    keys, teams_, mark = store.changed_since(None)
    assert {k.id for k in keys} == {key.id, gone.id}  # revoked keys too, so caches drop them
    assert teams_ == [team]
    assert mark == T0 + timedelta(seconds=2)
    # The watermark itself is included (>=): a row stamped exactly then is returned again.
    assert store.changed_since(mark)[0] == [store.get_key(gone.id)]
    clock.advance(1)
    updated = store.update_key(key.id, name="k2")
    deleted = store.delete_team(team.id)
    keys, teams_, next_mark = store.changed_since(mark + timedelta(microseconds=1))
    assert (keys, teams_, next_mark) == ([updated], [deleted], T0 + timedelta(seconds=3))
    # Nothing changed: nothing returned, the watermark stays.
    quiet = next_mark + timedelta(microseconds=1)
    assert store.changed_since(quiet) == ([], [], quiet)


def test_changed_since_loses_nothing_written_at_the_watermark(store: KeyStore) -> None:
    # The clock does not move: every write shares one timestamp, as fast writes can.
    _, first = store.create_key("first")
    keys, _, mark = store.changed_since(None)
    assert (keys, mark) == ([first], T0)
    _, second = store.create_key("second")
    keys, _, mark = store.changed_since(mark)
    assert {k.id for k in keys} == {first.id, second.id}
    assert mark == T0


def test_changed_since_overlap_catches_a_late_commit(engine: sa.Engine, clock: FakeClock) -> None:
    # Writer B stamps its change before writer A, but commits after A's change was polled.
    store = KeyStore(engine, clock=clock)  # the default overlap
    exact = KeyStore(engine, clock=clock, change_overlap=timedelta(0))
    _, a = store.create_key("a")
    _, b = store.create_key("b")
    clock.advance(1)
    store.update_key(a.id, name="a2")
    _, _, mark = store.changed_since(None)
    with engine.begin() as conn:
        conn.execute(
            virtual_keys.update()
            .where(virtual_keys.c.id == b.id)
            .values(name="b2", updated_at=mark - timedelta(milliseconds=500))
        )
    assert [k.name for k in exact.changed_since(mark)[0]] == ["a2"]  # b2 would be lost
    keys, _, next_mark = store.changed_since(mark)
    assert sorted(k.name for k in keys) == ["a2", "b2"]
    assert next_mark == mark


def test_changed_since_is_one_indexed_query_per_table(engine: sa.Engine, store: KeyStore) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        statements.append((sql, params))

    sa.event.listen(engine, "before_cursor_execute", capture)
    try:
        store.changed_since(T0)
    finally:
        sa.event.remove(engine, "before_cursor_execute", capture)
    selects = [(sql, params) for sql, params in statements if sql.lstrip().startswith("SELECT")]
    assert len(selects) == 2
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL's planner may rightly scan a tiny table; test_db checks the index
    with engine.connect() as conn:
        plans = [
            " ".join(str(row) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in selects
        ]
    assert "ix_virtual_keys_updated_at" in plans[0]
    assert "ix_teams_updated_at" in plans[1]


# -- rows written by hand, or before the bounds existed ---------------------------------------


def _corrupt(engine: sa.Engine, table: sa.Table, row_id: str, **values: Any) -> None:
    with engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == row_id).values(**values))


def test_unusable_rows_are_left_out_reported_once_and_can_be_revoked(
    engine: sa.Engine, clock: FakeClock
) -> None:
    reported: list[UnusableRow] = []
    store = KeyStore(engine, clock=clock, change_overlap=timedelta(0), on_unusable=reported.append)
    good_secret, good = store.create_key("good", limits=Limits(rpm=5))
    bad_secret, huge = store.create_key("huge-budget")
    _, fast = store.create_key("fast")
    _, listy = store.create_key("listy")
    team = store.create_team("t")
    # 1e308 overflowed when the budget was seeded; 2**31 - 1 fits the column but no quota store.
    _corrupt(engine, virtual_keys, huge.id, budget_usd=1e308, budget_period="monthly")
    _corrupt(engine, virtual_keys, fast.id, rpm=2**31 - 1)
    _corrupt(engine, virtual_keys, listy.id, models="gpt")  # a JSON string, not a list
    _corrupt(engine, teams, team.id, metadata=[1])

    keys, found_teams, _ = store.changed_since(None)
    assert [k.name for k in keys] == ["good"] and found_teams == []
    bad_keys = [("virtual_keys", k.id) for k in (huge, fast, listy)]
    assert sorted((r.table, r.row_id) for r in reported) == sorted([*bad_keys, ("teams", team.id)])
    assert [k.name for k in store.list_keys()] == ["good"]
    assert store.list_teams() == []
    assert store.find_key_by_hash(hash_key(bad_secret)) is None
    assert store.find_key_by_hash(hash_key(good_secret)) == good
    assert len(reported) == 4  # once per version of a row, however often it is read

    with pytest.raises(UnusableRow, match=r"budget_usd") as caught:
        store.get_key("huge-budget")
    assert hash_key(bad_secret) not in str(caught.value) and bad_secret not in str(caught.value)
    with pytest.raises(UnusableRow, match=r"metadata: not a JSON object"):
        store.get_team(team.id)

    clock.advance(1)
    revoked = store.revoke_key("huge-budget")
    assert revoked.revoked_at is not None and revoked.limits == Limits()
    deleted = store.delete_team(team.id)
    assert deleted.deleted_at is not None and dict(deleted.metadata) == {}
    keys, found_teams, _ = store.changed_since(None)
    assert {k.name for k in keys} == {"good", "huge-budget"}
    assert [t.id for t in found_teams] == [team.id]


def test_a_row_of_invalid_json_is_one_unusable_row(engine: sa.Engine, store: KeyStore) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's json type refuses invalid JSON on write")
    store.create_key("good")
    _, bad = store.create_key("bad")
    with engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE virtual_keys SET metadata = '{bad' WHERE id = :id"), {"id": bad.id}
        )
    assert [k.name for k in store.changed_since(None)[0]] == ["good"]
    with pytest.raises(UnusableRow, match="metadata: not valid JSON"):
        store.get_key(bad.id)
    assert store.revoke_key(bad.id).metadata == {}
