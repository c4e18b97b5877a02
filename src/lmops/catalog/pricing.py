"""Prices per deployment (config over catalog), and the cost of one answered request."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import structlog

from lmops.catalog.prices import (
    ModelPrice,
    PriceCatalog,
    Usage,
    cost,
    estimate_max_cost,
    price_for,
    usage_from_openai,
)
from lmops.config import Config, Deployment

__all__ = ["Pricing", "deployment_price"]

log = structlog.get_logger("lmops.pricing")


class Pricing:
    """Every configured deployment's price, resolved once at start."""

    def __init__(self, config: Config, catalog: PriceCatalog) -> None:
        self._by_deployment: dict[str, ModelPrice | None] = {}
        for d in config.models:
            price = deployment_price(d, catalog)
            self._by_deployment[d.id] = price
            if price is None:
                log.warning(
                    "price_unknown",
                    deployment=d.id,
                    model=d.upstream_model,
                    hint="set input_cost_per_token and output_cost_per_token on the deployment; "
                    "its requests are recorded with cost null",
                )
        # A request may end on any deployment of its group or of a fallback group: reserve for
        # the dearest of them.
        groups = config.groups()
        # estimate_max_cost is linear in both counts: the dearest price's rates per token,
        # as floats, once.
        self._group_rates: dict[str, tuple[float, float]] = {}
        for group in groups:
            chain = _reachable(group, config)
            known = [
                p
                for g in chain
                for d in groups.get(g, ())
                if (p := self._by_deployment[d.id]) is not None
            ]
            if known:
                dearest = max(known, key=_dearness)
                self._group_rates[group] = (
                    float(estimate_max_cost(dearest, 1, 0)),
                    float(estimate_max_cost(dearest, 0, 1)),
                )

    def of(self, deployment_id: str | None) -> ModelPrice | None:
        return self._by_deployment.get(deployment_id) if deployment_id else None

    def estimate(self, group: str, prompt_tokens: int, max_output_tokens: int) -> float:
        """The most the request can cost (0.0 when no deployment of the group has a price)."""
        rates = self._group_rates.get(group)
        if rates is None:
            return 0.0
        return max(prompt_tokens, 0) * rates[0] + max(max_output_tokens, 0) * rates[1]

    def cost(
        self, deployment_id: str | None, usage: Mapping[str, Any] | None
    ) -> tuple[Usage | None, float | None]:
        """The usage read from an answer and its cost; cost None when the price is unknown."""
        parsed = usage_from_openai(usage) if usage else None
        price = self.of(deployment_id)
        if parsed is None or price is None:
            return parsed, None
        return parsed, float(cost(price, parsed))


def deployment_price(d: Deployment, catalog: PriceCatalog) -> ModelPrice | None:
    """A deployment's price: its configured prices over the catalog's; a mock deployment's
    answers, made up in process, cost nothing."""
    price = price_for(d.upstream_model, d.input_cost_per_token, d.output_cost_per_token, catalog)
    if price is None and d.provider == "mock":
        return _FREE
    return price


def _reachable(group: str, config: Config) -> list[str]:
    """Every group a request to ``group`` may end on: fallbacks of both kinds, transitively."""
    seen = [group]
    for current in seen:
        for section in (config.router.fallbacks, config.router.context_window_fallbacks):
            seen += [g for g in section.get(current, ()) if g not in seen]
    return seen


_FREE = ModelPrice(input=Decimal(0), output=Decimal(0))


def _dearness(price: ModelPrice) -> Decimal:
    return price.input + max(price.output, price.reasoning or price.output)
