"""Upstream model APIs behind one small Protocol (see :mod:`lmops.providers.base`)."""

from lmops.providers.base import (
    Endpoint,
    Provider,
    UpstreamRequest,
    UpstreamResponse,
    create_provider,
    provider,
    provider_options,
    registered_providers,
)

__all__ = [
    "Endpoint",
    "Provider",
    "UpstreamRequest",
    "UpstreamResponse",
    "create_provider",
    "provider",
    "provider_options",
    "registered_providers",
]
