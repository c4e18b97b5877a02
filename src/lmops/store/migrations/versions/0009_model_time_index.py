"""The request log's model group index also orders by time: a model's newest requests are read
from the index instead of sorting every request of the model.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index(
        "ix_request_log_model_group_created_at", "request_log", ["model_group", "created_at"]
    )
    op.drop_index("ix_request_log_model_group", table_name="request_log")
