"""Rate limits end to end: per key, team, model group and deployment, in memory and in Redis."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from bench.fake_upstream import FakeUpstream
from lmops.catalog.tokens import estimate_prompt_tokens
from tests.conftest import MASTER_KEY, RunningGateway, metric_value, wait_for
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.gateway.conftest import CHAT_MESSAGES, Api, State

MSG = CHAT_MESSAGES  # what Api.chat sends
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


def config(up: FakeUpstream, up2: FakeUpstream, settings: str = "", top: str = "") -> str:
    """chat-small and mock, and "pool": a cheap deployment on ``up``, a dear one on ``up2``."""
    extra = "".join(f"\n  {line}" for line in settings.splitlines())
    return f"""
models:
  - name: chat-small
    provider: openai
    api_base: {up.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
  - name: mock
    provider: mock
  - name: pool
    provider: openai
    api_base: {up.url}
    api_key: ${{UPSTREAM_API_KEY}}
    input_cost_per_token: 0.000001
    output_cost_per_token: 0.000001
    rpm: 2
  - name: pool
    provider: openai
    api_base: {up2.url}
    api_key: ${{UPSTREAM_API_KEY}}
    input_cost_per_token: 0.000002
    output_cost_per_token: 0.000002
    rpm: 1
  - name: tpm-pool
    provider: openai
    api_base: {up.url}
    api_key: ${{UPSTREAM_API_KEY}}
    tpm: 1000
router:
  strategy: lowest-cost
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05{extra}
{top}
"""


@pytest.fixture
def launch(
    tmp_path: Path,
    http: httpx.Client,
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
    upstream2: FakeUpstream,
) -> Callable[..., Api]:
    def start(settings: str = "", top: str = "", **env: str) -> Api:
        yaml_text = config(upstream, upstream2, settings, top)
        return Api(http, gateway_factory(yaml_text, DB_URL=f"sqlite:///{tmp_path}/l.db", **env))

    return start


def refused(r: httpx.Response, code: str = "rate_limit_exceeded") -> str:
    """Assert a 429 of ``code`` with a usable Retry-After; returns the error message."""
    assert r.status_code == 429, r.text
    error = r.json()["error"]
    assert error["code"] == code
    assert int(r.headers["retry-after"]) >= 1
    message: str = error["message"]
    return message


def seconds(duration: str) -> float:
    """OpenAI's reset form (``250ms``, ``59s``, ``1m0s``) in seconds."""
    match = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?", duration)
    assert match and duration, duration
    h, m, s, ms = (int(g or 0) for g in match.groups())
    return h * 3600 + m * 60 + s + ms / 1000


# -- per key ---------------------------------------------------------------------------------


def test_rpm_per_key_is_exact_and_counted_down_in_headers(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream
) -> None:
    api = launch(state.settings, **state.env)
    limited, free = api.key(rpm=3), api.key(name="free")
    for remaining in (2, 1, 0):
        r = api.chat(limited)
        assert r.status_code == 200, r.text
        assert r.headers["x-ratelimit-limit-requests"] == "3"
        assert r.headers["x-ratelimit-remaining-requests"] == str(remaining)
        assert 0 < seconds(r.headers["x-ratelimit-reset-requests"]) <= 60
        assert "x-ratelimit-limit-tokens" not in r.headers  # no tpm: no token headers
    over = api.chat(limited)
    assert "requests per minute" in refused(over)
    assert int(over.headers["retry-after"]) <= 60
    assert over.headers["x-ratelimit-remaining-requests"] == "0"
    assert upstream.request_count == 3  # the refusal never reached the upstream
    unlimited = api.chat(free)
    assert unlimited.status_code == 200
    assert not any(h.startswith("x-ratelimit-") for h in unlimited.headers)


def test_tpm_reserves_prompt_and_max_tokens_then_settles_to_real_usage(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream
) -> None:
    api = launch(state.settings, **state.env)
    key = api.key(tpm=5000)
    upstream.usage = {"prompt_tokens": 30, "completion_tokens": 20, "total_tokens": 50}
    estimate = estimate_prompt_tokens("chat", {"model": "chat-small", "messages": MSG})

    def remaining_tokens() -> int:
        # Larger than the whole tpm: always refused, and a refusal reserves nothing.
        probe = api.chat(key, max_tokens=10**6)
        assert probe.status_code == 429
        return int(probe.headers["x-ratelimit-remaining-tokens"])

    assert remaining_tokens() == 5000
    first = api.chat(key, max_tokens=1000)
    assert first.status_code == 200
    assert first.headers["x-ratelimit-limit-tokens"] == "5000"
    assert int(first.headers["x-ratelimit-remaining-tokens"]) == 5000 - (estimate + 1000)
    # Settlement gives back what the answer did not use: 50 tokens stay counted, not 1000+.
    wait_for(lambda: remaining_tokens() == 5000 - 50, "the reservation to settle")

    too_big = api.chat(key, max_tokens=5000 - 50 - estimate + 1)
    assert "tokens per minute" in refused(too_big)
    exact = api.chat(key, max_tokens=5000 - 50 - estimate)
    assert exact.status_code == 200, exact.text
    assert exact.headers["x-ratelimit-remaining-tokens"] == "0"
    assert upstream.request_count == 2


def test_max_parallel_per_key(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream
) -> None:
    api = launch(state.settings, **state.env)
    key = api.key(max_parallel=2)
    upstream.delay = 1.0  # long enough to be sure both are still in flight below
    with ThreadPoolExecutor(2) as pool:
        running = [pool.submit(api.chat, key) for _ in range(2)]
        wait_for(lambda: upstream.request_count == 2, "two requests in flight")
        upstream.delay = 0.0  # read on arrival: the two in flight keep their delay
        third = api.chat(key)
        assert "parallel requests" in refused(third)
        assert [f.result().status_code for f in running] == [200, 200]
    assert upstream.request_count == 2
    # Their leases are released when they are settled, just after they answered.
    wait_for(lambda: api.chat(key).status_code == 200, "a free slot")
    with ThreadPoolExecutor(2) as pool:
        assert [r.status_code for r in pool.map(lambda _: api.chat(key), range(2))] == [200, 200]


# -- shared limits -------------------------------------------------------------------------------


def test_team_limits_apply_across_its_keys(launch: Callable[..., Api], state: State) -> None:
    api = launch(state.settings, **state.env)
    team = api.admin("/teams", name="t", rpm=3)
    a = api.key(name="a", team=team["id"])
    b = api.key(name="b", team=team["id"], rpm=100)
    outsider = api.key(name="outsider", rpm=100)
    statuses = [api.chat(secret).status_code for secret in (a, b, a)]
    assert statuses == [200, 200, 200]
    for secret in (a, b):
        assert team["id"] in refused(api.chat(secret))
    assert api.chat(outsider).status_code == 200


def test_model_group_limits_apply_to_every_caller(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream
) -> None:
    top = "limits:\n  groups:\n    chat-small:\n      rpm: 3"
    api = launch(state.settings, top, **state.env)
    a, b = api.key(name="a"), api.key(name="b")
    assert [api.chat(s).status_code for s in (a, b, MASTER_KEY)] == [200, 200, 200]
    assert "group:chat-small" in refused(api.chat(MASTER_KEY))
    refused(api.chat(a))
    assert api.chat(MASTER_KEY, model="mock").status_code == 200  # other groups are free
    assert upstream.request_count == 3


def test_deployment_quota_moves_traffic_then_refuses(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    api = launch(state.settings, **state.env)
    # lowest-cost picks the cheap deployment (rpm 2) until its quota is used up...
    assert [api.chat(model="pool").status_code for _ in range(2)] == [200, 200]
    assert (upstream.request_count, upstream2.request_count) == (2, 0)
    # ...then the dear one (rpm 1)...
    assert api.chat(model="pool").status_code == 200
    assert (upstream.request_count, upstream2.request_count) == (2, 1)
    # ...and with both at their quota the client is told to come back, and nothing is sent.
    refused(api.chat(model="pool"), code="deployment_rate_limited")
    assert (upstream.request_count, upstream2.request_count) == (2, 1)


def test_deployment_tpm_reserves_the_most_the_answer_may_hold_for_every_caller(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream
) -> None:
    api = launch(state.settings, **state.env)
    limited = api.key(rpm=100)
    # prompt + max_tokens is over the deployment's own tpm of 1000, whoever asks: the gateway
    # must not send it (the upstream would refuse it, or be pushed over its quota).
    for secret in (limited, MASTER_KEY):
        r = api.chat(secret, model="tpm-pool", max_tokens=2000)
        refused(r, code="deployment_rate_limited")
    assert upstream.request_count == 0
    assert api.chat(MASTER_KEY, model="tpm-pool", max_tokens=100).status_code == 200


@pytest.mark.redis
def test_limits_are_exact_across_gateways_sharing_redis(
    launch: Callable[..., Api], upstream: FakeUpstream
) -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        settings = f"redis_url: {url}\nredis_prefix: '{prefix}'\nkey_sync_interval: 0.1"
        one, two = launch(settings), launch(settings)
        key = one.key(rpm=6)
        wait_for(lambda: two.chat(key).status_code == 200, "the key on the second gateway")
        with ThreadPoolExecutor(10) as pool:
            answers = list(pool.map(lambda i: (one, two)[i % 2].chat(key), range(10)))
        statuses = sorted(r.status_code for r in answers)
        assert statuses == [200] * 5 + [429] * 5  # 6 in all, the first one included
        assert upstream.request_count == 6


# -- Redis unreachable -------------------------------------------------------------------------


def test_unreachable_redis_fail_closed_refuses_only_limited_callers(
    launch: Callable[..., Api], upstream: FakeUpstream
) -> None:
    api = launch(f"redis_url: {UNREACHABLE_REDIS}\non_redis_error: fail_closed")
    limited, free = api.key(name="limited", rpm=100), api.key(name="free")
    r = api.chat(limited)
    assert r.status_code == 503, r.text
    assert r.json()["error"]["code"] == "limits_unavailable"
    assert r.headers["retry-after"] == "1"
    # Callers without limits never touch the quota store: served, and not counted below.
    assert api.chat(free).status_code == 200
    assert api.chat(MASTER_KEY).status_code == 200
    assert api.metric("lmops_quota_unavailable_total") == 1
    assert upstream.request_count == 2


def test_unreachable_redis_fail_open_serves_and_counts(
    launch: Callable[..., Api], upstream: FakeUpstream
) -> None:
    api = launch(f"redis_url: {UNREACHABLE_REDIS}\non_redis_error: fail_open")
    limited = api.key(rpm=1)
    assert api.metric("lmops_quota_unavailable_total") == 0
    assert [api.chat(limited).status_code for _ in range(3)] == [200, 200, 200]  # unenforced
    assert api.metric("lmops_quota_unavailable_total") == 3
    assert upstream.request_count == 3


# -- metrics -------------------------------------------------------------------------------------


def test_refusals_are_counted_by_model_and_reason(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    api = launch(state.settings, **state.env)

    def limited(**labels: str) -> float:
        return metric_value(api.gw.url, "lmops_rate_limited_total", **labels)

    key = api.key(rpm=1)
    assert api.chat(key).status_code == 200
    assert limited() == 0  # an admitted request is not counted
    for n in (1, 2):
        refused(api.chat(key))
        assert limited(model="chat-small", reason="rpm") == n
    # "pool" is priced: 1000 output tokens reserve at least $0.001, over this budget.
    broke = api.key(name="broke", budget_usd=0.0001, budget_period="daily")
    refused(api.chat(broke, model="pool", max_tokens=1000), code="budget_exceeded")
    assert limited(model="pool", reason="budget") == 1
    assert limited() == 3
    assert (upstream.request_count, upstream2.request_count) == (1, 0)
