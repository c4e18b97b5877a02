"""The request log by key and by team, newest first: the explorer reads a key's or a team's
requests from an index instead of walking every request of the range.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index("ix_request_log_key_id_created_at", "request_log", ["key_id", "created_at"])
    op.create_index("ix_request_log_team_id_created_at", "request_log", ["team_id", "created_at"])
