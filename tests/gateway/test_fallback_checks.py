"""A fallback target passes the checks the requested group passed: allowlists and its limits."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from bench.fake_upstream import FakeUpstream
from tests.conftest import MASTER_KEY, RunningGateway
from tests.gateway.conftest import Api, State


def config(up1: FakeUpstream, up2: FakeUpstream, state: State, backup_rpm: int | None) -> str:
    limits = f"limits:\n  groups:\n    backup: {{rpm: {backup_rpm}}}" if backup_rpm else ""
    settings = "".join(f"\n  {line}" for line in state.settings.splitlines())
    return f"""
models:
  - name: primary
    provider: openai
    api_base: {up1.url}
    api_key: ${{UPSTREAM_API_KEY}}
    input_cost_per_token: 0.000001
    output_cost_per_token: 0.000001
  - name: backup
    provider: openai
    api_base: {up2.url}
    api_key: ${{UPSTREAM_API_KEY}}
    input_cost_per_token: 0.00001
    output_cost_per_token: 0.00001
  - name: big-context
    provider: mock
    mock: {{content: "from the big model"}}
router:
  retries: {{attempts: 0}}
  cooldown: {{failures: 100}}
  fallbacks: {{primary: [backup]}}
  context_window_fallbacks: {{primary: [big-context]}}
{limits}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}{settings}
"""


@pytest.fixture
def launch(
    http: httpx.Client,
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
    upstream2: FakeUpstream,
    state: State,
) -> Callable[..., Api]:
    def start(backup_rpm: int | None = None) -> Api:
        gw = gateway_factory(config(upstream, upstream2, state, backup_rpm), **state.env)
        return Api(http, gw)

    return start


def test_a_fallback_outside_the_keys_allowlist_is_skipped(
    launch: Callable[..., Api], upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    api = launch()
    upstream.status = 500
    # What a caller allowed to use the fallback gets, for comparison.
    assert api.chat(MASTER_KEY, "primary").status_code == 200
    assert upstream2.request_count == 1
    only_primary = api.admin("/keys", name="narrow", models=["primary"])["key"]
    r = api.chat(only_primary, "primary")
    assert r.status_code == 502, r.text  # primary's own error, not backup's answer
    assert r.json()["error"]["code"] == "upstream_error"
    assert upstream2.request_count == 1  # backup never saw the request


def test_a_fallback_outside_the_teams_allowlist_is_skipped(
    launch: Callable[..., Api], upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    api = launch()
    upstream.status = 500
    team = api.admin("/teams", name="narrow-team", models=["primary"])
    key = api.admin("/keys", name="member", team=team["id"])["key"]
    assert api.chat(key, "primary").status_code == 502
    assert upstream2.request_count == 0


def test_a_context_window_fallback_outside_the_allowlist_is_skipped(
    launch: Callable[..., Api], upstream: FakeUpstream
) -> None:
    api = launch()
    upstream.context_window_error = True
    wide = api.admin("/keys", name="wide", models=["primary", "big-context"])["key"]
    assert (
        api.chat(wide, "primary").json()["choices"][0]["message"]["content"] == "from the big model"
    )
    narrow = api.admin("/keys", name="narrow", models=["primary"])["key"]
    r = api.chat(narrow, "primary")
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "context_window_exceeded"


def test_a_fallback_groups_own_rate_limit_holds(
    launch: Callable[..., Api], upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    api = launch(backup_rpm=5)
    upstream.status = 500
    codes = [api.chat(MASTER_KEY, "primary").status_code for _ in range(20)]
    assert codes.count(200) == 5
    assert codes.count(502) == 15  # the requested group's error, once the fallback is full
    assert upstream2.request_count == 5
    # Asked for by name, the group is at its limit too: the fallbacks counted against it.
    direct = api.chat(MASTER_KEY, "backup")
    assert direct.status_code == 429
    assert direct.json()["error"]["code"] == "rate_limit_exceeded"
