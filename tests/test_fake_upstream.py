"""The fake upstream behaves like an OpenAI-compatible server and obeys its failure controls."""

from __future__ import annotations

import base64
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from bench.fake_upstream import FakeUpstream

ROOT = Path(__file__).resolve().parent.parent
CHAT = {"model": "m1", "messages": [{"role": "user", "content": "hello there, fake"}]}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeUpstream]:
    with FakeUpstream.start_in_thread() as up:
        yield up


@pytest.fixture
def up(server: FakeUpstream) -> FakeUpstream:
    server.reset()
    return server


@pytest.fixture
def client(up: FakeUpstream) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=up.url, api_key="sk-test", max_retries=0) as c:
        yield c


def raw_exchange(up: FakeUpstream, request: bytes) -> bytes:
    """Send raw bytes and read until the server closes: lets a test see HTTP framing."""
    with socket.create_connection((up.host, up.port), timeout=5) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data


def post_bytes(path: str, body: bytes, close: bool = True) -> bytes:
    conn = b"connection: close\r\n" if close else b""
    return (
        b"POST %s HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n%s"
        b"content-length: %d\r\n\r\n%s" % (path.encode(), conn, len(body), body)
    )


def http_chunks(raw: bytes) -> list[bytes]:
    """The payloads of a chunked body, in order, without the final empty chunk."""
    _, _, body = raw.partition(b"\r\n\r\n")
    chunks = []
    while body:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            break
        chunks.append(body[:size])
        body = body[size + 2 :]
    return chunks


# -- endpoints ---------------------------------------------------------------------------------


def test_chat_completion_echoes_model_and_reports_usage(up: FakeUpstream, client: openai.OpenAI):
    resp = client.chat.completions.create(**CHAT)
    assert resp.object == "chat.completion"
    assert resp.model == "m1"
    assert resp.choices[0].finish_reason == "stop"
    assert resp.choices[0].message.content
    assert resp.usage is not None
    assert resp.usage.completion_tokens == 20
    assert resp.usage.total_tokens == resp.usage.prompt_tokens + 20


def test_requests_are_recorded(up: FakeUpstream, client: openai.OpenAI):
    client.chat.completions.create(**CHAT)
    assert up.request_count == 1
    req = up.last_request
    assert req is not None
    assert (req.method, req.path) == ("POST", "/v1/chat/completions")
    assert req.headers["authorization"] == "Bearer sk-test"
    assert req.json["model"] == "m1"
    assert req.raw_body.startswith(b"{")


def test_record_off_still_counts(up: FakeUpstream, client: openai.OpenAI):
    up.record = False
    client.chat.completions.create(**CHAT)
    assert up.requests == []
    assert up.request_count == 1


def test_chat_stream_matches_non_stream_and_ends_with_usage(
    up: FakeUpstream, client: openai.OpenAI
):
    up.stream_chunks = 5
    whole = client.chat.completions.create(**CHAT).choices[0].message.content
    chunks = list(
        client.chat.completions.create(**CHAT, stream=True, stream_options={"include_usage": True})
    )
    content_chunks, usage_chunk = chunks[:-1], chunks[-1]
    assert len(content_chunks) == 5
    assert content_chunks[0].choices[0].delta.role == "assistant"
    assert content_chunks[-1].choices[0].finish_reason == "stop"
    assert "".join(c.choices[0].delta.content or "" for c in content_chunks) == whole
    assert usage_chunk.choices == []
    assert usage_chunk.usage is not None and usage_chunk.usage.completion_tokens == 5
    assert {c.model for c in chunks} == {"m1"}


def test_stream_without_include_usage_has_no_usage_chunk(up: FakeUpstream):
    up.stream_chunks = 3
    raw = raw_exchange(up, post_bytes("/v1/chat/completions", b'{"model":"m","stream":true}'))
    events = http_chunks(raw)
    assert len(events) == 4
    assert events[-1] == b"data: [DONE]\n\n"
    assert b'"usage"' not in b"".join(events)


def test_stream_is_chunked_one_event_per_chunk(up: FakeUpstream):
    body = b'{"model":"m","stream":true,"stream_options":{"include_usage":true}}'
    raw = raw_exchange(up, post_bytes("/v1/chat/completions", body))
    head = raw.partition(b"\r\n\r\n")[0].lower()
    assert b"transfer-encoding: chunked" in head
    assert b"content-type: text/event-stream" in head
    events = http_chunks(raw)
    assert len(events) == 20 + 2
    assert all(e.startswith(b"data: ") and e.endswith(b"\n\n") for e in events)
    assert b'"choices":[]' in events[-2]


def test_json_responses_have_content_length_and_keep_alive(up: FakeUpstream):
    one = post_bytes("/v1/chat/completions", b'{"model":"a"}', close=False)
    two = post_bytes("/v1/chat/completions", b'{"model":"b"}', close=True)
    raw = raw_exchange(up, one + two)  # pipelined on one connection
    assert raw.count(b"HTTP/1.1 200 OK") == 2
    assert b"content-length: " in raw
    assert raw.index(b'"model":"a"') < raw.index(b'"model":"b"')


def test_completions_non_stream_and_stream(up: FakeUpstream, client: openai.OpenAI):
    up.stream_chunks = 4
    resp = client.completions.create(model="legacy", prompt="Once upon a time")
    assert resp.object == "text_completion"
    assert resp.model == "legacy"
    assert resp.usage is not None and resp.usage.completion_tokens == 4
    chunks = list(client.completions.create(model="legacy", prompt="x", stream=True))
    assert len(chunks) == 4
    assert "".join(c.choices[0].text for c in chunks) == resp.choices[0].text


FIXED_USAGE = {
    "prompt_tokens": 1000,
    "completion_tokens": 200,
    "total_tokens": 1200,
    "prompt_tokens_details": {"cached_tokens": 400},
}


def test_usage_override_replaces_usage_in_replies_and_stream(
    up: FakeUpstream, client: openai.OpenAI
):
    up.stream_chunks = 3
    counted = client.chat.completions.create(**CHAT).usage
    assert counted is not None and counted.completion_tokens == 3
    up.usage = FIXED_USAGE
    whole = httpx.post(f"{up.url}/chat/completions", json=CHAT).json()
    assert whole["usage"] == FIXED_USAGE
    legacy = httpx.post(f"{up.url}/completions", json={"model": "m", "prompt": "x"}).json()
    assert legacy["usage"] == FIXED_USAGE
    body = {**CHAT, "stream": True, "stream_options": {"include_usage": True}}
    chunks = list(client.chat.completions.create(**body))
    usage_chunk = chunks[-1]
    assert usage_chunk.choices == [] and usage_chunk.usage is not None
    assert usage_chunk.usage.model_dump(exclude_none=True) == FIXED_USAGE
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks[:-1])
    assert streamed == whole["choices"][0]["message"]["content"]
    plain = httpx.post(f"{up.url}/chat/completions", json={**CHAT, "stream": True}).text
    assert '"usage"' not in plain  # no include_usage: no usage event, override or not
    up.reset()
    assert up.usage is None
    assert httpx.post(f"{up.url}/chat/completions", json=CHAT).json()["usage"] != FIXED_USAGE


def test_embeddings_are_deterministic_for_string_and_list(up: FakeUpstream):
    url = f"{up.url}/embeddings"
    one = httpx.post(url, json={"model": "e", "input": "alpha", "encoding_format": "float"}).json()
    many = httpx.post(url, json={"model": "e", "input": ["alpha", "beta"]}).json()
    assert one["model"] == "e"
    assert len(one["data"]) == 1 and len(one["data"][0]["embedding"]) == 16
    assert [d["index"] for d in many["data"]] == [0, 1]
    assert many["data"][0]["embedding"] == one["data"][0]["embedding"]
    assert many["data"][1]["embedding"] != one["data"][0]["embedding"]
    assert one["usage"]["prompt_tokens"] >= 1


def test_embeddings_base64_and_dimensions(up: FakeUpstream, client: openai.OpenAI):
    floats = client.embeddings.create(model="e", input="alpha", encoding_format="float")
    b64 = httpx.post(
        f"{up.url}/embeddings", json={"model": "e", "input": "alpha", "encoding_format": "base64"}
    ).json()["data"][0]["embedding"]
    decoded = struct.unpack("<16f", base64.b64decode(b64))
    assert decoded == pytest.approx(floats.data[0].embedding, abs=1e-6)
    sized = client.embeddings.create(model="e", input=["a", "b"], dimensions=4)
    assert [len(d.embedding) for d in sized.data] == [4, 4]


def test_models_list(up: FakeUpstream, client: openai.OpenAI):
    up.models = ["bench", "other"]
    assert [m.id for m in client.models.list().data] == ["bench", "other"]


def test_unknown_route_and_bad_json(up: FakeUpstream):
    assert httpx.post(f"{up.url}/nope", json={}).status_code == 404
    bad = httpx.post(f"{up.url}/chat/completions", content=b"{not json")
    assert bad.status_code == 400
    assert bad.json()["error"]["type"] == "invalid_request_error"


# -- failure controls --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (500, openai.InternalServerError),
        (429, openai.RateLimitError),
        (400, openai.BadRequestError),
    ],
)
def test_status_answers_every_request(up: FakeUpstream, client: openai.OpenAI, status, error):
    up.status = status
    for _ in range(2):
        with pytest.raises(error) as info:
            client.chat.completions.create(**CHAT)
        assert info.value.status_code == status
        assert "message" in info.value.body
    up.status = 200
    assert client.chat.completions.create(**CHAT).choices


def test_fail_next_then_recover_with_retry_after(up: FakeUpstream):
    up.fail_next(2, status=503, retry_after=1.5)
    with httpx.Client(base_url=up.url) as http:
        first, second, third = (http.post("/chat/completions", json=CHAT) for _ in range(3))
    assert [first.status_code, second.status_code, third.status_code] == [503, 503, 200]
    assert first.headers["retry-after"] == "1.5"
    assert first.json()["error"]["type"] == "server_error"
    assert "retry-after" not in third.headers


def test_context_window_error(up: FakeUpstream, client: openai.OpenAI):
    up.context_window_error = True
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(**CHAT)
    assert info.value.code == "context_length_exceeded"
    assert "maximum context length is 8192 tokens" in info.value.message


def test_delay_holds_the_response(up: FakeUpstream):
    up.delay = 0.2
    start = time.perf_counter()
    assert httpx.post(f"{up.url}/chat/completions", json=CHAT).status_code == 200
    assert time.perf_counter() - start >= 0.2


def test_hang_never_answers_until_switched_off(up: FakeUpstream):
    up.hang = True
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{up.url}/chat/completions", json=CHAT, timeout=0.3)
    assert up.request_count == 1
    up.hang = False
    assert httpx.post(f"{up.url}/chat/completions", json=CHAT).status_code == 200


def test_break_stream_after_cuts_the_connection(up: FakeUpstream):
    up.break_stream_after = 3
    lines = []
    with pytest.raises(httpx.RemoteProtocolError):  # noqa: SIM117
        with httpx.stream("POST", f"{up.url}/chat/completions", json={**CHAT, "stream": True}) as r:
            assert r.status_code == 200
            lines.extend(line for line in r.iter_lines() if line)
    assert len(lines) == 3
    assert all(line.startswith("data: {") for line in lines)
    up.break_stream_after = None
    assert httpx.post(f"{up.url}/chat/completions", json=CHAT).status_code == 200


def test_chunk_delay_spaces_the_stream(up: FakeUpstream):
    up.stream_chunks = 5
    up.chunk_delay = 0.05
    start = time.perf_counter()
    r = httpx.post(f"{up.url}/chat/completions", json={**CHAT, "stream": True})
    assert time.perf_counter() - start >= 0.2  # 5 content chunks + [DONE]: 5 gaps
    assert r.text.endswith("data: [DONE]\n\n")


def test_reset_restores_defaults(up: FakeUpstream):
    up.status, up.hang, up.stream_chunks = 500, True, 3
    up.fail_next(5)
    up.reset()
    assert (up.status, up.hang, up.stream_chunks, up.request_count) == (200, False, 20, 0)
    assert httpx.post(f"{up.url}/chat/completions", json=CHAT).status_code == 200


# -- ways to run it ----------------------------------------------------------------------------


def test_context_manager_stops_listening():
    with FakeUpstream(stream_chunks=2) as up:
        port = up.port
        assert httpx.get(f"{up.url}/models").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/v1/models")


async def test_runs_on_the_callers_event_loop():
    async with FakeUpstream() as up, httpx.AsyncClient(base_url=up.url) as http:
        r = await http.post("/chat/completions", json=CHAT)
        assert r.json()["model"] == "m1"


def test_cli_serves_until_sigterm():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "bench.fake_upstream", "--port", str(port), "--stream-chunks", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert f"127.0.0.1:{port}/v1" in proc.stdout.readline()
        r = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=CHAT)
        assert r.json()["usage"]["completion_tokens"] == 2
    finally:
        proc.terminate()
        assert proc.wait(10) == 0
