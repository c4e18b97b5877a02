"""Bad input gets the right OpenAI-shaped error, and nothing the client sends picks an upstream."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import httpx
import pytest

from bench.fake_upstream import FakeUpstream
from lmops.gateway.app import create_app
from tests.conftest import MASTER_KEY, RunningGateway, basic_config, config_from, metric_value

AUTH = {"authorization": f"Bearer {MASTER_KEY}"}
CHAT = {"model": "chat-small", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def gateway(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> RunningGateway:
    return gateway_factory(basic_config(upstream, "  max_request_bytes: 4096"))


def post(
    gw: RunningGateway,
    body: object = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    path: str = "/v1/chat/completions",
) -> httpx.Response:
    return httpx.post(
        f"{gw.url}{path}",
        json=body if content is None else None,
        content=content,
        headers=AUTH if headers is None else headers,
        timeout=10,
    )


def assert_error(resp: httpx.Response, status: int, code: str | None = None) -> dict[str, object]:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    error = resp.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert isinstance(error["message"], str) and error["message"]
    assert "Traceback" not in resp.text
    if code is not None:
        assert error["code"] == code
    return error  # type: ignore[no-any-return]


def test_missing_and_wrong_key_are_401(gateway: RunningGateway) -> None:
    assert_error(post(gateway, CHAT, headers={}), 401, "invalid_api_key")
    assert_error(post(gateway, CHAT, headers={"authorization": "Bearer nope"}), 401)
    assert_error(post(gateway, CHAT, headers={"authorization": "Basic abc"}), 401)
    resp = httpx.get(f"{gateway.url}/v1/models")
    assert_error(resp, 401)


def test_the_key_may_come_in_x_api_key_or_api_key(gateway: RunningGateway) -> None:
    # What the Anthropic SDK (x-api-key) and the Azure OpenAI SDK (api-key) send.
    for name in ("x-api-key", "api-key"):
        assert post(gateway, CHAT, headers={name: MASTER_KEY}).status_code == 200
        assert_error(post(gateway, CHAT, headers={name: "nope"}), 401, "invalid_api_key")
        assert_error(post(gateway, CHAT, headers={name: ""}), 401, "invalid_api_key")
        models = httpx.get(f"{gateway.url}/v1/models", headers={name: MASTER_KEY})
        assert models.status_code == 200
    # An Authorization header decides when there is one: a wrong one is not rescued.
    wrong = {"authorization": "Bearer nope", "x-api-key": MASTER_KEY}
    assert_error(post(gateway, CHAT, headers=wrong), 401, "invalid_api_key")
    missing = assert_error(post(gateway, CHAT, headers={}), 401)
    assert "x-api-key" in missing["message"]


def test_malformed_json_and_wrong_types_are_400(gateway: RunningGateway) -> None:
    assert_error(post(gateway, content=b"{not json"), 400)
    assert_error(post(gateway, content=b"[1, 2]"), 400)
    assert_error(post(gateway, {"messages": []}), 400)
    error = assert_error(post(gateway, {"model": "chat-small", "messages": "hi"}), 400)
    assert error["param"] == "messages"
    assert_error(post(gateway, {**CHAT, "stream": "yes"}), 400)
    assert_error(post(gateway, {**CHAT, "n": "2"}), 400)
    assert_error(post(gateway, {**CHAT, "messages": ["hi"]}), 400)
    assert_error(post(gateway, {"model": "chat-small"}, path="/v1/embeddings"), 400)
    assert_error(post(gateway, {"model": "chat-small", "prompt": 3}, path="/v1/completions"), 400)


def test_unknown_model_is_404(gateway: RunningGateway) -> None:
    error = assert_error(post(gateway, {**CHAT, "model": "gpt-9"}), 404, "model_not_found")
    assert error["param"] == "model"


def test_body_over_limit_is_413(gateway: RunningGateway, upstream: FakeUpstream) -> None:
    big = {**CHAT, "messages": [{"role": "user", "content": "x" * 5000}]}
    assert_error(post(gateway, big), 413, "request_too_large")

    def chunked() -> object:
        yield b'{"model": "chat-small", "messages": [{"role": "user", "content": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}]}'

    resp = httpx.post(f"{gateway.url}/v1/chat/completions", content=chunked(), headers=AUTH)
    assert_error(resp, 413)
    assert upstream.request_count == 0


@pytest.mark.parametrize(
    "field",
    ["api_base", "base_url", "api_key", "api_version", "custom_llm_provider", "user_config"],
)
def test_upstream_location_or_credential_in_body_is_refused(
    gateway: RunningGateway, upstream: FakeUpstream, field: str
) -> None:
    error = assert_error(
        post(gateway, {**CHAT, field: "http://evil.example"}), 400, "forbidden_field"
    )
    assert error["param"] == field
    assert upstream.request_count == 0


def test_unknown_route_and_method(gateway: RunningGateway) -> None:
    assert_error(httpx.get(f"{gateway.url}/v1/nothing-here"), 404)
    assert_error(httpx.get(f"{gateway.url}/v1/chat/completions", headers=AUTH), 405)


def test_upstream_failure_after_retries_is_502(
    gateway: RunningGateway, upstream: FakeUpstream
) -> None:
    upstream.status = 500
    resp = post(gateway, CHAT)
    assert_error(resp, 502)
    assert upstream.request_count == 3  # the first attempt and two retries
    assert resp.headers["x-request-id"]


def test_metrics_name_deployments_not_their_upstream(
    gateway: RunningGateway, upstream: FakeUpstream
) -> None:
    upstream.status = 500  # errors, retries and a cooldown: every family labelled by deployment
    assert_error(post(gateway, CHAT), 502)
    for family in ("lmops_upstream_errors", "lmops_retries", "lmops_cooldowns"):
        assert metric_value(gateway.url, f"{family}_total", deployment="chat-small/0") > 0
    text = httpx.get(f"{gateway.url}/metrics").text
    address = urlsplit(upstream.url)
    assert address.netloc not in text and str(address.hostname) not in text


def test_upstream_client_error_keeps_its_status(
    gateway: RunningGateway, upstream: FakeUpstream
) -> None:
    upstream.status = 400
    assert_error(post(gateway, CHAT), 400)
    assert upstream.request_count == 1  # the client's fault: no retry


def test_upstream_429_is_passed_on_with_retry_after(
    gateway: RunningGateway, upstream: FakeUpstream
) -> None:
    upstream.status = 429
    upstream.retry_after = 60  # beyond the retry cap, so the client is told to wait
    resp = post(gateway, CHAT)
    assert_error(resp, 429)
    assert resp.headers["retry-after"] == "60"


def test_embeddings_ignore_a_stray_stream_flag(gateway: RunningGateway) -> None:
    resp = post(
        gateway, {"model": "chat-small", "input": "x", "stream": True}, path="/v1/embeddings"
    )
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json()["data"][0]["embedding"]


async def test_proxied_routes_answer_503_until_started(
    upstream: FakeUpstream, tmp_path: object
) -> None:
    config = config_from(basic_config(upstream), f"sqlite:///{tmp_path}/x.db")
    app = create_app(config)  # ASGITransport runs no lifespan: the gateway never starts
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        resp = await c.post("/v1/chat/completions", json=CHAT, headers=AUTH)
    assert_error(resp, 503, "not_ready")


def test_routing_errors_have_one_shape_on_every_surface(gateway: RunningGateway) -> None:
    """A 404 or 405 reads the same from the proxied routes, the gateway's others and admin."""
    for path in ("/v1/nowhere", "/admin/nowhere"):
        error = assert_error(httpx.get(f"{gateway.url}{path}", headers=AUTH), 404, "not_found")
        assert error["type"] == "invalid_request_error"
    wrong = httpx.get(f"{gateway.url}/v1/chat/completions", headers=AUTH)
    assert assert_error(wrong, 405, "method_not_allowed")["type"] == "invalid_request_error"


def test_a_405_says_which_methods_are_allowed(gateway: RunningGateway) -> None:
    posted = httpx.post(f"{gateway.url}/health/live", headers=AUTH)
    assert_error(posted, 405, "method_not_allowed")
    assert "GET" in posted.headers["allow"]
