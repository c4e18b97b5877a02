"""The prompt registry (versions, labels and their moves), experiments, feedback, and the prompt
and experiment arm of each logged request; which prompts a key or team may read.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # A frozen snapshot like 0001 and 0002: types spelled out, nothing imported from tables.py.
    op.create_table(
        "prompt_versions",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("type", sa.String(8), nullable=False),
        sa.Column("template", sa.Text(), nullable=True),
        sa.Column("messages", sa.JSON(), nullable=True),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("variables", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("name", "content_hash", name="uq_prompt_versions_name_content_hash"),
    )
    op.create_index("ix_prompt_versions_created_at", "prompt_versions", ["created_at"])
    op.create_table(
        "prompt_labels",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("label", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
    )
    op.create_index("ix_prompt_labels_updated_at", "prompt_labels", ["updated_at"])
    op.create_table(
        "prompt_label_moves",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("from_version", sa.Integer(), nullable=True),
        sa.Column("to_version", sa.Integer(), nullable=False),
        sa.Column("moved_by", sa.String(), nullable=False),
        sa.Column("moved_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_prompt_label_moves_name_id", "prompt_label_moves", ["name", "id"])
    op.create_table(
        "experiments",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("target_kind", sa.String(8), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("variants", sa.JSON(), nullable=False),
        sa.Column("control", sa.String(64), nullable=False),
        sa.Column("salt", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("stopped_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("name", name="uq_experiments_name"),
    )
    op.create_index("ix_experiments_updated_at", "experiments", ["updated_at"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("label", sa.String(200), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_feedback_request_id", "feedback", ["request_id"])
    # Plain ADD COLUMN, all nullable: no table rebuild on SQLite, old rows read as NULL.
    op.add_column("request_log", sa.Column("prompt_name", sa.String(), nullable=True))
    op.add_column("request_log", sa.Column("prompt_version", sa.Integer(), nullable=True))
    op.add_column("request_log", sa.Column("experiment", sa.String(), nullable=True))
    op.add_column("request_log", sa.Column("variant", sa.String(), nullable=True))
    op.create_index("ix_request_log_experiment", "request_log", ["experiment"])
    op.add_column("virtual_keys", sa.Column("prompts", sa.JSON(), nullable=True))
    op.add_column("teams", sa.Column("prompts", sa.JSON(), nullable=True))
