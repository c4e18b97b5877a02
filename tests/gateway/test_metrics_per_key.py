"""Per-key and per-team series (``settings.metrics_per_key``): off by default, exact when on,
bounded to ``top_n`` ids of each kind, never a secret, whole when a key is renamed or revoked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from lmops.config import MetricsPerKeySettings
from lmops.gateway.context import ANONYMOUS, Principal
from lmops.gateway.key_metrics import OTHER, KeySeries, TopLabels
from lmops.store.keys import Limits, hash_key
from lmops.store.records import KeyRecord, TeamRecord
from tests.conftest import MASTER_KEY, RunningGateway

AUTH = {"authorization": f"Bearer {MASTER_KEY}"}
PROMPT_TOKENS, COMPLETION_TOKENS = 7, 3
INPUT_PRICE, OUTPUT_PRICE = 0.001, 0.002
COST = PROMPT_TOKENS * INPUT_PRICE + COMPLETION_TOKENS * OUTPUT_PRICE


def config(per_key: str = "") -> str:
    return f"""
models:
  - name: mock
    provider: mock
    input_cost_per_token: {INPUT_PRICE}
    output_cost_per_token: {OUTPUT_PRICE}
    mock: {{prompt_tokens: {PROMPT_TOKENS}, completion_tokens: {COMPLETION_TOKENS}}}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  request_log:
    flush_interval: 0.05
{per_key}
"""


ON = "  metrics_per_key: {enabled: true, top_n: 2}"


@dataclass
class Key:
    id: str
    secret: str


def create_team(gw: RunningGateway, name: str) -> str:
    resp = httpx.post(f"{gw.url}/admin/teams", json={"name": name}, headers=AUTH)
    assert resp.status_code == 201, resp.text
    return str(resp.json()["id"])


def create_key(gw: RunningGateway, name: str, team: str | None = None) -> Key:
    body = {"name": name} | ({"team": team} if team else {})
    resp = httpx.post(f"{gw.url}/admin/keys", json=body, headers=AUTH)
    assert resp.status_code == 201, resp.text
    return Key(resp.json()["id"], resp.json()["key"])


def chat(gw: RunningGateway, secret: str, times: int = 1) -> None:
    body = {"model": "mock", "messages": [{"role": "user", "content": "hi"}]}
    headers = {"authorization": f"Bearer {secret}"}
    with httpx.Client(base_url=gw.base_url, headers=headers) as client:
        for _ in range(times):
            assert client.post("/chat/completions", json=body).status_code == 200


def samples(text: str, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    """``name``'s samples in an exposition, by their sorted labels."""
    return {
        tuple(sorted(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == name
    }


def by(found: dict[tuple[tuple[str, str], ...], float], label: str) -> dict[str, float]:
    """The samples summed by one label (``sum by (label)``)."""
    out: dict[str, float] = {}
    for labels, value in found.items():
        value_of = dict(labels)[label]
        out[value_of] = out.get(value_of, 0.0) + value
    return out


def scrape(gw: RunningGateway) -> str:
    return httpx.get(f"{gw.url}/metrics").text


def test_off_by_default_there_is_no_per_key_series(
    gateway_factory: Callable[..., RunningGateway],
) -> None:
    gw = gateway_factory(config())
    key = create_key(gw, "quiet")
    chat(gw, key.secret)
    text = scrape(gw)
    assert "lmops_requests_total" in text
    assert "lmops_key_" not in text and key.id not in text


def test_counts_per_key_and_team_are_exact_and_the_third_key_is_other(
    gateway_factory: Callable[..., RunningGateway],
) -> None:
    gw = gateway_factory(config(ON))
    red, blue = create_team(gw, "red"), create_team(gw, "blue")
    first, second = create_key(gw, "first", red), create_key(gw, "second", red)
    third, loner = create_key(gw, "third", blue), create_key(gw, "loner")
    for key, times in ((first, 3), (second, 2), (third, 1), (loner, 1)):
        chat(gw, key.secret, times)
    chat(gw, MASTER_KEY)
    text = scrape(gw)
    requests = samples(text, "lmops_key_requests_total")
    assert requests == {
        (("key", first.id), ("team", red)): 3,
        (("key", second.id), ("team", red)): 2,
        (("key", OTHER), ("team", blue)): 1,  # top_n is 2: the third key is other
        (("key", OTHER), ("team", "none")): 1,
        (("key", "master"), ("team", "none")): 1,
    }
    assert by(requests, "team") == {red: 5, blue: 1, "none": 2}
    tokens = samples(text, "lmops_key_tokens_total")
    prompt = {k: v for k, v in tokens.items() if ("direction", "prompt") in k}
    assert by(prompt, "key") == {first.id: 21, second.id: 14, OTHER: 14, "master": 7}
    assert sum(tokens.values()) == 8 * (PROMPT_TOKENS + COMPLETION_TOKENS)
    spend = by(samples(text, "lmops_key_spend_usd_total"), "key")
    assert spend == pytest.approx({first.id: 3 * COST, second.id: 2 * COST, OTHER: 2 * COST,
                                   "master": COST})  # fmt: skip
    # Ids only: never a secret, its hash or the name a person gave the key.
    for key in (first, second, third, loner):
        assert key.secret not in text and hash_key(key.secret) not in text
        assert key.secret[:12] not in text
    assert MASTER_KEY not in text
    assert not any(f'"{name}"' in text for name in ("first", "second", "third", "loner"))


def test_renaming_or_revoking_a_key_keeps_its_series_whole(
    gateway_factory: Callable[..., RunningGateway],
) -> None:
    gw = gateway_factory(config(ON))
    kept, revoked = create_key(gw, "kept"), create_key(gw, "revoked")
    chat(gw, kept.secret, 2)
    chat(gw, revoked.secret)
    resp = httpx.patch(f"{gw.url}/admin/keys/{kept.id}", json={"name": "renamed"}, headers=AUTH)
    assert resp.status_code == 200, resp.text
    assert httpx.delete(f"{gw.url}/admin/keys/{revoked.id}", headers=AUTH).status_code == 200
    chat(gw, kept.secret)
    body = {"model": "mock", "messages": [{"role": "user", "content": "hi"}]}
    gone = {"authorization": f"Bearer {revoked.secret}"}
    refused = httpx.post(f"{gw.base_url}/chat/completions", json=body, headers=gone)
    assert refused.status_code == 401
    requests = by(samples(scrape(gw), "lmops_key_requests_total"), "key")
    assert requests[kept.id] == 3 and requests[revoked.id] == 1
    assert requests.get("anonymous", 0) == 1  # the refused secret is nobody's: no key's


# -- the ranking, driven by hand --------------------------------------------------------------


def principal(key_id: str, team_id: str | None = None) -> Principal:
    now = datetime.now(UTC)
    key = KeyRecord(
        id=key_id, key_hash="h", key_prefix="sk-", name=key_id, team_id=team_id, models=None,
        limits=Limits(), expires_at=None, metadata={}, created_at=now, updated_at=now,
        revoked_at=None,
    )  # fmt: skip
    team = None
    if team_id is not None:
        team = TeamRecord(
            id=team_id, name=team_id, models=None, limits=Limits(), metadata={},
            created_at=now, updated_at=now, deleted_at=None,
        )  # fmt: skip
    return Principal(key_id, "key", key, team)


def rendered(registry: CollectorRegistry) -> dict[str, float]:
    return by(samples(generate_latest(registry).decode(), "lmops_key_requests_total"), "key")


def test_the_busiest_keys_of_an_interval_take_the_places_and_the_others_leave_metrics() -> None:
    registry = CollectorRegistry()
    settings = MetricsPerKeySettings(enabled=True, top_n=1, rerank_interval=10)
    series = KeySeries(settings, registry, multiprocess=False)
    series.record(principal("key_a"), 1, 1, 0.5, now=0.0)  # the first seen takes the place
    for t in range(3):
        series.record(principal("key_b"), 1, 1, 0.5, now=1.0 + t)
    assert rendered(registry) == {"key_a": 1, OTHER: 3}
    series.record(principal("key_b"), 1, 1, 0.5, now=10.0)  # the interval is over: re-rank
    assert rendered(registry) == {OTHER: 3, "key_b": 1}  # key_a's series is gone
    series.record(principal("key_a"), 1, 1, 0.5, now=11.0)
    assert rendered(registry) == {OTHER: 4, "key_b": 1}


def test_a_tie_keeps_the_place_where_it_is_and_idle_places_go_to_traffic() -> None:
    labels = TopLabels(2)
    assert [labels.label(i) for i in ("a", "b", "c", "b")] == ["a", "b", OTHER, "b"]
    assert labels.rerank() == set()  # c ties with a, which keeps its place
    labels.label("c")
    assert labels.rerank() == {"b"} and labels.labelled == {"a", "c"}
    assert labels.rerank() == set() and labels.labelled == {"a", "c"}  # nobody wants them


def test_in_multiprocess_mode_the_first_places_are_kept_for_good() -> None:
    registry = CollectorRegistry()
    settings = MetricsPerKeySettings(enabled=True, top_n=1, rerank_interval=1)
    series = KeySeries(settings, registry, multiprocess=True)
    series.record(principal("key_a", "team_x"), None, None, None, now=0.0)
    for t in range(5):
        series.record(principal("key_b", "team_y"), None, None, None, now=10.0 * (t + 1))
    assert rendered(registry) == {"key_a": 1, OTHER: 5}
    teams = by(samples(generate_latest(registry).decode(), "lmops_key_requests_total"), "team")
    assert teams == {"team_x": 1, OTHER: 5}


def test_callers_that_are_not_keys_have_fixed_values() -> None:
    registry = CollectorRegistry()
    series = KeySeries(MetricsPerKeySettings(enabled=True, top_n=1), registry, False)
    series.record(ANONYMOUS, None, None, None, now=0.0)
    assert samples(generate_latest(registry).decode(), "lmops_key_requests_total") == {
        (("key", "anonymous"), ("team", "none")): 1
    }
