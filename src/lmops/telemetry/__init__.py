"""OpenTelemetry traces of the gateway's requests, when ``telemetry:`` is configured.

Importing this package imports no OpenTelemetry: :func:`start_tracing` does, at gateway start,
and only for a config that enables telemetry. Without it the request path holds ``None`` where
the tracer would be, and pays one attribute check.
"""

from __future__ import annotations

from contextlib import AsyncExitStack
from typing import TYPE_CHECKING

from lmops.config import Config

if TYPE_CHECKING:
    from lmops.telemetry.tracing import Tracing

__all__ = ["TelemetryUnavailable", "start_tracing"]

_MISSING = (
    "telemetry is configured (telemetry: in lmops.yaml) but OpenTelemetry is not installed: "
    "pip install 'lmops[telemetry]', or remove the section (or set telemetry.enabled: false)"
)


class TelemetryUnavailable(RuntimeError):
    """The config asks for traces and the telemetry extra is not installed."""


def start_tracing(config: Config, stack: AsyncExitStack) -> Tracing | None:
    """The gateway's tracer, or None when telemetry is off; its export is flushed and stopped
    when ``stack`` closes. Raises :class:`TelemetryUnavailable` without the extra."""
    settings = config.telemetry
    if settings is None or not settings.enabled:
        return None
    try:
        from lmops.telemetry.tracing import Tracing
    except ImportError as exc:
        if (exc.name or "").startswith("opentelemetry"):
            raise TelemetryUnavailable(_MISSING) from None
        raise
    tracing = Tracing(settings, config.models)
    stack.push_async_callback(tracing.close)
    return tracing
