"""lmops: an LLMOps platform (gateway, prompt registry, evaluation, model lifecycle).

``import lmops`` imports nothing else: :class:`lmops.Client` (the Python SDK, which needs httpx
and jinja2) is loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lmops.client import Client

__all__ = ["Client"]


def __getattr__(name: str) -> Any:
    # PEP 562: the SDK's imports are paid by those who use it, not by the CLI or the gateway.
    if name == "Client":
        from lmops.client import Client

        return Client
    raise AttributeError(f"module 'lmops' has no attribute {name!r}")
