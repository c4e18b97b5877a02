"""The eval callers: a config's model groups in-process (mock provider, no network), a running
gateway over HTTP (served by the tests on a loopback port), and the dispatch between them."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from bench.fake_upstream import FakeUpstream
from lmops.config import Config, parse_config
from lmops.evals.calls import CallError
from lmops.evals.suite import Target
from lmops.evals.targets import GatewayCaller, InProcessCaller, TargetCaller, is_retryable
from tests.conftest import MASTER_KEY, UPSTREAM_KEY, RunningGateway, config_from

HELLO = [{"role": "user", "content": "hello there"}]

MODELS = """
models:
  - name: mock
    provider: mock
    mock: {echo: true}
  - name: priced
    provider: mock
    input_cost_per_token: 0.001
    output_cost_per_token: 0.002
    mock: {content: "four words of answer", prompt_tokens: 10, completion_tokens: 4}
  - name: broken
    provider: mock
    mock: {error_rate: 1.0, error_status: 503}
  - name: refusing
    provider: mock
    mock: {error_rate: 1.0, error_status: 400, error_message: "no thanks"}
  - name: bad-key
    provider: mock
    mock: {error_rate: 1.0, error_status: 401}
  - name: emb
    provider: mock
    mock: {embedding_dim: 8}
router:
  retries: {attempts: 0}
"""
CONFIG = f"""{MODELS}
settings: {{auth: none}}
"""
GATEWAY = f"""{MODELS}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
"""


def _config(text: str = CONFIG) -> Config:
    return parse_config(text, environ={})


def _ticks(step: float) -> Callable[[], float]:
    """A clock that moves ``step`` seconds per reading."""
    now = [0.0]

    def clock() -> float:
        now[0] += step
        return now[0]

    return clock


@pytest.fixture
async def local() -> AsyncIterator[InProcessCaller]:
    caller = InProcessCaller(_config(), clock=_ticks(0.25))
    yield caller
    await caller.aclose()


@pytest.fixture
def gateway(gateway_factory: Callable[..., RunningGateway]) -> RunningGateway:
    return gateway_factory(GATEWAY)


@pytest.fixture
async def remote() -> AsyncIterator[GatewayCaller]:
    caller = GatewayCaller(timeout=10, clock=_ticks(0.5))
    yield caller
    await caller.aclose()


def _on(gw: RunningGateway, model: str, key: str | None = MASTER_KEY) -> Target:
    return Target(f"{model}@gw", model, gw.url, key)


# --- in-process ----------------------------------------------------------------------------


async def test_in_process_answers_through_the_router(local: InProcessCaller) -> None:
    answer = await local.complete(Target("m", "mock"), HELLO, {"temperature": 0})
    assert answer.text == "hello there"
    assert answer.latency_ms == 250.0  # one tick of the injected clock
    assert answer.prompt_tokens is not None and answer.prompt_tokens > 0
    assert answer.completion_tokens == 2
    assert answer.cost_usd == 0.0  # a mock deployment without prices is free


async def test_in_process_cost_from_the_configured_prices(local: InProcessCaller) -> None:
    answer = await local.complete(Target("p", "priced"), HELLO, {})
    assert answer.text == "four words of answer"
    assert (answer.prompt_tokens, answer.completion_tokens) == (10, 4)
    assert answer.cost_usd == pytest.approx(10 * 0.001 + 4 * 0.002)


async def test_params_reach_the_provider_and_the_target_decides_the_model(
    local: InProcessCaller,
) -> None:
    params = {"response_format": {"type": "json_object"}, "model": "priced", "stream": True}
    answer = await local.complete(Target("m", "mock"), HELLO, params)
    assert isinstance(json.loads(answer.text), dict)  # JSON mode honoured, not streamed


async def test_a_location_or_key_in_params_is_refused(local: InProcessCaller) -> None:
    with pytest.raises(CallError) as info:
        await local.complete(Target("m", "mock"), HELLO, {"api_base": "http://evil.example"})
    assert not info.value.retryable
    assert "'api_base' is not allowed" in info.value.message


async def test_a_bad_parameter_is_a_final_400(local: InProcessCaller) -> None:
    with pytest.raises(CallError) as info:
        await local.complete(Target("m", "mock"), HELLO, {"temperature": 7})
    assert (info.value.status, info.value.retryable) == (400, False)
    assert "temperature" in info.value.message


async def test_an_unknown_group_is_final_and_lists_the_known(local: InProcessCaller) -> None:
    with pytest.raises(CallError) as info:
        await local.complete(Target("x", "nope"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (404, False)
    assert "known: bad-key, broken, emb, mock, priced, refusing" in info.value.message


async def test_upstream_5xx_is_retryable_and_4xx_final(local: InProcessCaller) -> None:
    with pytest.raises(CallError) as info:
        await local.complete(Target("b", "broken"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (
        502,
        True,
    )  # an upstream 5xx is the gateway's 502
    with pytest.raises(CallError) as info:
        await local.complete(Target("r", "refusing"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (400, False)
    assert "no thanks" in info.value.message
    with pytest.raises(CallError) as info:  # the upstream refused the config's own key
        await local.complete(Target("k", "bad-key"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (502, False)


async def test_the_config_router_falls_back_as_the_gateway_does() -> None:
    caller = InProcessCaller(
        _config(f"{MODELS}  fallbacks: {{broken: [priced]}}\nsettings: {{auth: none}}\n")
    )
    try:
        answers = await asyncio.gather(
            *(caller.complete(Target("b", "broken"), HELLO, {}) for _ in range(10))
        )
    finally:
        await caller.aclose()
    assert {a.text for a in answers} == {"four words of answer"}
    assert [a.cost_usd for a in answers] == pytest.approx([10 * 0.001 + 4 * 0.002] * 10)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    assert is_retryable(status)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
def test_final_statuses(status: int) -> None:
    assert not is_retryable(status)


UPSTREAM = """
models:
  - name: chat
    provider: openai
    api_base: {url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: gpt-4o-mini
    timeout: {{first_byte: 0.3}}
router: {{retries: {{attempts: 0}}}}
settings: {{auth: none}}
"""


@pytest.fixture
async def upstream_caller(upstream: FakeUpstream) -> AsyncIterator[InProcessCaller]:
    config = config_from(UPSTREAM.format(url=upstream.url), "sqlite://")
    caller = InProcessCaller(config)
    yield caller
    await caller.aclose()


async def test_in_process_over_a_real_provider_priced_from_the_catalog(
    upstream: FakeUpstream, upstream_caller: InProcessCaller
) -> None:
    upstream.usage = {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100}
    answer = await upstream_caller.complete(Target("c", "chat"), HELLO, {"temperature": 0.5})
    assert answer.text.startswith("Hello from the fake upstream")
    assert answer.cost_usd == pytest.approx(1000 * 1.5e-7 + 100 * 6e-7)  # gpt-4o-mini's prices
    sent = upstream.requests[-1]
    assert sent.json["model"] == "gpt-4o-mini" and sent.json["temperature"] == 0.5
    assert sent.headers["authorization"] == f"Bearer {UPSTREAM_KEY}"


async def test_in_process_upstream_429_and_timeout_are_retryable(
    upstream: FakeUpstream, upstream_caller: InProcessCaller
) -> None:
    upstream.status = 429
    with pytest.raises(CallError) as info:
        await upstream_caller.complete(Target("c", "chat"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (429, True)
    upstream.status, upstream.hang = 200, True
    with pytest.raises(CallError) as info:
        await upstream_caller.complete(Target("c", "chat"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (504, True)
    assert "timed out" in info.value.message and UPSTREAM_KEY not in info.value.message


async def test_in_process_embeddings_one_vector_per_text(local: InProcessCaller) -> None:
    vectors = await local.embed(Target("e", "emb"), ["a", "b c", "a"])
    assert [len(v) for v in vectors] == [8, 8, 8]
    assert vectors[0] == vectors[2] != vectors[1]
    assert await local.embed(Target("e", "emb"), []) == []


async def test_a_deployment_its_provider_cannot_serve_is_final() -> None:
    config = _config("models: [{name: m, provider: openai}]\nsettings: {auth: none}")
    caller = InProcessCaller(config)
    with pytest.raises(CallError) as info:
        await caller.complete(Target("m", "m"), HELLO, {})
    assert not info.value.retryable and "needs api_base" in info.value.message
    await caller.aclose()


# --- a running gateway ---------------------------------------------------------------------


async def test_gateway_answers_with_tokens(gateway: RunningGateway, remote: GatewayCaller) -> None:
    answer = await remote.complete(_on(gateway, "mock"), HELLO, {"max_tokens": 5})
    assert answer.text == "hello there"
    assert answer.latency_ms == 500.0
    assert answer.completion_tokens == 2
    assert answer.cost_usd is None  # the public catalog does not price a mock


async def test_gateway_accepts_a_v1_base_url(
    gateway: RunningGateway, remote: GatewayCaller
) -> None:
    target = Target("t", "priced", f"{gateway.url}/v1/", MASTER_KEY)
    assert (await remote.complete(target, HELLO, {})).text == "four words of answer"


async def test_gateway_wrong_key_is_a_final_401_that_hides_the_key(
    gateway: RunningGateway, remote: GatewayCaller
) -> None:
    secret = "sk-wrong-key-0123456789"
    with pytest.raises(CallError) as info:
        await remote.complete(_on(gateway, "mock", secret), HELLO, {})
    assert (info.value.status, info.value.retryable) == (401, False)
    assert secret not in str(info.value)
    with pytest.raises(CallError) as info:
        await remote.complete(_on(gateway, "mock", None), HELLO, {})
    assert info.value.status == 401


async def test_gateway_5xx_is_retryable(gateway: RunningGateway, remote: GatewayCaller) -> None:
    with pytest.raises(CallError) as info:
        await remote.complete(_on(gateway, "broken"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (
        502,
        True,
    )  # an upstream 5xx is the gateway's 502
    assert "mock provider injected error" in info.value.message


async def test_gateway_upstream_key_refused_is_final(
    gateway: RunningGateway, remote: GatewayCaller
) -> None:
    with pytest.raises(CallError) as info:
        await remote.complete(_on(gateway, "bad-key"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (502, False)


async def test_gateway_cost_from_the_catalog_and_429_retryable(
    upstream: FakeUpstream, gateway_factory: Callable[..., RunningGateway], remote: GatewayCaller
) -> None:
    gw = gateway_factory(
        UPSTREAM.format(url=upstream.url).replace(
            "settings: {auth: none}",
            "settings: {master_key: '${LMOPS_MASTER_KEY}', database_url: '${DB_URL}'}",
        )
    )
    upstream.usage = {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100}
    target = Target("t", "chat", gw.url, MASTER_KEY)
    answer = await remote.complete(target, HELLO, {"model": "ignored"})
    assert upstream.requests[-1].json["model"] == "gpt-4o-mini"
    # The answer names gpt-4o-mini: priced at the public catalog's prices.
    assert answer.cost_usd == pytest.approx(1000 * 1.5e-7 + 100 * 6e-7)
    upstream.status = 429
    with pytest.raises(CallError) as info:
        await remote.complete(target, HELLO, {})
    assert (info.value.status, info.value.retryable) == (429, True)


async def test_gateway_4xx_is_final(gateway: RunningGateway, remote: GatewayCaller) -> None:
    with pytest.raises(CallError) as info:
        await remote.complete(_on(gateway, "nope"), HELLO, {})
    assert (info.value.status, info.value.retryable) == (404, False)


@pytest.fixture
def closed_port() -> Iterator[int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now: connecting is refused
    yield port


async def test_an_unreachable_gateway_is_retryable(closed_port: int, remote: GatewayCaller) -> None:
    target = Target("t", "mock", f"http://127.0.0.1:{closed_port}", MASTER_KEY)
    with pytest.raises(CallError) as info:
        await remote.complete(target, HELLO, {})
    assert info.value.retryable and info.value.status is None
    assert "could not reach the gateway" in info.value.message
    assert MASTER_KEY not in str(info.value)


async def test_a_silent_gateway_times_out_retryably() -> None:
    with socket.socket() as listening:  # accepts connections (the backlog), never answers
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        port = listening.getsockname()[1]
        caller = GatewayCaller(timeout=0.2)
        target = Target("t", "mock", f"http://127.0.0.1:{port}", MASTER_KEY)
        with pytest.raises(CallError) as info:
            await caller.complete(target, HELLO, {})
        await caller.aclose()
    assert info.value.retryable and "timed out" in info.value.message


async def test_gateway_embeddings(gateway: RunningGateway, remote: GatewayCaller) -> None:
    vectors = await remote.embed(_on(gateway, "emb"), ["x", "y"])
    assert [len(v) for v in vectors] == [8, 8]


# --- dispatch ------------------------------------------------------------------------------


async def test_target_caller_dispatches_on_the_gateway(gateway: RunningGateway) -> None:
    caller = TargetCaller(_config())
    try:
        local = await caller.complete(Target("l", "priced"), HELLO, {})
        remote = await caller.complete(_on(gateway, "mock"), HELLO, {})
    finally:
        await caller.aclose()
    assert local.cost_usd is not None and local.cost_usd > 0  # priced: it ran in-process
    assert remote.text == "hello there"


async def test_target_caller_without_config_calls_only_gateways(gateway: RunningGateway) -> None:
    caller = TargetCaller(None)
    try:
        with pytest.raises(ValueError, match="'l' is a model group of the config"):
            caller.check([_on(gateway, "mock"), Target("l", "mock")])
        with pytest.raises(CallError) as info:
            await caller.complete(Target("l", "mock"), HELLO, {})
        assert not info.value.retryable
        assert (await caller.complete(_on(gateway, "mock"), HELLO, {})).text == "hello there"
    finally:
        await caller.aclose()


def test_check_names_a_group_the_config_lacks() -> None:
    caller = TargetCaller(_config())
    caller.check([Target("m", "mock"), Target("g", "anything", "http://127.0.0.1:1")])
    with pytest.raises(ValueError, match="'x': no model group 'nope'"):
        caller.check([Target("x", "nope")])
