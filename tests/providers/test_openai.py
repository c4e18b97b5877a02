from __future__ import annotations

import time
from email.utils import formatdate

import aiohttp
import orjson
import pytest
from aiohttp import web

from bench.fake_upstream import FakeUpstream
from lmops.config import Deployment
from lmops.errors import UpstreamError
from lmops.providers.base import UpstreamRequest, UpstreamResponse, create_provider
from lmops.providers.openai import _end_of_last_event, _take_usage
from tests.aiohttp_app import start_app

CHAT = {"model": "client-name", "messages": [{"role": "user", "content": "hi"}], "x_vendor": 1}


async def test_body_forwarded_with_only_the_model_replaced(upstream: FakeUpstream) -> None:
    d = Deployment(
        name="g",
        provider="openai",
        api_base=upstream.url,
        model="up",
        api_key="sk-k",
        headers={"OpenAI-Organization": "org-1"},
    )  # type: ignore[arg-type]
    async with aiohttp.ClientSession() as http:
        response = await create_provider(d, http).send(UpstreamRequest("chat", CHAT, False, "r"))
    assert response.body is not None and orjson.loads(response.body)["model"] == "up"
    sent = upstream.last_request
    assert sent is not None
    assert sent.json == {**CHAT, "model": "up"}
    assert CHAT["model"] == "client-name"  # the client's body is not mutated
    assert sent.headers["authorization"] == "Bearer sk-k"
    assert sent.headers["openai-organization"] == "org-1"


async def test_azure_deployment_path_version_and_header(upstream: FakeUpstream) -> None:
    base = upstream.url.removesuffix("/v1")
    d = Deployment(
        name="g",
        provider="openai",
        api_base=base,
        model="my-gpt",
        api_version="2024-10-21",
        api_key="az-key",
    )  # type: ignore[arg-type]
    async with aiohttp.ClientSession() as http:
        with pytest.raises(UpstreamError) as err:  # the fake serves only OpenAI paths
            await create_provider(d, http).send(UpstreamRequest("chat", CHAT, False, "r"))
    assert err.value.status == 404
    sent = upstream.last_request
    assert sent is not None
    assert sent.path == "/openai/deployments/my-gpt/chat/completions"
    assert sent.query == "api-version=2024-10-21"
    assert sent.headers["api-key"] == "az-key" and "authorization" not in sent.headers


async def test_connection_refused_is_retryable() -> None:
    d = Deployment(name="g", provider="openai", api_base="http://127.0.0.1:9/v1")
    async with aiohttp.ClientSession() as http:
        with pytest.raises(UpstreamError) as err:
            await create_provider(d, http).send(UpstreamRequest("chat", CHAT, False, "r"))
    assert err.value.kind == "connection_error" and err.value.retryable


async def stream(d: Deployment, body: dict[str, object]) -> tuple[list[bytes], UpstreamResponse]:
    async with aiohttp.ClientSession() as http:
        response = await create_provider(d, http).send(UpstreamRequest("chat", body, True, "r"))
        assert response.chunks is not None
        return [chunk async for chunk in response.chunks], response


def events(chunks: list[bytes]) -> list[dict[str, object]]:
    raw = b"".join(chunks)
    assert raw.endswith(b"data: [DONE]\n\n")
    return [orjson.loads(e[len(b"data: ") :]) for e in raw.split(b"\n\n")[:-2]]


async def test_stream_usage_is_asked_for_and_kept_out_of_the_clients_stream(
    upstream: FakeUpstream,
) -> None:
    d = Deployment(name="g", provider="openai", api_base=upstream.url)
    chunks, response = await stream(d, {**CHAT, "stream": True})
    sent = upstream.last_request
    assert sent is not None and sent.json["stream_options"] == {"include_usage": True}
    assert all(e["choices"] for e in events(chunks))  # no usage-only chunk reached the client
    assert len(events(chunks)) == upstream.stream_chunks
    assert response.usage is not None
    assert response.usage["completion_tokens"] == upstream.stream_chunks


async def test_stream_usage_asked_by_the_client_passes_through(upstream: FakeUpstream) -> None:
    d = Deployment(name="g", provider="openai", api_base=upstream.url)
    body = {**CHAT, "stream": True, "stream_options": {"include_usage": True}}
    chunks, response = await stream(d, body)
    assert events(chunks)[-1]["choices"] == []
    assert response.usage is None  # the gateway reads it from the stream itself


async def test_stream_usage_can_be_turned_off(upstream: FakeUpstream) -> None:
    d = Deployment(name="g", provider="openai", api_base=upstream.url, stream_usage=False)
    await stream(d, {**CHAT, "stream": True})
    assert upstream.last_request is not None
    assert "stream_options" not in upstream.last_request.json


def test_usage_event_is_found_across_read_boundaries() -> None:
    usage = b'data: {"id":"x","choices":[],"usage":{"total_tokens":3}}\n\n'
    content = b'data: {"id":"x","choices":[{"delta":{"content":"hi"}}]}\n\n'
    stream_bytes = content + usage + b"data: [DONE]\n\n"
    for split in range(1, len(stream_bytes)):
        response = UpstreamResponse()
        out, pending = [], b""
        for piece in (stream_bytes[:split], stream_bytes[split:]):
            pending += piece
            cut = _end_of_last_event(pending)
            if cut:
                ready, pending = pending[:cut], pending[cut:]
                out.append(_take_usage(ready, response))
        assert b"".join(out) + pending == content + b"data: [DONE]\n\n", split
        assert response.usage == {"total_tokens": 3}


async def serve_once(
    status: int, body: object, headers: dict[str, str] | None = None
) -> tuple[web.AppRunner, str, list[web.Request]]:
    seen: list[web.Request] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(request)
        return web.json_response(body, status=status, headers=headers)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner, url = await start_app(app)
    return runner, f"{url}/v1", seen


async def fail_with(
    status: int, body: object, headers: dict[str, str] | None = None, **deployment: object
) -> tuple[UpstreamError, list[web.Request]]:
    runner, url, seen = await serve_once(status, body, headers)
    try:
        d = Deployment(name="g", provider="openai", api_base=url, **deployment)  # type: ignore[arg-type]
        async with aiohttp.ClientSession() as http:
            with pytest.raises(UpstreamError) as err:
                await create_provider(d, http).send(UpstreamRequest("chat", CHAT, False, "r"))
    finally:
        await runner.cleanup()
    return err.value, seen


async def test_an_upstream_echoing_the_key_never_shows_it_and_is_no_401() -> None:
    key = "sk-upstream-echoed-0123456789"
    body = {"error": {"message": f"Incorrect API key provided: {key}."}}
    error, _ = await fail_with(401, body, api_key=key, headers={"x-org": "org-secret-42"})
    assert key not in error.message and "[redacted]" in error.message
    assert error.status == 502 and error.kind == "upstream_auth_error" and not error.retryable
    assert "127.0.0.1" not in error.message  # no internal address either


async def test_redirects_are_not_followed() -> None:
    error, seen = await fail_with(
        307,
        {},
        {"location": "http://127.0.0.1:9/steal"},
        api_key="az-key",
        api_version="2024-10-21",
    )
    assert error.kind == "upstream_redirect" and error.status == 502
    assert len(seen) == 1


@pytest.mark.parametrize("value", ["1e400", "inf", "nan", "-3", "soon"])
async def test_absurd_retry_after_is_ignored(value: str) -> None:
    error, _ = await fail_with(429, {"error": {"message": "slow down"}}, {"retry-after": value})
    assert error.status == 429 and error.retryable and error.retry_after is None


async def test_malformed_json_body_is_a_retryable_upstream_error(upstream: FakeUpstream) -> None:
    runner, url, _ = await serve_once(200, "not an object")
    try:
        d = Deployment(name="g", provider="anthropic", api_base=url.removesuffix("/v1"))
        async with aiohttp.ClientSession() as http:
            with pytest.raises(UpstreamError) as err:
                await create_provider(d, http).send(UpstreamRequest("chat", CHAT, False, "r"))
    finally:
        await runner.cleanup()
    assert err.value.kind == "malformed_response" and err.value.retryable


async def test_retry_after_as_an_http_date() -> None:
    when = formatdate(time.time() + 30, usegmt=True)
    error, _ = await fail_with(503, {"error": {"message": "busy"}}, {"retry-after": when})
    assert error.retry_after is not None and 25 <= error.retry_after <= 31


def test_usage_event_is_taken_from_crlf_framed_streams_too() -> None:
    content = b'data: {"choices":[{"delta":{"content":"hi"}}]}\r\n\r\n'
    usage = b'data: {"choices":[],"usage":{"total_tokens":3}}\r\n\r\n'
    done = b"data: [DONE]\r\n\r\n"
    response = UpstreamResponse()
    ready = content + usage + done
    assert _end_of_last_event(ready) == len(ready)
    assert _take_usage(ready, response) == content + done
    assert response.usage == {"total_tokens": 3}


def test_a_usage_event_of_the_wrong_shape_is_left_alone() -> None:
    odd = b'data: {"choices":[],"usage":"lots"}\n\n'
    response = UpstreamResponse()
    assert _take_usage(odd, response) == odd
    assert response.usage is None
