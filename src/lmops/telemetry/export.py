"""The span export: a queue the request path appends to, and a thread that sends it by OTLP.

The request path only appends an ended span to a deque (thread-safe, no lock) and, when a
batch is full, sets an event. The export thread wakes on that event or every
``flush_interval``, encodes what is queued (:mod:`lmops.telemetry.otlp`) and POSTs it, batch by
batch, to the collector. Answers 429, 502, 503 and 504 (and a connection failure) are retried
with a growing delay, within ``timeout`` seconds per batch. Beyond ``max_queue`` waiting spans
new ones are dropped and counted: a collector that is down never holds the gateway's memory.
"""

from __future__ import annotations

import http.client
import os
import random
import threading
import urllib.parse
from collections import deque
from collections.abc import Mapping
from typing import Final, Protocol

import structlog

from lmops.config import TelemetrySettings
from lmops.telemetry.otlp import Encoder
from lmops.telemetry.spans import Span

__all__ = ["BatchExporter", "HttpSender", "Sender", "endpoint_and_headers"]

log = structlog.get_logger("lmops.telemetry")


class Sender(Protocol):
    """Posts encoded exports (the export thread's alone)."""

    def __call__(self, body: bytes) -> int:
        """Post one; the HTTP status (raises ``OSError`` when the collector is unreachable)."""
        ...

    def close(self) -> None: ...


_DEFAULT_ENDPOINT: Final = "http://localhost:4318/v1/traces"
_RETRIED: Final = frozenset({429, 502, 503, 504})
_FIRST_DELAY: Final = 0.5  # seconds before the first retry; doubled each time, with jitter


def endpoint_and_headers(settings: TelemetrySettings) -> tuple[str, dict[str, str]]:
    """The traces URL and export headers: the config's, else the ``OTEL_EXPORTER_OTLP_*``
    variables every OpenTelemetry SDK reads."""
    endpoint = settings.endpoint or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    if not endpoint:
        base = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
        endpoint = f"{base.rstrip('/')}/v1/traces" if base else _DEFAULT_ENDPOINT
    headers = {name: value.get_secret_value() for name, value in settings.headers.items()}
    if not headers:
        listed = os.environ.get("OTEL_EXPORTER_OTLP_TRACES_HEADERS") or os.environ.get(
            "OTEL_EXPORTER_OTLP_HEADERS", ""
        )
        for pair in listed.split(","):
            name, sep, value = pair.partition("=")
            if sep and name.strip():
                headers[name.strip().lower()] = urllib.parse.unquote(value.strip())
    return endpoint, headers


class HttpSender:
    """POSTs exports to an OTLP/HTTP endpoint on one kept-alive connection (the export
    thread's: not shared)."""

    def __init__(self, endpoint: str, headers: Mapping[str, str], timeout: float) -> None:
        url = urllib.parse.urlsplit(endpoint)
        self._https = url.scheme == "https"
        self._host = url.hostname or "localhost"
        self._port = url.port
        self._path = (url.path or "/") + (f"?{url.query}" if url.query else "")
        self._headers = {**headers, "content-type": "application/x-protobuf"}
        self._timeout = timeout
        self._connection: http.client.HTTPConnection | None = None

    def __call__(self, body: bytes) -> int:
        connection = self._connection
        if connection is None:
            kind = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
            connection = self._connection = kind(self._host, self._port, timeout=self._timeout)
        try:
            connection.request("POST", self._path, body, self._headers)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            connection.close()  # the next export opens a new one
            self._connection = None
            raise
        if response.will_close:
            connection.close()
            self._connection = None
        return response.status

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class BatchExporter:
    """The queue of ended spans and the thread that exports them."""

    def __init__(
        self,
        send: Sender,
        encoder: Encoder,
        settings: TelemetrySettings,
        *,
        first_delay: float = _FIRST_DELAY,
    ) -> None:
        self._send = send
        self._encoder = encoder
        self._batch = min(settings.batch_size, settings.max_queue)
        self._interval = settings.flush_interval
        self._max_queue = settings.max_queue
        self._timeout = settings.timeout
        self._first_delay = first_delay
        self._queue: deque[Span] = deque()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lmops-otlp-export", daemon=True)
        self.exported = 0
        self.dropped = 0
        self.failed = 0

    def start(self) -> None:
        self._thread.start()

    def add(self, span: Span) -> None:
        """Queue an ended span (the request path: never waits)."""
        queue = self._queue
        size = len(queue)
        if size >= self._max_queue:
            if not self.dropped:
                log.warning("otlp_queue_full", max_queue=self._max_queue)
            self.dropped += 1
            return
        queue.append(span)
        if size + 1 == self._batch:
            self._wake.set()

    def stop(self) -> None:
        """Export what is queued and end the thread (blocks: run it off the event loop)."""
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join()
        log.info(
            "otlp_export_stopped", exported=self.exported, dropped=self.dropped, failed=self.failed
        )

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(self._interval)
            self._wake.clear()
            self._drain()
        self._drain()
        self._send.close()

    def _drain(self) -> None:
        queue = self._queue
        while queue:
            count = min(len(queue), self._batch)
            batch = [queue.popleft() for _ in range(count)]
            try:
                body = self._encoder.request(batch)
            except Exception:  # a bug of ours: lose the batch, not the thread
                log.exception("otlp_encode_failed", spans=count)
                self.failed += count
                continue
            if self._post(body):
                self.exported += count
            else:
                self.failed += count

    def _post(self, body: bytes) -> bool:
        """Send one export, retrying what a retry can help within ``timeout`` seconds."""
        delay = self._first_delay
        waited = 0.0
        while True:
            try:
                status = self._send(body)
                problem = f"HTTP {status}"
            except (OSError, http.client.HTTPException) as exc:
                status = 0
                problem = type(exc).__name__
            if 200 <= status < 300:
                return True
            retry = status == 0 or status in _RETRIED
            pause = delay * random.uniform(0.5, 1.0)
            if not retry or waited + pause > self._timeout or self._stopping.is_set():
                log.warning("otlp_export_failed", problem=problem, bytes=len(body))
                return False
            # A stop cuts the wait short, and the batch is given up.
            if self._stopping.wait(pause):
                log.warning("otlp_export_failed", problem=problem, bytes=len(body))
                return False
            waited += pause
            delay *= 2
