"""The hand-written OTLP protobuf, read back with opentelemetry-proto's own classes: every field
of a span, every attribute value type, the resource and the scope; and the W3C trace context."""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span as ProtoSpan
from opentelemetry.proto.trace.v1.trace_pb2 import Status

from lmops.telemetry.otlp import Encoder, encode_attributes
from lmops.telemetry.spans import CLIENT, INTERNAL, SERVER, Span, TraceContext, remote_parent

TRACE = 0x0AF7651916CD43DD8448EB211C80319C
PARENT = 0xB7AD6B7169203331


def value(any_value: AnyValue) -> Any:
    kind = any_value.WhichOneof("value")
    if kind == "array_value":
        return tuple(value(v) for v in any_value.array_value.values)
    return getattr(any_value, kind)


def decode(body: bytes) -> ExportTraceServiceRequest:
    return ExportTraceServiceRequest.FromString(body)


def ended(span: Span) -> Span:
    span.sink = None
    span.end()
    return span


def test_a_span_s_every_field_and_attribute_type_decode_as_written() -> None:
    parent = TraceContext(TRACE, PARENT, 0x01, "vendor=opaque,other=x", remote=True)
    span = Span(parent, "chat gpt-4o ✓", SERVER, None, encode_attributes([("early", "known")]))
    attributes = {
        "text": "héllo",
        "empty": "",
        "small": 7,
        "big": 2**62 + 5,
        "negative": -3,
        "huge": 2**70,
        "ratio": 0.25,
        "whole": 1.0,
        "yes": True,
        "no": False,
        "labels": ("pii:input:flag:1", "x"),
        "none": (),
    }
    span.attributes = dict(attributes)
    span.fail("upstream_error", "the upstream broke")
    ended(span)
    span.start_ns, span.end_ns = 1_700_000_000_123_456_789, 1_700_000_000_987_654_321
    encoder = Encoder({"service.name": "svc", "n": 3}, "lmops.gateway")
    request = decode(encoder.request([span]))
    [resource] = request.resource_spans
    assert {kv.key: value(kv.value) for kv in resource.resource.attributes} == {
        "service.name": "svc",
        "n": 3,
    }
    [scope] = resource.scope_spans
    assert scope.scope.name == "lmops.gateway"
    [got] = scope.spans
    assert got.trace_id == TRACE.to_bytes(16, "big")
    assert got.span_id == span.span_id.to_bytes(8, "big") and span.span_id
    assert got.parent_span_id == PARENT.to_bytes(8, "big")
    assert got.trace_state == "vendor=opaque,other=x"
    assert got.flags == 0x301  # sampled, the parent is remote (and that is known)
    assert got.name == "chat gpt-4o ✓"
    assert got.kind == ProtoSpan.SPAN_KIND_SERVER
    assert got.start_time_unix_nano == 1_700_000_000_123_456_789
    assert got.end_time_unix_nano == 1_700_000_000_987_654_321
    decoded = {kv.key: value(kv.value) for kv in got.attributes}
    kinds = {kv.key: kv.value.WhichOneof("value") for kv in got.attributes}
    assert decoded == {
        "early": "known",
        **attributes,
        "huge": str(2**70),  # beyond int64: its digits
        "error.type": "upstream_error",
    }
    assert kinds["whole"] == "double_value" and kinds["small"] == "int_value"
    assert kinds["yes"] == "bool_value" and kinds["labels"] == "array_value"
    assert got.status.code == Status.STATUS_CODE_ERROR
    assert got.status.message == "the upstream broke"
    assert not got.events and not got.links


def test_a_root_span_without_status_and_many_spans_in_one_request() -> None:
    root = TraceContext(TRACE, 0, 0x01, None)
    spans = [ended(Span(root, f"s{i}", kind, None)) for i, kind in enumerate((INTERNAL, CLIENT))]
    encoder = Encoder({"service.name": "svc"}, "scope")
    first = decode(encoder.request(spans))
    second = decode(encoder.request(spans))  # the caches give the same bytes
    assert first == second
    got = first.resource_spans[0].scope_spans[0].spans
    assert [s.name for s in got] == ["s0", "s1"]
    assert [s.kind for s in got] == [ProtoSpan.SPAN_KIND_INTERNAL, ProtoSpan.SPAN_KIND_CLIENT]
    for s in got:
        assert s.parent_span_id == b"" and s.trace_state == ""
        assert s.status.code == Status.STATUS_CODE_UNSET and s.status.message == ""
        assert s.flags == 0x101


def test_repeated_values_of_equal_but_different_types_stay_apart() -> None:
    encoder = Encoder({"service.name": "svc"}, "scope")
    spans = []
    for v in (True, 1, 1.0, "1"):
        span = Span(TraceContext(TRACE, 0, 1, None), "s", INTERNAL, None)
        span.attributes = {"v": v}
        spans.append(ended(span))
    got = decode(encoder.request(spans)).resource_spans[0].scope_spans[0].spans
    assert [s.attributes[0].value.WhichOneof("value") for s in got] == [
        "bool_value",
        "int_value",
        "double_value",
        "string_value",
    ]


def test_an_unsampled_span_is_never_handed_on() -> None:
    taken: list[Span] = []
    span = Span(TraceContext(TRACE, PARENT, 0x00, None), "s", CLIENT, taken.append)
    assert not span.recording
    span.end()
    sampled = Span(TraceContext(TRACE, PARENT, 0x01, None), "s", CLIENT, taken.append)
    sampled.end()
    sampled.end()  # ended twice: exported once
    assert taken == [sampled]
    assert sampled.headers == {"traceparent": f"00-{TRACE:032x}-{sampled.span_id:016x}-01"}


@pytest.mark.parametrize(
    "header",
    [
        "00-nothex-nothex-01",
        f"00-{TRACE:032x}-{PARENT:016x}",
        f"ff-{TRACE:032x}-{PARENT:016x}-01",
        f"00-{0:032x}-{PARENT:016x}-01",
        f"00-{TRACE:032x}-{0:016x}-01",
        f"00-{TRACE:032x}-{PARENT:016x}-01-extra",
        f"00-{TRACE:032X}-{PARENT:016x}-01",
    ],
)
def test_a_malformed_traceparent_is_ignored(header: str) -> None:
    assert remote_parent([(b"traceparent", header.encode())]) is None


def test_a_traceparent_and_its_tracestate_are_adopted() -> None:
    headers = [
        (b"tracestate", b" vendor=opaque "),
        (b"traceparent", f"00-{TRACE:032x}-{PARENT:016x}-03".encode()),
    ]
    found = remote_parent(headers)
    assert found is not None
    assert (found.trace_id, found.span_id, found.flags) == (TRACE, PARENT, 3)
    assert found.state == "vendor=opaque" and found.remote
    future = remote_parent([(b"traceparent", f"01-{TRACE:032x}-{PARENT:016x}-01-more".encode())])
    assert future is not None and future.trace_id == TRACE
    bad_state = [headers[1], (b"tracestate", b"a=\x01b")]
    parent = remote_parent(bad_state)
    assert parent is not None and parent.state is None
    assert remote_parent([(b"x-other", b"1")]) is None
