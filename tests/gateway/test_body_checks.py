"""The documented parameter checks: each bad body is a 400 naming its field, each good one a 200.

One gateway (uvicorn on a loopback port) serves the module; ``chat-small`` forwards to the fake
upstream, so a refused body must never reach it and an accepted one must.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from bench.fake_upstream import FakeUpstream
from lmops.config import parse_config
from tests.conftest import MASTER_KEY, UPSTREAM_KEY, RunningGateway, basic_config, start_gateway

LIMIT = 4096  # max_request_bytes of the gateway under test
AUTH = {"authorization": f"Bearer {MASTER_KEY}"}
CHAT_PATH, COMPLETIONS_PATH, EMBEDDINGS_PATH = (
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
)
USER = {"role": "user", "content": "hi"}
CHAT = {"model": "chat-small", "messages": [USER]}
COMPLETION = {"model": "chat-small", "prompt": "hi"}
EMBEDDING = {"model": "chat-small", "input": "hi"}
BASE = {CHAT_PATH: CHAT, COMPLETIONS_PATH: COMPLETION, EMBEDDINGS_PATH: EMBEDDING}
CALL = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
TOOL = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}


@pytest.fixture(scope="module")
def gateway(
    upstream_server: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningGateway]:
    db: Path = tmp_path_factory.mktemp("body") / "lmops.db"
    environ = {
        "LMOPS_MASTER_KEY": MASTER_KEY,
        "UPSTREAM_API_KEY": UPSTREAM_KEY,
        "DB_URL": f"sqlite:///{db}",
    }
    text = basic_config(upstream_server, f"  max_request_bytes: {LIMIT}")
    gw = start_gateway(parse_config(text, environ=environ))
    yield gw
    gw.stop()


@pytest.fixture
def client(gateway: RunningGateway, upstream: FakeUpstream) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url, headers=AUTH, timeout=10) as c:
        yield c


def error_of(resp: httpx.Response, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = resp.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error"
    assert isinstance(error["message"], str) and "Traceback" not in error["message"]
    return error


def messages(*items: Any) -> dict[str, Any]:
    return {"messages": list(items)}


# (path, what replaces or adds to the endpoint's minimal valid body, the expected param)
BAD: list[tuple[str, dict[str, Any], str]] = [
    # the examples that were forwarded and answered 200
    (CHAT_PATH, {"max_tokens": -5}, "max_tokens"),
    (CHAT_PATH, {"temperature": "hot"}, "temperature"),
    (
        CHAT_PATH,
        messages(USER, USER, {"role": "user", "content": {"text": "hi"}}),
        "messages[2].content",
    ),
    # model
    (CHAT_PATH, {"model": ""}, "model"),
    (CHAT_PATH, {"model": 5}, "model"),
    (EMBEDDINGS_PATH, {"model": None}, "model"),
    # numbers: type, range, and JSON's true, which Python would take for the integer 1
    (CHAT_PATH, {"max_tokens": 0}, "max_tokens"),
    (CHAT_PATH, {"max_tokens": 1.5}, "max_tokens"),
    (CHAT_PATH, {"max_tokens": True}, "max_tokens"),
    (CHAT_PATH, {"max_completion_tokens": "10"}, "max_completion_tokens"),
    (CHAT_PATH, {"max_completion_tokens": 0}, "max_completion_tokens"),
    (CHAT_PATH, {"temperature": 2.5}, "temperature"),
    (CHAT_PATH, {"temperature": -0.1}, "temperature"),
    (CHAT_PATH, {"temperature": True}, "temperature"),
    (CHAT_PATH, {"top_p": 1.01}, "top_p"),
    (CHAT_PATH, {"n": 0}, "n"),
    (CHAT_PATH, {"n": 129}, "n"),
    (CHAT_PATH, {"n": True}, "n"),
    (CHAT_PATH, {"n": "2"}, "n"),
    (CHAT_PATH, {"presence_penalty": 3}, "presence_penalty"),
    (CHAT_PATH, {"frequency_penalty": -2.5}, "frequency_penalty"),
    (CHAT_PATH, {"seed": 1.5}, "seed"),
    (CHAT_PATH, {"seed": False}, "seed"),
    (CHAT_PATH, {"top_logprobs": 21}, "top_logprobs"),
    (CHAT_PATH, {"top_logprobs": -1}, "top_logprobs"),
    # booleans, strings, objects, arrays
    (CHAT_PATH, {"stream": "yes"}, "stream"),
    (CHAT_PATH, {"stream": 1}, "stream"),
    (CHAT_PATH, {"logprobs": 1}, "logprobs"),
    (CHAT_PATH, {"parallel_tool_calls": "true"}, "parallel_tool_calls"),
    (CHAT_PATH, {"stream_options": []}, "stream_options"),
    (CHAT_PATH, {"stream_options": {"include_usage": "yes"}}, "stream_options"),
    (CHAT_PATH, {"stop": 3}, "stop"),
    (CHAT_PATH, {"stop": ["a", "b", "c", "d", "e"]}, "stop"),
    (CHAT_PATH, {"stop": ["a", 1]}, "stop"),
    (CHAT_PATH, {"user": 5}, "user"),
    (CHAT_PATH, {"tools": TOOL}, "tools"),
    (CHAT_PATH, {"tools": ["f"]}, "tools"),
    (CHAT_PATH, {"tool_choice": 1}, "tool_choice"),
    (CHAT_PATH, {"response_format": "json"}, "response_format"),
    (CHAT_PATH, {"response_format": {"schema": {}}}, "response_format"),
    (CHAT_PATH, {"logit_bias": [1]}, "logit_bias"),
    # messages
    (CHAT_PATH, {"messages": None}, "messages"),
    (CHAT_PATH, {"messages": "hi"}, "messages"),
    (CHAT_PATH, messages(), "messages"),
    (CHAT_PATH, messages("hi"), "messages[0]"),
    (CHAT_PATH, messages({"content": "hi"}), "messages[0].role"),
    (CHAT_PATH, messages(USER, {"role": "robot", "content": "hi"}), "messages[1].role"),
    (CHAT_PATH, messages({"role": ["user"], "content": "hi"}), "messages[0].role"),
    (CHAT_PATH, messages({"role": "user"}), "messages[0].content"),
    (CHAT_PATH, messages({"role": "user", "content": None}), "messages[0].content"),
    (CHAT_PATH, messages({"role": "user", "content": 5}), "messages[0].content"),
    (CHAT_PATH, messages({"role": "user", "content": []}), "messages[0].content"),
    (CHAT_PATH, messages({"role": "user", "content": ["hi"]}), "messages[0].content[0]"),
    (
        CHAT_PATH,
        messages({"role": "user", "content": [{"type": "text", "text": "a"}, {"text": "b"}]}),
        "messages[0].content[1]",
    ),
    (CHAT_PATH, messages({"role": "system", "content": {"type": "text"}}), "messages[0].content"),
    (CHAT_PATH, messages({"role": "assistant", "content": None}), "messages[0].content"),
    (CHAT_PATH, messages({"role": "assistant"}), "messages[0].content"),
    (
        CHAT_PATH,
        messages({"role": "assistant", "content": None, "tool_calls": CALL}),
        "messages[0].tool_calls",
    ),
    (
        CHAT_PATH,
        messages({"role": "assistant", "content": None, "tool_calls": []}),
        "messages[0].tool_calls",
    ),
    (
        CHAT_PATH,
        messages({"role": "tool", "tool_call_id": "c", "content": 1}),
        "messages[0].content",
    ),
    # completions
    (COMPLETIONS_PATH, {"prompt": None}, "prompt"),
    (COMPLETIONS_PATH, {"prompt": 3}, "prompt"),
    (COMPLETIONS_PATH, {"prompt": []}, "prompt"),
    (COMPLETIONS_PATH, {"prompt": ["a", 1]}, "prompt"),
    (COMPLETIONS_PATH, {"prompt": [1, -1]}, "prompt"),
    (COMPLETIONS_PATH, {"prompt": [True, False]}, "prompt"),
    (COMPLETIONS_PATH, {"prompt": [[1, 2], []]}, "prompt"),
    (COMPLETIONS_PATH, {"prompt": [[1, 2], "a"]}, "prompt"),
    (COMPLETIONS_PATH, {"max_tokens": -1}, "max_tokens"),
    (COMPLETIONS_PATH, {"logprobs": True}, "logprobs"),
    (COMPLETIONS_PATH, {"logprobs": 6}, "logprobs"),
    (COMPLETIONS_PATH, {"best_of": 21}, "best_of"),
    (COMPLETIONS_PATH, {"echo": "yes"}, "echo"),
    (COMPLETIONS_PATH, {"suffix": 1}, "suffix"),
    (COMPLETIONS_PATH, {"temperature": 3}, "temperature"),
    # embeddings
    (EMBEDDINGS_PATH, {"input": None}, "input"),
    (EMBEDDINGS_PATH, {"input": {"text": "hi"}}, "input"),
    (EMBEDDINGS_PATH, {"input": []}, "input"),
    (EMBEDDINGS_PATH, {"input": [1.5]}, "input"),
    (EMBEDDINGS_PATH, {"input": [[1, 2], "a"]}, "input"),
    (EMBEDDINGS_PATH, {"dimensions": 0}, "dimensions"),
    (EMBEDDINGS_PATH, {"dimensions": "256"}, "dimensions"),
    (EMBEDDINGS_PATH, {"encoding_format": "hex"}, "encoding_format"),
    (EMBEDDINGS_PATH, {"user": ["u"]}, "user"),
]


@pytest.mark.parametrize(("path", "change", "param"), BAD, ids=lambda v: repr(v)[:60])
def test_bad_parameter_is_400_naming_it(
    client: httpx.Client,
    upstream: FakeUpstream,
    path: str,
    change: dict[str, Any],
    param: str,
) -> None:
    error = error_of(client.post(path, json={**BASE[path], **change}), 400)
    assert error["param"] == param, error
    assert repr(param) in error["message"] or param in error["message"]
    assert upstream.request_count == 0


ALL_CHAT_PARAMETERS = {
    "max_tokens": 1,
    "max_completion_tokens": 10,
    "temperature": 2,
    "top_p": 0,
    "n": 128,
    "stream": False,
    "stream_options": None,
    "stop": ["a", "b", "c", "d"],
    "presence_penalty": -2,
    "frequency_penalty": 1.5,
    "seed": -(2**40),
    "logprobs": True,
    "top_logprobs": 20,
    "user": "u",
    "tools": [TOOL],
    "tool_choice": {"type": "function", "function": {"name": "f"}},
    "parallel_tool_calls": False,
    "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}},
    "logit_bias": {"50256": -100},
    "metadata": {"k": "v"},
    "store": False,
}
CONVERSATION = [
    {"role": "developer", "content": "Be brief."},
    {"role": "system", "content": [{"type": "text", "text": "Really brief."}]},
    {
        "role": "user",
        "name": "ann",
        "content": [
            {"type": "text", "text": "What is here?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
            {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
        ],
    },
    {"role": "assistant", "content": None, "tool_calls": [CALL]},
    {"role": "tool", "tool_call_id": "call_1", "content": "42"},
    {"role": "assistant", "tool_calls": [CALL]},  # content left out
    {"role": "tool", "tool_call_id": "call_1", "content": [{"type": "text", "text": "42"}]},
    {"role": "assistant", "content": None, "function_call": {"name": "f", "arguments": "{}"}},
    {"role": "function", "name": "f", "content": None},
    {"role": "assistant", "content": [{"type": "refusal", "refusal": "No."}]},
    {"role": "assistant", "content": "Sure.", "tool_calls": None},
    USER,
]
GOOD: list[tuple[str, dict[str, Any]]] = [
    (CHAT_PATH, {}),
    (CHAT_PATH, ALL_CHAT_PARAMETERS),
    (CHAT_PATH, {name: None for name in ALL_CHAT_PARAMETERS}),  # nullable, as OpenAI has them
    (CHAT_PATH, {"temperature": 0, "top_p": 1.0, "n": 1, "stop": "x", "tool_choice": "auto"}),
    (CHAT_PATH, {"stop": [], "seed": 0, "top_logprobs": 0, "presence_penalty": 2}),
    (CHAT_PATH, {"stream": True, "stream_options": {"include_usage": True}}),
    (CHAT_PATH, {"messages": CONVERSATION}),
    (CHAT_PATH, {"reasoning_effort": "low", "x-vendor-extension": {"any": ["shape", 1]}}),
    (COMPLETIONS_PATH, {}),
    (COMPLETIONS_PATH, {"prompt": ""}),
    (COMPLETIONS_PATH, {"prompt": ["a", "b"]}),
    (COMPLETIONS_PATH, {"prompt": [1, 2, 3]}),
    (COMPLETIONS_PATH, {"prompt": [[1, 2], [3]]}),
    (
        COMPLETIONS_PATH,
        {"max_tokens": 0, "echo": True, "logprobs": 5, "best_of": 2, "suffix": "!", "n": 2},
    ),
    (EMBEDDINGS_PATH, {}),
    (EMBEDDINGS_PATH, {"input": ["a", "b"]}),
    (EMBEDDINGS_PATH, {"input": [1, 2]}),
    (EMBEDDINGS_PATH, {"input": [[1, 2], [3]], "dimensions": 256, "user": "u"}),
    (EMBEDDINGS_PATH, {"encoding_format": "float", "stream": True}),
]


@pytest.mark.parametrize(("path", "change"), GOOD, ids=lambda v: repr(v)[:60])
def test_good_body_is_forwarded(
    client: httpx.Client, upstream: FakeUpstream, path: str, change: dict[str, Any]
) -> None:
    body = {**BASE[path], **change}
    resp = client.post(path, json=body)
    assert resp.status_code == 200, resp.text
    sent = upstream.last_request
    assert sent is not None and sent.json is not None
    assert sent.json["model"] == "upstream-model"
    for name, value in body.items():
        if name not in ("model", "stream_options"):  # the provider may ask for stream usage
            assert sent.json[name] == value, name


# -- Content-Type and Content-Encoding ---------------------------------------------------------

RAW = orjson.dumps(CHAT)


@pytest.mark.parametrize(
    "content_type",
    [None, "application/json", "application/json; charset=utf-8", "Application/JSON ; x=y"],
)
def test_json_content_types_are_accepted(client: httpx.Client, content_type: str | None) -> None:
    headers = {} if content_type is None else {"content-type": content_type}
    resp = client.post(CHAT_PATH, content=RAW, headers=headers)
    assert resp.status_code == 200, resp.text


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "json", ""],
)
def test_other_content_types_are_400(
    client: httpx.Client, upstream: FakeUpstream, content_type: str
) -> None:
    resp = client.post(CHAT_PATH, content=RAW, headers={"content-type": content_type})
    assert error_of(resp, 400)["code"] == "unsupported_content_type"
    assert upstream.request_count == 0


def _gzip_members(data: bytes) -> bytes:
    half = len(data) // 2
    return gzip.compress(data[:half]) + gzip.compress(data[half:])


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("GZIP", _gzip_members),  # several members, one after another
        ("deflate", zlib.compress),
        ("identity", lambda b: b),
        ("deflate, gzip", lambda b: gzip.compress(zlib.compress(b))),  # in the order applied
    ],
)
def test_compressed_bodies_are_decoded(
    client: httpx.Client, upstream: FakeUpstream, encoding: str, encode: Any
) -> None:
    resp = client.post(CHAT_PATH, content=encode(RAW), headers={"content-encoding": encoding})
    assert resp.status_code == 200, resp.text
    sent = upstream.last_request
    assert sent is not None and sent.json["messages"] == CHAT["messages"]
    assert "content-encoding" not in sent.headers


@pytest.mark.parametrize(
    ("encoding", "raw"),
    [
        ("gzip", RAW),  # declared, not done: the false header of the report
        ("deflate", RAW),
        ("gzip", gzip.compress(RAW)[:-12]),  # cut short
        ("gzip", gzip.compress(RAW) + b"junk"),
        ("deflate", zlib.compress(RAW) + b"junk"),
        ("deflate", gzip.compress(RAW)),  # the wrong one of the two
        ("gzip", b""),
    ],
)
def test_body_that_is_not_what_its_encoding_says_is_400(
    client: httpx.Client, upstream: FakeUpstream, encoding: str, raw: bytes
) -> None:
    resp = client.post(CHAT_PATH, content=raw, headers={"content-encoding": encoding})
    error = error_of(resp, 400)
    assert error["code"] == "invalid_content_encoding"
    assert upstream.request_count == 0


@pytest.mark.parametrize("encoding", ["br", "zstd", "compress", "gzip, br"])
def test_unknown_encoding_is_415(
    client: httpx.Client, upstream: FakeUpstream, encoding: str
) -> None:
    resp = client.post(CHAT_PATH, content=RAW, headers={"content-encoding": encoding})
    assert error_of(resp, 415)["code"] == "unsupported_content_encoding"
    assert upstream.request_count == 0


def test_decoded_size_is_bounded(client: httpx.Client, upstream: FakeUpstream) -> None:
    # 3 KB that would inflate to 3 MB: stopped at the limit, not after.
    padded = {**CHAT, "user": "x" * 3_000_000}
    bomb = gzip.compress(orjson.dumps(padded))
    assert len(bomb) < LIMIT
    resp = client.post(CHAT_PATH, content=bomb, headers={"content-encoding": "gzip"})
    assert error_of(resp, 413)["code"] == "request_too_large"
    fits = gzip.compress(orjson.dumps({**CHAT, "user": "x" * (LIMIT - len(RAW) - 20)}))
    resp = client.post(CHAT_PATH, content=fits, headers={"content-encoding": "gzip"})
    assert resp.status_code == 200, resp.text
    assert upstream.request_count == 1
