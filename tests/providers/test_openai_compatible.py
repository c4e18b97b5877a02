"""OpenAI-compatible servers with their known quirks, each played by a fake that reproduces them.

Every fake answers like the real server in the way that matters here (where usage comes in a
stream, the shape of an error body, which fields it refuses); the wording of its messages is
illustrative. docs/providers.md lists the quirks, their sources and what lmops does about each.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import httpx
import orjson
import pytest
from aiohttp import web

from lmops.config import ConfigError, Deployment, parse_config
from lmops.errors import UpstreamError
from lmops.gateway.accounting import usage_from_sse_tail
from lmops.providers._error_body import ErrorBody, read_error_body
from lmops.providers.base import UpstreamRequest, UpstreamResponse, create_provider
from lmops.store.db import create_engine
from lmops.store.request_log import RequestRecord, query_requests
from tests.aiohttp_app import start_app
from tests.conftest import MASTER_KEY, RunningGateway

Json = dict[str, Any]
Handler = Callable[[web.Request, Json], Awaitable[web.StreamResponse]]

MESSAGES = [{"role": "user", "content": "hi", "name": "ada"}]
USAGE = {"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14}
WORDS = ["Hello", " there", "!"]


class Fake:
    """An aiohttp server on its own loop and thread (so a gateway in another thread can call it),
    recording the JSON bodies it was sent."""

    def __init__(self, handle: Handler) -> None:
        self.bodies: list[Json] = []
        self._handle = handle
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.url = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)

    async def _start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._serve)
        self._runner, url = await start_app(app)
        return f"{url}/v1"

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.bodies.append(body)
        return await self._handle(request, body)

    @property
    def sent(self) -> Json:
        return self.bodies[-1]

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], Fake]]:
    fakes: list[Fake] = []

    def start(handle: Handler) -> Fake:
        fakes.append(Fake(handle))
        return fakes[-1]

    yield start
    for fake in fakes:
        fake.close()


def chunk(content: str | None = None, finish: str | None = None, **extra: Any) -> Json:
    delta = {} if content is None else {"content": content}
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return {"id": "c1", "object": "chat.completion.chunk", "choices": [choice], **extra}


def usage_only(**extra: Any) -> Json:
    return {"id": "c1", "object": "chat.completion.chunk", "choices": [], "usage": USAGE, **extra}


async def sse(request: web.Request, events: list[Json]) -> web.StreamResponse:
    resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
    await resp.prepare(request)
    for event in events:
        await resp.write(b"data: " + orjson.dumps(event) + b"\n\n")
    await resp.write(b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp


def answer(body: Json) -> web.Response:
    message = {"role": "assistant", "content": "".join(WORDS)}
    choice = {"index": 0, "message": message, "finish_reason": "stop"}
    return web.json_response({"id": "c1", "object": "chat.completion", "choices": [choice],
                              "model": body["model"], "usage": USAGE})  # fmt: skip


def wants_usage(body: Json) -> bool:
    return bool((body.get("stream_options") or {}).get("include_usage"))


def deployment(url: str, **options: Any) -> Deployment:
    return Deployment(
        name="g", provider="openai", api_base=url, model="up", api_key="sk-upstream-key",
        options=options,
    )  # type: ignore[arg-type]  # fmt: skip


async def call(d: Deployment, body: Json, stream: bool = False) -> tuple[UpstreamResponse, bytes]:
    """What the provider hands the gateway: the response, and every byte of its stream."""
    async with aiohttp.ClientSession() as http:
        response = await create_provider(d, http).send(
            UpstreamRequest("chat", {"model": "g", **body}, stream, "r")
        )
        chunks = [c async for c in response.chunks] if response.chunks is not None else []
    return response, b"".join(chunks)


async def failure(d: Deployment, body: Json) -> UpstreamError:
    with pytest.raises(UpstreamError) as err:
        await call(d, body)
    return err.value


def events(stream: bytes) -> list[Json]:
    assert stream.endswith(b"data: [DONE]\n\n")
    return [orjson.loads(e.removeprefix(b"data: ")) for e in stream.split(b"\n\n")[:-2]]


# Needs _http.error_from_response to read bodies with lmops.providers._error_body (see
# docs/providers.md): until then the message is the status's reason and llama.cpp's context error
# a plain 400. strict, so the marker goes once the wiring lands.


# Mistral (api.mistral.ai): pydantic with extra="forbid" behind the API. An unknown field
# (stream_options, max_completion_tokens, store) is a 422 whose "message" is an object holding
# pydantic's "detail" list, or whose body is that "detail" list itself. Usage comes in a stream's
# last chunk, beside its finish_reason, without being asked.
_MISTRAL_REFUSES = ("stream_options", "max_completion_tokens", "store")


async def mistral(request: web.Request, body: Json) -> web.StreamResponse:
    detail = [
        {"type": "extra_forbidden", "loc": ["body", f], "msg": "Extra inputs are not permitted"}
        for f in _MISTRAL_REFUSES
        if f in body
    ]
    if detail and "store" in body:
        return web.json_response({"detail": detail}, status=422)
    if detail:
        error = {"object": "error", "message": {"detail": detail},
                 "type": "invalid_request_error", "param": None, "code": None}  # fmt: skip
        return web.json_response(error, status=422)
    if not body.get("stream"):
        return answer(body)
    *first, last = WORDS
    return await sse(request, [*map(chunk, first), chunk(last, "stop", usage=USAGE)])


async def test_mistral_refusals_read_as_the_upstreams_message(
    serve: Callable[[Handler], Fake],
) -> None:
    fake = serve(mistral)
    error = await failure(deployment(fake.url), {"messages": MESSAGES, "max_completion_tokens": 5})
    assert (error.status, error.kind, error.retryable) == (422, "upstream_error", False)
    assert error.message.endswith(
        "returned 422: body.max_completion_tokens: Extra inputs are not permitted"
    )
    error = await failure(deployment(fake.url), {"messages": MESSAGES, "store": True})
    assert error.message.endswith("returned 422: body.store: Extra inputs are not permitted")


async def test_mistral_gets_what_it_accepts(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(mistral)
    d = deployment(
        fake.url,
        drop_params=["stream_options", "store"],
        rename_params={"max_completion_tokens": "max_tokens"},
    )
    body = {"messages": MESSAGES, "max_completion_tokens": 5, "store": False}
    response, _ = await call(d, body)
    assert response.status == 200
    assert fake.sent == {"model": "up", "messages": MESSAGES, "max_tokens": 5}

    # Dropping stream_options also stops the gateway asking for usage; even a client that asked
    # gets its stream, and the usage in its last chunk is what the gateway records.
    asked = {**body, "stream": True, "stream_options": {"include_usage": True}}
    response, stream = await call(d, asked, stream=True)
    assert "stream_options" not in fake.sent
    assert "".join(e["choices"][0]["delta"].get("content", "") for e in events(stream)) == "".join(
        WORDS
    )
    assert response.usage is None and usage_from_sse_tail(stream) == USAGE


# Groq (api.groq.com/openai/v1), documented at console.groq.com/docs/openai: logprobs,
# logit_bias, top_logprobs and messages[].name are refused with a 400, and n must be 1. Usage
# rides in "x_groq" on the finish chunk, and in a usage-only chunk when asked for.
_GROQ_REFUSES = ("logprobs", "logit_bias", "top_logprobs")


async def groq(request: web.Request, body: Json) -> web.StreamResponse:
    refused = [f for f in _GROQ_REFUSES if f in body]
    refused += ["messages.0.name"] if any("name" in m for m in body["messages"]) else []
    if refused or body.get("n", 1) != 1:
        name = refused[0] if refused else "n"
        message = f"'{name}' : property '{name}' is unsupported" if refused else "'n' must be 1"
        error = {"message": message, "type": "invalid_request_error", "param": name}
        return web.json_response({"error": error}, status=400)
    if not body.get("stream"):
        return answer(body)
    *first, last = WORDS
    tail = [chunk(last, "stop", x_groq={"id": "req_1", "usage": USAGE})]
    return await sse(request, [*map(chunk, first), *tail, *[usage_only()] * wants_usage(body)])


async def test_groq_refusals_keep_their_message_and_are_not_retried(
    serve: Callable[[Handler], Fake],
) -> None:
    fake = serve(groq)
    error = await failure(deployment(fake.url), {"messages": MESSAGES})
    assert (error.status, error.retryable) == (400, False)
    assert error.message.endswith("'messages.0.name' : property 'messages.0.name' is unsupported")
    error = await failure(deployment(fake.url), {"messages": [{"role": "user", "content": "x"}],
                                                "n": 2})  # fmt: skip
    assert error.status == 400 and error.message.endswith("'n' must be 1")


async def test_groq_with_its_refused_params_dropped(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(groq)
    d = deployment(fake.url, drop_params=[*_GROQ_REFUSES, "messages[].name"])
    body = {"messages": MESSAGES, "logprobs": True, "top_logprobs": 2, "logit_bias": {"1": 5}}
    response, _ = await call(d, body)
    assert response.status == 200
    assert fake.sent == {"model": "up", "messages": [{"role": "user", "content": "hi"}]}
    assert MESSAGES[0]["name"] == "ada"  # the client's own messages are left alone

    response, stream = await call(d, {**body, "stream": True}, stream=True)
    assert fake.sent["stream_options"] == {"include_usage": True}
    assert all(e["choices"] for e in events(stream))  # the usage-only chunk was kept back
    assert response.usage == USAGE


# Cohere's Compatibility API (api.cohere.ai/compatibility/v1), docs.cohere.com/docs/
# compatibility-api: store, metadata, logit_bias, top_logprobs, n, modalities, prediction, audio,
# service_tier and parallel_tool_calls are not supported. Errors come as Cohere's {id, message}.
_COHERE_REFUSES = ("store", "metadata", "logit_bias", "top_logprobs", "n", "parallel_tool_calls")


async def cohere(request: web.Request, body: Json) -> web.StreamResponse:
    refused = [f for f in _COHERE_REFUSES if f in body]
    if refused:
        message = f"invalid request: {refused[0]} is not supported"
        return web.json_response({"id": "e1", "message": message}, status=400)
    return answer(body)


async def test_cohere_unsupported_fields(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(cohere)
    body = {"messages": MESSAGES, "parallel_tool_calls": False, "metadata": {"team": "a"}}
    error = await failure(deployment(fake.url), body)
    assert error.status == 400 and error.message.endswith("is not supported")
    response, _ = await call(deployment(fake.url, drop_params=_COHERE_REFUSES), body)
    assert response.status == 200 and fake.sent == {"model": "up", "messages": MESSAGES}


# Together AI (api.together.xyz/v1): OpenAI's {"error": {...}} for most errors, but input
# validation answered as {"message": ..., "type_": ...} (mozilla-ai/any-llm#714).
async def together(request: web.Request, body: Json) -> web.StreamResponse:
    if request.headers.get("authorization") != "Bearer sk-upstream-key":
        error = {"message": "Invalid API key provided: sk-upstream-key.",
                 "type": "invalid_request_error", "code": "invalid_api_key"}  # fmt: skip
        return web.json_response({"id": "e1", "error": error}, status=401)
    if not isinstance(body.get("stop", []), list):
        error = {"message": "Input validation error", "type_": "invalid_request_error"}
        return web.json_response(error, status=400)
    return answer(body)


async def test_together_error_shapes(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(together)
    error = await failure(deployment(fake.url), {"messages": MESSAGES, "stop": "END"})
    assert error.status == 400 and error.message.endswith("returned 400: Input validation error")
    wrong_key = deployment(fake.url).model_copy(update={"api_key": None})
    error = await failure(wrong_key, {"messages": MESSAGES})
    assert (error.status, error.kind) == (502, "upstream_auth_error")  # the gateway's fault


# vLLM (vllm serve, /v1): errors as {"object": "error", "message", "type": "BadRequestError",
# "code": 400} (vllm-project/vllm#12886), newer ones under "error"; a prompt over the context
# says "maximum context length". stream_options.continuous_usage_stats puts usage in every chunk.
async def vllm(request: web.Request, body: Json) -> web.StreamResponse:
    if len(body["messages"][0]["content"]) > 1000:
        message = ("This model's maximum context length is 2048 tokens. However, you requested "
                   "2723 tokens (1699 in the messages, 1024 in the completion).")  # fmt: skip
        error = {"object": "error", "message": message, "type": "BadRequestError",
                 "param": None, "code": 400}  # fmt: skip
        return web.json_response(error, status=400)
    every = (body.get("stream_options") or {}).get("continuous_usage_stats")
    usage = {"usage": USAGE} if every else {}
    *first, last = WORDS
    content = [*(chunk(w, **usage) for w in first), chunk(last, "stop", **usage)]
    return await sse(request, [*content, *[usage_only()] * wants_usage(body)])


async def test_vllm_context_length_is_a_context_window_error(
    serve: Callable[[Handler], Fake],
) -> None:
    fake = serve(vllm)
    long = [{"role": "user", "content": "x" * 2000}]
    error = await failure(deployment(fake.url), {"messages": long})
    assert (error.status, error.kind, error.retryable) == (400, "context_window_exceeded", False)
    assert "maximum context length is 2048 tokens" in error.message


async def test_vllm_continuous_usage_stats_pass_through(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(vllm)
    body = {"messages": MESSAGES, "stream": True,
            "stream_options": {"continuous_usage_stats": True}}  # fmt: skip
    response, stream = await call(deployment(fake.url), body, stream=True)
    assert fake.sent["stream_options"] == {"continuous_usage_stats": True, "include_usage": True}
    assert [e["usage"] for e in events(stream)] == [USAGE] * len(WORDS)  # what the client asked
    assert response.usage == USAGE


# Ollama (localhost:11434/v1): before 0.5.2 it ignored stream_options, so a stream carries no
# usage (ollama/ollama#4448, #5200). A model it lacks is a 404 in OpenAI's shape with "api_error";
# a path it lacks (an api_base without /v1) is Go's plain-text "404 page not found".
async def ollama(request: web.Request, body: Json) -> web.StreamResponse:
    if not request.path.startswith("/v1/"):
        return web.Response(text="404 page not found", status=404)
    if body["model"] != "up":
        message = f'model "{body["model"]}" not found, try pulling it first'
        error = {"message": message, "type": "api_error", "param": None, "code": None}
        return web.json_response({"error": error}, status=404)
    return await sse(request, [chunk(w) for w in WORDS[:-1]] + [chunk(WORDS[-1], "stop")])


async def test_ollama_errors(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(ollama)
    missing = deployment(fake.url).model_copy(update={"model": "llama3"})
    error = await failure(missing, {"messages": MESSAGES})
    assert (error.status, error.retryable) == (404, False)
    assert error.message.endswith('returned 404: model "llama3" not found, try pulling it first')
    no_v1 = deployment(fake.url.removesuffix("/v1"))
    error = await failure(no_v1, {"messages": MESSAGES})
    assert error.status == 404 and error.message.endswith("returned 404: 404 page not found")


async def test_ollama_stream_without_usage(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(ollama)
    response, stream = await call(
        deployment(fake.url), {"messages": MESSAGES, "stream": True}, True
    )
    assert len(events(stream)) == len(WORDS)
    assert response.usage is None and usage_from_sse_tail(stream) is None  # the gateway counts


# llama.cpp's llama-server (/v1): builds before b6250 (ggml-org/llama.cpp#15444) put usage and
# timings in the finish_reason chunk; later ones send a usage-only chunk even when not asked
# (#16048, fixed by #16052). A prompt over its context is an "exceed_context_size_error", status
# 400 (500 in some builds, ggml-org/llama.cpp#15780, #19774), whose message names no marker of
# a context window that OpenAI uses.
async def llama_cpp(request: web.Request, body: Json) -> web.StreamResponse:
    content = body["messages"][0]["content"]
    if len(content) > 100:
        status = 500 if content.startswith("5") else 400
        message = "request (4390 tokens) exceeds the available context size (4096 tokens)"
        error = {"code": status, "message": message, "type": "exceed_context_size_error",
                 "n_prompt_tokens": 4390, "n_ctx": 4096}  # fmt: skip
        return web.json_response({"error": error}, status=status)
    timings = {"prompt_n": 11, "predicted_n": 3, "predicted_per_second": 35.4}
    *first, last = WORDS
    if content == "old":
        tail = [chunk(last, "stop", usage=USAGE, timings=timings)]
    else:  # always a usage-only chunk, asked for or not
        tail = [chunk(last, "stop"), usage_only(timings=timings)]
    return await sse(request, [*map(chunk, first), *tail])


@pytest.mark.parametrize("first_digit", ["4", "5"])
async def test_llama_cpp_context_size_is_a_context_window_error(
    serve: Callable[[Handler], Fake], first_digit: str
) -> None:
    fake = serve(llama_cpp)
    long = [{"role": "user", "content": first_digit + "x" * 200}]
    error = await failure(deployment(fake.url), {"messages": long})
    assert (error.status, error.kind, error.retryable) == (400, "context_window_exceeded", False)
    assert "exceeds the available context size" in error.message


async def test_llama_cpp_usage_wherever_it_comes(serve: Callable[[Handler], Fake]) -> None:
    fake = serve(llama_cpp)
    old = {"messages": [{"role": "user", "content": "old"}], "stream": True}
    response, stream = await call(deployment(fake.url), old, stream=True)
    assert response.usage is None and usage_from_sse_tail(stream) == USAGE

    new = {"messages": [{"role": "user", "content": "new"}], "stream": True}
    response, stream = await call(deployment(fake.url), new, stream=True)
    assert all(e["choices"] for e in events(stream)) and response.usage == USAGE


# The error bodies, as lmops.providers._error_body reads them.
STORE, N = {"loc": ["body", "store"], "msg": "no"}, {"loc": ["body", "n"], "msg": "no"}
MISTRAL = {"object": "error", "message": {"detail": [STORE, N]}, "type": "invalid_request_error"}


@pytest.mark.parametrize(
    ("body", "message", "exceeds_context"),
    [
        ({"error": {"message": "m", "type": "invalid_request_error"}}, "m", False),  # OpenAI, Groq
        ({"error": "model 'x' not found"}, "model 'x' not found", False),  # Ollama's own API
        ({"id": "e1", "message": "invalid request: n"}, "invalid request: n", False),  # Cohere
        ({"message": "Input validation error", "type_": "x"}, "Input validation error", False),
        ({"object": "error", "message": "too long", "code": 400}, "too long", False),  # vLLM
        ({"detail": "Not Found"}, "Not Found", False),  # FastAPI
        ({"detail": [{"loc": ["body", "n"], "msg": "bad"}]}, "body.n: bad", False),  # Mistral
        (MISTRAL, "body.store: no; body.n: no", False),
        ({"message": '{"detail":[{"loc":["body","x"],"msg":"no"}]}'}, "body.x: no", False),
        ({"error": {"message": "too big", "type": "exceed_context_size_error"}}, "too big", True),
        ({"unrelated": 1}, None, False),
        ([1, 2], None, False),
    ],
)
def test_error_bodies_read(body: object, message: str | None, exceeds_context: bool) -> None:
    assert read_error_body(orjson.dumps(body)) == ErrorBody(message, exceeds_context)


def test_plain_text_error_bodies_read() -> None:
    assert read_error_body(b"404 page not found\n") == ErrorBody("404 page not found")
    assert read_error_body(b"") == ErrorBody(None)
    assert read_error_body(b'{"message": "' + b"x" * 900 + b'"}').message == "x" * 500


# The options themselves, as lmops.yaml reports them.
@pytest.mark.parametrize(
    ("options", "error"),
    [
        ("{drop_params: [messages]}", "options.drop_params: messages cannot be dropped"),
        ("{rename_params: {max_tokens: model}}", "options.rename_params: model cannot be"),
        ("{drop: [n]}", "options.drop: unknown key"),
    ],
)
def test_options_that_would_break_requests_are_refused(options: str, error: str) -> None:
    text = gateway_yaml("http://127.0.0.1:9/v1", f"    options: {options}")
    env = {"UPSTREAM_API_KEY": "k", "LMOPS_MASTER_KEY": MASTER_KEY, "DB_URL": "sqlite://"}
    with pytest.raises(ConfigError, match=error):
        parse_config(text, environ=env)


# Through the gateway: what a client sees, and what the request log records.
def gateway_yaml(url: str, extra: str = "") -> str:
    return f"""
models:
  - name: m
    provider: openai
    api_base: {url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: up
{extra}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05
"""


def logged(gw: RunningGateway, request_id: str) -> RequestRecord:
    gw.stop()  # a graceful stop flushes the request log
    engine = create_engine(gw.config.settings.database_url)
    try:
        return next(r for r in query_requests(engine, limit=100) if r.id == request_id)
    finally:
        engine.dispose()


def post(gw: RunningGateway, body: Json) -> httpx.Response:
    return httpx.post(f"{gw.base_url}/chat/completions", json={"model": "m", **body},
                      headers={"authorization": f"Bearer {MASTER_KEY}"}, timeout=30)  # fmt: skip


def test_gateway_in_front_of_mistral(
    gateway_factory: Callable[..., RunningGateway], serve: Callable[[Handler], Fake]
) -> None:
    fake = serve(mistral)
    options = """    options:
      drop_params: [stream_options]
      rename_params: {max_completion_tokens: max_tokens}"""
    gw = gateway_factory(gateway_yaml(fake.url, options))
    renamed = post(gw, {"messages": MESSAGES, "max_completion_tokens": 5})
    assert renamed.status_code == 200 and fake.sent["max_tokens"] == 5

    refused = post(gw, {"messages": MESSAGES, "store": True})
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["type"] == "upstream_error" and error["code"] == "upstream_error"
    assert "returned 422" in error["message"]

    streamed = post(gw, {"messages": MESSAGES, "stream": True})
    assert streamed.status_code == 200 and "stream_options" not in fake.sent
    record = logged(gw, streamed.headers["x-request-id"])
    assert (record.prompt_tokens, record.completion_tokens) == (11, 3)  # Mistral's, not a guess


def test_gateway_counts_an_ollama_stream_without_usage(
    gateway_factory: Callable[..., RunningGateway], serve: Callable[[Handler], Fake]
) -> None:
    fake = serve(ollama)
    gw = gateway_factory(gateway_yaml(fake.url))
    streamed = post(gw, {"messages": MESSAGES, "stream": True})
    assert streamed.status_code == 200 and fake.sent["stream_options"] == {"include_usage": True}
    record = logged(gw, streamed.headers["x-request-id"])
    assert record.prompt_tokens and record.completion_tokens  # estimated by the gateway


def test_gateway_falls_back_from_a_small_vllm_context(
    gateway_factory: Callable[..., RunningGateway], serve: Callable[[Handler], Fake]
) -> None:
    small, big = serve(vllm), serve(ollama)
    bigger = f"""  - name: big
    provider: openai
    api_base: {big.url}
    model: up
router:
  context_window_fallbacks: {{m: [big]}}"""
    gw = gateway_factory(gateway_yaml(small.url, bigger))
    answered = post(gw, {"messages": [{"role": "user", "content": "x" * 2000}]})
    assert answered.status_code == 200, answered.text
    assert len(small.bodies) == len(big.bodies) == 1  # no retry of a prompt that cannot fit
