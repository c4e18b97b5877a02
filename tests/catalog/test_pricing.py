"""Prices per deployment and the reservation estimate for a model group."""

from __future__ import annotations

import pytest

from lmops.catalog.prices import PriceCatalog
from lmops.catalog.pricing import Pricing
from lmops.config import parse_config

CONFIG = """
models:
  - {name: small, provider: openai, api_base: http://127.0.0.1:9/v1, model: x-private,
     input_cost_per_token: 0.000001, output_cost_per_token: 0.000002}
  - {name: big, provider: openai, api_base: http://127.0.0.1:9/v1, model: y-private,
     input_cost_per_token: 0.0001, output_cost_per_token: 0.0002}
  - {name: bigger, provider: openai, api_base: http://127.0.0.1:9/v1, model: z-private,
     input_cost_per_token: 0.001, output_cost_per_token: 0.002}
  - {name: unknown, provider: openai, api_base: http://127.0.0.1:9/v1, model: w-private}
  - {name: mock, provider: mock}
router:
  context_window_fallbacks: {small: [big]}
  fallbacks: {big: [bigger]}
settings: {auth: none}
"""


@pytest.fixture(scope="module")
def pricing() -> Pricing:
    return Pricing(parse_config(CONFIG), PriceCatalog.load())


def test_the_reservation_covers_every_group_a_request_may_end_on(pricing: Pricing) -> None:
    # small -> big on a context-window error -> bigger on big's failure: reserve at bigger's.
    assert pricing.estimate("small", 100, 10) == pytest.approx(100 * 0.001 + 10 * 0.002)
    assert pricing.estimate("bigger", 100, 10) == pytest.approx(100 * 0.001 + 10 * 0.002)


def test_unknown_prices_reserve_nothing_and_cost_none(pricing: Pricing) -> None:
    assert pricing.estimate("unknown", 100, 10) == 0.0
    config = parse_config(CONFIG)
    deployment = next(d for d in config.models if d.name == "unknown")
    usage, cost = pricing.cost(deployment.id, {"prompt_tokens": 10, "completion_tokens": 5})
    assert usage is not None and usage.prompt_tokens == 10
    assert cost is None


def test_the_mock_provider_costs_nothing(pricing: Pricing) -> None:
    config = parse_config(CONFIG)
    mock = next(d for d in config.models if d.name == "mock")
    assert pricing.cost(mock.id, {"prompt_tokens": 10, "completion_tokens": 5})[1] == 0.0
