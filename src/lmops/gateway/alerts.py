"""Budget alerts: a log line, a metric and, if configured, a webhook (retried with backoff).

The quota store reports each (budget, period) crossing its soft threshold exactly once across all
replicas, so whichever process settles the crossing request sends the alert.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable

import aiohttp
import orjson
import structlog

from lmops.background import BackgroundTasks
from lmops.config import WebhookSettings
from lmops.state.quota import BudgetAlert

__all__ = ["BudgetAlerts"]

log = structlog.get_logger("lmops.budgets")


class BudgetAlerts:
    def __init__(
        self,
        webhook: WebhookSettings | None,
        http: aiohttp.ClientSession,
        count: Callable[[str], None],
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._webhook = webhook
        self._http = http
        self._count = count
        self._sleep = sleep
        self._sending = BackgroundTasks()

    def __call__(self, alerts: tuple[BudgetAlert, ...]) -> None:
        for alert in alerts:
            kind = alert.scope.partition(":")[0]
            self._count(kind)
            log.warning(
                "budget_threshold_reached",
                scope=alert.scope,
                period=alert.period_id,
                spent_usd=round(alert.spent, 6),
                max_usd=alert.max_usd,
                fraction=alert.fraction,
            )
            if self._webhook is not None:
                self._sending.spawn(self._post(self._webhook, alert))

    async def drain(self) -> None:
        """Wait for alerts still being sent (the caller bounds the wait)."""
        await self._sending.drain()

    async def _post(self, webhook: WebhookSettings, alert: BudgetAlert) -> None:
        payload = orjson.dumps(
            {
                "event": "budget_threshold_reached",
                "scope": alert.scope,
                "period": alert.period_id,
                "spent_usd": alert.spent,
                "max_usd": alert.max_usd,
                "fraction": alert.fraction,
            }
        )
        url = webhook.url.get_secret_value()
        timeout = aiohttp.ClientTimeout(total=webhook.timeout)
        for attempt in range(webhook.retries + 1):
            try:
                async with self._http.post(
                    url,
                    data=payload,
                    headers={"content-type": "application/json"},
                    timeout=timeout,
                    allow_redirects=False,
                ) as resp:
                    if resp.status < 300:
                        return
                    failure = f"HTTP {resp.status}"
                    if resp.status < 500 and resp.status != 429:
                        break  # the receiver refused it; asking again will not help
            except (aiohttp.ClientError, TimeoutError) as exc:
                failure = type(exc).__name__
            if attempt < webhook.retries:
                await self._sleep(random.uniform(0, 0.5 * 2**attempt))
        # The URL may carry a token (Slack, Teams): never log it.
        log.error("budget_webhook_failed", scope=alert.scope, error=failure)
