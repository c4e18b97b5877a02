"""Virtual keys, teams, the daily spend rollup, and who paid for each logged request.

Revision ID: 0002
Revises: 0001
Create Date: 2024-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_LIVE = "deleted_at IS NULL"


def _limits() -> list[sa.Column[object]]:
    return [
        sa.Column("rpm", sa.Integer(), nullable=True),
        sa.Column("tpm", sa.Integer(), nullable=True),
        sa.Column("max_parallel", sa.Integer(), nullable=True),
        sa.Column("budget_usd", sa.Float(), nullable=True),
        sa.Column("budget_period", sa.String(16), nullable=True),
    ]


def _counter(name: str, kind: type[sa.Integer] = sa.Integer) -> sa.Column[object]:
    return sa.Column(name, kind(), nullable=False, server_default=sa.text("0"))


def upgrade() -> None:
    # A frozen snapshot, like 0001: every type is spelled out here, nothing is imported from
    # lmops.store.tables (a test checks that the two agree).
    op.create_table(
        "teams",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("models", sa.JSON(), nullable=True),
        *_limits(),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_teams_updated_at", "teams", ["updated_at"])
    op.create_index(
        "uq_teams_name_live",
        "teams",
        ["name"],
        unique=True,
        sqlite_where=sa.text(_LIVE),
        postgresql_where=sa.text(_LIVE),
    )
    op.create_table(
        "virtual_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("key_prefix", sa.String(16), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("team_id", sa.String(32), nullable=True),
        sa.Column("models", sa.JSON(), nullable=True),
        *_limits(),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("key_hash", name="uq_virtual_keys_key_hash"),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name="fk_virtual_keys_team_id_teams"),
    )
    op.create_index("ix_virtual_keys_team_id", "virtual_keys", ["team_id"])
    op.create_index("ix_virtual_keys_updated_at", "virtual_keys", ["updated_at"])
    op.create_table(
        "spend_daily",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("key_id", sa.String(32), primary_key=True),
        sa.Column("team_id", sa.String(32), primary_key=True),
        sa.Column("model", sa.String(), primary_key=True),
        _counter("requests"),
        _counter("prompt_tokens", sa.BigInteger),
        _counter("completion_tokens", sa.BigInteger),
        _counter("cached_tokens", sa.BigInteger),
        _counter("cache_hits"),
        _counter("unpriced_requests"),
        sa.Column("cost_usd", sa.Float(), nullable=False, server_default=sa.text("0")),
    )
    op.create_index("ix_spend_daily_key_id_day", "spend_daily", ["key_id", "day"])
    op.create_index("ix_spend_daily_team_id_day", "spend_daily", ["team_id", "day"])
    # Plain ADD COLUMN (no table rebuild on SQLite): the only NOT NULL one has a default, which
    # also fills the rows already logged.
    op.add_column("request_log", sa.Column("key_id", sa.String(32), nullable=True))
    op.add_column("request_log", sa.Column("team_id", sa.String(32), nullable=True))
    op.add_column("request_log", sa.Column("cost_usd", sa.Float(), nullable=True))
    op.add_column("request_log", sa.Column("cached_tokens", sa.Integer(), nullable=True))
    op.add_column(
        "request_log",
        sa.Column("cache_hit", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    for column in ("cache_hit", "cached_tokens", "cost_usd", "team_id", "key_id"):
        op.drop_column("request_log", column)
    op.drop_table("spend_daily")
    op.drop_table("virtual_keys")
    op.drop_table("teams")
