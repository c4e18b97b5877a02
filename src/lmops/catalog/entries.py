"""The model catalog: per model group and deployment, what the config and the price list say
(prices, context window, capabilities, region, compliance tags) joined with what the store
measured (traffic statistics over a window, eval scores per suite)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from lmops.accounts import parse_duration
from lmops.catalog.measured import SuiteScore, TrafficStats, eval_scores, traffic_stats
from lmops.catalog.prices import ModelPrice, PriceCatalog
from lmops.catalog.pricing import deployment_price
from lmops.config import Config, Deployment

__all__ = ["DeploymentEntry", "ModelEntry", "Window", "build_catalog", "model_price"]


@dataclass(frozen=True, slots=True)
class Window:
    """The span the statistics were measured over, and how to say it (``last 7 days``)."""

    start: datetime
    end: datetime
    label: str

    @classmethod
    def last(cls, text: str, end: datetime) -> Window:
        """``7d`` as the window ending at ``end``, labelled ``last 7 days``; ValueError naming
        what is wrong with ``text``."""
        span = parse_duration(text)
        seconds = int(span.total_seconds())
        unit = next(u for u in _UNITS if seconds % u == 0)
        count, name = seconds // unit, _UNITS[unit]
        return cls(end - span, end, f"last {name}" if count == 1 else f"last {count} {name}s")


_UNITS = {86400 * 7: "week", 86400: "day", 3600: "hour", 60: "minute", 1: "second"}


@dataclass(frozen=True, slots=True)
class DeploymentEntry:
    id: str
    provider: str
    upstream_model: str
    weight: float
    price: ModelPrice | None
    context_window: int | None
    capabilities: frozenset[str] | None  # None: neither the config nor the catalog says
    region: str | None
    compliance: frozenset[str]
    stats: TrafficStats | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "provider": self.provider,
            "upstream_model": self.upstream_model,
            "weight": self.weight,
            **_price_json(self.price),
            "context_window": self.context_window,
            "capabilities": sorted(self.capabilities) if self.capabilities is not None else None,
            "region": self.region,
            "compliance": sorted(self.compliance),
            "stats": _stats_json(self.stats),
        }


@dataclass(frozen=True, slots=True)
class ModelEntry:
    """A model group as a client sees it: a request may land on any of its deployments, so its
    context window is the smallest, its capabilities and compliance tags those all share, and
    its price the weighted mean (unknown if one deployment's is)."""

    name: str
    configured: bool  # False: a model of the price list that no deployment serves
    deployments: tuple[DeploymentEntry, ...]
    price: ModelPrice | None
    context_window: int | None
    capabilities: frozenset[str] | None
    compliance: frozenset[str]
    stats: TrafficStats | None
    scores: tuple[SuiteScore, ...] = field(default=())

    @property
    def regions(self) -> list[str]:
        return sorted({d.region for d in self.deployments if d.region})

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "configured": self.configured,
            **_price_json(self.price),
            "context_window": self.context_window,
            "capabilities": sorted(self.capabilities) if self.capabilities is not None else None,
            "regions": self.regions,
            "compliance": sorted(self.compliance),
            "stats": _stats_json(self.stats),
            "evals": [
                {
                    "suite": s.suite,
                    "run_id": s.run_id,
                    "started_at": s.started_at.isoformat(),
                    "mean_score": s.mean_score,
                    "pass_rate": s.pass_rate,
                    "cells": s.cells,
                }
                for s in self.scores
            ],
            "deployments": [d.to_json() for d in self.deployments],
        }


def build_catalog(
    config: Config,
    prices: PriceCatalog,
    engine: sa.Engine | None,
    window: Window,
    *,
    include_price_list: bool = False,
) -> list[ModelEntry]:
    """Every configured model group (and, with ``include_price_list``, every chat model of the
    price list that none serves), with the window's statistics from the rollup."""
    by_group: dict[str, TrafficStats] = {}
    by_deployment: dict[str, TrafficStats] = {}
    scores: dict[str, list[SuiteScore]] = {}
    if engine is not None:
        by_group = traffic_stats(engine, window.start, window.end, "model")
        by_deployment = traffic_stats(engine, window.start, window.end, "deployment")
        scores = eval_scores(engine)
    entries = [
        _group(name, [_deployment(d, prices, by_deployment.get(d.id)) for d in deployments])
        for name, deployments in config.groups().items()
    ]
    entries = [
        replace(e, stats=by_group.get(e.name), scores=tuple(scores.get(e.name, ())))
        for e in entries
    ]
    if include_price_list:
        served = {d.upstream_model for d in config.models} | set(config.groups())
        entries += [
            ModelEntry(
                name=name,
                configured=False,
                deployments=(),
                price=price,
                context_window=price.context_window,
                capabilities=price.capabilities or None,
                compliance=frozenset(),
                stats=None,
            )
            for name, price in sorted(prices.models().items())
            if name not in served and "chat" in price.capabilities and not price.deprecated
        ]
    return entries


def _deployment(d: Deployment, prices: PriceCatalog, stats: TrafficStats | None) -> DeploymentEntry:
    price = deployment_price(d, prices)
    known = prices.lookup(d.upstream_model)
    capabilities: frozenset[str] | None
    if d.capabilities is not None:
        capabilities = frozenset(d.capabilities)
    else:
        capabilities = known.capabilities if known is not None and known.capabilities else None
    return DeploymentEntry(
        id=d.id,
        provider=d.provider,
        upstream_model=d.upstream_model,
        weight=d.weight,
        price=price,
        context_window=d.context_window or (known.context_window if known else None),
        capabilities=capabilities,
        region=d.region,
        compliance=frozenset(d.compliance),
        stats=stats,
    )


def _group(name: str, deployments: list[DeploymentEntry]) -> ModelEntry:
    windows = [d.context_window for d in deployments]
    caps = [d.capabilities for d in deployments]
    known_caps = [c for c in caps if c is not None]
    return ModelEntry(
        name=name,
        configured=True,
        deployments=tuple(deployments),
        price=_mean_price(deployments),
        context_window=min(w for w in windows if w is not None) if None not in windows else None,
        capabilities=frozenset.intersection(*known_caps) if known_caps else None,
        compliance=frozenset.intersection(*(d.compliance for d in deployments)),
        stats=None,
    )


def _mean_price(deployments: list[DeploymentEntry]) -> ModelPrice | None:
    """The weight-weighted mean of the deployments' prices (the router's default spread)."""
    if any(d.price is None for d in deployments):
        return None
    total = Decimal(str(sum(d.weight for d in deployments)))

    def mean(attr: str) -> Decimal:
        return (
            sum((Decimal(str(d.weight)) * getattr(d.price, attr) for d in deployments), Decimal(0))
            / total
        )

    if len(deployments) == 1:
        return deployments[0].price
    return ModelPrice(input=mean("input"), output=mean("output"))


def _price_json(price: ModelPrice | None) -> dict[str, Any]:
    return {
        "input_cost_per_token": float(price.input) if price else None,
        "output_cost_per_token": float(price.output) if price else None,
        "cached_input_cost_per_token": (
            float(price.cached_input) if price and price.cached_input is not None else None
        ),
    }


def _stats_json(stats: TrafficStats | None) -> dict[str, Any] | None:
    if stats is None:
        return None
    return asdict(stats)


def model_price(name: str, config: Config | None, prices: PriceCatalog) -> ModelPrice | None:
    """A model group's price (as :func:`build_catalog` gives it), else the price list's."""
    group = config.groups().get(name) if config is not None else None
    if group:
        return _mean_price([_deployment(d, prices, None) for d in group])
    return prices.lookup(name)
