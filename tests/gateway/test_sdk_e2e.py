"""The Python SDK against a real gateway: a prompt pushed through the admin API, fetched and
rendered by ``lmops.Client``, sent with the OpenAI SDK, rated through feedback, and still served
once the gateway is gone."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import openai
import pytest

import lmops
from bench.fake_upstream import FakeUpstream
from lmops.client import ClientError, PromptNotFound
from tests.conftest import RunningGateway, basic_config
from tests.gateway.conftest import Api

TTL = 60.0
MESSAGES = [
    {"role": "system", "content": "You are a support agent for {{ product }}."},
    {"role": "user", "content": "{{ question }}"},
]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def api(gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream) -> Iterator[Api]:
    with httpx.Client(timeout=30) as http:
        yield Api(http, gateway_factory(basic_config(upstream)))


def test_sdk_against_a_gateway(api: Api, upstream: FakeUpstream) -> None:
    config = {"model": "chat-small", "temperature": 0.2, "max_tokens": 40}
    pushed = api.admin(
        "/prompts",
        name="support-reply",
        type="chat",
        messages=MESSAGES,
        config=config,
        label="production",
    )
    assert pushed["version"] == 1
    key = api.key(name="support-app")
    clock = Clock()
    sdk = lmops.Client(api.gw.base_url, key, cache_ttl=TTL, clock=clock)

    prompt = sdk.prompts.get("support-reply", label="production")
    assert (prompt.version, prompt.type, prompt.config) == (1, "chat", config)
    assert prompt.variables == ("product", "question") and "production" in prompt.labels
    rendered = [
        {"role": "system", "content": "You are a support agent for lmops."},
        {"role": "user", "content": "How do I roll back?"},
    ]
    assert prompt.render(product="lmops", question="How do I roll back?") == rendered

    openai_client = openai.OpenAI(base_url=api.gw.base_url, api_key=key, max_retries=0)
    raw = openai_client.chat.completions.with_raw_response.create(
        **prompt.to_openai(product="lmops", question="How do I roll back?")
    )
    assert raw.parse().choices[0].message.content
    sent = upstream.last_request
    assert sent is not None and sent.json is not None
    assert sent.json["messages"] == rendered
    assert (sent.json["temperature"], sent.json["max_tokens"]) == (0.2, 40)

    request_id = raw.headers["x-request-id"]
    stored = sdk.feedback(request_id, score=0.9, comment="solved it")
    assert stored["object"] == "feedback" and stored["request_id"] == request_id
    assert stored["score"] == 0.9
    with pytest.raises(ClientError) as bad:
        sdk.feedback(request_id, score=7)
    assert (bad.value.status, bad.value.param) == (400, "score")
    with pytest.raises(PromptNotFound, match="support-replies"):
        sdk.prompts.get("support-replies", fallback="Hello")
    # A key limited to other prompts gets a 403, not a fallback: a configuration bug surfaces.
    limited = api.key(name="other-app", prompts=["billing-*"])
    with lmops.Client(api.gw.url, limited) as other, pytest.raises(ClientError) as forbidden:
        other.prompts.get("support-reply", fallback="Hello")
    assert (forbidden.value.status, forbidden.value.code) == (403, "prompt_not_allowed")

    # The gateway goes away: the SDK keeps serving the last good version past its TTL, and a
    # cold start elsewhere gets its fallback.
    api.gw.stop()
    clock.now += TTL
    assert sdk.prompts.get("support-reply", label="production") is prompt
    cold = lmops.Client(api.gw.base_url, key, timeout=2.0)
    fallback = cold.prompts.get("support-reply", fallback=MESSAGES)
    assert fallback.is_fallback and fallback.version is None
    assert fallback.render(product="lmops", question="How do I roll back?") == rendered
    sdk.close()
    cold.close()
