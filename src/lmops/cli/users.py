"""``lmops users``: the dashboard's accounts (admin, reviewer, viewer) in the config's store.

A password not given with ``--password`` is asked for (twice, not echoed). Every change is in
the audit log, made by ``cli``. Exit statuses follow ``lmops keys``: 1 when the store says no (no
such user, a name taken), 2 for input the command cannot use (a short password, a bad role).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.table import Table

from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import JsonOpt, console, fail, format_time, open_store, print_json
from lmops.store.db import describe_error
from lmops.ui.users import ROLES, Conflict, NotFound, Role, UserStore

__all__ = ["app"]

app = typer.Typer(name="users", help="Dashboard accounts and their roles.", no_args_is_help=True)

NameArg = Annotated[str, typer.Argument(metavar="NAME", help="The user's name.")]
PasswordOpt = Annotated[
    str | None, typer.Option("--password", help="The password (asked for when not given).")
]
_BY = "cli"


@contextmanager
def _users(config_path: Path) -> Iterator[UserStore]:
    with open_store(config_path) as store:
        try:
            yield UserStore(store.engine)
        except (NotFound, Conflict) as exc:
            fail(str(exc.args[0]) if exc.args else str(exc))
        except ValueError as exc:
            fail(str(exc), 2)
        except sa.exc.SQLAlchemyError as exc:
            fail(describe_error(exc, store.engine))


def _password(given: str | None) -> str:
    if given is not None:
        return given
    entered: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return entered


def _role(value: str) -> Role:
    for role in ROLES:
        if value == role:
            return role
    fail(f"--role: {value!r} is not one of {', '.join(ROLES)}", 2)


@app.command("create")
def create_command(
    name: NameArg,
    role: Annotated[str, typer.Option("--role", metavar="admin|reviewer|viewer")],
    password: PasswordOpt = None,
    config_path: Path = CONFIG_OPTION,
) -> None:
    """Create a user who logs in to the dashboard at /ui."""
    chosen = _role(role)
    secret = _password(password)
    with _users(config_path) as store:
        user = store.create(name, chosen, secret, by=_BY)
    typer.echo(f"created user {user.name} ({user.role})")


@app.command("list")
def list_command(config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False) -> None:
    """List the users, their roles and whether they are disabled."""
    with _users(config_path) as store:
        found = store.list()
    if as_json:
        print_json(
            [
                {
                    "name": u.name,
                    "role": u.role,
                    "disabled": u.disabled,
                    "created_at": u.created_at.isoformat() if u.created_at else None,
                }
                for u in found
            ]
        )
        return
    table = Table("name", "role", "state", "created")
    for u in found:
        table.add_row(
            u.name, u.role, "disabled" if u.disabled else "active", format_time(u.created_at)
        )
    console().print(table)


@app.command("disable")
def disable_command(name: NameArg, config_path: Path = CONFIG_OPTION) -> None:
    """Disable a user: they cannot log in, and their sessions end."""
    with _users(config_path) as store:
        store.set_disabled(name, True, by=_BY)
    typer.echo(f"disabled user {name}")


@app.command("enable")
def enable_command(name: NameArg, config_path: Path = CONFIG_OPTION) -> None:
    """Let a disabled user log in again."""
    with _users(config_path) as store:
        store.set_disabled(name, False, by=_BY)
    typer.echo(f"enabled user {name}")


@app.command("reset-password")
def reset_password_command(
    name: NameArg, password: PasswordOpt = None, config_path: Path = CONFIG_OPTION
) -> None:
    """Set a new password; the user's sessions end."""
    with _users(config_path) as store:
        store.get(name)  # before asking for a password
        store.set_password(name, _password(password), by=_BY)
    typer.echo(f"new password set for {name}")
