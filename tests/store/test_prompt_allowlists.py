"""The prompts a key or a team may read (``prompts``: names or ``*`` patterns; None: every
prompt), stored on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
import sqlalchemy as sa

from lmops.store.keys import KeyStore, UnusableRow
from lmops.store.records import prompt_pattern
from lmops.store.tables import teams, virtual_keys

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(engine: sa.Engine, clock: Clock) -> KeyStore:
    return KeyStore(engine, clock=clock, change_overlap=timedelta(0))


def _stored(engine: sa.Engine, table: sa.Table, row_id: str) -> object:
    with engine.connect() as conn:
        text = conn.execute(
            sa.select(sa.cast(table.c.prompts, sa.Text)).where(table.c.id == row_id)
        ).scalar_one()
    return None if text is None else json.loads(text)


def test_keys_keep_set_and_clear_their_prompts(
    engine: sa.Engine, store: KeyStore, clock: Clock
) -> None:
    _, key = store.create_key("app", prompts=["support-*", "summarize", "support-*"])
    assert key.prompts == ("support-*", "summarize")  # duplicates dropped, order kept
    assert _stored(engine, virtual_keys, key.id) == ["support-*", "summarize"]
    assert store.get_key(key.id) == key
    _, open_key = store.create_key("open")
    assert open_key.prompts is None and _stored(engine, virtual_keys, open_key.id) is None

    clock.now += timedelta(seconds=1)
    renamed = store.update_key(key.id, name="app2")  # prompts not given: kept
    assert renamed.prompts == ("support-*", "summarize")
    narrowed = store.update_key(key.id, prompts=["*-reply"])
    assert narrowed.prompts == ("*-reply",)
    cleared = store.update_key(key.id, prompts=None)
    assert cleared.prompts is None and _stored(engine, virtual_keys, key.id) is None
    rotated = store.rotate_key(store.update_key(key.id, prompts=["a"]).id)[1]
    assert rotated.prompts == ("a",)


def test_teams_keep_set_and_clear_their_prompts(store: KeyStore, clock: Clock) -> None:
    team = store.create_team("support", prompts=["support-*"])
    assert team.prompts == ("support-*",)
    assert store.get_team("support") == team
    clock.now += timedelta(seconds=1)
    assert store.update_team("support", models=["gpt"]).prompts == ("support-*",)
    assert store.update_team("support", prompts=["x", "y.*"]).prompts == ("x", "y.*")
    assert store.update_team("support", prompts=None).prompts is None
    assert store.create_team("open").prompts is None


def test_prompts_round_trip_through_changed_since(store: KeyStore, clock: Clock) -> None:
    team = store.create_team("t", prompts=["support-*"])
    _, key = store.create_key("k", team="t", prompts=["support-reply"])
    keys, found_teams, mark = store.changed_since(None)
    assert [k.prompts for k in keys] == [("support-reply",)]
    assert [t.prompts for t in found_teams] == [("support-*",)]
    clock.now += timedelta(seconds=1)
    store.update_key(key.id, prompts=None)
    store.update_team(team.id, prompts=["*"])
    keys, found_teams, _ = store.changed_since(mark + timedelta(microseconds=1))
    assert [(k.id, k.prompts) for k in keys] == [(key.id, None)]
    assert [(t.id, t.prompts) for t in found_teams] == [(team.id, ("*",))]


BAD_PROMPTS: list[object] = [
    [],
    "support-*",  # one string, not a list
    [""],
    ["a b"],
    ["a?"],  # fnmatch syntax other than * is refused, not silently a wildcard
    ["[ab]"],
    ["-x"],
    [".x"],
    ["x" * 201],
    ["ok\n"],
    ["ok", 1],
]


def test_bad_prompt_entries_are_refused_before_writing(store: KeyStore) -> None:
    _, key = store.create_key("k", prompts=["ok"])
    team = store.create_team("t", prompts=["ok"])
    writes: list[Callable[..., object]] = [
        partial(store.create_key, "x"),
        partial(store.update_key, key.id),
        partial(store.create_team, "x"),
        partial(store.update_team, team.id),
    ]
    for bad in BAD_PROMPTS:
        for write in writes:
            with pytest.raises(ValueError, match="prompt"):
                write(prompts=bad)
    assert [(k.name, k.prompts) for k in store.list_keys()] == [("k", ("ok",))]
    assert [(t.name, t.prompts) for t in store.list_teams()] == [("t", ("ok",))]


def test_prompt_patterns_take_every_prompt_name() -> None:
    for name in ("a", "support-reply", "v1.2_final", "9lives", "x" * 200, "*", "a*b*", "*-x"):
        assert prompt_pattern(name) == name


def test_a_row_with_unusable_prompts_is_left_out_and_reset_on_revoke(
    engine: sa.Engine, store: KeyStore, clock: Clock
) -> None:
    _, good = store.create_key("good", prompts=["a"])
    _, bad = store.create_key("bad")
    team = store.create_team("t")
    with engine.begin() as conn:
        conn.execute(virtual_keys.update().where(virtual_keys.c.id == bad.id).values(prompts="a"))
        conn.execute(teams.update().where(teams.c.id == team.id).values(prompts=["a?"]))
    keys, found_teams, _ = store.changed_since(None)
    assert [k.name for k in keys] == ["good"] and found_teams == []
    with pytest.raises(UnusableRow, match="prompts: not a list of prompt names or patterns"):
        store.get_key(bad.id)
    clock.now += timedelta(seconds=1)
    assert store.revoke_key(bad.id).prompts is None
    assert store.delete_team(team.id).prompts is None
    assert store.get_key(good.id).prompts == ("a",)
