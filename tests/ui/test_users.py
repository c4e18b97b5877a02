"""Dashboard accounts: scrypt hashes, logins and sessions (expiry, logout, ended by a disable or
a new password), roles, the audit log; and ``lmops users``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.store.db import create_engine
from lmops.store.tables import ui_sessions, users
from lmops.ui.users import (
    Conflict,
    NotFound,
    User,
    UserStore,
    hash_password,
    verify_password,
)
from tests.conftest_store import BACKENDS, migrated_engine

runner = CliRunner()


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    with migrated_engine(request.param, tmp_path) as engine:
        yield engine


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_passwords_are_salted_scrypt_hashes() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert "correct horse" not in first
    assert verify_password("correct horse", first) and not verify_password("Correct horse", first)
    assert not verify_password("x", "bcrypt$whatever") and not verify_password("x", "garbage")


def test_a_session_lives_until_it_expires_or_logs_out(engine: sa.Engine) -> None:
    clock = Clock()
    store = UserStore(engine, session_ttl=timedelta(hours=1), clock=clock)
    store.create("ann", "reviewer", "s3cret-pass", by="test")
    assert store.login("ann", "wrong-pass") is None and store.login("bob", "s3cret-pass") is None
    opened = store.login("ann", "s3cret-pass")
    assert opened is not None
    token, session = opened
    found = store.session(token)
    assert found is not None and found.user.name == "ann" and found.csrf == session.csrf
    with engine.connect() as conn:  # the store keeps a digest of the token, never the token
        stored = conn.execute(sa.select(ui_sessions.c.token_hash)).scalars().all()
        assert token not in stored and len(stored) == 1
        assert "s3cret-pass" not in str(conn.execute(sa.select(users)).all())
    clock.now += timedelta(minutes=61)
    assert store.session(token) is None
    token, _ = store.login_master()
    assert store.session(token) is not None
    store.logout(token)
    assert store.session(token) is None


def test_disabling_or_a_new_password_ends_the_user_s_sessions(engine: sa.Engine) -> None:
    store = UserStore(engine)
    store.create("ann", "admin", "first-password", by="test")
    opened = store.login("ann", "first-password")
    assert opened is not None
    store.set_password("ann", "second-password", by="test")
    assert store.session(opened[0]) is None
    assert store.login("ann", "first-password") is None
    again = store.login("ann", "second-password")
    assert again is not None
    store.set_disabled("ann", True, by="test")
    assert store.session(again[0]) is None and store.login("ann", "second-password") is None
    store.set_disabled("ann", False, by="test")
    assert store.login("ann", "second-password") is not None


def test_roles_names_and_the_audit_log(engine: sa.Engine) -> None:
    store = UserStore(engine)
    store.create("ann", "viewer", "password-1", by="cli")
    with pytest.raises(Conflict, match="exists already"):
        store.create("ann", "viewer", "password-1", by="cli")
    with pytest.raises(ValueError, match="at least 8 characters"):
        store.create("bob", "viewer", "short", by="cli")
    with pytest.raises(ValueError, match="is the master key's"):
        store.create("master", "admin", "password-1", by="cli")
    with pytest.raises(NotFound, match="no user named 'cy'"):
        store.set_role("cy", "admin", by="cli")
    store.set_role("ann", "reviewer", by="master")
    entries = store.audit_entries()
    assert [(e.actor, e.action, e.target) for e in entries] == [
        ("master", "user.role", "ann"),
        ("cli", "user.create", "ann"),
    ]
    assert entries[0].detail == {"role": "reviewer"}


@pytest.mark.parametrize(
    ("role", "view", "review", "admin"),
    [("admin", True, True, True), ("reviewer", True, True, False), ("viewer", True, False, False)],
)
def test_what_each_role_may_do(role: Any, view: bool, review: bool, admin: bool) -> None:
    user = User("1", "u", role)
    assert (user.can("view"), user.can("review"), user.can("admin")) == (view, review, admin)
    assert not User("1", "u", role, disabled=True).can("view")


def test_the_users_command(tmp_path: Path) -> None:
    config = tmp_path / "lmops.yaml"
    config.write_text(
        "models:\n  - {name: mock, provider: mock}\n"
        "settings:\n  master_key: ${LMOPS_MASTER_KEY}\n"
        f"  database_url: 'sqlite:///{tmp_path / 'lmops.db'}'\n"
    )

    def lmops(*args: str, code: int = 0, given: str | None = None) -> Any:
        result = runner.invoke(app, [*args, "--config", str(config)], input=given)
        assert result.exit_code == code, (result.stdout, result.stderr)
        return result

    lmops("users", "create", "ann", "--role", "reviewer", "--password", "password-1")
    asked = lmops("users", "create", "bob", "--role", "viewer", given="password-2\npassword-2\n")
    assert "created user bob (viewer)" in asked.stdout and "password-2" not in asked.stdout
    assert (
        "--role: 'boss' is not one of"
        in lmops(
            "users", "create", "cy", "--role", "boss", "--password", "password-3", code=2
        ).stderr
    )
    assert (
        "at least 8"
        in lmops("users", "create", "cy", "--role", "admin", "--password", "x", code=2).stderr
    )
    lmops("users", "disable", "bob")
    listed = json.loads(lmops("users", "list", "--json").stdout)
    assert [(u["name"], u["role"], u["disabled"]) for u in listed] == [
        ("ann", "reviewer", False),
        ("bob", "viewer", True),
    ]
    lmops("users", "reset-password", "ann", "--password", "password-9")
    assert "no user named 'zed'" in lmops("users", "disable", "zed", code=1).stderr
    store = UserStore(create_engine(f"sqlite:///{tmp_path / 'lmops.db'}"))
    assert store.login("ann", "password-9") is not None and store.login("bob", "password-2") is None
