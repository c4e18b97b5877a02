"""Shared quota state: rate limits and budgets, in memory (one process) or Redis (many).

``RedisQuotaStore`` lives in ``lmops.state.redis``, not re-exported here: importing redis-py
costs a one-process gateway a tenth of a second of start-up for nothing.
"""

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
    WindowUsage,
    period_end,
    period_id,
)

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
    "Ticket",
    "WindowUsage",
    "period_end",
    "period_id",
]
