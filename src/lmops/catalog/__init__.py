"""Model catalog: prices from the packaged price list, request costs, token estimates."""

from lmops.catalog.prices import (
    CAPABILITIES,
    ModelPrice,
    PriceCatalog,
    PriceSource,
    Usage,
    cost,
    estimate_max_cost,
    price_for,
    usage_from_openai,
)
from lmops.catalog.tokens import (
    IMAGE_PART_TOKENS,
    completion_text_from_sse,
    count_text_tokens,
    estimate_prompt_tokens,
)

__all__ = [
    "CAPABILITIES",
    "IMAGE_PART_TOKENS",
    "ModelPrice",
    "PriceCatalog",
    "PriceSource",
    "Usage",
    "completion_text_from_sse",
    "cost",
    "count_text_tokens",
    "estimate_max_cost",
    "estimate_prompt_tokens",
    "price_for",
    "usage_from_openai",
]
