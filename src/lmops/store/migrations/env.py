"""Alembic environment for the lmops store.

Run only through :func:`lmops.store.db.migrate`, which passes an open connection (already in a
transaction, and on PostgreSQL holding the migration lock) in ``config.attributes``. There is no
``alembic.ini`` and no offline (SQL script) mode.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from lmops.store.db import VERSION_TABLE


def _run() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection) or context.is_offline_mode():
        raise RuntimeError("lmops migrations run through lmops.store.db.migrate(engine) only")
    context.configure(connection=connection, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()


_run()
