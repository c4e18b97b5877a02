"""Relational tables, as SQLAlchemy Core objects.

The schema itself is owned by the Alembic migrations in ``lmops/store/migrations``; these objects
describe it for queries and must match what the migrations create (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

__all__ = ["UTCDateTime", "metadata", "request_log"]


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware timestamp that is always UTC in Python.

    PostgreSQL stores ``timestamptz``. SQLite has no timestamp type and keeps a fixed-width text
    form without an offset, so values are normalised to UTC before they are written (keeping the
    text order equal to the time order) and marked UTC again when read.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # A naive value has no offset to trust; the whole store is UTC, so read it as UTC.
        utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = sa.MetaData()

request_log = sa.Table(
    "request_log",
    metadata,
    # The gateway's request id (also returned to the client), so one row per request.
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("created_at", UTCDateTime(), nullable=False, index=True),
    sa.Column("principal", sa.String(), nullable=False),
    sa.Column("endpoint", sa.String(32), nullable=False),
    sa.Column("model_group", sa.String(), nullable=False, index=True),
    sa.Column("deployment", sa.String(), nullable=True),
    sa.Column("status_code", sa.Integer(), nullable=False),
    sa.Column("error_type", sa.String(), nullable=True),
    sa.Column("latency_ms", sa.Float(), nullable=False),
    sa.Column("ttft_ms", sa.Float(), nullable=True),
    sa.Column("prompt_tokens", sa.Integer(), nullable=True),
    sa.Column("completion_tokens", sa.Integer(), nullable=True),
    sa.Column("streamed", sa.Boolean(), nullable=False),
    # Only filled when settings.log_bodies is on: bodies may hold personal data.
    sa.Column("request_body", sa.Text(), nullable=True),
    sa.Column("response_body", sa.Text(), nullable=True),
)
