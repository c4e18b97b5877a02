"""The export thread: batches, retries of what a retry can help, the queue's bound, the stop's
flush, and where the spans go (the config, else the OTEL_EXPORTER_OTLP_* variables)."""

from __future__ import annotations

import threading

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from lmops.config import TelemetrySettings
from lmops.telemetry.export import BatchExporter, endpoint_and_headers
from lmops.telemetry.otlp import Encoder
from lmops.telemetry.spans import INTERNAL, Span, TraceContext


class Sender:
    """Answers ``statuses`` in turn (an exception is raised), then 200."""

    def __init__(self, *statuses: int | OSError, calls: int = 1) -> None:
        self.statuses = list(statuses)
        self.bodies: list[bytes] = []
        self.done = threading.Event()
        self.calls = calls
        self.closed = False

    def __call__(self, body: bytes) -> int:
        self.bodies.append(body)
        if len(self.bodies) == self.calls:
            self.done.set()
        answer = self.statuses.pop(0) if self.statuses else 200
        if isinstance(answer, OSError):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True

    def names(self) -> list[list[str]]:
        return [
            [
                s.name
                for s in ExportTraceServiceRequest.FromString(b)
                .resource_spans[0]
                .scope_spans[0]
                .spans
            ]
            for b in self.bodies
        ]


def exporter(sender: Sender, **settings: float) -> BatchExporter:
    encoder = Encoder({"service.name": "svc"}, "scope")
    return BatchExporter(sender, encoder, TelemetrySettings(**settings), first_delay=0.001)


def span(name: str) -> Span:
    return Span(TraceContext(1, 0, 1, None), name, INTERNAL, None)


def test_a_full_batch_goes_out_before_the_interval_and_the_rest_at_stop() -> None:
    sender = Sender()
    export = exporter(sender, batch_size=2, flush_interval=3600)
    export.start()
    for name in ("a", "b", "c"):
        export.add(span(name))
    assert sender.done.wait(10)
    export.stop()
    assert sender.names() == [["a", "b"], ["c"]]
    assert (export.exported, export.dropped, export.failed) == (3, 0, 0)
    assert sender.closed


@pytest.mark.parametrize("failure", [503, 429, 502, 504, ConnectionRefusedError()])
def test_what_a_retry_can_help_is_retried(failure: int | OSError) -> None:
    sender = Sender(failure, failure, calls=3)
    export = exporter(sender, flush_interval=0.01)
    export.start()
    export.add(span("a"))
    assert sender.done.wait(10)
    export.stop()
    assert sender.names() == [["a"]] * 3
    assert (export.exported, export.failed) == (1, 0)


def test_a_refused_export_is_not_retried() -> None:
    sender = Sender(400)
    export = exporter(sender, flush_interval=0.01)
    export.start()
    export.add(span("a"))
    assert sender.done.wait(10)
    export.stop()
    assert len(sender.bodies) == 1
    assert (export.exported, export.failed) == (0, 1)


def test_retries_end_at_the_timeout_and_at_the_stop() -> None:
    sender = Sender(*[503] * 100)
    export = exporter(sender, flush_interval=3600, timeout=0.05)
    export.add(span("a"))
    export.start()
    export.stop()  # the stop's flush tries once
    assert len(sender.bodies) == 1 and export.failed == 1


def test_beyond_max_queue_new_spans_are_dropped() -> None:
    sender = Sender()
    export = exporter(sender, max_queue=2, batch_size=512, flush_interval=3600)
    for name in ("a", "b", "c"):
        export.add(span(name))
    export.start()
    export.stop()
    assert sender.names() == [["a", "b"]]
    assert (export.exported, export.dropped) == (2, 1)


def test_the_endpoint_and_headers_fall_back_to_the_otel_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("TRACES_ENDPOINT", "ENDPOINT", "TRACES_HEADERS", "HEADERS"):
        monkeypatch.delenv(f"OTEL_EXPORTER_OTLP_{name}", raising=False)
    assert endpoint_and_headers(TelemetrySettings()) == ("http://localhost:4318/v1/traces", {})
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_HEADERS", "X-Team=a%20b, bad ,k=v=w")
    assert endpoint_and_headers(TelemetrySettings()) == (
        "http://collector:4318/v1/traces",
        {"x-team": "a b", "k": "v=w"},
    )
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://traces.example/v1/t")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_HEADERS", "a=1")
    assert endpoint_and_headers(TelemetrySettings()) == ("https://traces.example/v1/t", {"a": "1"})
    configured = TelemetrySettings.model_validate(
        {"endpoint": "http://mine:4318/v1/traces", "headers": {"x-key": "s"}}
    )
    assert endpoint_and_headers(configured) == ("http://mine:4318/v1/traces", {"x-key": "s"})
