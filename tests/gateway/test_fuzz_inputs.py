"""Property-based fuzzing of the three proxied endpoints with whatever a client can send.

One real gateway (uvicorn on a loopback port) and one ``httpx.Client`` serve every example of
the module; the fake upstream answers any well-formed request with 200, so every 5xx seen here
is the gateway's own fault. Failing inputs found by fuzzing are pinned with ``@example``.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import structlog
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from bench.fake_upstream import FakeUpstream
from lmops.config import parse_config
from lmops.gateway.pipeline.auth import bearer_token
from lmops.providers.params import FORBIDDEN_FIELDS
from tests.conftest import MASTER_KEY, UPSTREAM_KEY, RunningGateway, basic_config, start_gateway

LIMIT = 65536  # max_request_bytes of the gateway under test
AUTH = {"authorization": f"Bearer {MASTER_KEY}"}
MODELS = ("chat-small", "mock")  # an openai-provider deployment and an in-process one
ENDPOINTS = (  # (path, the field the gateway requires there)
    ("/v1/chat/completions", "messages"),
    ("/v1/completions", "prompt"),
    ("/v1/embeddings", "input"),
)
PATHS = tuple(p for path, _ in ENDPOINTS for p in (path, path.removeprefix("/v1")))
ERROR_KEYS = {"message", "type", "param", "code"}
VALID_FOR_ANY_ENDPOINT = {
    "messages": [{"role": "user", "content": "hi"}],
    "prompt": "hi",
    "input": "hi",
}
NUMBERS = st.integers(-3, 200) | st.floats(-3, 3) | st.integers() | st.booleans()
PARAMETERS = {  # checked parameters: near their bounds, or of any shape
    "n": NUMBERS,
    "max_tokens": st.integers(-2, 4096) | NUMBERS,
    "max_completion_tokens": NUMBERS,
    "temperature": NUMBERS,
    "top_p": NUMBERS,
    "presence_penalty": NUMBERS,
    "top_logprobs": NUMBERS,
    "logprobs": NUMBERS,
    "stop": st.text(max_size=4) | st.lists(st.text(max_size=4), max_size=6),
    "tools": st.lists(st.fixed_dictionaries({"type": st.just("function")}), max_size=2),
    "dimensions": NUMBERS,
    "encoding_format": st.sampled_from(["float", "base64", "hex"]),
}
SHAPED = {"messages", "prompt", "input", "stream", "stream_options", "model", *PARAMETERS}


def fuzz(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,  # no .hypothesis/ in the checkout; found failures are pinned as @example
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# -- the gateway under test -------------------------------------------------------------------


@pytest.fixture(scope="module")
def cheap_logs() -> Iterator[None]:
    """Render errors as plain JSON lines, as ``lmops serve`` does.

    structlog's unconfigured default pretty-prints tracebacks with every local variable: for a
    deeply nested body one unhandled error then costs ~10 s of the gateway's event loop, which
    would make shrinking a failure take hours.
    """
    old = structlog.get_config()
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ]
    )
    yield
    structlog.configure(**old)


@pytest.fixture(scope="module")
def fuzz_upstream(upstream_server: FakeUpstream) -> Iterator[FakeUpstream]:
    upstream_server.reset()
    upstream_server.record = False  # thousands of requests: keep only the count
    yield upstream_server
    upstream_server.reset()


@pytest.fixture(scope="module")
def gateway(
    cheap_logs: None, fuzz_upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningGateway]:
    # No retries and no cooldown: each example is judged on its own, and one bad example cannot
    # turn later good ones into 503s (which would send shrinking after the wrong input).
    extra = f"""  max_request_bytes: {LIMIT}
router:
  retries:
    attempts: 0
  cooldown:
    failures: 1000000
"""
    db: Path = tmp_path_factory.mktemp("fuzz") / "lmops.db"
    environ = {
        "LMOPS_MASTER_KEY": MASTER_KEY,
        "UPSTREAM_API_KEY": UPSTREAM_KEY,
        "DB_URL": f"sqlite:///{db}",
    }
    gw = start_gateway(parse_config(basic_config(fuzz_upstream, extra), environ=environ))
    # start_gateway serves a pre-bound socket on the stdlib loop, whose accepted connections
    # lack TCP_NODELAY: every keep-alive response would then wait ~40 ms for a delayed ACK.
    # Accepted sockets inherit the option from the listener.
    for server in gw.server.servers:
        for sock in server.sockets:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    yield gw
    gw.stop()


@pytest.fixture(scope="module")
def client(gateway: RunningGateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url, headers=AUTH, timeout=10) as c:
        yield c


# -- JSON values, with nesting deeper than Python's json module can write ----------------------


@dataclass(frozen=True)
class Nested:
    """``depth`` empty arrays inside each other: ``[[[...]]]``, written without recursion."""

    depth: int


def dump(value: Any, ascii_only: bool = True) -> bytes:
    return _dump(value, ascii_only).encode()


def _dump(value: Any, ascii_only: bool) -> str:
    if isinstance(value, Nested):
        return "[" * value.depth + "]" * value.depth
    if isinstance(value, list):
        return "[" + ",".join(_dump(v, ascii_only) for v in value) + "]"
    if isinstance(value, dict):
        items = (
            f"{json.dumps(k, ensure_ascii=ascii_only)}:{_dump(v, ascii_only)}"
            for k, v in value.items()
        )
        return "{" + ",".join(items) + "}"
    return json.dumps(value, ensure_ascii=ascii_only)


scalars = (
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: valid JSON, orjson reads them as floats
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    # Nested up to past orjson's parse limit (1024 levels), where bodies are invalid JSON.
    scalars | st.builds(Nested, st.integers(1, 1100)),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=8,
)
json_objects = st.dictionaries(st.text(max_size=10), json_values, max_size=5)
PARSE_DEPTH = 1024  # orjson.loads refuses deeper documents


def depth(value: Any) -> int:
    if isinstance(value, Nested):
        return value.depth
    if isinstance(value, list):
        return 1 + max(map(depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(depth, value.values()), default=0)
    return 0


ABSENT = object()


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The field left out, given a well-typed value, or given anything at all."""
    return st.just(ABSENT) | strategy | json_values


content_parts = st.lists(
    st.fixed_dictionaries(
        {"type": st.sampled_from(["text", "image_url"]) | st.text(max_size=5)},
        optional={"text": st.text(max_size=10), "image_url": json_values},
    ),
    max_size=3,
)
messages = st.lists(
    st.fixed_dictionaries(
        {
            "role": st.sampled_from(["user", "system", "assistant", "tool"]) | st.text(max_size=8),
            "content": st.text(max_size=30) | content_parts | json_values,
        },
        optional={"name": st.text(max_size=8), "tool_calls": json_values},
    )
    | json_objects,
    max_size=3,
)
prompts = st.text(max_size=30) | st.lists(
    st.text(max_size=10) | st.integers(0, 50_000) | st.lists(st.integers(0, 50_000), max_size=4),
    max_size=4,
)
stream_options = st.dictionaries(
    st.sampled_from(["include_usage"]) | st.text(max_size=8),
    st.booleans() | json_values,
    max_size=2,
)
extra_keys = (
    st.sampled_from(["user", "seed", "suffix", "tool_choice", "response_format", "echo"])
    | st.text(max_size=12)
).filter(lambda k: k not in FORBIDDEN_FIELDS and k not in SHAPED)


@st.composite
def requests(draw: st.DrawFn, models: tuple[str, ...] = MODELS) -> tuple[str, dict[str, Any]]:
    """A path and a JSON object with a known model, every other field of any shape or absent."""
    path, required = draw(st.sampled_from(ENDPOINTS))
    # A fresh dict: Hypothesis would print the drawn one as drawn, before the edits below.
    body: dict[str, Any] = {**draw(st.dictionaries(extra_keys, json_values, max_size=3))}
    body["model"] = draw(st.sampled_from(models))
    fields = {
        "messages": maybe(messages),
        "prompt": maybe(prompts),
        "input": maybe(prompts),
        "stream": maybe(st.booleans()),
        "stream_options": maybe(stream_options),
    }
    # A few of the checked parameters, not all: most requests should get through.
    for name in draw(st.lists(st.sampled_from(sorted(PARAMETERS)), max_size=3, unique=True)):
        fields[name] = maybe(PARAMETERS[name])
    for name, strategy in fields.items():
        # The required field is usually well typed, so most requests get past validation.
        if name == required and draw(st.booleans()):
            strategy = messages if name == "messages" else prompts
        value = draw(strategy)
        if value is not ABSENT:
            body[name] = value
    return path.removeprefix("/v1") if draw(st.booleans()) else path, body


# -- what every answer must look like ---------------------------------------------------------


def assert_error(resp: httpx.Response, status: int | range) -> dict[str, Any]:
    """An OpenAI error envelope with exactly its four keys, a request id, and no traceback."""
    expected = status if isinstance(status, range) else range(status, status + 1)
    assert resp.status_code in expected, (resp.status_code, resp.text[:500])
    assert resp.headers.get("x-request-id"), resp.headers
    assert "Traceback" not in resp.text
    assert resp.headers["content-type"].startswith("application/json")
    envelope = resp.json()
    assert isinstance(envelope, dict) and set(envelope) == {"error"}, envelope
    error = envelope["error"]
    assert isinstance(error, dict) and set(error) == ERROR_KEYS, error
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["type"], str) and error["type"]
    assert error["param"] is None or isinstance(error["param"], str)
    assert error["code"] is None or isinstance(error["code"], str)
    return error


def assert_answered(resp: httpx.Response, path: str, body: object) -> None:
    """200 (an SSE stream ending in [DONE] when one was asked for) or a 4xx error, never 5xx."""
    assert resp.status_code < 500, (resp.status_code, resp.text[:500])
    if resp.status_code != 200:
        assert_error(resp, range(400, 500))
        return
    assert resp.headers.get("x-request-id")
    streamed = (
        isinstance(body, dict) and body.get("stream") is True and not path.endswith("embeddings")
    )
    if streamed:
        assert resp.headers["content-type"].startswith("text/event-stream")
        assert resp.text.rstrip().endswith("data: [DONE]"), resp.text[-500:]
    else:
        assert resp.headers["content-type"].startswith("application/json")
        answer = resp.json()
        assert isinstance(answer, dict) and "error" not in answer, answer


# -- 1. bytes ---------------------------------------------------------------------------------


def _chunks(data: bytes) -> Iterator[bytes]:
    yield from (data[i : i + 1000] for i in range(0, len(data), 1000))


near_json = st.sampled_from(
    [b'{"model": "mock", "messages": [', b'{"model": "chat-small", "prompt": "', b'{"input":']
)
raw_bodies = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=100).map(str.encode),
    # invalid UTF-8 inside an otherwise plausible request
    st.builds(
        lambda head, junk: head + junk + b'"]}', near_json, st.binary(min_size=1, max_size=8)
    ).filter(lambda b: not _is_utf8(b)),
    # nesting past orjson's depth limit, balanced or not, as arrays or objects
    st.builds(lambda n: b"[" * n, st.integers(1, 3000)),
    st.builds(lambda n: b"[" * n + b"]" * n, st.integers(1, 3000)),
    st.builds(lambda n: b'{"a":' * n + b"1" + b"}" * n, st.integers(1, 3000)),
    # over the size limit, and around it
    st.builds(lambda chunk, n: chunk * n, st.binary(min_size=1, max_size=64), st.integers(1, 2100)),
    st.builds(lambda n: b"x" * n, st.integers(LIMIT - 2, LIMIT + 2)),
)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode()
    except UnicodeDecodeError:
        return False
    return True


@fuzz(250)
@given(path=st.sampled_from(PATHS), raw=raw_bodies, chunked=st.booleans())
@example(path="/v1/chat/completions", raw=b"", chunked=False)
@example(path="/v1/chat/completions", raw=b"\xff\xfe", chunked=False)
def test_arbitrary_bytes_are_400_or_413(
    client: httpx.Client, path: str, raw: bytes, chunked: bool
) -> None:
    resp = client.post(path, content=_chunks(raw) if chunked else raw)
    assert_error(resp, 413 if len(raw) > LIMIT else 400)


# -- 2. JSON of any shape ---------------------------------------------------------------------


@fuzz(200)
@given(path=st.sampled_from(PATHS), value=json_values, ascii_only=st.booleans())
def test_arbitrary_json_values_are_answered_or_refused(
    client: httpx.Client, path: str, value: object, ascii_only: bool
) -> None:
    raw = dump(value, ascii_only)
    assume(len(raw) <= LIMIT)
    assert_answered(client.post(path, content=raw), path, value)


# Found by this test: bodies nested deeper than orjson.dumps allows (255 levels) but within what
# orjson.loads accepts (1024 levels) are parsed, then fail when the gateway serialises them again.
@fuzz(200)
@given(request=requests(), ascii_only=st.booleans())
@example(  # mock: _usage() dumps messages -> orjson.JSONEncodeError -> 500 "Internal error."
    request=("/v1/chat/completions", {"model": "mock", "messages": [{"content": Nested(253)}]}),
    ascii_only=True,
)
@example(  # openai provider: dumps the whole body -> TypeError -> 502 "malformed response"
    request=("/v1/chat/completions", {"model": "chat-small", "messages": [], "x": Nested(254)}),
    ascii_only=True,
)
@example(  # mock embeddings: _vector() dumps each input -> 500
    request=("/v1/embeddings", {"model": "mock", "input": [Nested(255)]}),
    ascii_only=True,
)
@example(  # mock completions: _usage() dumps the prompt -> 500
    request=("/v1/completions", {"model": "mock", "prompt": [Nested(254)]}),
    ascii_only=True,
)
def test_requests_with_any_field_shapes_are_answered_or_refused(
    client: httpx.Client, request: tuple[str, dict[str, Any]], ascii_only: bool
) -> None:
    path, body = request
    raw = dump(body, ascii_only)
    assume(len(raw) <= LIMIT)
    assert_answered(client.post(path, content=raw), path, body)


# -- 3. forbidden fields ----------------------------------------------------------------------


@fuzz(100)
@given(
    base=requests(models=("chat-small",)).map(lambda r: r[1]) | json_objects,
    path=st.sampled_from(PATHS),
    forbidden=st.dictionaries(st.sampled_from(sorted(FORBIDDEN_FIELDS)), json_values, min_size=1),
    first=st.booleans(),
)
def test_forbidden_fields_are_refused_before_any_upstream_call(
    client: httpx.Client,
    fuzz_upstream: FakeUpstream,
    base: dict[str, Any],
    path: str,
    forbidden: dict[str, Any],
    first: bool,
) -> None:
    body = {**forbidden, **base} if first else {**base, **forbidden}
    raw = dump(body)
    assume(len(raw) <= LIMIT and depth(body) <= PARSE_DEPTH)  # else: 413, or 400 invalid JSON
    before = fuzz_upstream.request_count
    error = assert_error(client.post(path, content=raw), 400)
    assert error["code"] == "forbidden_field"
    assert error["param"] in forbidden
    assert fuzz_upstream.request_count == before


# -- 4. Authorization headers -----------------------------------------------------------------

# Text a header can carry: no control characters (CR, LF, NUL, ...), no lone surrogates.
header_text = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=60)
wrong_schemes = st.sampled_from(["Basic ", "Token ", "", "Bearer:", "Bearer-", "Bearer\u00a0"])
schemes = st.sampled_from(["Bearer ", "bearer ", "BEARER ", "Bearer  "]) | wrong_schemes


@st.composite
def near_keys(draw: st.DrawFn) -> str:
    """The master key with one character changed, dropped or added."""
    i = draw(st.integers(0, len(MASTER_KEY)))
    c = draw(st.characters(blacklist_categories=("Cc", "Cs")))
    how = draw(st.sampled_from(["replace", "drop", "insert"]))
    if how == "insert":
        return MASTER_KEY[:i] + c + MASTER_KEY[i:]
    return MASTER_KEY[:i] + (c if how == "replace" else "") + MASTER_KEY[i + 1 :]


authorizations = st.one_of(
    header_text,
    st.builds(str.__add__, schemes, header_text),
    st.builds(str.__add__, schemes, near_keys()),
    st.builds(str.__add__, wrong_schemes, st.just(MASTER_KEY)),  # right key, wrong scheme
)


@fuzz(250)
@given(
    value=authorizations,
    latin1=st.booleans(),
    path=st.sampled_from(PATHS),
    model=st.sampled_from(MODELS),
)
@example(value="", latin1=False, path="/v1/chat/completions", model="mock")
@example(value="Bearer", latin1=False, path="/v1/chat/completions", model="mock")
def test_wrong_authorization_is_401(
    client: httpx.Client,
    fuzz_upstream: FakeUpstream,
    value: str,
    latin1: bool,
    path: str,
    model: str,
) -> None:
    try:
        raw = value.encode("latin-1" if latin1 else "utf-8")
    except UnicodeEncodeError:
        raw = value.encode("utf-8")
    raw = raw.strip(b" ")  # HTTP drops surrounding whitespace; h11 refuses to send it
    # What the gateway sees: the bytes as latin-1. Only the master key itself may pass.
    assume(bearer_token(raw.decode("latin-1")) != MASTER_KEY)
    body = {"model": model, **VALID_FOR_ANY_ENDPOINT}  # only the key is wrong
    before = fuzz_upstream.request_count
    error = assert_error(client.post(path, json=body, headers={b"authorization": raw}), 401)
    assert error["code"] == "invalid_api_key"
    assert fuzz_upstream.request_count == before
