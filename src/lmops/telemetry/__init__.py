"""OpenTelemetry traces of the gateway's requests, when ``telemetry:`` is configured.

The spans are lmops's own records, encoded by hand in OTLP's protobuf and posted by a thread of
their own: no OpenTelemetry package is needed at run time. Without telemetry the request path
holds ``None`` where the tracer would be, and pays one attribute check.
"""

from __future__ import annotations

from contextlib import AsyncExitStack
from typing import TYPE_CHECKING

from lmops.config import Config

if TYPE_CHECKING:
    from lmops.telemetry.tracing import Tracing

__all__ = ["start_tracing"]


def start_tracing(config: Config, stack: AsyncExitStack) -> Tracing | None:
    """The gateway's tracer, its export thread started, or None when telemetry is off; its
    export is flushed and stopped when ``stack`` closes."""
    settings = config.telemetry
    if settings is None or not settings.enabled:
        return None
    from lmops.telemetry.tracing import Tracing

    tracing = Tracing(settings, config.models)
    tracing.start()
    stack.push_async_callback(tracing.close)
    return tracing
