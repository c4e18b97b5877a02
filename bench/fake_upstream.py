"""A fast fake OpenAI-compatible upstream: the test double for providers and the benchmark's model.

Plain asyncio protocol + httptools (uvloop when installed) so that in a benchmark it costs a small
fraction of what the system under test costs. Tests steer it between requests through attributes
on ``FakeUpstream`` (see its docstring); each request reads them once, when it arrives.

    with FakeUpstream.start_in_thread() as up:
        client = openai.OpenAI(base_url=up.url, api_key="x")
        up.fail_next(2, status=503)

CLI (foreground, until SIGINT/SIGTERM): ``python -m bench.fake_upstream --port 9001``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import signal
import threading
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import orjson

from bench import fake_payloads as payloads
from bench.fake_http import HttpConnection, Reply, error_reply

__all__ = ["FakeUpstream", "RecordedRequest", "main", "new_event_loop"]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the fake received it; ``json`` is None when the body is not JSON."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    json: Any
    raw_body: bytes


class FakeUpstream:
    """Fake OpenAI API server with run-time failure controls.

    Controls (plain attributes; set them from any thread between requests):
    ``status`` (200: answer everything with this status and an OpenAI error body),
    ``context_window_error`` (400 context_length_exceeded), ``delay`` (seconds before the
    response), ``hang`` (never answer), ``retry_after`` (Retry-After sent with ``status``),
    ``stream_chunks``, ``chunk_delay``, ``break_stream_after`` (close the connection after that
    many stream chunks), ``reply_text``, ``models``, ``embedding_dim``, ``record``, ``usage``
    (a dict that replaces the counted ``usage`` of chat and completions replies, and of the
    stream's usage event when the request asks ``stream_options.include_usage``).
    ``fail_next(n, status, retry_after)`` fails only the next n requests.
    Observations: ``requests`` (``RecordedRequest`` list, when ``record``), ``request_count``.
    """

    def __init__(
        self,
        *,
        stream_chunks: int = 20,
        chunk_delay: float = 0.0,
        record: bool = True,
        reply_text: str = payloads.DEFAULT_REPLY,
        embedding_dim: int = 16,
    ) -> None:
        self._defaults = (stream_chunks, chunk_delay, record, reply_text, embedding_dim)
        self.requests: list[RecordedRequest] = []
        self.request_count = 0
        self._fail_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._posts = {
            "/v1/chat/completions": self._chat,
            "/v1/completions": self._completion,
            "/v1/embeddings": self._embeddings,
        }
        self.reset()
        self.host = "127.0.0.1"
        self.port = 0
        self._server: asyncio.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[HttpConnection] = set()

    def reset(self) -> None:
        """Back to the constructor's settings, with no recorded requests and no pending failures."""
        stream_chunks, chunk_delay, record, reply_text, embedding_dim = self._defaults
        self.status = 200
        self.context_window_error = False
        self.delay = 0.0
        self.hang = False
        self.retry_after: float | None = None
        self.break_stream_after: int | None = None
        self.stream_chunks = stream_chunks
        self.chunk_delay = chunk_delay
        self.record = record
        self.reply_text = reply_text
        self.embedding_dim = embedding_dim
        self.models: list[str] = ["fake-model"]
        self.usage: dict[str, Any] | None = None
        with self._fail_lock:
            self._fail_remaining = 0
            self._fail_status = 500
            self._fail_retry_after: float | None = None
        self.requests.clear()
        self.request_count = 0

    def fail_next(self, n: int, status: int = 500, retry_after: float | None = None) -> None:
        """The next ``n`` requests fail with ``status`` (and ``Retry-After`` when given)."""
        with self._fail_lock:
            self._fail_remaining = n
            self._fail_status = status
            self._fail_retry_after = retry_after

    @property
    def url(self) -> str:
        """Base URL to give an OpenAI client, ending in ``/v1``."""
        return f"http://{self.host}:{self.port}/v1"

    @property
    def last_request(self) -> RecordedRequest | None:
        return self.requests[-1] if self.requests else None

    # -- serving -------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on the running loop; returns once the socket accepts connections."""
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._server = await loop.create_server(
            lambda: HttpConnection(self._handle, self._connections), host, port, backlog=2048
        )
        self.host = host
        self.port = self._server.sockets[0].getsockname()[1]

    async def aclose(self) -> None:
        """Stop listening and drop every open connection (hung requests included)."""
        if self._server is None:
            return
        self._server.close()
        tasks = [t for conn in list(self._connections) if (t := conn.abort()) is not None]
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    @classmethod
    def start_in_thread(cls, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Self:
        """Run a new fake on its own event loop in a daemon thread; returns once listening."""
        up = cls(**options)
        up._start_thread(host, port)
        return up

    def _start_thread(self, host: str, port: int) -> None:
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = new_event_loop()
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self.start(host, port))
            except BaseException as exc:  # reported to the starting thread below
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
                loop.run_until_complete(self.aclose())
            finally:
                loop.close()

        self._thread = threading.Thread(target=serve, name="fake-upstream", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake upstream did not start within 10 s")
        if failure:
            raise failure[0]

    def stop(self) -> None:
        """Stop a fake started with ``start_in_thread``; safe to call twice."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        self._thread = None
        if not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
        thread.join(10)

    def __enter__(self) -> Self:
        if self._thread is None:
            self._start_thread(self.host, self.port)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        await self.start(self.host, self.port)
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- answering -----------------------------------------------------------------------------

    def _handle(
        self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> Reply:
        path_b, _, query_b = target.partition(b"?")
        path = path_b.decode("latin-1")
        self.request_count += 1
        data: Any = None
        bad_json = False
        if body:
            try:
                data = orjson.loads(body)
            except orjson.JSONDecodeError:
                bad_json = True
        if self.record:
            hdrs = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in headers}
            self.requests.append(
                RecordedRequest(method, path, query_b.decode("latin-1"), hdrs, data, body)
            )
        reply = Reply(delay=self.delay, hang=self.hang)
        if self._take_failure(reply):
            return reply
        if self.status != 200:
            return error_reply(reply, self.status, retry_after=self.retry_after)
        if self.context_window_error:
            reply.status, reply.body = 400, payloads.context_window_error()
            return reply
        if bad_json:
            return error_reply(reply, 400, "could not parse the JSON body of the request")
        try:
            self._route(reply, method, path, data)
        except (ValueError, TypeError, AttributeError) as exc:
            return error_reply(reply, 400, f"invalid request: {exc}")
        return reply

    def _take_failure(self, reply: Reply) -> bool:
        if not self._fail_remaining:  # unlocked peek keeps the common path lock-free
            return False
        with self._fail_lock:
            if self._fail_remaining <= 0:
                return False
            self._fail_remaining -= 1
            error_reply(reply, self._fail_status, retry_after=self._fail_retry_after)
            return True

    def _route(self, reply: Reply, method: str, path: str, data: Any) -> None:
        if path == "/v1/models":
            if method != "GET":
                error_reply(reply, 405)
            else:
                reply.body = payloads.model_list(self.models)
            return
        handler = self._posts.get(path)
        if handler is None:
            error_reply(reply, 404, f"fake upstream: no route {method} {path}")
        elif method != "POST":
            error_reply(reply, 405)
        elif not isinstance(data, dict):
            error_reply(reply, 400, "the request body must be a JSON object")
        else:
            handler(reply, data)

    def _stream_reply(self, reply: Reply, data: dict[str, Any]) -> bool:
        if not data.get("stream"):
            return False
        reply.chunk_delay = self.chunk_delay
        reply.break_after = self.break_stream_after
        return True

    @staticmethod
    def _include_usage(data: dict[str, Any]) -> bool:
        opts = data.get("stream_options")
        return isinstance(opts, dict) and bool(opts.get("include_usage"))

    def _chat(self, reply: Reply, data: dict[str, Any]) -> None:
        model = str(data.get("model") or "fake-model")
        pieces = payloads.reply_pieces(self.reply_text, self.stream_chunks)
        prompt = payloads.estimate_tokens(data.get("messages"))
        rid = f"chatcmpl-fake{next(self._ids)}"
        fixed = self.usage
        if self._stream_reply(reply, data):
            usage = self._include_usage(data)
            reply.events = payloads.chat_stream_events(rid, model, pieces, prompt, usage, fixed)
        else:
            reply.body = payloads.chat_completion(rid, model, pieces, prompt, fixed)

    def _completion(self, reply: Reply, data: dict[str, Any]) -> None:
        model = str(data.get("model") or "fake-model")
        pieces = payloads.reply_pieces(self.reply_text, self.stream_chunks)
        prompt = payloads.estimate_tokens(data.get("prompt"))
        rid = f"cmpl-fake{next(self._ids)}"
        fixed = self.usage
        if self._stream_reply(reply, data):
            usage = self._include_usage(data)
            reply.events = payloads.completion_stream_events(
                rid, model, pieces, prompt, usage, fixed
            )
        else:
            reply.body = payloads.completion(rid, model, pieces, prompt, fixed)

    def _embeddings(self, reply: Reply, data: dict[str, Any]) -> None:
        model = str(data.get("model") or "fake-model")
        dim = data.get("dimensions") or self.embedding_dim
        if not isinstance(dim, int) or dim <= 0:
            raise ValueError("'dimensions' must be a positive integer")
        if "input" not in data:
            raise ValueError("'input' is required")
        fmt = data.get("encoding_format")
        reply.body = payloads.embeddings(model, data["input"], dim, fmt)


def new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop when installed (it is with uvicorn[standard]), else the stdlib loop."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
    return loop


def main(argv: list[str] | None = None) -> None:
    """Serve in the foreground until SIGINT or SIGTERM."""
    parser = argparse.ArgumentParser(prog="python -m bench.fake_upstream", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9001)
    parser.add_argument("--stream-chunks", type=int, default=20)
    parser.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between chunks")
    parser.add_argument("--record", action="store_true", help="keep every request in memory")
    args = parser.parse_args(argv)
    up = FakeUpstream(
        stream_chunks=args.stream_chunks, chunk_delay=args.chunk_delay, record=args.record
    )
    loop = new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(up.start(args.host, args.port))
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, loop.stop)
        print(f"fake upstream listening on {up.url}", flush=True)
        loop.run_forever()
        loop.run_until_complete(up.aclose())
    finally:
        loop.close()


if __name__ == "__main__":
    main()
