"""Budgets end to end: exact costs reserved and settled, per key, team and globally, alerts, and
spend that survives a restart. The fake upstream reports a fixed usage, so every cost is known."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from structlog.testing import capture_logs

from bench.fake_upstream import FakeUpstream
from lmops.catalog.prices import PriceCatalog
from lmops.catalog.pricing import Pricing
from lmops.catalog.tokens import estimate_prompt_tokens
from lmops.config import parse_config
from lmops.errors import GatewayError
from lmops.gateway.context import Principal, RequestContext
from lmops.gateway.pipeline.limits import MemoryQuota
from lmops.state import Budget, MemoryQuotaStore
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyStore, Limits
from lmops.store.request_log import query_requests
from tests.conftest import MASTER_KEY, RunningGateway, metric_value, postgres_url, wait_for
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.conftest_store import postgres_schema_url
from tests.gateway.conftest import State

MSG = [{"role": "user", "content": "spend a little"}]
USAGE = {"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200}
INPUT, OUTPUT = Decimal("0.000001"), Decimal("0.000002")
COST = 1000 * INPUT + 200 * OUTPUT  # 0.0014 per request


def config(upstream: FakeUpstream, settings: str = "", top: str = "") -> str:
    extra = "".join(f"\n  {line}" for line in settings.splitlines())
    return f"""
models:
  - name: chat-small
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
    input_cost_per_token: {INPUT}
    output_cost_per_token: {OUTPUT}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05{extra}
{top}
"""


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as client:
        yield client


@pytest.fixture
def upstream_usage(upstream: FakeUpstream) -> FakeUpstream:
    upstream.usage = USAGE
    return upstream


@dataclass
class Api:
    http: httpx.Client
    gw: RunningGateway

    def admin(self, method: str, path: str, **kw: Any) -> httpx.Response:
        headers = {"authorization": f"Bearer {MASTER_KEY}"}
        return self.http.request(method, f"{self.gw.url}/admin{path}", headers=headers, **kw)

    def create(self, path: str, **body: Any) -> dict[str, Any]:
        r = self.admin("POST", path, json=body)
        assert r.status_code == 201, r.text
        created: dict[str, Any] = r.json()
        return created

    def chat(self, secret: str) -> httpx.Response:
        return self.http.post(
            f"{self.gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {secret}"},
            json={"model": "chat-small", "messages": MSG, "max_tokens": 10},
        )

    def budget(self, path: str) -> dict[str, Any]:
        r = self.admin("GET", path)
        assert r.status_code == 200, r.text
        status: dict[str, Any] = r.json()["budget_status"]
        return status

    def settled(self, path: str) -> dict[str, Any]:
        """The budget once no reservation is left (settlement runs after the answer)."""
        return wait_for(lambda: (s := self.budget(path))["reserved_usd"] == 0 and s, "settlement")

    def metric(self, name: str, **labels: str) -> float:
        return metric_value(self.gw.url, name, **labels)


@pytest.fixture
def launch(
    tmp_path: Path, http: httpx.Client, gateway_factory: Callable[..., RunningGateway]
) -> Callable[..., Api]:
    def start(yaml_text: str, **env: str) -> Api:
        env.setdefault("DB_URL", f"sqlite:///{tmp_path}/budgets.db")
        return Api(http, gateway_factory(yaml_text, **env))

    return start


def over_budget(r: httpx.Response) -> str:
    assert r.status_code == 429, r.text
    error = r.json()["error"]
    assert (error["code"], error["type"]) == ("budget_exceeded", "budget_exceeded")
    message: str = error["message"]
    return message


def usd(amount: Decimal) -> float:
    return float(amount)


# -- key, team and global budgets ---------------------------------------------------------------


def test_key_budget_refuses_once_spent(
    launch: Callable[..., Api], state: State, upstream_usage: FakeUpstream
) -> None:
    api = launch(config(upstream_usage, state.settings), **state.env)
    key = api.create("/keys", name="app", budget_usd=0.005, budget_period="daily")
    path = f"/keys/{key['id']}"
    # Each request reserves at most ~30 micro-dollars (10 output tokens): the fourth still
    # fits under 0.005 after 0.0042 spent, and takes the spend past the budget.
    for n in range(1, 5):
        assert api.chat(key["key"]).status_code == 200
        assert api.settled(path)["spent_usd"] == usd(n * COST)
    refusal = api.chat(key["key"])
    message = over_budget(refusal)
    assert key["id"] in message
    # What was spent, of what, and when it resets: the caller need not ask the admin API.
    assert f"${usd(4 * COST):.6g} spent of $0.005 (daily, period d" in message
    assert "resets at " in message and message.endswith(" 00:00:00 UTC.")
    assert int(refusal.headers["retry-after"]) >= 1  # a daily budget resets at midnight UTC
    status = api.budget(path)
    assert status["spent_usd"] == usd(4 * COST)
    assert (status["max_usd"], status["period"]) == (0.005, "daily")
    assert status["period_id"].startswith("d")
    assert upstream_usage.request_count == 4
    # The spend report (from the request log's rollup) adds up the same exact costs.
    (row,) = wait_for(
        lambda: (
            (r := api.admin("GET", "/spend", params={"by": "key"}).json()["rows"])
            and r[0]["requests"] == 4  # the refusal is not counted
            and r
        ),
        "the request log",
    )
    assert row["group"] == key["id"]
    assert row["cost_usd"] == pytest.approx(usd(4 * COST), rel=1e-12)
    assert row["unpriced_requests"] == 0


def test_team_budget_is_shared_by_its_keys(
    launch: Callable[..., Api], state: State, upstream_usage: FakeUpstream
) -> None:
    api = launch(config(upstream_usage, state.settings), **state.env)
    team = api.create("/teams", name="t", budget_usd=0.003, budget_period="monthly")
    a = api.create("/keys", name="a", team=team["id"])
    b = api.create("/keys", name="b", team=team["id"])
    for n, key in enumerate((a, b, a), start=1):
        assert api.chat(key["key"]).status_code == 200
        assert api.settled(f"/teams/{team['id']}")["spent_usd"] == usd(n * COST)
    for key in (b, a):
        assert team["id"] in over_budget(api.chat(key["key"]))
    assert api.budget(f"/keys/{a['id']}") is None  # the key has no budget of its own
    assert upstream_usage.request_count == 3


def test_global_budget_covers_every_caller(
    launch: Callable[..., Api], state: State, upstream_usage: FakeUpstream
) -> None:
    top = "budgets:\n  global:\n    max_usd: 0.003\n    period: daily"
    api = launch(config(upstream_usage, state.settings, top), **state.env)
    # Generous key budgets only to watch settlement: one settlement settles every budget.
    a = api.create("/keys", name="a", budget_usd=100, budget_period="daily")
    b = api.create("/keys", name="b", budget_usd=100, budget_period="daily")
    for key in (a, b, a):
        assert api.chat(key["key"]).status_code == 200
        api.settled(f"/keys/{key['id']}")
    for secret in (b["key"], a["key"], MASTER_KEY):
        assert "global" in over_budget(api.chat(secret))
    assert upstream_usage.request_count == 3


# -- alerts --------------------------------------------------------------------------------------


class WebhookReceiver:
    """A local HTTP endpoint that records POSTs; it answers the first one 500, then 200."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, dict[str, Any]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                status = 500 if not receiver.posts else 200
                receiver.posts.append((status, orjson.loads(body)))
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


def test_soft_threshold_alerts_exactly_once(
    launch: Callable[..., Api],
    state: State,
    upstream_usage: FakeUpstream,
    webhook: WebhookReceiver,
) -> None:
    top = f"""budgets:
  soft_fraction: 0.5
  webhook:
    url: {webhook.url}
    retries: 3
    timeout: 2"""
    api = launch(config(upstream_usage, state.settings, top), **state.env)
    key = api.create("/keys", name="app", budget_usd=0.005, budget_period="daily")
    with capture_logs() as logs:
        for _ in range(4):  # crosses 0.0025 on the second request, and stays above it
            assert api.chat(key["key"]).status_code == 200
            api.settled(f"/keys/{key['id']}")
        wait_for(lambda: any(status == 200 for status, _ in webhook.posts), "the alert")
    # Alerts are raised by the settlement itself, so every one is counted by now.
    assert api.metric("lmops_budget_alerts_total", scope="key") == 1
    assert api.metric("lmops_budget_alerts_total") == 1
    assert [status for status, _ in webhook.posts] == [500, 200]  # retried once, then delivered
    first, delivered = (payload for _, payload in webhook.posts)
    assert first == delivered
    assert delivered["event"] == "budget_threshold_reached"
    assert delivered["scope"] == f"key:{key['id']}"
    assert delivered["spent_usd"] == usd(2 * COST)
    assert delivered["max_usd"] == 0.005
    assert delivered["fraction"] == pytest.approx(float(2 * COST) / 0.005)
    assert delivered["period"] == api.budget(f"/keys/{key['id']}")["period_id"]
    alerts = [e for e in logs if e["event"] == "budget_threshold_reached"]
    assert len(alerts) == 1 and alerts[0]["scope"] == f"key:{key['id']}"
    assert not [e for e in logs if e["event"] == "budget_webhook_failed"]


# -- restarts --------------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/restart.db"
        return
    with postgres_schema_url(postgres_url()) as url:
        yield url


def test_spend_survives_a_restart(
    db_url: str, launch: Callable[..., Api], upstream_usage: FakeUpstream
) -> None:
    yaml_text = config(upstream_usage)
    api = launch(yaml_text, DB_URL=db_url)
    team = api.create("/teams", name="t", budget_usd=1, budget_period="monthly")
    key = api.create("/keys", name="app", team=team["id"], budget_usd=0.003, budget_period="daily")
    for _ in range(3):
        assert api.chat(key["key"]).status_code == 200
        api.settled(f"/keys/{key['id']}")
    over_budget(api.chat(key["key"]))
    api.gw.stop()  # in-memory budgets are gone; the spend rollup is written

    again = launch(yaml_text, DB_URL=db_url)
    # Refused before any request succeeds: the spend was seeded from the rollup at start.
    over_budget(again.chat(key["key"]))
    assert upstream_usage.request_count == 3
    assert again.budget(f"/keys/{key['id']}")["spent_usd"] == pytest.approx(usd(3 * COST))
    assert again.budget(f"/teams/{team['id']}")["spent_usd"] == pytest.approx(usd(3 * COST))


def test_global_spend_survives_a_restart(
    launch: Callable[..., Api], upstream_usage: FakeUpstream
) -> None:
    top = "budgets:\n  global:\n    max_usd: 0.003\n    period: monthly"
    yaml_text = config(upstream_usage, top=top)
    api = launch(yaml_text)
    watch = api.create("/keys", name="watch", budget_usd=100, budget_period="daily")
    for _ in range(3):
        assert api.chat(watch["key"]).status_code == 200
        api.settled(f"/keys/{watch['id']}")
    api.gw.stop()
    again = launch(yaml_text)
    assert "global" in over_budget(again.chat(MASTER_KEY))
    assert upstream_usage.request_count == 3


def test_budget_added_later_counts_the_spend_of_its_period(
    launch: Callable[..., Api], upstream_usage: FakeUpstream
) -> None:
    api = launch(config(upstream_usage))
    key = api.create("/keys", name="app")
    for _ in range(3):
        assert api.chat(key["key"]).status_code == 200
    wait_for(
        lambda: (
            (r := api.admin("GET", "/spend", params={"by": "key"}).json()["rows"])
            and r[0]["requests"] == 3
        ),
        "the spend rollup",
    )
    patched = api.admin(
        "PATCH", f"/keys/{key['id']}", json={"budget_usd": 0.003, "budget_period": "daily"}
    )
    assert patched.status_code == 200, patched.text
    # 0.0042 spent today already: a daily budget of 0.003 is exhausted. The gateway reads that
    # spend from the rollup in the background when it sees the new budget.
    wait_for(
        lambda: api.budget(f"/keys/{key['id']}")["spent_usd"] == pytest.approx(usd(3 * COST)),
        "the budget seeded from the rollup",
    )
    over_budget(api.chat(key["key"]))


def test_a_restart_does_not_repeat_a_soft_threshold_alert(
    launch: Callable[..., Api], upstream_usage: FakeUpstream, webhook: WebhookReceiver
) -> None:
    top = f"budgets:\n  soft_fraction: 0.5\n  webhook:\n    url: {webhook.url}\n    retries: 0"
    yaml_text = config(upstream_usage, top=top)
    api = launch(yaml_text)
    key = api.create("/keys", name="app", budget_usd=0.01, budget_period="daily")
    for _ in range(4):  # 0.0056: past the 0.005 threshold
        assert api.chat(key["key"]).status_code == 200
        api.settled(f"/keys/{key['id']}")
    assert api.metric("lmops_budget_alerts_total") == 1
    api.gw.stop()
    again = launch(yaml_text)
    assert again.chat(key["key"]).status_code == 200
    again.settled(f"/keys/{key['id']}")
    assert again.metric("lmops_budget_alerts_total") == 0
    assert len(webhook.posts) == 1  # answered 500, not retried: one alert, one POST


@pytest.mark.redis
def test_gateways_sharing_redis_share_budgets_and_alert_once(
    launch: Callable[..., Api], upstream_usage: FakeUpstream, webhook: WebhookReceiver
) -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        settings = f"redis_url: {url}\nredis_prefix: '{prefix}'\nkey_sync_interval: 0.1"
        top = f"budgets:\n  soft_fraction: 0.5\n  webhook:\n    url: {webhook.url}"
        one = launch(config(upstream_usage, settings, top))
        two = launch(config(upstream_usage, settings, top))
        key = one.create("/keys", name="app", budget_usd=0.005, budget_period="daily")
        path = f"/keys/{key['id']}"
        wait_for(lambda: two.chat(key["key"]).status_code == 200, "the key on the second gateway")
        one.settled(path)
        for n, gw in enumerate((one, two, one), start=2):
            assert gw.chat(key["key"]).status_code == 200
            assert gw.settled(path)["spent_usd"] == usd(n * COST)
        assert two.budget(path)["spent_usd"] == one.budget(path)["spent_usd"] == usd(4 * COST)
        for gw in (two, one):
            over_budget(gw.chat(key["key"]))
        alerts = one.metric("lmops_budget_alerts_total") + two.metric("lmops_budget_alerts_total")
        assert alerts == 1
        wait_for(lambda: any(status == 200 for status, _ in webhook.posts), "the alert")
        assert [p["scope"] for _, p in webhook.posts if _ == 200] == [f"key:{key['id']}"]


# -- answers without usage ---------------------------------------------------------------------


def test_answers_without_usage_are_charged_their_reservation(
    launch: Callable[..., Api], state: State, upstream: FakeUpstream, tmp_path: Path
) -> None:
    upstream.usage = {}  # every answer says "usage": {}: nothing to price
    api = launch(config(upstream, state.settings), **state.env)
    key = api.create("/keys", name="app", budget_usd=0.05, budget_period="daily")
    path = f"/keys/{key['id']}"
    body = {"model": "chat-small", "messages": MSG, "max_tokens": 4000}
    # What admission reserves: the estimated prompt and every token the answer may hold.
    reservation = estimate_prompt_tokens("chat", body) * INPUT + 4000 * OUTPUT
    admitted = int(Decimal("0.05") // reservation)  # 6 of about 0.008 each
    assert admitted >= 2

    def ask() -> httpx.Response:
        return api.http.post(
            f"{api.gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {key['key']}"},
            json=body,
        )

    ids = []
    for n in range(1, admitted + 1):
        r = ask()
        assert r.status_code == 200, r.text
        assert r.json()["usage"] == {}
        ids.append(r.headers["x-request-id"])
        # Charged what was reserved, not nothing.
        assert api.settled(path)["spent_usd"] == pytest.approx(usd(n * reservation), rel=1e-9)
    assert key["id"] in over_budget(ask())
    assert upstream.request_count == admitted
    assert api.budget(path)["spent_usd"] == pytest.approx(usd(admitted * reservation), rel=1e-9)
    # The log keeps the truth: the cost of those answers is unknown, not the reservation.
    engine = create_engine(f"sqlite:///{tmp_path}/budgets.db")
    try:
        rows = wait_for(
            lambda: (
                (found := [r for r in query_requests(engine, limit=100) if r.id in ids])
                and len(found) == admitted
                and found
            ),
            "the request log",
        )
    finally:
        engine.dispose()
    for row in rows:
        assert (row.status_code, row.key_id) == (200, key["id"])
        assert row.cost_usd is None and row.prompt_tokens is None
    assert api.metric("lmops_unpriced_requests_total", model="chat-small") == admitted


# -- what a budget bounds -----------------------------------------------------------------------


def test_a_request_without_max_tokens_is_bounded_by_its_reservation(
    launch: Callable[..., Api], upstream_usage: FakeUpstream
) -> None:
    api = launch(config(upstream_usage, top="limits: {default_max_tokens: 300}"))
    budgeted = api.create("/keys", name="budgeted", budget_usd=1.0, budget_period="daily")
    free = api.create("/keys", name="free")
    bounded = {"model": "chat-small", "messages": MSG, "max_completion_tokens": 50}
    for key, body in ((budgeted, {"model": "chat-small", "messages": MSG}), (budgeted, bounded)):
        r = api.http.post(
            f"{api.gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {key['key']}"},
            json=body,
        )
        assert r.status_code == 200, r.text
    assert api.chat(free["key"]).status_code == 200  # max_tokens 10, no budget
    sent = [r.json for r in upstream_usage.requests]
    assert sent[0] is not None and sent[0]["max_tokens"] == 300  # the reserved bound, sent on
    assert sent[1] is not None and "max_tokens" not in sent[1]  # the client's own bound stands
    assert sent[1]["max_completion_tokens"] == 50
    assert sent[2] is not None and sent[2]["max_tokens"] == 10


def test_the_reserved_bound_can_be_sent_under_another_name_or_not_at_all(
    launch: Callable[..., Api], upstream_usage: FakeUpstream
) -> None:
    for bound, expected in (("max_completion_tokens", 1024), ("off", None)):
        api = launch(config(upstream_usage, top=f"limits: {{bound_output: {bound}}}"))
        key = api.create("/keys", name="budgeted", budget_usd=1.0, budget_period="daily")
        r = api.http.post(
            f"{api.gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {key['key']}"},
            json={"model": "chat-small", "messages": MSG},
        )
        assert r.status_code == 200, r.text
        last = upstream_usage.last_request
        assert last is not None and last.json is not None
        assert "max_tokens" not in last.json
        assert last.json.get("max_completion_tokens") == expected


def test_embeddings_are_priced_and_charged_to_the_budget(
    launch: Callable[..., Api], upstream: FakeUpstream
) -> None:
    api = launch(
        f"""
models:
  - name: embed
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: custom-embedder
    input_cost_per_token: {INPUT}
    output_cost_per_token: 0
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05
"""
    )
    key = api.create("/keys", name="embedder", budget_usd=1.0, budget_period="daily")
    r = api.http.post(
        f"{api.gw.base_url}/embeddings",
        headers={"authorization": f"Bearer {key['key']}"},
        json={"model": "embed", "input": ["one two three", "four five"]},
    )
    assert r.status_code == 200, r.text
    tokens = r.json()["usage"]["prompt_tokens"]
    assert tokens > 0
    assert api.settled(f"/keys/{key['id']}")["spent_usd"] == usd(tokens * INPUT)
    assert upstream.last_request is not None and upstream.last_request.json is not None
    assert "max_tokens" not in upstream.last_request.json  # no output to bound
    (row,) = wait_for(
        lambda: api.admin("GET", "/spend", params={"by": "key"}).json()["rows"], "log"
    )
    assert row["cost_usd"] == pytest.approx(usd(tokens * INPUT), rel=1e-12)


async def test_a_budget_that_just_appeared_admits_only_once_its_seed_landed(
    tmp_path: Path,
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/seed.db")
    migrate(engine)
    _, record = KeyStore(engine).create_key(
        "late-budget", limits=Limits(budget_usd=1.0, budget_period="daily")
    )
    engine.dispose()
    config = parse_config(
        "models:\n  - {name: m, provider: openai, api_base: 'http://127.0.0.1:9', "
        "input_cost_per_token: 0.001, output_cost_per_token: 0.001}\n"
        "settings: {auth: none}\n",
        environ={},
    )
    store = MemoryQuotaStore()
    seeds: dict[str, asyncio.Future[None]] = {}
    quota = MemoryQuota(
        store,
        config,
        Pricing(config, PriceCatalog.load()),
        on_unavailable=lambda: None,
        on_alerts=lambda alerts: None,
        on_refused=lambda group, reason: None,
        seeding=seeds.get,
    )
    seed = seeds[f"key:{record.id}"] = asyncio.get_running_loop().create_future()
    ctx = RequestContext({"headers": []}, None, "chat", "request-1")
    ctx.principal = Principal(record.id, "key", record)
    ctx.model_group, ctx.body = "m", {"model": "m", "messages": MSG, "max_tokens": 100}
    admission = asyncio.ensure_future(quota(ctx))
    for _ in range(5):  # turns of the loop: the admission waits, however many pass
        await asyncio.sleep(0)
    assert not admission.done()
    # The period's spend so far, from the request log: 0.95 of the 1.00 budget.
    budget = Budget(f"key:{record.id}", 1.0, "daily")
    await store.seed_spend(budget, 0.95)
    seed.set_result(None)
    with pytest.raises(GatewayError) as refused:
        await admission
    assert refused.value.code == "budget_exceeded"  # about 0.11 reserved: over the budget
    assert (await store.budget_status(budget)).spent == pytest.approx(0.95)
