"""The response cache end to end: what is cached, keyed, replayed, isolated, expired and
invalidated, in memory and in Redis (shared by two gateways), and the semantic cache."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import redis
from structlog.testing import capture_logs

from bench.fake_payloads import reply_pieces
from bench.fake_upstream import FakeUpstream
from lmops.cache import RedisCache, cache_key
from lmops.config import CacheSettings
from lmops.gateway.context import RequestContext
from lmops.gateway.pipeline.cache import CacheState, ResponseCache
from lmops.store.db import create_engine
from lmops.store.request_log import RequestRecord, query_requests
from tests.conftest import (
    MASTER_KEY,
    RunningGateway,
    config_from,
    metric_value,
    start_gateway,
    wait_for,
)
from tests.gateway.conftest import State
from tests.private_redis import private_redis

MSG = [{"role": "user", "content": "Is this answer cached?"}]
MASTER_TENANT = "master:master"


def config(upstream: FakeUpstream, state: State, cache_extra: str = "") -> str:
    settings = "".join(f"\n  {line}" for line in state.settings.splitlines())
    return f"""
models:
  - name: chat-small
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
    input_cost_per_token: 0.000001
    output_cost_per_token: 0.000002
  - name: chat-always
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
  - name: mock
    provider: mock
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05{settings}
cache:
  backend: {state.name}
  ttl: 600
  models:
    chat-always:
      mode: always{cache_extra}
"""


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as client:
        yield client


@dataclass
class Api:
    http: httpx.Client
    gw: RunningGateway
    state: State
    db_url: str

    def chat(
        self,
        secret: str = MASTER_KEY,
        headers: dict[str, str] | None = None,
        model: str = "chat-small",
        **body: Any,
    ) -> httpx.Response:
        """A chat request, temperature 0 unless ``body`` says otherwise (None: left out)."""
        payload = {"model": model, "messages": MSG, "temperature": 0, **body}
        payload = {k: v for k, v in payload.items() if v is not None}
        return self.http.post(
            f"{self.gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {secret}", **(headers or {})},
            json=payload,
        )

    def stored(self, tenant: str = MASTER_TENANT, model: str = "chat-small", **body: Any) -> str:
        """The entry key of a request's answer, once it is in the backend.

        The gateway stores after answering; the memory backend has by the time the next request
        is read, Redis needs a round trip: wait for the entry there.
        """
        payload = {"model": model, "messages": MSG, "temperature": 0, **body}
        payload = {k: v for k, v in payload.items() if v is not None}
        key = cache_key("chat", model, tenant, payload)
        if self.state.redis_url is not None:
            client = redis.Redis.from_url(self.state.redis_url)
            try:
                name = f"{self.state.prefix}cache:e:{key}"
                wait_for(lambda: client.exists(name), "the cache entry")
            finally:
                client.close()
        return key

    def admin(self, method: str, path: str, **kw: Any) -> httpx.Response:
        headers = {"authorization": f"Bearer {MASTER_KEY}"}
        return self.http.request(method, f"{self.gw.url}/admin{path}", headers=headers, **kw)

    def key(self, **body: Any) -> dict[str, Any]:
        r = self.admin("POST", "/keys", json={"name": "app", **body})
        assert r.status_code == 201, r.text
        created: dict[str, Any] = r.json()
        return created

    def records(self, ids: list[str]) -> list[RequestRecord]:
        engine = create_engine(self.db_url)
        try:

            def found() -> dict[str, RequestRecord]:
                rows = {r.id: r for r in query_requests(engine, limit=1000) if r.id in ids}
                return rows if len(rows) == len(ids) else {}

            rows = wait_for(found, "the request log")
        finally:
            engine.dispose()
        return [rows[i] for i in ids]


@pytest.fixture
def launch(
    tmp_path: Path,
    http: httpx.Client,
    state: State,
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
) -> Callable[..., Api]:
    db_url = f"sqlite:///{tmp_path}/cache.db"

    def start(cache_extra: str = "") -> Api:
        yaml_text = config(upstream, state, cache_extra)
        return Api(http, gateway_factory(yaml_text, DB_URL=db_url, **state.env), state, db_url)

    return start


@pytest.fixture
def api(launch: Callable[..., Api]) -> Api:
    return launch()


def cache_header(r: httpx.Response) -> str | None:
    assert r.status_code == 200, r.text
    return r.headers.get("x-lmops-cache")


# -- what is cached --------------------------------------------------------------------------


def test_identical_deterministic_request_is_a_hit(api: Api, upstream: FakeUpstream) -> None:
    first = api.chat()
    assert cache_header(first) == "miss"
    api.stored()
    second = api.chat()
    assert cache_header(second) == "hit"
    assert second.content == first.content
    assert second.headers["x-request-id"] != first.headers["x-request-id"]
    # The same request spelled differently: a float zero, keys reordered, a stated default,
    # and parameters that cannot change the answer.
    same = api.chat(
        user="someone-else", metadata={"tag": "x"}, top_p=1, temperature=0.0, n=1, store=False
    )
    assert cache_header(same) == "hit"
    assert upstream.request_count == 1
    sdk = openai.OpenAI(base_url=api.gw.base_url, api_key=MASTER_KEY, max_retries=0)
    raw = sdk.chat.completions.with_raw_response.create(
        model="chat-small", messages=MSG, temperature=0
    )
    assert raw.headers["x-lmops-cache"] == "hit"
    completion = raw.parse()
    assert completion.id == first.json()["id"]
    assert completion.choices[0].message.content == first.json()["choices"][0]["message"]["content"]
    assert upstream.request_count == 1


def test_any_output_affecting_difference_is_a_miss(api: Api, upstream: FakeUpstream) -> None:
    assert cache_header(api.chat()) == "miss"
    api.stored()
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    variants: list[dict[str, Any]] = [
        {"max_tokens": 5},
        {"tools": [tool]},
        {"messages": [{"role": "user", "content": "Is this answer cached? "}]},
        {"messages": [{"role": "system", "content": "Be brief."}, *MSG]},
        {"seed": 7},
        {"response_format": {"type": "json_object"}},
        {"stop": ["\n"]},
    ]
    for n, variant in enumerate(variants, start=2):
        assert cache_header(api.chat(**variant)) == "miss", variant
        assert upstream.request_count == n
    # Temperature is keyed too (asked to cache explicitly, as a non-zero one is not by default).
    use = {"x-lmops-cache": "use"}
    assert cache_header(api.chat(headers=use, temperature=0.7)) == "miss"
    api.stored(temperature=0.7)
    assert cache_header(api.chat(headers=use, temperature=0.7)) == "hit"
    assert cache_header(api.chat(headers=use, temperature=0.5)) == "miss"
    # Each variant was stored under its own key: asking again hits.
    api.stored(**variants[0])
    assert cache_header(api.chat(**variants[0])) == "hit"
    assert upstream.request_count == len(variants) + 3


def test_non_deterministic_requests_are_cached_only_when_asked(
    api: Api, upstream: FakeUpstream
) -> None:
    for body in ({"temperature": None}, {"temperature": 0.7}, {"n": 2}):
        for _ in range(2):
            assert cache_header(api.chat(**body)) is None, body
    assert upstream.request_count == 6
    use = {"x-lmops-cache": "use"}
    assert cache_header(api.chat(headers=use, temperature=None)) == "miss"
    api.stored(temperature=None)
    assert cache_header(api.chat(headers=use, temperature=None)) == "hit"
    # A group whose mode is "always" caches without being asked.
    assert cache_header(api.chat(model="chat-always", temperature=None)) == "miss"
    api.stored(model="chat-always", temperature=None)
    assert cache_header(api.chat(model="chat-always", temperature=None)) == "hit"
    assert upstream.request_count == 8


def test_skip_bypasses_both_ways_and_refresh_overwrites(api: Api, upstream: FakeUpstream) -> None:
    skip, refresh = {"x-lmops-cache": "skip"}, {"x-lmops-cache": "refresh"}
    assert cache_header(api.chat(headers=skip)) is None
    assert cache_header(api.chat()) == "miss"  # the skipped answer was not stored
    api.stored()
    cached = api.chat()
    assert cache_header(cached) == "hit"
    skipped = api.chat(headers=skip)  # not read either
    assert cache_header(skipped) is None
    assert skipped.json()["id"] != cached.json()["id"]
    assert upstream.request_count == 3

    refreshed = api.chat(headers=refresh)
    assert cache_header(refreshed) == "miss"
    assert refreshed.json()["id"] not in (cached.json()["id"], skipped.json()["id"])
    assert upstream.request_count == 4
    key = api.stored()
    after = wait_for(
        lambda: (r := api.chat()).json()["id"] == refreshed.json()["id"] and r,
        f"the refreshed answer under {key}",
    )
    assert cache_header(after) == "hit" and after.content == refreshed.content
    assert upstream.request_count == 4


def test_ttl_header_sets_the_entry_lifetime(api: Api, upstream: FakeUpstream, state: State) -> None:
    started = time.monotonic()
    assert cache_header(api.chat(headers={"x-lmops-cache-ttl": "0.5"})) == "miss"
    key = api.stored()
    assert cache_header(api.chat(max_tokens=9)) == "miss"  # the default ttl: 600 s
    api.stored(max_tokens=9)
    if state.redis_url is not None:
        client = redis.Redis.from_url(state.redis_url)
        try:
            assert 0 < client.pttl(f"{state.prefix}cache:e:{key}") <= 500
        finally:
            client.close()
    wait_for(lambda: cache_header(api.chat()) == "miss", "the short-lived entry to expire")
    assert time.monotonic() - started >= 0.5
    assert cache_header(api.chat(max_tokens=9)) == "hit"
    assert upstream.request_count == 3


def test_invalid_cache_headers_are_refused(api: Api, upstream: FakeUpstream) -> None:
    bad = [
        {"x-lmops-cache": "maybe"},
        {"x-lmops-cache": ""},
        {"x-lmops-cache-ttl": "soon"},
        {"x-lmops-cache-ttl": "0"},
        {"x-lmops-cache-ttl": "-5"},
        {"x-lmops-cache-ttl": "nan"},
        {"x-lmops-cache-ttl": "inf"},
        {"x-lmops-cache": "use", "x-lmops-cache-ttl": "1e12"},
    ]
    for headers in bad:
        r = api.chat(headers=headers)
        assert r.status_code == 400, headers
        assert r.json()["error"]["code"] == "invalid_cache_header"
    assert cache_header(api.chat(headers={"x-lmops-cache": "USE"})) == "miss"
    assert upstream.request_count == 1


# -- streams ---------------------------------------------------------------------------------------


def test_streams_are_replayed_as_streams(api: Api, upstream: FakeUpstream) -> None:
    upstream.stream_chunks = 6
    first = api.chat(stream=True)
    assert cache_header(first) == "miss"
    assert first.headers["content-type"].startswith("text/event-stream")
    api.stored(stream=True)
    replay = api.chat(stream=True)
    assert cache_header(replay) == "hit"
    assert replay.headers["content-type"].startswith("text/event-stream")
    assert replay.content == first.content  # the same SSE events, byte for byte
    assert replay.content.endswith(b"data: [DONE]\n\n")

    sdk = openai.OpenAI(base_url=api.gw.base_url, api_key=MASTER_KEY, max_retries=0)
    raw = sdk.chat.completions.with_raw_response.create(
        model="chat-small", messages=MSG, temperature=0, stream=True
    )
    assert raw.headers["x-lmops-cache"] == "hit"
    text = "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices)
    assert text == "".join(reply_pieces(upstream.reply_text, 6))
    assert upstream.request_count == 1

    # A stream and a non-stream request never share an entry, whichever came first.
    whole = api.chat()
    assert cache_header(whole) == "miss"
    assert whole.headers["content-type"] == "application/json"
    api.stored()
    assert cache_header(api.chat()) == "hit"
    assert cache_header(api.chat(stream=True)) == "hit"
    assert api.chat(stream=True).content == first.content
    assert upstream.request_count == 2


# -- accounting and tenants ------------------------------------------------------------------------


def test_hits_are_logged_free_and_still_count_against_rpm(api: Api, upstream: FakeUpstream) -> None:
    key = api.key(rpm=3)
    responses = [api.chat(key["key"])]
    api.stored(tenant=f"key:{key['id']}")
    responses += [api.chat(key["key"]) for _ in range(2)]
    assert [cache_header(r) for r in responses] == ["miss", "hit", "hit"]
    limited = api.chat(key["key"])  # would be a hit: the rpm refuses it first
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limit_exceeded"
    assert upstream.request_count == 1

    miss, *hits = api.records([r.headers["x-request-id"] for r in responses])
    assert not miss.cache_hit and miss.cost_usd is not None and miss.cost_usd > 0
    for hit in hits:
        assert hit.cache_hit and hit.cost_usd == 0
        assert hit.key_id == key["id"] and hit.status_code == 200
        assert (hit.prompt_tokens, hit.completion_tokens) == (
            miss.prompt_tokens,
            miss.completion_tokens,
        )
    # The refusal is logged, but the spend report counts only requests that were served.
    spend = wait_for(
        lambda: (
            (s := api.admin("GET", "/spend", params={"by": "key"}).json())["rows"]
            and s["rows"][0]["requests"] == 3
            and s
        ),
        "the spend rollup",
    )
    (row,) = spend["rows"]
    assert (row["requests"], row["cache_hits"]) == (3, 2)
    assert row["cost_usd"] == pytest.approx(miss.cost_usd)


def test_tenants_are_isolated_and_teams_share(api: Api, upstream: FakeUpstream) -> None:
    team = api.admin("POST", "/teams", json={"name": "t"}).json()
    a, b = api.key(name="a"), api.key(name="b")
    c, d = api.key(name="c", team=team["id"]), api.key(name="d", team=team["id"])

    assert cache_header(api.chat(a["key"])) == "miss"
    api.stored(tenant=f"key:{a['id']}")
    assert cache_header(api.chat(a["key"])) == "hit"
    assert cache_header(api.chat(b["key"])) == "miss"  # another key without a team
    assert cache_header(api.chat(MASTER_KEY)) == "miss"
    assert cache_header(api.chat(c["key"])) == "miss"
    api.stored(tenant=f"team:{team['id']}")
    assert cache_header(api.chat(d["key"])) == "hit"  # one team, one cache
    assert upstream.request_count == 4


def test_invalidation_over_the_admin_api(api: Api, upstream: FakeUpstream) -> None:
    for body in ({}, {"max_tokens": 3}, {"model": "mock"}):
        assert cache_header(api.chat(**body)) == "miss"
        api.stored(**body)
        assert cache_header(api.chat(**body)) == "hit"

    one = api.stored(max_tokens=3)
    removed = api.admin("POST", "/cache/invalidate", json={"key": one})
    assert removed.status_code == 200, removed.text
    assert removed.json() == {"removed": 1}
    assert cache_header(api.chat(max_tokens=3)) == "miss"
    api.stored(max_tokens=3)

    by_model = api.admin("POST", "/cache/invalidate", json={"model": "chat-small"})
    assert by_model.json() == {"removed": 2}
    assert cache_header(api.chat()) == "miss"
    assert cache_header(api.chat(model="mock")) == "hit"  # another group keeps its entries
    api.stored()

    everything = api.admin("POST", "/cache/invalidate", json={"all": True})
    assert everything.json() == {"removed": 2}
    assert cache_header(api.chat(model="mock")) == "miss"
    assert cache_header(api.chat()) == "miss"
    for body in ({}, {"model": "chat-small", "all": True}):
        refused = api.admin("POST", "/cache/invalidate", json=body)
        assert refused.status_code == 400, body
    assert upstream.request_count == 5


@pytest.mark.redis
@pytest.mark.parametrize("state", ["redis"], indirect=True)
def test_redis_entries_are_shared_between_gateways(
    launch: Callable[..., Api], upstream: FakeUpstream
) -> None:
    one, two = launch(), launch()
    first = one.chat(stream=True)
    assert cache_header(first) == "miss"
    one.stored(stream=True)
    replay = two.chat(stream=True)
    assert cache_header(replay) == "hit"
    assert replay.content == first.content
    assert upstream.request_count == 1
    assert two.admin("POST", "/cache/invalidate", json={"all": True}).json() == {"removed": 1}
    assert cache_header(one.chat(stream=True)) == "miss"


def test_an_unreachable_cache_is_a_miss_not_an_error(
    tmp_path: Path,
    http: httpx.Client,
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
) -> None:
    down = State("redis", "redis://127.0.0.1:1/0", "down:", {"REDIS_URL": "redis://127.0.0.1:1/0"})
    gw = gateway_factory(config(upstream, down), DB_URL=f"sqlite:///{tmp_path}/down.db", **down.env)
    api = Api(http, gw, down, "")
    for _ in range(2):
        r = api.chat()
        assert r.status_code == 200 and cache_header(r) == "miss"
    assert upstream.request_count == 2
    assert metric_value(gw.url, "lmops_cache_errors_total", operation="get") > 0
    refused = api.admin("POST", "/cache/invalidate", json={"all": True})
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "cache_unavailable"


# -- semantic cache --------------------------------------------------------------------------------

QUESTION = "What is the capital of France?"


@pytest.fixture(scope="module")
def semantic_gateway(
    upstream_server: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningGateway]:
    """One gateway for every semantic assertion: loading MiniLM takes seconds."""
    # Importing sentence-transformers (torch) can take longer, cold, than start_gateway waits
    # for a start; import it here first, so that the gateway's start only loads the weights.
    importlib.import_module("sentence_transformers")
    extra = """
    chat-small:
      semantic:
        threshold: 0.8
        embedder: minilm"""
    db_url = f"sqlite:///{tmp_path_factory.mktemp('semantic')}/cache.db"
    gw = start_gateway(config_from(config(upstream_server, State(), extra), db_url))
    yield gw
    gw.stop()


def test_semantic_cache_serves_paraphrases_only(
    semantic_gateway: RunningGateway, http: httpx.Client, upstream: FakeUpstream
) -> None:
    api = Api(http, semantic_gateway, State(), "")

    def ask(text: str, secret: str = MASTER_KEY, system: str | None = None) -> httpx.Response:
        messages = [{"role": "user", "content": text}]
        if system is not None:
            messages.insert(0, {"role": "system", "content": system})
        return api.chat(secret, messages=messages)

    original = ask(QUESTION)
    assert cache_header(original) == "miss"
    paraphrase = ask("What's the capital city of France?")
    assert cache_header(paraphrase) == "hit"
    assert paraphrase.content == original.content
    assert cache_header(ask("Tell me the capital of France.")) == "hit"
    assert upstream.request_count == 1
    assert cache_header(ask("How do I bake sourdough bread at home?")) == "miss"
    assert cache_header(ask("What is the capital of Germany?")) == "miss"
    # Partitions: another tenant, or another system prompt, never matches.
    other = api.key(name="other")
    assert cache_header(ask("What's the capital city of France?", other["key"])) == "miss"
    assert cache_header(ask(QUESTION, system="Answer in French.")) == "miss"
    assert upstream.request_count == 5


# -- semantic cache on an embeddings model group ---------------------------------------------------

EMBED_GROUP = "embed"
PARTS = [{"role": "user", "content": [{"type": "text", "text": MSG[0]["content"]}]}]


def embedder_config(upstream: FakeUpstream, upstream2: FakeUpstream, state: State) -> str:
    """``config`` with chat-small's semantic cache embedding through the group "embed" (on
    ``upstream2``). The fake's vectors are a hash of the text: only the same text matches."""
    extra = f"""
    chat-small:
      semantic:
        threshold: 0.99
        embedder: {EMBED_GROUP}"""
    deployment = f"""
models:
  - name: {EMBED_GROUP}
    provider: openai
    api_base: {upstream2.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-embedder"""
    return config(upstream, state, extra).replace("\nmodels:", deployment, 1)


@pytest.fixture
def embedder_api(
    tmp_path: Path,
    http: httpx.Client,
    state: State,
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
    upstream2: FakeUpstream,
) -> Api:
    db_url = f"sqlite:///{tmp_path}/embedder.db"
    yaml_text = embedder_config(upstream, upstream2, state)
    return Api(http, gateway_factory(yaml_text, DB_URL=db_url, **state.env), state, db_url)


def test_semantic_cache_embeds_with_an_embeddings_model_group(
    embedder_api: Api, upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    api = embedder_api
    first = api.chat()
    assert cache_header(first) == "miss"
    # The lookup embedded the request's text through the group's deployment on upstream2.
    assert [(r.method, r.path) for r in upstream2.requests] == [("POST", "/v1/embeddings")]
    sent = upstream2.requests[0].json
    assert sent["model"] == "upstream-embedder"
    assert sent["input"] == f"user: {MSG[0]['content']}"
    api.stored()
    if api.state.redis_url is not None:  # the vector is indexed just after the entry is set
        client = redis.Redis.from_url(api.state.redis_url)
        try:
            wait_for(lambda: client.keys(f"{api.state.prefix}semantic:v:*"), "the vector")
        finally:
            client.close()
    second = api.chat()
    assert cache_header(second) == "hit" and second.content == first.content
    assert upstream2.request_count == 1  # an exact hit embeds nothing
    # The same text as content parts: another exact key, the same vector: a semantic hit.
    third = api.chat(messages=PARTS)
    assert cache_header(third) == "hit" and third.content == first.content
    assert upstream2.request_count == 2
    assert upstream.request_count == 1
    semantic_hits = metric_value(
        api.gw.url, "lmops_cache_lookups_total", model="chat-small", result="semantic"
    )
    assert semantic_hits == 1
    other = api.chat(messages=[{"role": "user", "content": "Something else entirely?"}])
    assert cache_header(other) == "miss"
    assert (upstream.request_count, upstream2.request_count) == (2, 3)
    assert metric_value(api.gw.url, "lmops_cache_errors_total") == 0


def test_a_failing_embeddings_group_is_a_miss_not_an_error(
    embedder_api: Api, upstream: FakeUpstream, upstream2: FakeUpstream
) -> None:
    api = embedder_api
    upstream2.status = 500
    errors = {"operation": "semantic_lookup"}
    first = api.chat()
    assert cache_header(first) == "miss"  # answered 200 all the same
    assert upstream2.request_count >= 1 and upstream2.requests[0].path == "/v1/embeddings"
    assert metric_value(api.gw.url, "lmops_cache_errors_total", **errors) == 1
    # The answer is still cached exactly: no vector was indexed, and none is needed.
    api.stored()
    asked = upstream2.request_count
    assert cache_header(api.chat()) == "hit"
    assert upstream2.request_count == asked
    # Same text, another exact key: the semantic lookup fails again and is a miss.
    parts = api.chat(messages=PARTS)
    assert cache_header(parts) == "miss"
    assert parts.json()["choices"][0]["message"]["content"]
    assert metric_value(api.gw.url, "lmops_cache_errors_total", **errors) == 2
    assert upstream.request_count == 2


async def test_a_cache_outage_is_logged_once_each_way(tmp_path: Path) -> None:
    with private_redis(tmp_path) as server:
        backend = RedisCache.from_url(server.url, timeout=0.2)
        errors: list[str] = []
        cache = ResponseCache(
            CacheSettings(), backend, {}, on_error=errors.append, on_lookup=lambda g, r: None
        )
        state = CacheState("k", 60.0, lookup=True)
        ctx = RequestContext({"headers": []}, None, "chat", "r")
        try:
            server.stop()
            with capture_logs() as down:
                for _ in range(5):
                    assert await cache._lookup(ctx, state) is None
            assert errors == ["get"] * 5  # every failure counted
            assert [e["event"] for e in down if "cache" in e["event"]] == ["cache_unavailable"]
            server.start()
            with capture_logs() as back:
                for _ in range(3):
                    await cache._lookup(ctx, state)
            assert [e["event"] for e in back if "cache" in e["event"]] == ["cache_available"]
        finally:
            await backend.close()
