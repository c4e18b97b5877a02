"""Relational tables, as SQLAlchemy Core objects.

The schema itself is owned by the Alembic migrations in ``lmops/store/migrations``; these objects
describe it for queries and must match what the migrations create (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

__all__ = [
    "LATENCY_BOUNDS_MS",
    "UTCDateTime",
    "audit_log",
    "dataset_rows",
    "eval_cache",
    "eval_cells",
    "eval_runs",
    "experiments",
    "feedback",
    "finetune_runs",
    "finetune_steps",
    "metadata",
    "model_adapters",
    "prompt_label_moves",
    "prompt_labels",
    "prompt_versions",
    "request_log",
    "review_items",
    "review_queues",
    "review_reviews",
    "review_skips",
    "spend_daily",
    "teams",
    "traffic_rollup",
    "ui_sessions",
    "users",
    "virtual_keys",
]


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
    # Indexed with created_at (0009): newest first within a model group, as the explorer reads.
    sa.Column("model_group", sa.String(), nullable=False),
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
    # Added by 0002. The key and team that paid (the principal names the caller, which may be
    # the master key); cost_usd is NULL when the price is unknown, never a silent 0.
    sa.Column("key_id", sa.String(32), nullable=True),
    sa.Column("team_id", sa.String(32), nullable=True),
    sa.Column("cost_usd", sa.Float(), nullable=True),
    sa.Column("cached_tokens", sa.Integer(), nullable=True),
    sa.Column("cache_hit", sa.Boolean(), nullable=False, server_default=sa.false()),
    # Added by 0003: the prompt version a request was rendered from, and its experiment arm.
    sa.Column("prompt_name", sa.String(), nullable=True),
    sa.Column("prompt_version", sa.Integer(), nullable=True),
    sa.Column("experiment", sa.String(), nullable=True),
    sa.Column("variant", sa.String(), nullable=True),
    # Added by 0005: the guardrail rules that fired, never what they found.
    sa.Column("guardrails", sa.Text(), nullable=True),
    # Added by 0011: the upstream calls the answer took.
    sa.Column("attempts", sa.Integer(), nullable=True),
    sa.Index("ix_request_log_experiment", "experiment"),
    sa.Index("ix_request_log_model_group_created_at", "model_group", "created_at"),
    # Added by 0012: the explorer's key and team filters.
    sa.Index("ix_request_log_key_id_created_at", "key_id", "created_at"),
    sa.Index("ix_request_log_team_id_created_at", "team_id", "created_at"),
)


def _limit_columns() -> list[sa.Column[Any]]:
    """The limits a key and a team share; NULL means "no limit"."""
    return [
        sa.Column("rpm", sa.Integer(), nullable=True),
        sa.Column("tpm", sa.Integer(), nullable=True),
        sa.Column("max_parallel", sa.Integer(), nullable=True),
        sa.Column("budget_usd", sa.Float(), nullable=True),
        sa.Column("budget_period", sa.String(16), nullable=True),  # daily|weekly|monthly|total
    ]


# none_as_null: Python None is SQL NULL ("every model"), not the JSON value null.
teams = sa.Table(
    "teams",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(), nullable=False),
    sa.Column("models", sa.JSON(none_as_null=True), nullable=True),
    *_limit_columns(),
    sa.Column("metadata", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False, index=True),
    sa.Column("deleted_at", UTCDateTime(), nullable=True),
    # Added by 0003: the prompts the team's keys may read (NULL: every prompt).
    sa.Column("prompts", sa.JSON(none_as_null=True), nullable=True),
    # Soft-deleted teams keep their rows (spend and keys refer to them), so a name is unique
    # among live teams only.
    sa.Index(
        "uq_teams_name_live",
        "name",
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    ),
)

virtual_keys = sa.Table(
    "virtual_keys",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    # Only the hash of the secret is stored; the prefix is a display hint, not a credential.
    sa.Column("key_hash", sa.String(64), nullable=False),
    sa.Column("key_prefix", sa.String(16), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.Column(
        "team_id",
        sa.String(32),
        sa.ForeignKey("teams.id", name="fk_virtual_keys_team_id_teams"),
        nullable=True,
        index=True,
    ),
    sa.Column("models", sa.JSON(none_as_null=True), nullable=True),
    *_limit_columns(),
    sa.Column("expires_at", UTCDateTime(), nullable=True),
    sa.Column("metadata", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False, index=True),
    sa.Column("revoked_at", UTCDateTime(), nullable=True),
    # Added by 0003: the prompts this key may read (NULL: every prompt its team may).
    sa.Column("prompts", sa.JSON(none_as_null=True), nullable=True),
    sa.UniqueConstraint("key_hash", name="uq_virtual_keys_key_hash"),
)


def _counter(name: str, kind: type[sa.Integer] = sa.Integer) -> sa.Column[Any]:
    return sa.Column(name, kind(), nullable=False, server_default=sa.text("0"))


# Spend per UTC day, key, team and model group, added to by the request-log writer in the same
# transaction as the rows it sums; reports and budget seeding read only this table.
spend_daily = sa.Table(
    "spend_daily",
    metadata,
    sa.Column("day", sa.String(10), primary_key=True),  # YYYY-MM-DD, UTC
    sa.Column("key_id", sa.String(32), primary_key=True),  # "" when none
    sa.Column("team_id", sa.String(32), primary_key=True),  # "" when none
    sa.Column("model", sa.String(), primary_key=True),  # the model group
    _counter("requests"),
    # A busy deployment can pass 2**31 tokens a day in one row: PostgreSQL's integer would not do.
    _counter("prompt_tokens", sa.BigInteger),
    _counter("completion_tokens", sa.BigInteger),
    _counter("cached_tokens", sa.BigInteger),
    _counter("cache_hits"),
    _counter("unpriced_requests"),
    sa.Column("cost_usd", sa.Float(), nullable=False, server_default=sa.text("0")),
    # Budget seeding and per-key/per-team reports filter on one id over a range of days.
    sa.Index("ix_spend_daily_key_id_day", "key_id", "day"),
    sa.Index("ix_spend_daily_team_id_day", "team_id", "day"),
)

# Prompt versions are immutable: a row is written once and never updated. ``content_hash`` is
# the hash of what renders (type, template or messages, config), so pushing the same content
# again finds the version it already is.
prompt_versions = sa.Table(
    "prompt_versions",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("version", sa.Integer(), primary_key=True),
    sa.Column("type", sa.String(8), nullable=False),  # text | chat
    sa.Column("template", sa.Text(), nullable=True),  # text prompts
    sa.Column("messages", sa.JSON(none_as_null=True), nullable=True),  # chat prompts
    sa.Column("config", sa.JSON(), nullable=False),
    sa.Column("variables", sa.JSON(), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("message", sa.Text(), nullable=False),
    sa.Column("author", sa.String(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False, index=True),
    sa.UniqueConstraint("name", "content_hash", name="uq_prompt_versions_name_content_hash"),
)

# Where each label of a prompt points now; ``latest`` is never stored (it is the newest version).
prompt_labels = sa.Table(
    "prompt_labels",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("label", sa.String(64), primary_key=True),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False, index=True),
    sa.Column("updated_by", sa.String(), nullable=False),
)

# Every move of a label, in order: who moved it, when, from which version to which.
prompt_label_moves = sa.Table(
    "prompt_label_moves",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("label", sa.String(64), nullable=False),
    sa.Column("from_version", sa.Integer(), nullable=True),
    sa.Column("to_version", sa.Integer(), nullable=False),
    sa.Column("moved_by", sa.String(), nullable=False),
    sa.Column("moved_at", UTCDateTime(), nullable=False),
    sa.Index("ix_prompt_label_moves_name_id", "name", "id"),
)

experiments = sa.Table(
    "experiments",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("target_kind", sa.String(8), nullable=False),  # prompt | model
    sa.Column("target", sa.String(200), nullable=False),
    sa.Column("variants", sa.JSON(), nullable=False),
    sa.Column("control", sa.String(64), nullable=False),
    sa.Column("salt", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # draft | running | paused | stopped
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("created_by", sa.String(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False, index=True),
    sa.Column("started_at", UTCDateTime(), nullable=True),
    sa.Column("stopped_at", UTCDateTime(), nullable=True),
    sa.UniqueConstraint("name", name="uq_experiments_name"),
)

# Outcomes people (or programs) report for a request: a score, a label, a comment.
feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("request_id", sa.String(64), nullable=False, index=True),
    sa.Column("score", sa.Float(), nullable=True),
    sa.Column("label", sa.String(200), nullable=True),
    sa.Column("comment", sa.Text(), nullable=True),
    sa.Column("key_id", sa.String(32), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

# One row per eval run (added by 0004). The cell counts per status are kept here so that
# ``lmops eval list`` never reads the cells.
eval_runs = sa.Table(
    "eval_runs",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("suite_path", sa.Text(), nullable=False),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("suite_hash", sa.String(64), nullable=False),
    sa.Column("started_at", UTCDateTime(), nullable=False, index=True),
    sa.Column("finished_at", UTCDateTime(), nullable=False),
    sa.Column("threshold", sa.Float(), nullable=False),
    sa.Column("passed", sa.Integer(), nullable=False),
    sa.Column("failed", sa.Integer(), nullable=False),
    sa.Column("errors", sa.Integer(), nullable=False),
    sa.Column("skipped", sa.Integer(), nullable=False),
    sa.Column("prompt_versions", sa.JSON(), nullable=False),
    sa.Column("options", sa.JSON(), nullable=False),
)

# One row per prompt x target x test x repeat of a run, in the run's order (``position``).
# A cell's scores are a JSON list: they are always written and read with their cell; ``score``
# (the weighted mean) is a column of its own for queries across runs.
eval_cells = sa.Table(
    "eval_cells",
    metadata,
    sa.Column(
        "run_id",
        sa.String(64),
        sa.ForeignKey("eval_runs.id", name="fk_eval_cells_run_id_eval_runs"),
        primary_key=True,
    ),
    sa.Column("position", sa.Integer(), primary_key=True),
    sa.Column("prompt_id", sa.Text(), nullable=False),  # an inline prompt's id is its text
    sa.Column("target_id", sa.Text(), nullable=False),
    sa.Column("test_index", sa.Integer(), nullable=False),
    sa.Column("repeat_index", sa.Integer(), nullable=False),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("vars", sa.JSON(), nullable=False),
    sa.Column("status", sa.String(8), nullable=False),  # passed | failed | error | skipped
    sa.Column("output", sa.Text(), nullable=True),
    sa.Column("error", sa.Text(), nullable=True),
    sa.Column("scores", sa.JSON(), nullable=False),
    sa.Column("score", sa.Float(), nullable=True),
    sa.Column("latency_ms", sa.Float(), nullable=True),
    sa.Column("prompt_tokens", sa.Integer(), nullable=True),
    sa.Column("completion_tokens", sa.Integer(), nullable=True),
    sa.Column("cost_usd", sa.Float(), nullable=True),
    sa.Column("cached", sa.Boolean(), nullable=False),
    sa.Column("prompt", sa.Text(), nullable=False),
)

# Model answers by the runner's cache key (a sha256), so that re-running an unchanged cell is
# free; ``value`` is a :class:`lmops.evals.calls.Completion` as JSON.
eval_cache = sa.Table(
    "eval_cache",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False, index=True),
)

# Human review (added by 0006). A queue's rubric is JSON (:class:`lmops.review.rubric.Rubric`).
review_queues = sa.Table(
    "review_queues",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("instructions", sa.Text(), nullable=False),
    sa.Column("rubric", sa.JSON(), nullable=False),
    sa.Column("reviews_per_item", sa.Integer(), nullable=False),
    # Capture rules (lmops.review.capture.CaptureRule as JSON): production requests to review.
    sa.Column("rules", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

# An item to review; ``done`` counts its finished reviews (kept here so that finding open items
# never counts reviews). ``source_ref`` names what it came from (a request id, an eval cell):
# the same thing is added to a queue once.
review_items = sa.Table(
    "review_items",
    metadata,
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
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.UniqueConstraint("queue_id", "source", "source_ref", name="uq_review_items_source"),
    sa.Index("ix_review_items_queue_id_done", "queue_id", "done", "id"),
)

# One review of an item: a slot (0 to the queue's reviews_per_item - 1) taken by a reviewer,
# ``claimed`` while they review it, ``done`` with their scores. The slot is the primary key, so
# two reviewers racing for an item's last slot cannot both win.
review_reviews = sa.Table(
    "review_reviews",
    metadata,
    sa.Column(
        "item_id",
        sa.Integer(),
        sa.ForeignKey("review_items.id", name="fk_review_reviews_item_id_review_items"),
        primary_key=True,
    ),
    sa.Column("slot", sa.Integer(), primary_key=True),
    sa.Column("queue_id", sa.Integer(), nullable=False),
    sa.Column("reviewer", sa.String(100), nullable=False),
    sa.Column("status", sa.String(8), nullable=False),  # claimed | done
    sa.Column("claimed_at", UTCDateTime(), nullable=False),
    sa.Column("done_at", UTCDateTime(), nullable=True),
    sa.Column("scores", sa.JSON(), nullable=True),
    sa.UniqueConstraint("item_id", "reviewer", name="uq_review_reviews_reviewer"),
    sa.Index("ix_review_reviews_queue_id_status", "queue_id", "status"),
    sa.Index("ix_review_reviews_reviewer", "reviewer", "status"),
)

# Items a reviewer skipped: not offered to them again.
review_skips = sa.Table(
    "review_skips",
    metadata,
    sa.Column(
        "item_id",
        sa.Integer(),
        sa.ForeignKey("review_items.id", name="fk_review_skips_item_id_review_items"),
        primary_key=True,
    ),
    sa.Column("reviewer", sa.String(100), primary_key=True),
)

# Dashboard accounts (added by 0007). ``password_hash`` is scrypt's (lmops.ui.users).
users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),  # admin | reviewer | viewer
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("disabled", sa.Boolean(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
)

# A dashboard login: the sha256 of its cookie's token (never the token), who it is (a user, or
# None for the master key) and its CSRF token.
ui_sessions = sa.Table(
    "ui_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.String(32), nullable=True),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False, index=True),
)

# Every change made through the dashboard or by ``lmops users``: who, what, on what.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("at", UTCDateTime(), nullable=False, index=True),
    sa.Column("actor", sa.String(64), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.String(200), nullable=False),
    sa.Column("detail", sa.JSON(), nullable=False),
)

# The latency histogram's bucket bounds (ms): bucket i holds bounds[i-1] < latency <= bounds[i],
# the last one everything slower. Fixed by migration 0008: changing them needs a new migration.
LATENCY_BOUNDS_MS = (
    5.0, 10.0, 20.0, 35.0, 50.0, 75.0, 100.0, 150.0, 200.0, 300.0, 500.0, 750.0,
    1000.0, 1500.0, 2000.0, 3000.0, 5000.0, 7500.0, 10000.0, 15000.0, 20000.0, 30000.0, 60000.0,
)  # fmt: skip

# Every logged request per minute and per hour (``width``), in five rows: all traffic, its model
# group's, key's, team's and deployment's (``dim``, ``value``; added by 0008), summed by the
# request-log writer with the rows: the dashboard reads this. One row per dimension rather than
# one per combination: a month by team reads 720 x teams rows.
traffic_rollup = sa.Table(
    "traffic_rollup",
    metadata,
    sa.Column("width", sa.String(6), primary_key=True),  # minute | hour
    sa.Column("bucket", sa.String(16), primary_key=True),  # YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH
    sa.Column("dim", sa.String(10), primary_key=True),  # all | model | key | team | deployment
    sa.Column("value", sa.String(), primary_key=True),  # "" for all, and for no key or team
    _counter("requests"),
    _counter("errors"),
    _counter("rate_limited"),
    _counter("cache_hits"),
    _counter("prompt_tokens", sa.BigInteger),
    _counter("completion_tokens", sa.BigInteger),
    _counter("unpriced_requests"),
    sa.Column("cost_usd", sa.Float(), nullable=False, server_default=sa.text("0")),
    sa.Column("latency_ms", sa.Float(), nullable=False, server_default=sa.text("0")),
    sa.Column("ttft_ms", sa.Float(), nullable=False, server_default=sa.text("0")),
    _counter("ttft_count"),
    *(_counter(f"lat_{i:02d}") for i in range(len(LATENCY_BOUNDS_MS) + 1)),
)

# Rows of named eval datasets, collected from logged requests by the dashboard (added by 0010):
# ``lmops eval dataset NAME`` writes them as the JSONL a suite's ``dataset:`` reads.
dataset_rows = sa.Table(
    "dataset_rows",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("dataset", sa.String(64), nullable=False),
    sa.Column("source_ref", sa.String(200), nullable=False),  # the request id
    sa.Column("row", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.UniqueConstraint("dataset", "source_ref", name="uq_dataset_rows_source"),
)

# Fine-tuning runs (added by 0013): one row per output folder, updated as the run goes, and the
# metrics of each logged step (a step logged again, after a resume, replaces its row).
finetune_runs = sa.Table(
    "finetune_runs",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("output_dir", sa.Text(), nullable=False, unique=True),
    sa.Column("base_model", sa.Text(), nullable=False),
    sa.Column("dataset_hash", sa.String(64), nullable=True),
    sa.Column("config", sa.JSON(), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # running | finished | failed | stopped
    sa.Column("started_at", UTCDateTime(), nullable=False, index=True),
    sa.Column("finished_at", UTCDateTime(), nullable=True),
    sa.Column("step", sa.Integer(), nullable=False, server_default=sa.text("0")),
    sa.Column("total_steps", sa.Integer(), nullable=False, server_default=sa.text("0")),
    sa.Column("train_loss", sa.Float(), nullable=True),
    sa.Column("eval_loss", sa.Float(), nullable=True),
    sa.Column("tokens", sa.BigInteger(), nullable=False, server_default=sa.text("0")),
    sa.Column("error", sa.Text(), nullable=True),
    sa.Column("host", sa.String(255), nullable=True),  # where the training process runs
    sa.Column("pid", sa.Integer(), nullable=True),  # its process (rank 0's): what stop signals
)

finetune_steps = sa.Table(
    "finetune_steps",
    metadata,
    sa.Column("run_id", sa.String(32), primary_key=True),
    sa.Column("step", sa.Integer(), primary_key=True),
    sa.Column("at", UTCDateTime(), nullable=False),
    sa.Column("epoch", sa.Float(), nullable=True),
    sa.Column("loss", sa.Float(), nullable=True),
    sa.Column("eval_loss", sa.Float(), nullable=True),
    sa.Column("learning_rate", sa.Float(), nullable=True),
    sa.Column("tokens_per_s", sa.Float(), nullable=True),
    sa.Column("mfu", sa.Float(), nullable=True),
)

# LoRA adapters in the model catalog (added by 0013): each finished run registers its adapter
# under the run's name (a later run of that name replaces it); ``evals`` holds the eval suites'
# scores of the adapter beside its base model, by suite.
model_adapters = sa.Table(
    "model_adapters",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("base_model", sa.Text(), nullable=False),
    sa.Column("path", sa.Text(), nullable=False),
    sa.Column("run_id", sa.String(32), nullable=True),
    sa.Column("dataset_hash", sa.String(64), nullable=True),
    sa.Column("evals", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)
