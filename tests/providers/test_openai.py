from __future__ import annotations

import aiohttp
import orjson
import pytest

from bench.fake_upstream import FakeUpstream
from lmops.config import Deployment
from lmops.errors import UpstreamError
from lmops.providers.base import UpstreamRequest, create_provider

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
