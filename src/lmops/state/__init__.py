"""Shared quota state: rate limits and budgets, in memory (one process) or Redis (many)."""

from lmops.state.memory import MemoryQuotaStore
from lmops.state.quota import (
    Admission,
    Budget,
    BudgetAlert,
    BudgetStatus,
    Decision,
    LimitStatus,
    Period,
    QuotaError,
    QuotaStore,
    RateLimit,
    Ticket,
    period_end,
    period_id,
)
from lmops.state.redis import RedisQuotaStore

__all__ = [
    "Admission",
    "Budget",
    "BudgetAlert",
    "BudgetStatus",
    "Decision",
    "LimitStatus",
    "MemoryQuotaStore",
    "Period",
    "QuotaError",
    "QuotaStore",
    "RateLimit",
    "RedisQuotaStore",
    "Ticket",
    "period_end",
    "period_id",
]
