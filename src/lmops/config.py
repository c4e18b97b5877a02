"""The ``lmops.yaml`` schema and its loader.

Every section is a pydantic model with ``extra="forbid"`` so a typo is an error, not a silently
ignored key. ``${VAR}`` (or ``${VAR:-default}``) references are resolved when the file is loaded;
a missing variable is an error that names it, unless the deployment that uses it is marked
``optional: true``, in which case that deployment is left out.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

__all__ = [
    "BudgetSettings",
    "CacheSettings",
    "Config",
    "ConfigError",
    "CooldownSettings",
    "Deployment",
    "GlobalBudget",
    "LimitSettings",
    "MockOptions",
    "ModelCacheSettings",
    "QuotaLimits",
    "RetrySettings",
    "RouterSettings",
    "SemanticCacheSettings",
    "Settings",
    "Timeouts",
    "WebhookSettings",
    "config_json_schema",
    "load_config",
    "parse_config",
]

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _not_blank(value: SecretStr | None) -> SecretStr | None:
    # An empty variable (a blank line in an env file) must not silently switch auth off.
    if value is not None and not value.get_secret_value().strip():
        raise ValueError("must not be empty (leave the key out to disable it)")
    return value


class Timeouts(_Model):
    """Seconds allowed for each phase of one upstream call."""

    connect: float = Field(5.0, gt=0)
    first_byte: float = Field(60.0, gt=0)
    total: float = Field(600.0, gt=0)


class MockOptions(_Model):
    """Behaviour of a ``provider: mock`` deployment (deterministic unless a rate is set)."""

    content: str = "This is a mock response."
    echo: bool = False
    latency_ms: float = Field(0.0, ge=0)
    stream_chunks: int = Field(5, ge=1)
    prompt_tokens: int | None = Field(None, ge=0)
    completion_tokens: int | None = Field(None, ge=0)
    embedding_dim: int = Field(16, ge=1)
    error_rate: float = Field(0.0, ge=0, le=1)
    error_status: int = Field(500, ge=400, le=599)
    error_message: str = "mock provider injected error"
    timeout_rate: float = Field(0.0, ge=0, le=1)
    seed: int | None = None


class Deployment(_Model):
    """One upstream deployment. Several deployments with one ``name`` form a load-balanced group."""

    name: str = Field(min_length=1)
    provider: str = Field(min_length=1)
    model: str | None = None
    api_base: str | None = None
    api_key: SecretStr | None = None
    api_version: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    weight: float = Field(1.0, gt=0)
    timeout: Timeouts = Timeouts()
    context_window: int | None = Field(None, ge=1)
    input_cost_per_token: float | None = Field(None, ge=0)
    output_cost_per_token: float | None = Field(None, ge=0)
    rpm: int | None = Field(None, ge=1, description="the upstream's own requests-per-minute quota")
    tpm: int | None = Field(None, ge=1, description="the upstream's own tokens-per-minute quota")
    max_parallel: int | None = Field(None, ge=1, description="requests in flight at once, at most")
    mock: MockOptions = MockOptions()
    stream_usage: bool = Field(
        True, description="ask an OpenAI-compatible upstream for usage on every stream"
    )
    optional: bool = False

    _api_key_not_blank = field_validator("api_key")(_not_blank)

    @field_validator("headers")
    @classmethod
    def _headers_on_one_line(cls, headers: dict[str, str]) -> dict[str, str]:
        for name, value in headers.items():
            if any(c in name + value for c in "\r\n\x00"):
                raise ValueError(f"header {name!r} must not contain line breaks")
        return headers

    @property
    def upstream_model(self) -> str:
        """The model name sent upstream (``model`` if given, else the group name)."""
        return self.model or self.name

    @cached_property
    def id(self) -> str:
        """A stable, secret-free identifier used in logs, metrics and the request log."""
        where = self.provider
        if self.api_base:
            url = urlsplit(self.api_base)
            # userinfo may carry credentials: never let it into an identifier
            where = f"{url.hostname}:{url.port}" if url.port else str(url.hostname)
        return f"{self.name}/{self.provider}/{self.upstream_model}@{where}"


class RetrySettings(_Model):
    """Exponential backoff with full jitter between attempts."""

    attempts: int = Field(2, ge=0, description="retries after the first attempt")
    initial_delay: float = Field(0.1, ge=0)
    max_delay: float = Field(5.0, ge=0)
    multiplier: float = Field(2.0, ge=1)
    jitter: bool = True


class CooldownSettings(_Model):
    """Circuit breaker: ``failures`` within ``window`` seconds cool a deployment ``duration`` s."""

    failures: int = Field(3, ge=1)
    window: float = Field(60.0, gt=0)
    duration: float = Field(30.0, gt=0)


class RouterSettings(_Model):
    strategy: Literal["weighted", "least-busy", "lowest-latency", "lowest-cost"] = "weighted"
    retries: RetrySettings = RetrySettings()
    cooldown: CooldownSettings = CooldownSettings()
    fallbacks: dict[str, list[str]] = Field(default_factory=dict)
    context_window_fallbacks: dict[str, list[str]] = Field(default_factory=dict)
    latency_alpha: float = Field(0.2, gt=0, le=1, description="weight of a new latency sample")


class RequestLogSettings(_Model):
    batch_size: int = Field(500, ge=1)
    flush_interval: float = Field(0.5, gt=0)
    max_queue: int = Field(100_000, ge=1)
    max_body_bytes: int = Field(
        65_536, ge=0, description="with log_bodies: longer bodies are stored cut to this size"
    )


class Settings(_Model):
    master_key: SecretStr | None = None
    database_url: str = "sqlite:///./lmops.db"
    redis_url: SecretStr | None = Field(
        None,
        description="shared state (limits, budgets, cache) for several gateway processes; "
        "absent or empty: one process, in-memory state",
    )
    redis_prefix: str = Field(
        "lmops:",
        min_length=1,
        description="prefix of every Redis key lmops writes (several installations, one Redis)",
    )
    on_redis_error: Literal["fail_closed", "fail_open"] = Field(
        "fail_closed",
        description="Redis unreachable: refuse limited requests with 503 (fail_closed), or "
        "serve them unlimited with a warning and a metric (fail_open)",
    )
    redis_timeout: float = Field(
        0.5,
        gt=0,
        le=60,
        description="seconds for one round trip to Redis (connect, or a batch of commands sent "
        "and answered) before on_redis_error applies",
    )
    key_sync_interval: float = Field(
        0.5, gt=0, le=30, description="seconds between reloads of changed keys and teams"
    )
    max_request_bytes: int = Field(10 * 1024 * 1024, ge=1)
    log_bodies: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    metrics_require_auth: bool = False
    graceful_timeout: float = Field(30.0, gt=0)
    request_log: RequestLogSettings = RequestLogSettings()

    _master_key_not_blank = field_validator("master_key")(_not_blank)

    @field_validator("redis_url", mode="before")
    @classmethod
    def _empty_redis_is_absent(cls, value: object) -> object:
        # ${REDIS_URL:-} in a shared file: an empty value means "no Redis", not an error.
        return None if isinstance(value, str) and not value.strip() else value


class QuotaLimits(_Model):
    rpm: int | None = Field(None, ge=1)
    tpm: int | None = Field(None, ge=1)
    max_parallel: int | None = Field(None, ge=1)


class LimitSettings(_Model):
    default_max_tokens: int = Field(
        1024, ge=0, description="output tokens reserved for a request that sets no max_tokens"
    )
    groups: dict[str, QuotaLimits] = Field(
        default_factory=dict, description="limits per model group, across all callers"
    )


class WebhookSettings(_Model):
    url: SecretStr
    retries: int = Field(3, ge=0, le=10)
    timeout: float = Field(5.0, gt=0)


class GlobalBudget(_Model):
    max_usd: float = Field(gt=0)
    period: Literal["daily", "weekly", "monthly", "total"] = "monthly"


class BudgetSettings(_Model):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    global_: GlobalBudget | None = Field(None, alias="global")
    soft_fraction: float = Field(
        0.8, gt=0, le=1, description="alert once per period when spend reaches this share"
    )
    webhook: WebhookSettings | None = None


class SemanticCacheSettings(_Model):
    threshold: float = Field(0.95, gt=0, le=1, description="cosine similarity for a hit")
    embedder: str = Field(
        "minilm", description="'minilm' (the semantic extra) or an embeddings model group"
    )
    max_entries: int = Field(1000, ge=1, description="per model group and parameters")


def _off(value: object) -> object:
    """YAML 1.1 reads an unquoted ``off`` as false: ``mode: off`` means "off"."""
    return "off" if value is False else value


CacheMode = Annotated[Literal["off", "deterministic", "always"], BeforeValidator(_off)]


class ModelCacheSettings(_Model):
    mode: CacheMode | None = None
    ttl: float | None = Field(None, gt=0)
    semantic: SemanticCacheSettings | None = None


class CacheSettings(_Model):
    backend: Literal["memory", "redis"] = "memory"
    ttl: float = Field(600, gt=0, description="seconds an entry lives, unless a request says")
    max_bytes: int = Field(64 * 2**20, ge=1024, description="memory backend: total size bound")
    max_entry_bytes: int = Field(
        2**20,
        ge=1024,
        description="redis backend: larger answers are not cached (lmops_cache_too_large); "
        "the total is Redis's maxmemory, checked at start",
    )
    mode: CacheMode = Field(
        "deterministic",
        description="when answers are cached: never, for deterministic requests (temperature "
        "0, embeddings), or always; per request, x-lmops-cache: use|skip|refresh overrides",
    )
    models: dict[str, ModelCacheSettings] = Field(default_factory=dict)


class Config(_Model):
    models: list[Deployment] = Field(default_factory=list)
    settings: Settings = Settings()
    router: RouterSettings = RouterSettings()
    limits: LimitSettings = LimitSettings()
    budgets: BudgetSettings = BudgetSettings()
    cache: CacheSettings | None = None

    @model_validator(mode="after")
    def _names_known_groups(self) -> Config:
        names = {m.name for m in self.models}
        for section in ("fallbacks", "context_window_fallbacks"):
            for group, targets in getattr(self.router, section).items():
                for target in [group, *targets]:
                    if target not in names:
                        raise ValueError(f"router.{section}: unknown model group {target!r}")
        for group in self.limits.groups:
            if group not in names:
                raise ValueError(f"limits.groups: unknown model group {group!r}")
        if self.cache is not None:
            if self.cache.backend == "redis" and self.settings.redis_url is None:
                raise ValueError("cache.backend redis needs settings.redis_url")
            for group, options in self.cache.models.items():
                if group not in names:
                    raise ValueError(f"cache.models: unknown model group {group!r}")
                embedder = options.semantic.embedder if options.semantic else "minilm"
                if embedder != "minilm" and embedder not in names:
                    raise ValueError(
                        f"cache.models.{group}.semantic.embedder: {embedder!r} is neither "
                        "'minilm' nor a model group"
                    )
        return self

    def groups(self) -> dict[str, list[Deployment]]:
        """Deployments by model group name, in file order."""
        out: dict[str, list[Deployment]] = {}
        for d in self.models:
            out.setdefault(d.name, []).append(d)
        return out


def config_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``lmops.yaml``, generated from the models above (never kept by hand)."""
    schema = Config.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "lmops.yaml"
    return schema


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file, line and key path."""


class _DuplicateKey(Exception):
    pass


@dataclass(frozen=True)
class _Missing:
    var: str
    path: tuple[str | int, ...]


def load_config(path: str | Path, environ: dict[str, str] | None = None) -> Config:
    """Read, resolve and validate a config file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    return parse_config(text, source=str(path), environ=environ)


def parse_config(
    text: str, source: str = "<config>", environ: dict[str, str] | None = None
) -> Config:
    """Validate config text; see :func:`load_config`."""
    env = os.environ if environ is None else environ
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: invalid YAML: {exc}") from None
    try:
        lines = dict(_node_lines(node, ())) if node is not None else {}
    except _DuplicateKey as exc:
        raise ConfigError(f"{source}:{exc}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level")
    raw = _drop_optional_deployments(raw, env)
    missing: list[_Missing] = []
    resolved = _resolve(raw, env, (), missing)
    if missing:
        first = missing[0]
        raise ConfigError(
            f"{_where(source, lines, first.path)}: environment variable {first.var} is not set"
        )
    try:
        return Config.model_validate(resolved)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source, lines)) from None


def _drop_optional_deployments(raw: dict[str, Any], env: Any) -> dict[str, Any]:
    models = raw.get("models")
    if not isinstance(models, list):
        return raw
    # Compose and ${VAR:-} hand over unset variables as "": for an optional deployment, a
    # variable that is empty (or blank) counts as unset too.
    present = {k: v for k, v in env.items() if str(v).strip()}
    kept = []
    for entry in models:
        if isinstance(entry, dict) and entry.get("optional") is True:
            missing: list[_Missing] = []
            _resolve(entry, present, (), missing)
            if missing:
                continue
        kept.append(entry)
    return {**raw, "models": kept}


def _resolve(value: Any, env: Any, path: tuple[str | int, ...], missing: list[_Missing]) -> Any:
    if isinstance(value, str):

        def sub(m: re.Match[str]) -> str:
            var, default = m.group(1), m.group(2)
            if var in env:
                return str(env[var])
            if default is not None:
                return default
            missing.append(_Missing(var, path))
            return ""

        return _ENV_REF.sub(sub, value)
    if isinstance(value, dict):
        return {k: _resolve(v, env, (*path, k), missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, env, (*path, i), missing) for i, v in enumerate(value)]
    return value


def _node_lines(
    node: yaml.Node, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], int]]:
    yield path, node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, child in node.value:
            if key.value in seen:
                # YAML loaders keep the last of duplicate keys silently; a config must not.
                dotted = ".".join(str(p) for p in (*path, key.value))
                raise _DuplicateKey(f"{key.start_mark.line + 1}: {dotted}: duplicate key")
            seen.add(key.value)
            yield (*path, key.value), key.start_mark.line + 1
            yield from _node_lines(child, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            yield from _node_lines(child, (*path, i))


def _where(source: str, lines: dict[tuple[str | int, ...], int], path: tuple[Any, ...]) -> str:
    dotted = ".".join(str(p) for p in path) or "<top>"
    probe = tuple(path)
    while probe and probe not in lines:
        probe = probe[:-1]
    line = lines.get(probe)
    return f"{source}:{line}: {dotted}" if line else f"{source}: {dotted}"


def _describe(exc: ValidationError, source: str, lines: dict[tuple[str | int, ...], int]) -> str:
    parts = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        parts.append(f"{_where(source, lines, loc)}: {msg}")
    return "\n".join(parts)
