from __future__ import annotations

from typing import Any

import aiohttp
import orjson
import pytest

from lmops.config import Deployment, MockOptions
from lmops.errors import UpstreamError
from lmops.providers.base import UpstreamRequest, create_provider

CHAT = {"model": "m", "messages": [{"role": "user", "content": "repeat after me"}]}


async def send(
    options: dict[str, Any],
    body: dict[str, Any] = CHAT,
    *,
    stream: bool = False,
    endpoint: str = "chat",
) -> Any:
    deployment = Deployment(
        name="m", provider="mock", mock=MockOptions(**options), timeout={"first_byte": 0.01}
    )  # type: ignore[arg-type]
    async with aiohttp.ClientSession() as http:
        provider = create_provider(deployment, http)
        response = await provider.send(
            UpstreamRequest(endpoint, body, stream, "rid")  # type: ignore[arg-type]
        )
        if response.chunks is not None:
            return [chunk async for chunk in response.chunks]
        assert response.body is not None
        return orjson.loads(response.body)


async def test_fixed_and_echoed_content_with_usage() -> None:
    fixed = await send({"content": "hello there", "prompt_tokens": 7, "completion_tokens": 3})
    assert fixed["choices"][0]["message"]["content"] == "hello there"
    assert fixed["usage"] == {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}
    echoed = await send({"echo": True})
    assert echoed["choices"][0]["message"]["content"] == "repeat after me"
    assert echoed["usage"]["completion_tokens"] == 3


async def test_stream_chunk_count_usage_and_done() -> None:
    body = {**CHAT, "stream": True, "stream_options": {"include_usage": True}}
    chunks = await send({"content": "abcdefghij", "stream_chunks": 5}, body, stream=True)
    assert len(chunks) == 5 + 2  # content chunks, usage chunk, [DONE]
    events = [orjson.loads(c[len(b"data: ") :]) for c in chunks[:-1]]
    assert "".join(e["choices"][0]["delta"]["content"] for e in events[:5]) == "abcdefghij"
    assert events[0]["choices"][0]["delta"]["role"] == "assistant"
    assert events[4]["choices"][0]["finish_reason"] == "stop"
    assert events[5]["choices"] == [] and events[5]["usage"]["completion_tokens"] == 1
    assert chunks[-1] == b"data: [DONE]\n\n"


async def test_completions_and_embeddings_are_deterministic() -> None:
    text = await send({"echo": True}, {"model": "m", "prompt": "say this"}, endpoint="completions")
    assert text["object"] == "text_completion" and text["choices"][0]["text"] == "say this"
    body = {"model": "m", "input": ["a", "b", "a"]}
    first = await send({"embedding_dim": 8}, body, endpoint="embeddings")
    again = await send({"embedding_dim": 8}, body, endpoint="embeddings")
    vectors = [d["embedding"] for d in first["data"]]
    assert len(vectors[0]) == 8 and vectors[0] == vectors[2] != vectors[1]
    assert vectors == [d["embedding"] for d in again["data"]]


async def test_error_injection_status_and_rate() -> None:
    with pytest.raises(UpstreamError) as err:
        await send({"error_rate": 1.0, "error_status": 429})
    assert err.value.status == 429 and err.value.retryable and err.value.kind == "rate_limited"
    with pytest.raises(UpstreamError) as err:
        await send({"error_rate": 1.0, "error_status": 503})
    assert err.value.status == 502 and err.value.retryable

    outcomes = []
    deployment = Deployment(name="m", provider="mock", mock=MockOptions(error_rate=0.5, seed=1))
    async with aiohttp.ClientSession() as http:
        provider = create_provider(deployment, http)
        for _ in range(200):
            try:
                await provider.send(UpstreamRequest("chat", CHAT, False, "r"))
                outcomes.append(True)
            except UpstreamError:
                outcomes.append(False)
    assert 70 < outcomes.count(False) < 130


async def test_timeout_injection() -> None:
    with pytest.raises(UpstreamError) as err:
        await send({"timeout_rate": 1.0})
    assert err.value.kind == "timeout" and err.value.status == 504 and err.value.retryable
