"""Model prices: the packaged catalog, config overrides, and the exact cost of one request.

Prices are :class:`~decimal.Decimal` USD per token, read from ``price_catalog.json`` without a
trip through binary floats, so a cost is exactly what the price list says. A model the catalog
does not know has no price (``None``): callers report its cost as unknown, never as $0.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TypeGuard

__all__ = [
    "CAPABILITIES",
    "ModelPrice",
    "PriceCatalog",
    "PriceSource",
    "Usage",
    "cost",
    "estimate_max_cost",
    "price_for",
    "usage_from_openai",
]

CAPABILITIES: Final = frozenset(
    (
        "chat",
        "completions",
        "embeddings",
        "vision",
        "tools",
        "json_schema",
        "streaming",
        "reasoning",
        "prompt_caching",
        "audio",
    )
)
SCHEMA_VERSION: Final = 1
_PACKAGE: Final = "lmops.catalog"
_PACKAGED_FILE: Final = "price_catalog.json"
_MODEL_FIELDS: Final = frozenset(
    (
        "provider",
        "input_cost_per_token",
        "output_cost_per_token",
        "cached_input_cost_per_token",
        "cache_write_cost_per_token",
        "reasoning_cost_per_token",
        "context_window",
        "max_output_tokens",
        "capabilities",
        "aliases",
        "deprecated",
    )
)
# Dated snapshots and moving aliases: gpt-4o-2024-08-06, claude-3-5-sonnet-20241022,
# claude-sonnet-4@20250514 (Vertex), command-r-08-2024, gpt-4-0613, gemini-1.5-pro-002, *-latest.
_SNAPSHOT: Final = re.compile(r"(?:-\d{4}-\d{2}-\d{2}|[-@]\d{8}|-\d{2}-\d{4}|-\d{3,4}|-latest)$")
# Distinct names looked up before the memo is reset: bounds memory if callers pass client input.
_MEMO_LIMIT: Final = 4096


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """One model's prices (USD per token) and limits."""

    input: Decimal  # per prompt token not read from or written to a prompt cache
    output: Decimal  # per completion token
    cached_input: Decimal | None = None  # None: billed as input
    cache_write: Decimal | None = None  # None: billed as input
    reasoning: Decimal | None = None  # None: billed as output
    context_window: int | None = None
    max_output_tokens: int | None = None
    provider: str | None = None
    capabilities: frozenset[str] = frozenset()
    deprecated: bool = False


@dataclass(frozen=True, slots=True)
class PriceSource:
    """Where a provider's prices in the catalog come from."""

    provider: str
    url: str


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts normalised from an OpenAI-shaped usage object."""

    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0  # part of prompt_tokens read from a prompt cache
    cache_write_tokens: int = 0  # part of prompt_tokens written to a prompt cache
    reasoning_tokens: int = 0  # part of completion_tokens


# --- usage and cost ------------------------------------------------------------------------------


def _is_mapping(value: Any) -> TypeGuard[Mapping[str, Any]]:
    # The dict test first: an ABC isinstance() costs several times more, on every request.
    return type(value) is dict or isinstance(value, Mapping)


def _count(value: Any) -> int | None:
    # type() rather than isinstance(): a bool is an int to isinstance().
    return value if type(value) is int and value >= 0 else None


def usage_from_openai(usage: Mapping[str, Any]) -> Usage | None:
    """Normalise an OpenAI-shaped ``usage`` object; ``None`` when it has no usable prompt count.

    Cache reads come from ``prompt_tokens_details.cached_tokens`` (or DeepSeek's
    ``prompt_cache_hit_tokens``); cache writes from ``prompt_tokens_details.cache_write_tokens``
    or ``.cache_creation_tokens``, or the top-level ``cache_creation_input_tokens`` that the
    Anthropic provider emits. Counts of the wrong type are ignored.
    """
    if not _is_mapping(usage):
        return None
    prompt = _count(usage.get("prompt_tokens"))
    if prompt is None:
        return None
    completion = _count(usage.get("completion_tokens"))
    if completion is None:  # embeddings report prompt_tokens and total_tokens only
        total = _count(usage.get("total_tokens"))
        completion = total - prompt if total is not None and total > prompt else 0
    cached = written = reasoning = 0
    details = usage.get("prompt_tokens_details")
    if _is_mapping(details):
        cached = _count(details.get("cached_tokens")) or 0
        written = (
            _count(details.get("cache_write_tokens"))
            or _count(details.get("cache_creation_tokens"))
            or 0
        )
    if not cached:
        cached = _count(usage.get("prompt_cache_hit_tokens")) or 0
    if not written:
        written = _count(usage.get("cache_creation_input_tokens")) or 0
    details = usage.get("completion_tokens_details")
    if _is_mapping(details):
        reasoning = _count(details.get("reasoning_tokens")) or 0
    return Usage(prompt, completion, cached, written, reasoning)


def cost(price: ModelPrice, usage: Usage) -> Decimal:
    """The exact USD cost of ``usage`` at ``price``.

    Negative counts count as 0, and a part never exceeds its whole (cache reads, then cache
    writes, within the prompt; reasoning within the completion), so nothing is billed twice.
    """
    prompt = max(usage.prompt_tokens, 0)
    cached = min(max(usage.cached_tokens, 0), prompt)
    written = min(max(usage.cache_write_tokens, 0), prompt - cached)
    completion = max(usage.completion_tokens, 0)
    reasoning = min(max(usage.reasoning_tokens, 0), completion)
    total = (prompt - cached - written) * price.input + (completion - reasoning) * price.output
    if cached:
        total += cached * (price.input if price.cached_input is None else price.cached_input)
    if written:
        total += written * (price.input if price.cache_write is None else price.cache_write)
    if reasoning:
        total += reasoning * (price.output if price.reasoning is None else price.reasoning)
    return total


def estimate_max_cost(price: ModelPrice, prompt_tokens: int, max_output_tokens: int) -> Decimal:
    """An upper bound on :func:`cost` to reserve before a call, whatever the usage turns out to be.

    Every prompt token at the dearest prompt price (Anthropic cache writes cost 1.25x input),
    every output token at the dearer of the output and reasoning prices.
    """
    prompt = price.input
    if price.cache_write is not None and price.cache_write > prompt:
        prompt = price.cache_write
    if price.cached_input is not None and price.cached_input > prompt:
        prompt = price.cached_input
    output = price.output
    if price.reasoning is not None and price.reasoning > output:
        output = price.reasoning
    return max(prompt_tokens, 0) * prompt + max(max_output_tokens, 0) * output


# --- the catalog ---------------------------------------------------------------------------------


class PriceCatalog:
    """Model prices by name, with lookup tables built once so :meth:`lookup` is a dict hit."""

    def __init__(
        self,
        models: Mapping[str, ModelPrice],
        aliases: Mapping[str, tuple[str, ...]] | None = None,
        *,
        updated: str,
        schema_version: int = SCHEMA_VERSION,
        sources: tuple[PriceSource, ...] = (),
        note: str = "",
    ) -> None:
        """Build the tables; ``aliases`` maps a model name to its other names."""
        self.updated = updated
        self.schema_version = schema_version
        self.sources = sources
        self.note = note
        self._models: Mapping[str, ModelPrice] = MappingProxyType(dict(models))
        self._exact, self._folded = _name_tables(self._models, aliases or {})
        self._hosted = _hosted_table(self._models, self._folded)
        self._memo: dict[str, ModelPrice | None] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> PriceCatalog:
        """Read a catalog file (``None``: the packaged one); ``ValueError`` if it is malformed."""
        if path is None:
            origin = _PACKAGED_FILE
            text = resources.files(_PACKAGE).joinpath(_PACKAGED_FILE).read_bytes()
        else:
            origin = str(path)
            text = Path(path).read_bytes()
        try:
            data = json.loads(text, parse_float=Decimal)
        except ValueError as exc:  # JSONDecodeError and undecodable bytes
            raise ValueError(f"{origin}: not valid JSON: {exc}") from None
        return _parse_catalog(data, origin)

    def models(self) -> Mapping[str, ModelPrice]:
        """Every model by its catalog name (aliases not repeated); read-only."""
        return self._models

    def lookup(self, model: str) -> ModelPrice | None:
        """The price of ``model``, or ``None`` when unknown.

        Tried in order: the exact name or alias; the name in any case; the name without a
        provider prefix (``openai/gpt-4o``, ``models/gemini-2.5-pro``) or a host prefix of a
        hosted model (``meta-llama/Llama-3.3-70B-Instruct-Turbo``); then each of those without a
        dated snapshot or ``-latest`` suffix.
        """
        found = self._exact.get(model)
        if found is not None:
            return found
        try:
            return self._memo[model]
        except KeyError:
            pass
        found = self._resolve(model)
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[model] = found
        return found

    def _resolve(self, model: str) -> ModelPrice | None:
        names = list(_without_prefixes(model.strip().lower()))
        for name in names:
            found = self._folded.get(name) or self._hosted.get(name)
            if found is not None:
                return found
        for name in names:
            undated = _SNAPSHOT.sub("", name, count=1)
            if undated != name:
                found = self._folded.get(undated) or self._hosted.get(undated)
                if found is not None:
                    return found
        return None


def _without_prefixes(name: str) -> Iterator[str]:
    yield name
    while "/" in name:
        name = name.split("/", 1)[1]
        if name:
            yield name


def _name_tables(
    models: Mapping[str, ModelPrice], aliases: Mapping[str, tuple[str, ...]]
) -> tuple[dict[str, ModelPrice], dict[str, ModelPrice]]:
    exact: dict[str, ModelPrice] = {}
    folded: dict[str, ModelPrice] = {}
    owner: dict[str, str] = {}
    names = [(name, name) for name in models]
    names += [(alias, name) for name, others in aliases.items() for alias in others]
    for alias, name in names:
        if name not in models:
            raise ValueError(f"aliases given for {name!r}, which is not in the catalog")
        key = alias.lower()
        if key in owner:
            raise ValueError(f"name {alias!r} of {name!r} collides with a name of {owner[key]!r}")
        owner[key] = name
        exact[alias] = folded[key] = models[name]
    return exact, folded


def _hosted_table(
    models: Mapping[str, ModelPrice], folded: Mapping[str, ModelPrice]
) -> dict[str, ModelPrice]:
    # "together/meta-llama/X" is also found as "meta-llama/X" (what the host itself calls it),
    # unless another entry claims the same short name.
    seen: dict[str, list[ModelPrice]] = {}
    for name, price in models.items():
        _, slash, short = name.lower().partition("/")
        if slash and short and short not in folded:
            seen.setdefault(short, []).append(price)
    return {short: prices[0] for short, prices in seen.items() if len(prices) == 1}


# --- parsing the file ----------------------------------------------------------------------------


def _parse_catalog(data: Any, origin: str) -> PriceCatalog:
    if not isinstance(data, dict):
        raise ValueError(f"{origin}: expected a JSON object at the top level")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"{origin}: schema_version must be {SCHEMA_VERSION}")
    updated = data.get("updated")
    if not isinstance(updated, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", updated):
        raise ValueError(f"{origin}: 'updated' must be a date, YYYY-MM-DD")
    try:
        date.fromisoformat(updated)
    except ValueError:
        raise ValueError(f"{origin}: 'updated' is not a real date: {updated!r}") from None
    models = data.get("models")
    if not isinstance(models, dict) or not models:
        raise ValueError(f"{origin}: 'models' must be a non-empty object")
    prices: dict[str, ModelPrice] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    for name, raw in models.items():
        where = f"{origin}: model {name!r}"
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: expected an object")
        prices[name] = _parse_model(raw, where)
        aliases[name] = _strings(raw.get("aliases", []), where, "aliases")
    note = data.get("note", "")
    try:
        return PriceCatalog(
            prices,
            aliases,
            updated=updated,
            sources=_parse_sources(data.get("sources", []), origin),
            note=note if isinstance(note, str) else "",
        )
    except ValueError as exc:  # alias collisions
        raise ValueError(f"{origin}: {exc}") from None


def _parse_model(raw: dict[str, Any], where: str) -> ModelPrice:
    unknown = raw.keys() - _MODEL_FIELDS
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    provider = raw.get("provider")
    if not isinstance(provider, str) or not provider:
        raise ValueError(f"{where}: 'provider' must be a non-empty string")
    capabilities = frozenset(_strings(raw.get("capabilities", []), where, "capabilities"))
    if not capabilities <= CAPABILITIES:
        odd = ", ".join(sorted(capabilities - CAPABILITIES))
        raise ValueError(f"{where}: unknown capabilities {odd}")
    deprecated = raw.get("deprecated", False)
    if not isinstance(deprecated, bool):
        raise ValueError(f"{where}: 'deprecated' must be true or false")
    return ModelPrice(
        input=_required_price(raw, "input_cost_per_token", where),
        output=_required_price(raw, "output_cost_per_token", where),
        cached_input=_price(raw, "cached_input_cost_per_token", where),
        cache_write=_price(raw, "cache_write_cost_per_token", where),
        reasoning=_price(raw, "reasoning_cost_per_token", where),
        context_window=_positive_int(raw, "context_window", where),
        max_output_tokens=_positive_int(raw, "max_output_tokens", where),
        provider=provider,
        capabilities=capabilities,
        deprecated=deprecated,
    )


def _price(raw: dict[str, Any], key: str, where: str) -> Decimal | None:
    value = raw.get(key)
    if value is None:
        return None
    if type(value) is int:
        value = Decimal(value)
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise ValueError(f"{where}: {key} must be a number >= 0, not {value!r}")
    return value


def _required_price(raw: dict[str, Any], key: str, where: str) -> Decimal:
    value = _price(raw, key, where)
    if value is None:
        raise ValueError(f"{where}: {key} is required")
    return value


def _positive_int(raw: dict[str, Any], key: str, where: str) -> int | None:
    value = raw.get(key)
    if value is not None and (type(value) is not int or value < 1):
        raise ValueError(f"{where}: {key} must be a whole number >= 1, not {value!r}")
    return value


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value)


def _parse_sources(value: Any, origin: str) -> tuple[PriceSource, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{origin}: 'sources' must be a list")
    sources = []
    for item in value:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) and item.get(k) for k in ("provider", "url")
        ):
            raise ValueError(f"{origin}: each source needs a 'provider' and a 'url'")
        sources.append(PriceSource(item["provider"], item["url"]))
    return tuple(sources)


# --- config overrides ----------------------------------------------------------------------------


def price_for(
    model: str,
    input_cost_per_token: float | None,
    output_cost_per_token: float | None,
    catalog: PriceCatalog,
) -> ModelPrice | None:
    """A deployment's price: its configured prices win over the catalog's entry for ``model``.

    With one configured price, the other comes from the catalog (``None`` if it does not know the
    model). A configured input price replaces the catalog's cached-input and cache-write prices
    too, and a configured output price its reasoning price (a discount is not guessed for a price
    the catalog did not set: those tokens are billed at the configured price); the context window
    and capabilities are kept.
    """
    known = catalog.lookup(model)
    if input_cost_per_token is None and output_cost_per_token is None:
        return known
    if known is None:
        if input_cost_per_token is None or output_cost_per_token is None:
            return None
        return ModelPrice(
            input=_decimal(input_cost_per_token), output=_decimal(output_cost_per_token)
        )
    price = known
    if input_cost_per_token is not None:
        price = replace(
            price, input=_decimal(input_cost_per_token), cached_input=None, cache_write=None
        )
    if output_cost_per_token is not None:
        price = replace(price, output=_decimal(output_cost_per_token), reasoning=None)
    return price


def _decimal(value: float) -> Decimal:
    # Through str(): Decimal(0.15e-6) would carry the binary float's error into every cost.
    return Decimal(str(value))
