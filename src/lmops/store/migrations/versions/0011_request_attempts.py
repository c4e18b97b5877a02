"""The upstream calls a logged request's answer took (retries and fallbacks included).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("request_log", sa.Column("attempts", sa.Integer(), nullable=True))
