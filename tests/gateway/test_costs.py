"""Costs end to end: the request log holds the catalog's (or the config's) exact price for the
usage the upstream reported, streamed or not; an unknown price is recorded as unknown, not $0."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from bench.fake_payloads import reply_pieces
from bench.fake_upstream import FakeUpstream
from lmops.catalog.prices import ModelPrice, PriceCatalog
from lmops.catalog.tokens import count_text_tokens, estimate_prompt_tokens
from lmops.store.db import create_engine
from lmops.store.request_log import RequestRecord, query_requests
from tests.conftest import MASTER_KEY, RunningGateway, metric_value, postgres_url
from tests.conftest_store import postgres_schema_url

MSG: list[Any] = [{"role": "user", "content": "what does this cost?"}]
USAGE = {
    "prompt_tokens": 1000,
    "completion_tokens": 200,
    "total_tokens": 1200,
    "prompt_tokens_details": {"cached_tokens": 400},
}
CONFIG_INPUT, CONFIG_OUTPUT = Decimal("0.000001"), Decimal("0.000003")


def config(upstream: FakeUpstream) -> str:
    return f"""
models:
  - name: mini
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: gpt-4o-mini
  - name: mini-priced
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: gpt-4o-mini
    input_cost_per_token: {CONFIG_INPUT}
    output_cost_per_token: {CONFIG_OUTPUT}
  - name: unknown
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: no-such-model-in-any-catalog
  - name: no-usage
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: gpt-4o-mini
    stream_usage: false
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05
"""


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/costs.db"
        return
    with postgres_schema_url(postgres_url()) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/costs.db"


@pytest.fixture
def fixed_usage(upstream: FakeUpstream) -> FakeUpstream:
    upstream.usage = USAGE
    upstream.stream_chunks = 4
    return upstream


def client(gw: RunningGateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)


def catalog_price() -> ModelPrice:
    price = PriceCatalog.load().lookup("gpt-4o-mini")
    assert price is not None and price.cached_input is not None
    return price


def expected_cost(input_: Decimal, cached_input: Decimal, output: Decimal) -> float:
    prompt, cached, completion = 1000, 400, 200
    return float((prompt - cached) * input_ + cached * cached_input + completion * output)


def records(db_url: str, ids: list[str]) -> list[RequestRecord]:
    """The log records of ``ids``, in that order, once the writer has stored them all."""
    engine = create_engine(db_url)
    deadline = time.monotonic() + 10
    try:
        while True:
            found = {r.id: r for r in query_requests(engine, limit=1000) if r.id in ids}
            if len(found) == len(ids):
                return [found[i] for i in ids]
            assert time.monotonic() < deadline, f"only {len(found)} of {len(ids)} logged"
            time.sleep(0.02)  # polling the log, bounded by the deadline above
    finally:
        engine.dispose()


def chat(api: openai.OpenAI, model: str, **kw: Any) -> str:
    """One chat request (streamed when ``stream=True``, read to the end); its request id."""
    raw = api.chat.completions.with_raw_response.create(model=model, messages=MSG, **kw)
    parsed = raw.parse()
    if kw.get("stream"):
        list(parsed)
    request_id: str = raw.headers["x-request-id"]
    return request_id


def test_cost_is_the_catalog_price_or_the_configured_one_exactly(
    db_url: str, gateway_factory: Callable[..., RunningGateway], fixed_usage: FakeUpstream
) -> None:
    gw = gateway_factory(config(fixed_usage), DB_URL=db_url)
    api = client(gw)
    ids = [chat(api, "mini"), chat(api, "mini-priced")]
    catalog, priced = records(db_url, ids)
    price = catalog_price()
    assert price.cached_input is not None
    assert catalog.cost_usd == expected_cost(price.input, price.cached_input, price.output)
    # Configured prices replace input and output; cached tokens bill at the configured input
    # price (the catalog's discount belonged to the catalog's price).
    assert priced.cost_usd == expected_cost(CONFIG_INPUT, CONFIG_INPUT, CONFIG_OUTPUT)
    for record in (catalog, priced):
        assert (record.prompt_tokens, record.completion_tokens, record.cached_tokens) == (
            1000,
            200,
            400,
        )
        assert record.status_code == 200 and not record.cache_hit
    spent = metric_value(gw.url, "lmops_spend_usd_total", model="mini")
    assert spent == pytest.approx(catalog.cost_usd, rel=1e-12)


def test_unknown_price_is_null_counted_and_reported_as_unpriced(
    sqlite_url: str, gateway_factory: Callable[..., RunningGateway], fixed_usage: FakeUpstream
) -> None:
    gw = gateway_factory(config(fixed_usage), DB_URL=sqlite_url)
    api = client(gw)
    assert metric_value(gw.url, "lmops_unpriced_requests_total", model="unknown") == 0
    ids = [chat(api, "unknown"), chat(api, "unknown", stream=True), chat(api, "mini")]
    unknown, streamed, known = records(sqlite_url, ids)
    assert unknown.cost_usd is None and streamed.cost_usd is None
    assert (unknown.prompt_tokens, unknown.completion_tokens) == (1000, 200)  # usage still kept
    assert known.cost_usd is not None and known.cost_usd > 0
    assert metric_value(gw.url, "lmops_unpriced_requests_total", model="unknown") == 2
    assert metric_value(gw.url, "lmops_unpriced_requests_total", model="mini") == 0
    assert metric_value(gw.url, "lmops_spend_usd_total", model="unknown") == 0

    report = httpx.get(
        f"{gw.url}/admin/spend",
        params={"by": "model"},
        headers={"authorization": f"Bearer {MASTER_KEY}"},
    ).json()
    rows = {row["group"]: row for row in report["rows"]}
    assert rows["unknown"]["unpriced_requests"] == 2
    assert rows["unknown"]["cost_usd"] == 0  # the known part of it: nothing
    assert rows["mini"]["unpriced_requests"] == 0
    assert report["unpriced_requests"] == 2
    assert report["total_cost_usd"] == pytest.approx(known.cost_usd, rel=1e-12)


def test_streamed_cost_equals_the_non_streamed_cost(
    sqlite_url: str, gateway_factory: Callable[..., RunningGateway], fixed_usage: FakeUpstream
) -> None:
    gw = gateway_factory(config(fixed_usage), DB_URL=sqlite_url)
    api = client(gw)
    ids = [
        chat(api, "mini"),
        chat(api, "mini", stream=True),  # the gateway asks for usage and hides it
        chat(api, "mini", stream=True, stream_options={"include_usage": True}),
    ]
    plain, hidden, shown = records(sqlite_url, ids)
    assert plain.cost_usd is not None
    for record in (hidden, shown):
        assert record.streamed
        assert record.cost_usd == plain.cost_usd
        assert (record.prompt_tokens, record.completion_tokens, record.cached_tokens) == (
            1000,
            200,
            400,
        )


def test_stream_without_upstream_usage_is_counted_by_the_gateway(
    sqlite_url: str, gateway_factory: Callable[..., RunningGateway], fixed_usage: FakeUpstream
) -> None:
    gw = gateway_factory(config(fixed_usage), DB_URL=sqlite_url)
    (request_id,) = [chat(client(gw), "no-usage", stream=True)]
    sent = fixed_usage.last_request
    assert sent is not None and "stream_options" not in sent.json  # nobody asked for usage
    (record,) = records(sqlite_url, [request_id])
    text = "".join(reply_pieces(fixed_usage.reply_text, fixed_usage.stream_chunks))
    prompt = estimate_prompt_tokens("chat", {"model": "no-usage", "messages": MSG})
    assert (record.prompt_tokens, record.completion_tokens) == (prompt, count_text_tokens(text))
    assert record.completion_tokens and record.prompt_tokens
    price = catalog_price()
    assert record.cost_usd == float(prompt * price.input + count_text_tokens(text) * price.output)


def test_a_non_streamed_answer_says_its_cost(
    sqlite_url: str, gateway_factory: Callable[..., RunningGateway], fixed_usage: FakeUpstream
) -> None:
    gw = gateway_factory(config(fixed_usage), DB_URL=sqlite_url)
    api = client(gw)
    raw = api.chat.completions.with_raw_response.create(model="mini-priced", messages=MSG)
    cost = float(raw.headers["x-lmops-response-cost"])
    assert cost == pytest.approx(expected_cost(CONFIG_INPUT, CONFIG_INPUT, CONFIG_OUTPUT))
    (record,) = records(sqlite_url, [raw.headers["x-request-id"]])
    assert record.cost_usd == pytest.approx(cost, rel=1e-9)
    # No price, no header (never a made-up 0); a stream's headers leave before its usage.
    unknown = api.chat.completions.with_raw_response.create(model="unknown", messages=MSG)
    assert "x-lmops-response-cost" not in unknown.headers
    streamed = api.chat.completions.with_raw_response.create(
        model="mini-priced", messages=MSG, stream=True
    )
    list(streamed.parse())
    assert "x-lmops-response-cost" not in streamed.headers
