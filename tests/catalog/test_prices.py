"""The price catalog file, exact costs, lookup by the names deployments use, config overrides."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lmops.catalog import (
    CAPABILITIES,
    ModelPrice,
    PriceCatalog,
    Usage,
    cost,
    estimate_max_cost,
    price_for,
    usage_from_openai,
)
from lmops.providers.anthropic import _usage as anthropic_usage

PRICE_FIELDS = (
    "input_cost_per_token",
    "output_cost_per_token",
    "cached_input_cost_per_token",
    "cache_write_cost_per_token",
    "reasoning_cost_per_token",
)


@pytest.fixture(scope="module")
def catalog() -> PriceCatalog:
    return PriceCatalog.load()


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    text = resources.files("lmops.catalog").joinpath("price_catalog.json").read_text()
    data: dict[str, Any] = json.loads(text, parse_float=Decimal)
    return data


# --- the packaged file ---------------------------------------------------------------------------


def test_catalog_is_dated_sourced_and_big_enough(catalog: PriceCatalog, raw: dict[str, Any]):
    assert catalog.schema_version == 1
    assert date(2024, 1, 1) < date.fromisoformat(catalog.updated) <= date.today()
    assert "check before relying on it for billing" in raw["note"]
    assert len(catalog.models()) >= 60
    named = {source.provider for source in catalog.sources}
    used = {price.provider for price in catalog.models().values()}
    assert used <= named, f"providers without a source: {used - named}"
    assert all(source.url.startswith("https://") for source in catalog.sources)


def test_every_model_has_sane_prices_and_limits(catalog: PriceCatalog):
    for name, price in catalog.models().items():
        assert price.input >= 0 and price.output >= 0, name
        assert price.input > 0, f"{name}: a listed model is never free to call"
        if price.cached_input is not None:
            assert price.cached_input < price.input, name
        if price.cache_write is not None:
            assert price.cache_write >= price.input, name
        assert price.capabilities and price.capabilities <= CAPABILITIES, name
        if "embeddings" in price.capabilities:
            assert price.output == 0, name
        else:
            assert price.output > 0, name
        if price.context_window is not None:
            assert 512 <= price.context_window <= 10_000_000, name
        if price.max_output_tokens is not None:
            assert price.context_window is not None, name
            assert price.max_output_tokens <= price.context_window, name


def test_prices_in_the_file_are_exact_decimals(raw: dict[str, Any]):
    # Written the way Python writes the nearest float, with no binary noise (2.5e-07, never
    # 2.4999999999999998e-07), and a whole number of millionths of a cent per million tokens.
    for name, entry in raw["models"].items():
        for field in PRICE_FIELDS:
            if field in entry:
                value = entry[field]
                assert Decimal(repr(float(value))) == value, (name, field)
                per_million = value * 1_000_000
                assert per_million == per_million.quantize(Decimal("0.00001")), (name, field)


def test_names_and_aliases_never_collide(raw: dict[str, Any]):
    names = [name.lower() for name in raw["models"]]
    names += [
        alias.lower() for entry in raw["models"].values() for alias in entry.get("aliases", [])
    ]
    assert [name for name, n in Counter(names).items() if n > 1] == []


def test_anthropic_cache_prices_follow_the_published_multipliers(catalog: PriceCatalog):
    claude = [p for p in catalog.models().values() if p.provider == "anthropic"]
    assert len(claude) >= 8
    for price in claude:
        assert price.cache_write == price.input * Decimal("1.25")
        assert price.cached_input == price.input / 10


def test_the_families_the_gateway_is_used_with_are_covered(catalog: PriceCatalog):
    for name in (
        "gpt-4o",
        "gpt-4o-mini",
        "gpt-4.1",
        "gpt-4.1-mini",
        "gpt-4.1-nano",
        "o1",
        "o3",
        "o3-mini",
        "o4-mini",
        "gpt-3.5-turbo",
        "text-embedding-3-small",
        "text-embedding-3-large",
        "text-embedding-ada-002",
        "claude-3-haiku-20240307",
        "claude-3-5-haiku-20241022",
        "claude-3-5-sonnet-20241022",
        "claude-3-7-sonnet-20250219",
        "claude-sonnet-4-20250514",
        "claude-opus-4-20250514",
        "gemini-1.5-flash",
        "gemini-1.5-pro",
        "gemini-2.0-flash",
        "gemini-2.5-flash",
        "gemini-2.5-pro",
        "mistral-large-latest",
        "mistral-small-latest",
        "codestral-latest",
        "mistral-embed",
        "together/meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "groq/llama-3.3-70b-versatile",
        "deepseek-chat",
        "deepseek-reasoner",
        "grok-3",
        "command-r-08-2024",
        "command-r-plus-08-2024",
        "embed-english-v3.0",
        "amazon.nova-pro-v1:0",
    ):
        assert catalog.lookup(name) is not None, name


# --- malformed files -----------------------------------------------------------------------------


def _write(tmp_path: Path, **model: Any) -> Path:
    entry = {"provider": "acme", "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}
    entry.update(model)
    data = {
        "schema_version": 1,
        "updated": "2025-01-31",
        "sources": [{"provider": "acme", "url": "https://acme.example/pricing"}],
        "models": {"acme-1": entry, "acme-2": {**entry, "aliases": ["acme-two"]}},
    }
    path = tmp_path / "prices.json"
    path.write_text(json.dumps(data))
    return path


def test_a_valid_custom_file_loads_with_exact_prices(tmp_path: Path):
    catalog = PriceCatalog.load(_write(tmp_path, cached_input_cost_per_token=2.5e-07))
    assert catalog.updated == "2025-01-31"
    price = catalog.lookup("acme-1")
    assert price is not None
    assert price.input == Decimal("0.000001") and price.cached_input == Decimal("2.5E-7")
    assert catalog.lookup("acme-two") is catalog.models()["acme-2"]


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ({"input_cost_per_token": None}, "input_cost_per_token is required"),
        ({"output_cost_per_token": -1e-06}, "output_cost_per_token must be a number >= 0"),
        ({"input_cost_per_token": "0.000001"}, "input_cost_per_token must be a number"),
        ({"input_cost_per_token": True}, "input_cost_per_token must be a number"),
        ({"cached_input_cost_per_token": [1]}, "cached_input_cost_per_token must be a number"),
        ({"context_window": 0}, "context_window must be a whole number"),
        ({"max_output_tokens": 10.5}, "max_output_tokens must be a whole number"),
        ({"capabilities": ["chat", "telepathy"]}, "unknown capabilities telepathy"),
        ({"capabilities": "chat"}, "capabilities must be a list"),
        ({"input_cost_per_tokens": 1e-06}, "unknown field(s) input_cost_per_tokens"),
        ({"provider": ""}, "'provider' must be a non-empty string"),
        ({"deprecated": "yes"}, "'deprecated' must be true or false"),
        ({"aliases": ["acme-2"]}, "collides"),
    ],
)
def test_malformed_models_name_the_file_and_the_model(
    tmp_path: Path, model: dict[str, Any], message: str
):
    path = _write(tmp_path, **model)
    with pytest.raises(ValueError) as info:
        PriceCatalog.load(path)
    assert str(path) in str(info.value)
    assert "acme-" in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"schema_version": 2}, "schema_version must be 1"),
        ({"updated": "last week"}, "'updated' must be a date"),
        ({"updated": "2025-02-30"}, "not a real date"),
        ({"models": {}}, "'models' must be a non-empty object"),
        ({"models": {"x": 1}}, "model 'x': expected an object"),
        ({"sources": [{"provider": "acme"}]}, "each source needs"),
    ],
)
def test_malformed_files_are_refused(tmp_path: Path, change: dict[str, Any], message: str):
    path = _write(tmp_path)
    data = json.loads(path.read_text())
    data.update(change)
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match=message) as info:
        PriceCatalog.load(path)
    assert str(path) in str(info.value)


def test_a_file_that_is_not_json_is_refused(tmp_path: Path):
    path = tmp_path / "broken.json"
    path.write_bytes(b'{"schema_version": 1,')
    with pytest.raises(ValueError, match=r"broken\.json: not valid JSON"):
        PriceCatalog.load(path)


# --- cost ----------------------------------------------------------------------------------------


def test_gpt_4o_mini_cost_with_cached_tokens(catalog: PriceCatalog):
    usage = usage_from_openai(
        {
            "prompt_tokens": 1000,
            "completion_tokens": 250,
            "total_tokens": 1250,
            "prompt_tokens_details": {"cached_tokens": 400, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0},
        }
    )
    price = catalog.lookup("gpt-4o-mini")
    assert usage is not None and price is not None
    # 600 x $0.15/M + 400 x $0.075/M + 250 x $0.60/M
    assert cost(price, usage) == Decimal("0.00009") + Decimal("0.00003") + Decimal("0.00015")
    assert isinstance(cost(price, usage), Decimal)


def test_claude_cost_with_cache_reads_and_writes(catalog: PriceCatalog):
    # The Anthropic provider's own translation of an Anthropic usage block.
    translated = anthropic_usage(
        {
            "input_tokens": 100,
            "cache_read_input_tokens": 2000,
            "cache_creation_input_tokens": 1000,
            "output_tokens": 500,
        }
    )
    usage = usage_from_openai(translated)
    assert usage == Usage(
        prompt_tokens=3100, completion_tokens=500, cached_tokens=2000, cache_write_tokens=1000
    )
    price = catalog.lookup("claude-sonnet-4-5-20250929")
    assert price is not None
    # 100 x $3/M + 2000 x $0.30/M + 1000 x $3.75/M + 500 x $15/M
    expected = Decimal("0.0003") + Decimal("0.0006") + Decimal("0.00375") + Decimal("0.0075")
    assert cost(price, usage) == expected == Decimal("0.01215")


@pytest.mark.parametrize(
    "usage",
    [
        {
            "prompt_tokens": 1000,
            "completion_tokens": 2000,
            "prompt_tokens_details": {"cached_tokens": 800},
            "prompt_cache_hit_tokens": 800,
            "prompt_cache_miss_tokens": 200,
            "completion_tokens_details": {"reasoning_tokens": 1500},
        },
        # DeepSeek's own counters only
        {
            "prompt_tokens": 1000,
            "completion_tokens": 2000,
            "prompt_cache_hit_tokens": 800,
            "prompt_cache_miss_tokens": 200,
            "completion_tokens_details": {"reasoning_tokens": 1500},
        },
    ],
)
def test_deepseek_reasoner_cost_with_cache_hits_and_reasoning(
    catalog: PriceCatalog, usage: dict[str, Any]
):
    parsed = usage_from_openai(usage)
    price = catalog.lookup("deepseek-reasoner")
    assert parsed is not None and price is not None
    assert parsed.cached_tokens == 800 and parsed.reasoning_tokens == 1500
    # 200 x $0.28/M + 800 x $0.028/M + 2000 x $0.42/M (reasoning billed as output)
    assert cost(price, parsed) == Decimal("0.000056") + Decimal("0.0000224") + Decimal("0.00084")


def test_embedding_cost(catalog: PriceCatalog):
    usage = usage_from_openai({"prompt_tokens": 5000, "total_tokens": 5000})
    price = catalog.lookup("text-embedding-3-small")
    assert usage == Usage(prompt_tokens=5000, completion_tokens=0)
    assert price is not None
    assert cost(price, usage) == Decimal("0.0001")


def test_separate_reasoning_price_and_missing_cache_prices():
    price = ModelPrice(input=Decimal("0.001"), output=Decimal("0.002"), reasoning=Decimal("0.005"))
    usage = Usage(
        prompt_tokens=100,
        completion_tokens=10,
        cached_tokens=30,
        cache_write_tokens=20,
        reasoning_tokens=4,
    )
    # No cache prices: all 100 prompt tokens at input. 6 output + 4 reasoning tokens.
    assert cost(price, usage) == Decimal("0.1") + Decimal("0.012") + Decimal("0.020")


def test_odd_counts_are_clamped_and_never_billed_twice():
    price = ModelPrice(
        input=Decimal("1"),
        output=Decimal("10"),
        cached_input=Decimal("0.5"),
        cache_write=Decimal("2"),
    )
    assert cost(price, Usage(-5, -3, -1, -1, -1)) == 0
    # More cached than prompt: all 10 prompt tokens as cache reads; reasoning capped likewise.
    assert cost(price, Usage(10, 2, cached_tokens=50, reasoning_tokens=9)) == Decimal("25")
    # Reads then writes fill the prompt: 6 read, 4 written, none left at the input price.
    assert cost(price, Usage(10, 0, cached_tokens=6, cache_write_tokens=9)) == Decimal("11")


def test_estimate_max_cost_uses_the_dearest_prices(catalog: PriceCatalog):
    mini = catalog.lookup("gpt-4o-mini")
    claude = catalog.lookup("claude-3-5-haiku")
    assert mini is not None and claude is not None
    assert estimate_max_cost(mini, 1000, 500) == Decimal("0.00015") + Decimal("0.0003")
    # Claude: prompt tokens might all be cache writes ($1/M), not input ($0.80/M).
    assert estimate_max_cost(claude, 1000, 100) == Decimal("0.001") + Decimal("0.0004")
    thinker = ModelPrice(input=Decimal(1), output=Decimal(2), reasoning=Decimal(3))
    assert estimate_max_cost(thinker, 1, 1) == 4
    assert estimate_max_cost(thinker, -1, -1) == 0


@given(
    prompt=st.integers(0, 10**6),
    completion=st.integers(0, 10**6),
    cached=st.integers(0, 10**6),
    written=st.integers(0, 10**6),
    reasoning=st.integers(0, 10**6),
    index=st.integers(0, 10**4),
)
def test_the_reservation_always_covers_the_real_cost(
    catalog: PriceCatalog,
    prompt: int,
    completion: int,
    cached: int,
    written: int,
    reasoning: int,
    index: int,
):
    prices = list(catalog.models().values())
    prices.append(ModelPrice(input=Decimal(1), output=Decimal(2), reasoning=Decimal(3)))
    price = prices[index % len(prices)]
    usage = Usage(prompt, completion, cached, written, reasoning)
    assert 0 <= cost(price, usage) <= estimate_max_cost(price, prompt, completion)


# --- usage_from_openai ---------------------------------------------------------------------------


def test_usage_from_an_openai_chat_response():
    usage = {
        "prompt_tokens": 2006,
        "completion_tokens": 300,
        "total_tokens": 2306,
        "prompt_tokens_details": {"cached_tokens": 1920, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 256,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }
    assert usage_from_openai(usage) == Usage(2006, 300, cached_tokens=1920, reasoning_tokens=256)


def test_usage_from_an_anthropic_stream_translation():
    translated = anthropic_usage({"input_tokens": 12, "output_tokens": 40})
    assert usage_from_openai(translated) == Usage(12, 40)


@pytest.mark.parametrize("field", ["cache_write_tokens", "cache_creation_tokens"])
def test_cache_writes_reported_in_the_prompt_details(field: str):
    usage = {"prompt_tokens": 50, "completion_tokens": 5, "prompt_tokens_details": {field: 30}}
    assert usage_from_openai(usage) == Usage(50, 5, cache_write_tokens=30)


def test_completion_tokens_missing_fall_back_to_total():
    assert usage_from_openai({"prompt_tokens": 8, "total_tokens": 8}) == Usage(8, 0)
    assert usage_from_openai({"prompt_tokens": 8, "total_tokens": 20}) == Usage(8, 12)
    assert usage_from_openai({"prompt_tokens": 8, "total_tokens": 3}) == Usage(8, 0)


@pytest.mark.parametrize(
    "usage",
    [
        None,
        [],
        "usage",
        {},
        {"completion_tokens": 5},
        {"prompt_tokens": "10", "completion_tokens": 5},
        {"prompt_tokens": True, "completion_tokens": 5},
        {"prompt_tokens": -1, "completion_tokens": 5},
        {"prompt_tokens": 10.0, "completion_tokens": 5},
        {"prompt_tokens": None},
    ],
)
def test_usage_without_a_prompt_count_is_none(usage: Any):
    assert usage_from_openai(usage) is None


def test_wrongly_typed_details_are_ignored():
    usage = {
        "prompt_tokens": 10,
        "completion_tokens": "5",
        "total_tokens": False,
        "prompt_tokens_details": {"cached_tokens": True, "cache_write_tokens": -3},
        "completion_tokens_details": "lots",
        "prompt_cache_hit_tokens": "7",
        "cache_creation_input_tokens": 2.0,
    }
    assert usage_from_openai(usage) == Usage(10, 0)
    assert usage_from_openai({"prompt_tokens": 3, "prompt_tokens_details": None}) == Usage(3, 0)


# --- lookup --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("gpt-4o", "gpt-4o"),
        ("gpt-4o-2024-11-20", "gpt-4o"),
        ("GPT-4o-Mini", "gpt-4o-mini"),
        ("openai/gpt-4o", "gpt-4o"),
        ("azure/GPT-4o-2024-08-06", "gpt-4o"),
        ("gpt-4o-2031-01-01", "gpt-4o"),
        ("gpt-4o-2024-05-13", "gpt-4o-2024-05-13"),
        ("openai/gpt-4o-2024-05-13", "gpt-4o-2024-05-13"),
        ("gpt-4-0613", "gpt-4"),
        ("claude-3-5-sonnet-20241022", "claude-3-5-sonnet"),
        ("claude-3-5-sonnet-20991231", "claude-3-5-sonnet"),
        ("anthropic/claude-sonnet-4-5-20250929", "claude-sonnet-4-5"),
        ("claude-sonnet-4@20250514", "claude-sonnet-4"),
        ("claude-3-5-haiku-latest", "claude-3-5-haiku"),
        ("mistral/mistral-large-latest", "mistral-large"),
        ("gemini-1.5-pro-001", "gemini-1.5-pro"),
        ("models/gemini-2.5-pro", "gemini-2.5-pro"),
        ("gemini/gemini-2.5-flash", "gemini-2.5-flash"),
        ("command-r-08-2024", "command-r-08-2024"),
        ("grok-4-0709", "grok-4"),
        ("bedrock/us.amazon.nova-lite-v1:0", "amazon.nova-lite-v1:0"),
        (
            "together/meta-llama/Llama-3.3-70B-Instruct-Turbo",
            "together/meta-llama/Llama-3.3-70B-Instruct-Turbo",
        ),
        # what the host itself calls the model, as a deployment's upstream model name
        (
            "meta-llama/Llama-3.3-70B-Instruct-Turbo",
            "together/meta-llama/Llama-3.3-70B-Instruct-Turbo",
        ),
        ("llama-3.3-70b-versatile", "groq/llama-3.3-70b-versatile"),
        (
            "fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct",
            "fireworks/accounts/fireworks/models/llama-v3p3-70b-instruct",
        ),
    ],
)
def test_lookup_finds_the_names_deployments_use(catalog: PriceCatalog, name: str, entry: str):
    assert catalog.lookup(name) is catalog.models()[entry]
    assert catalog.lookup(name) is catalog.models()[entry]  # the memoised answer agrees


@pytest.mark.parametrize(
    "name",
    ["", "my-finetune", "ft:gpt-4o-mini-2024-07-18:acme::abc123", "gpt-4o-turbo", "openai/", "/"],
)
def test_unknown_models_have_no_price(catalog: PriceCatalog, name: str):
    assert catalog.lookup(name) is None


def test_a_short_name_two_hosts_share_is_not_guessed():
    price_a = ModelPrice(input=Decimal(1), output=Decimal(1))
    price_b = ModelPrice(input=Decimal(2), output=Decimal(2))
    catalog = PriceCatalog({"a/llama": price_a, "b/llama": price_b}, updated="2025-01-01")
    assert catalog.lookup("llama") is None
    assert catalog.lookup("b/llama") is price_b
    assert catalog.lookup("B/LLAMA") is price_b


def test_colliding_names_are_refused():
    price = ModelPrice(input=Decimal(1), output=Decimal(1))
    with pytest.raises(ValueError, match="collides"):
        PriceCatalog({"a": price, "b": price}, {"b": ("A",)}, updated="2025-01-01")


def test_many_distinct_unknown_names_do_not_break_lookup(catalog: PriceCatalog):
    for i in range(10_000):
        assert catalog.lookup(f"unknown-{i}") is None
    assert catalog.lookup("openai/gpt-4o-mini") is catalog.models()["gpt-4o-mini"]


# --- price_for -----------------------------------------------------------------------------------


def test_configured_prices_win_and_keep_the_catalog_details(catalog: PriceCatalog):
    known = catalog.models()["gpt-4o-mini"]
    price = price_for("gpt-4o-mini", 1e-06, 2e-06, catalog)
    assert price is not None
    assert (price.input, price.output) == (Decimal("0.000001"), Decimal("0.000002"))
    # The catalog's discounts belong to its prices: cached tokens bill at the configured price.
    assert known.cached_input is not None and price.cached_input is None
    assert cost(price, Usage(100, 0, cached_tokens=100)) == Decimal("0.0001")
    assert price.context_window == known.context_window
    assert price.capabilities == known.capabilities


def test_configured_float_prices_become_exact_decimals(catalog: PriceCatalog):
    price = price_for("private-model", 1.5e-07, 6e-07, catalog)
    assert price == ModelPrice(input=Decimal("1.5E-7"), output=Decimal("6E-7"))


def test_one_configured_price_takes_the_other_from_the_catalog(catalog: PriceCatalog):
    known = catalog.models()["claude-3-5-haiku"]
    only_input = price_for("claude-3-5-haiku-20241022", 5e-07, None, catalog)
    only_output = price_for("claude-3-5-haiku-20241022", None, 1e-05, catalog)
    assert only_input is not None and only_output is not None
    assert (only_input.input, only_input.output) == (Decimal("5E-7"), known.output)
    assert (only_output.input, only_output.output) == (known.input, Decimal("0.00001"))
    assert only_input.cache_write is None and only_input.cached_input is None
    assert only_output.cache_write == known.cache_write
    assert only_output.cached_input == known.cached_input
    assert price_for("private-model", 5e-07, None, catalog) is None
    assert price_for("private-model", None, 5e-07, catalog) is None


def test_no_configured_prices_means_the_catalog_price(catalog: PriceCatalog):
    assert price_for("openai/gpt-4.1", None, None, catalog) is catalog.models()["gpt-4.1"]
    assert price_for("private-model", None, None, catalog) is None
    free = price_for("local-llama", 0.0, 0.0, catalog)
    assert free == ModelPrice(input=Decimal(0), output=Decimal(0))
