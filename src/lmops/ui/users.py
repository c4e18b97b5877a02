"""Dashboard accounts, their login sessions, and the audit log, in the relational store.

- A user has a role: ``admin`` (everything), ``reviewer`` (review queues only) or ``viewer``
  (reads only). Passwords are kept as scrypt hashes (salted, n=2^14, r=8, p=1), compared in
  constant time; a disabled user cannot log in and their sessions end.
- A session is a random token in an HttpOnly cookie; the store keeps only its sha256, with the
  session's CSRF token and expiry. The master key logs in as ``master``, an admin.
- :meth:`UserStore.audit` records a change: who, what, on what, with details (never a secret).
"""

from __future__ import annotations

import builtins
import hashlib
import hmac
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, get_args

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from lmops.store.db import write_transaction
from lmops.store.keys import Conflict, NotFound
from lmops.store.tables import audit_log, ui_sessions, users

__all__ = [
    "MASTER",
    "ROLES",
    "AuditEntry",
    "Conflict",
    "NotFound",
    "Role",
    "Session",
    "User",
    "UserStore",
    "hash_password",
    "verify_password",
]

Role = Literal["admin", "reviewer", "viewer"]
ROLES: tuple[Role, ...] = get_args(Role)
MASTER = "master"  # the name a master-key login acts under
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_MIN_PASSWORD = 8
# Checked against when the name is unknown, so that a login costs one scrypt either way.
_NO_USER = "scrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 32


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    n, r, p = _SCRYPT["n"], _SCRYPT["r"], _SCRYPT["p"]
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        found = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(found.hex(), digest)


@dataclass(frozen=True, slots=True)
class User:
    id: str | None  # None: the master key
    name: str
    role: Role
    disabled: bool = False
    created_at: datetime | None = None

    def can(self, action: Literal["view", "review", "admin"]) -> bool:
        if self.disabled:
            return False
        if action == "view":
            return True
        return self.role == "admin" or (action == "review" and self.role == "reviewer")


@dataclass(frozen=True, slots=True)
class Session:
    user: User
    csrf: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    target: str
    detail: Mapping[str, Any]


def _now() -> datetime:
    return datetime.now(UTC)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class UserStore:
    def __init__(
        self,
        engine: sa.Engine,
        *,
        session_ttl: timedelta = timedelta(hours=12),
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._engine = engine
        self._ttl = session_ttl
        self._clock = clock

    @property
    def session_ttl(self) -> timedelta:
        return self._ttl

    # Accounts

    def create(self, name: str, role: Role, password: str, *, by: str) -> User:
        _check_password(password)
        if role not in ROLES:
            raise ValueError(f"role: {role!r} is not one of {', '.join(ROLES)}")
        if name == MASTER:
            raise ValueError(f"name: {MASTER!r} is the master key's")
        now = self._clock()
        values = {
            "id": uuid.uuid4().hex,
            "name": name,
            "role": role,
            "password_hash": hash_password(password),
            "disabled": False,
            "created_at": now,
            "updated_at": now,
        }
        try:
            with write_transaction(self._engine) as conn:
                conn.execute(users.insert().values(values))
                self._audit(conn, by, "user.create", name, {"role": role})
        except IntegrityError:
            raise Conflict(f"a user named {name!r} exists already") from None
        return self.get(name)

    def get(self, name: str) -> User:
        with self._engine.connect() as conn:
            row = conn.execute(users.select().where(users.c.name == name)).one_or_none()
        if row is None:
            raise NotFound(f"no user named {name!r}")
        return _user(row)

    def list(self) -> list[User]:
        with self._engine.connect() as conn:
            return [_user(r) for r in conn.execute(users.select().order_by(users.c.name))]

    def set_disabled(self, name: str, disabled: bool, *, by: str) -> User:
        self._update(
            name, {"disabled": disabled}, by, "user.disable" if disabled else "user.enable"
        )
        return self.get(name)

    def set_password(self, name: str, password: str, *, by: str) -> None:
        _check_password(password)
        self._update(name, {"password_hash": hash_password(password)}, by, "user.password")

    def set_role(self, name: str, role: Role, *, by: str) -> User:
        if role not in ROLES:
            raise ValueError(f"role: {role!r} is not one of {', '.join(ROLES)}")
        self._update(name, {"role": role}, by, "user.role", {"role": role})
        return self.get(name)

    def _update(
        self, name: str, values: dict[str, Any], by: str, action: str, detail: Any = None
    ) -> None:
        with write_transaction(self._engine) as conn:
            row = conn.execute(users.select().where(users.c.name == name)).one_or_none()
            if row is None:
                raise NotFound(f"no user named {name!r}")
            conn.execute(
                users.update()
                .where(users.c.id == row.id)
                .values(**values, updated_at=self._clock())
            )
            if "password_hash" in values or values.get("disabled"):
                # a new password or a disabled account: its sessions end now
                conn.execute(ui_sessions.delete().where(ui_sessions.c.user_id == row.id))
            self._audit(conn, by, action, name, detail or {})

    # Sessions

    def login(self, name: str, password: str) -> tuple[str, Session] | None:
        """A new session's cookie token for a user whose password matches, else None."""
        with self._engine.connect() as conn:
            row = conn.execute(users.select().where(users.c.name == name)).one_or_none()
        stored = row.password_hash if row is not None else _NO_USER
        if not verify_password(password, stored) or row is None or row.disabled:
            return None
        return self._open(_user(row))

    def login_master(self) -> tuple[str, Session]:
        return self._open(User(None, MASTER, "admin"))

    def _open(self, user: User) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        now = self._clock()
        session = Session(user, secrets.token_urlsafe(32), now + self._ttl)
        with write_transaction(self._engine) as conn:
            conn.execute(ui_sessions.delete().where(ui_sessions.c.expires_at < now))
            conn.execute(
                ui_sessions.insert().values(
                    token_hash=_token_hash(token),
                    user_id=user.id,
                    csrf=session.csrf,
                    created_at=now,
                    expires_at=session.expires_at,
                )
            )
            self._audit(conn, user.name, "login", user.name, {})
        return token, session

    def session(self, token: str) -> Session | None:
        """The live session of a cookie's token (None when unknown, expired or disabled)."""
        with self._engine.connect() as conn:
            row = conn.execute(
                ui_sessions.select().where(ui_sessions.c.token_hash == _token_hash(token))
            ).one_or_none()
            if row is None or row.expires_at <= self._clock():
                return None
            if row.user_id is None:
                return Session(User(None, MASTER, "admin"), row.csrf, row.expires_at)
            found = conn.execute(users.select().where(users.c.id == row.user_id)).one_or_none()
        if found is None or found.disabled:
            return None
        return Session(_user(found), row.csrf, row.expires_at)

    def logout(self, token: str) -> None:
        with write_transaction(self._engine) as conn:
            conn.execute(ui_sessions.delete().where(ui_sessions.c.token_hash == _token_hash(token)))

    # Audit

    def audit(self, actor: str, action: str, target: str, detail: Mapping[str, Any]) -> None:
        with write_transaction(self._engine) as conn:
            self._audit(conn, actor, action, target, detail)

    def _audit(
        self, conn: sa.Connection, actor: str, action: str, target: str, detail: Mapping[str, Any]
    ) -> None:
        conn.execute(
            audit_log.insert().values(
                at=self._clock(), actor=actor, action=action, target=target, detail=dict(detail)
            )
        )

    def audit_entries(self, limit: int = 100) -> builtins.list[AuditEntry]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                audit_log.select().order_by(audit_log.c.id.desc()).limit(limit)
            ).all()
        return [AuditEntry(r.at, r.actor, r.action, r.target, r.detail) for r in rows]


def _check_password(password: str) -> None:
    if len(password) < _MIN_PASSWORD:
        raise ValueError(f"password: at least {_MIN_PASSWORD} characters")


def _user(row: sa.Row[Any]) -> User:
    return User(row.id, row.name, row.role, row.disabled, row.created_at)
