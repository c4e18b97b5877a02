"""Traffic per minute and per hour, in all and by model group, key, team and deployment, with a
latency histogram; filled from the request log already there.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

# A frozen copy of tables.LATENCY_BOUNDS_MS as this migration made the table.
_BOUNDS = (
    5.0, 10.0, 20.0, 35.0, 50.0, 75.0, 100.0, 150.0, 200.0, 300.0, 500.0, 750.0,
    1000.0, 1500.0, 2000.0, 3000.0, 5000.0, 7500.0, 10000.0, 15000.0, 20000.0, 30000.0, 60000.0,
)  # fmt: skip
_SUMS = (
    "requests", "errors", "rate_limited", "cache_hits", "prompt_tokens", "completion_tokens",
    "unpriced_requests", "cost_usd", "latency_ms", "ttft_ms", "ttft_count",
)  # fmt: skip
_HISTOGRAM = tuple(f"lat_{i:02d}" for i in range(len(_BOUNDS) + 1))


def _counter(name: str, kind: type[sa.Integer] = sa.Integer) -> sa.Column[int]:
    return sa.Column(name, kind(), nullable=False, server_default=sa.text("0"))


def upgrade() -> None:
    op.create_table(
        "traffic_rollup",
        sa.Column("width", sa.String(6), primary_key=True),
        sa.Column("bucket", sa.String(16), primary_key=True),
        sa.Column("dim", sa.String(10), primary_key=True),
        sa.Column("value", sa.String(), primary_key=True),
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
        *(_counter(name) for name in _HISTOGRAM),
    )
    for width in ("minute", "hour"):
        for dim, column in _DIMS.items():
            op.execute(_backfill(op.get_bind().dialect.name, width, dim, column))


_DIMS = {
    "all": "''",
    "model": "model_group",
    "key": "COALESCE(key_id, '')",
    "team": "COALESCE(team_id, '')",
    "deployment": "COALESCE(deployment, '')",
}


def _backfill(dialect: str, width: str, dim: str, column: str) -> str:
    """INSERT ... SELECT of the request log into the rollup (no client value: literal SQL)."""
    if dialect == "postgresql":
        pattern = 'YYYY-MM-DD"T"HH24:MI' if width == "minute" else 'YYYY-MM-DD"T"HH24'
        bucket = f"to_char(created_at AT TIME ZONE 'UTC', '{pattern}')"
    else:  # SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff" in UTC
        clock = "substr(created_at, 12, 5)" if width == "minute" else "substr(created_at, 12, 2)"
        bucket = f"substr(created_at, 1, 10) || 'T' || {clock}"
    histogram = []
    for i in range(len(_BOUNDS) + 1):
        low = f"latency_ms > {_BOUNDS[i - 1]}" if i > 0 else "1 = 1"
        high = f"latency_ms <= {_BOUNDS[i]}" if i < len(_BOUNDS) else "1 = 1"
        histogram.append(f"SUM(CASE WHEN {low} AND {high} THEN 1 ELSE 0 END)")
    sums = [
        "COUNT(*)",
        "SUM(CASE WHEN status_code >= 400 THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN status_code = 429 THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN cache_hit THEN 1 ELSE 0 END)",
        "COALESCE(SUM(prompt_tokens), 0)",
        "COALESCE(SUM(completion_tokens), 0)",
        "SUM(CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END)",
        "COALESCE(SUM(cost_usd), 0)",
        "SUM(latency_ms)",
        "COALESCE(SUM(ttft_ms), 0)",
        "COUNT(ttft_ms)",
        *histogram,
    ]
    columns = ", ".join(("width", "bucket", "dim", "value", *_SUMS, *_HISTOGRAM))
    return (
        f"INSERT INTO traffic_rollup ({columns}) "
        f"SELECT '{width}', {bucket}, '{dim}', {column}, {', '.join(sums)} FROM request_log "
        f"GROUP BY {bucket}" + ("" if dim == "all" else f", {column}")
    )
