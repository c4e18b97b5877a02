"""Read deadlines and the connection cap of the gateway's HTTP server, with clients on raw sockets.

Each deadline is short here (tenths of a second); a client that breaks one is answered 408 and
cut off. Before ``GatewayProtocol`` such a client was held as long as it liked.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.fake_upstream import FakeUpstream
from tests.conftest import RunningGateway, basic_config, config_from, wait_for
from tests.gateway.raw_http import (
    closed,
    connect,
    get,
    post,
    read_response,
    read_responses,
    serve_process,
    start_served,
)

CHAT = {"model": "chat-small", "messages": [{"role": "user", "content": "hi"}]}
HEADER_TIMEOUT = 0.3
BODY_TIMEOUT = 0.4


@pytest.fixture
def served(tmp_path: Path, upstream: FakeUpstream) -> Iterator[Callable[[int], RunningGateway]]:
    """A gateway with short read deadlines and a cap of ``max_connections``."""
    running: list[RunningGateway] = []

    def make(max_connections: int = 100) -> RunningGateway:
        limits = (
            f"  http: {{header_timeout: {HEADER_TIMEOUT}, body_timeout: {BODY_TIMEOUT}, "
            f"max_connections: {max_connections}}}"
        )
        db_url = f"sqlite:///{tmp_path}/lmops-{len(running)}.db"
        gw = start_served(config_from(basic_config(upstream, limits), db_url))
        running.append(gw)
        return gw

    yield make
    for gw in running:
        gw.stop()


def test_partial_headers_are_answered_408_and_closed(served) -> None:
    gw = served()
    with connect(gw.url) as sock:
        started = time.monotonic()
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n")  # never finished
        reply = read_response(sock)
        assert closed(sock)
    assert HEADER_TIMEOUT * 0.9 < time.monotonic() - started < 5
    assert (reply.status, reply.error_code) == (408, "header_timeout")
    assert reply.headers["connection"] == "close"


def test_a_later_request_on_a_kept_alive_connection_has_a_header_deadline_too(served) -> None:
    gw = served()
    with connect(gw.url) as sock:
        sock.sendall(get("/health/live"))
        assert read_response(sock).status == 200
        sock.sendall(b"GET /health/live HTTP/1.1\r\n")
        reply = read_response(sock)
        assert closed(sock)
    assert (reply.status, reply.error_code) == (408, "header_timeout")


def test_a_connection_that_sends_nothing_is_closed(served) -> None:
    gw = served()
    with connect(gw.url) as sock:
        started = time.monotonic()
        assert closed(sock)
    assert HEADER_TIMEOUT * 0.9 < time.monotonic() - started < 5


def test_trickled_bodies_are_answered_408_and_closed(served) -> None:
    gw = served()
    socks = [connect(gw.url) for _ in range(20)]
    started = time.monotonic()
    for sock in socks:
        # The headers promise more body than is ever sent.
        sock.sendall(post("/v1/chat/completions", CHAT, length=10_000))
    replies = []
    for sock in socks:
        replies.append(read_response(sock))
        assert closed(sock)
        sock.close()
    assert BODY_TIMEOUT * 0.9 < time.monotonic() - started < 5
    assert {(r.status, r.error_code) for r in replies} == {(408, "body_timeout")}


def test_the_deadlines_end_once_the_request_is_read(served, upstream: FakeUpstream) -> None:
    gw = served()
    upstream.delay = 3 * BODY_TIMEOUT  # the answer takes longer than either deadline
    with connect(gw.url) as sock:
        for _ in range(2):  # and the kept-alive connection serves a second request
            sock.sendall(post("/v1/chat/completions", CHAT))
            assert read_response(sock).status == 200


def test_connections_over_the_cap_are_answered_503_and_closed(served) -> None:
    gw = served(max_connections=3)
    held = [connect(gw.url) for _ in range(3)]
    for sock in held:  # answered: the server has counted each of them
        sock.sendall(get("/health/live"))
        assert read_response(sock).status == 200
    with connect(gw.url) as extra:
        reply = read_response(extra)
        assert closed(extra)
    assert (reply.status, reply.error_code) == (503, "too_many_connections")
    assert reply.headers["connection"] == "close"
    assert reply.headers["retry-after"] == "1"
    for sock in held:  # the ones inside are served as before
        sock.sendall(get("/health/live"))
        assert read_response(sock).status == 200
    held.pop().close()

    def served_again() -> bool:
        with connect(gw.url) as sock:
            sock.sendall(get("/health/live"))
            return read_response(sock).status == 200

    wait_for(served_again, "a connection to be let in once one has closed")
    for sock in held:
        sock.close()


@pytest.mark.slow
def test_lmops_serve_applies_the_http_settings(tmp_path: Path, upstream: FakeUpstream) -> None:
    limits = f"  http: {{header_timeout: {HEADER_TIMEOUT}}}"
    config = basic_config(upstream, limits).replace("${DB_URL}", f"sqlite:///{tmp_path}/l.db")
    served = serve_process(tmp_path, config.replace("${UPSTREAM_API_KEY}", "sk-x"))
    try:
        with connect(served.url) as sock:
            sock.sendall(b"GET /health/live HTTP/1.1\r\n")
            reply = read_response(sock)
            assert closed(sock)
    finally:
        served.stop()
    assert (reply.status, reply.error_code) == (408, "header_timeout")


@pytest.mark.parametrize("late", ["headers", "body"])
def test_a_late_pipelined_request_does_not_cut_into_the_answer_before_it(
    served, upstream: FakeUpstream, late: str
) -> None:
    gw = served()
    upstream.delay = 3 * BODY_TIMEOUT  # both deadlines pass while the first request is answered
    unfinished = {
        "headers": b"GET /health/live HTTP/1.1\r\n",
        "body": post("/v1/chat/completions", CHAT, length=10_000),
    }[late]
    with connect(gw.url) as sock:
        sock.sendall(post("/v1/chat/completions", CHAT) + unfinished)
        first, second = read_responses(sock, 2)
        assert closed(sock)
    assert first.status == 200 and first.json()["object"] == "chat.completion"
    assert (second.status, second.error_code) == (408, f"{late.removesuffix('s')}_timeout")
