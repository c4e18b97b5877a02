"""Human review: queues with a rubric, items, reviews (one slot each), skips.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # A frozen snapshot like 0001 to 0005: types spelled out, nothing imported from tables.py.
    op.create_table(
        "review_queues",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("rubric", sa.JSON(), nullable=False),
        sa.Column("reviews_per_item", sa.Integer(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "queue_id",
            sa.Integer(),
            sa.ForeignKey("review_queues.id", name="fk_review_items_queue_id_review_queues"),
            nullable=False,
        ),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_ref", sa.String(200), nullable=True),
        sa.Column("input", sa.Text(), nullable=False),
        sa.Column("context", sa.Text(), nullable=True),
        sa.Column("output", sa.Text(), nullable=True),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("queue_id", "source", "source_ref", name="uq_review_items_source"),
    )
    op.create_index("ix_review_items_queue_id_done", "review_items", ["queue_id", "done", "id"])
    op.create_table(
        "review_reviews",
        sa.Column(
            "item_id",
            sa.Integer(),
            sa.ForeignKey("review_items.id", name="fk_review_reviews_item_id_review_items"),
            primary_key=True,
        ),
        sa.Column("slot", sa.Integer(), primary_key=True),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(100), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("scores", sa.JSON(), nullable=True),
        sa.UniqueConstraint("item_id", "reviewer", name="uq_review_reviews_reviewer"),
    )
    op.create_index("ix_review_reviews_queue_id_status", "review_reviews", ["queue_id", "status"])
    op.create_index("ix_review_reviews_reviewer", "review_reviews", ["reviewer", "status"])
    op.create_table(
        "review_skips",
        sa.Column(
            "item_id",
            sa.Integer(),
            sa.ForeignKey("review_items.id", name="fk_review_skips_item_id_review_items"),
            primary_key=True,
        ),
        sa.Column("reviewer", sa.String(100), primary_key=True),
    )
