"""The request path's admission steps, composed as an ordered list.

Each step is a small object with ``async def __call__(ctx)`` that either fills in the context or
raises :class:`lmops.errors.GatewayError`. Later steps (limits, budgets, cache, guardrails, prompt
resolution) slot in by position.
"""

from typing import Protocol

from lmops.gateway.context import RequestContext

__all__ = ["Step"]


class Step(Protocol):
    async def __call__(self, ctx: RequestContext) -> None: ...
