"""The ``lmops.yaml`` schema, and its loader (from :mod:`lmops._config_file`).

Every section is a pydantic model with ``extra="forbid"`` so a typo is an error, not a silently
ignored key. ``${VAR}`` (or ``${VAR:-default}``) references are resolved when the file is loaded;
a missing variable is an error that names it, unless the deployment that uses it is marked
``optional: true``, in which case that deployment is left out.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    field_validator,
    model_validator,
)

from lmops.config_guardrails import GuardrailRule, GuardrailSettings, StreamPolicy

__all__ = [
    "BudgetSettings",
    "CacheSettings",
    "Config",
    "ConfigError",
    "CooldownSettings",
    "Deployment",
    "FieldError",
    "GlobalBudget",
    "GuardrailRule",
    "GuardrailSettings",
    "HttpSettings",
    "LimitSettings",
    "MetricsPerKeySettings",
    "MockOptions",
    "ModelCacheSettings",
    "QuotaLimits",
    "RetrySettings",
    "RouterSettings",
    "SemanticCacheSettings",
    "Settings",
    "StreamPolicy",
    "TelemetrySettings",
    "Timeouts",
    "WebhookSettings",
    "config_json_schema",
    "load_config",
    "load_database_url",
    "load_models",
    "parse_config",
    "variable_of",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _not_blank(value: SecretStr | None) -> SecretStr | None:
    # An empty variable (a blank line in an env file) must not silently switch auth off.
    if value is not None and not value.get_secret_value().strip():
        raise ValueError("must not be empty (leave the key out to disable it)")
    return value


def _supported_database(url: str) -> str:
    # The store's own check (imported here: it loads SQLAlchemy), so that config check refuses
    # what the gateway would refuse at start.
    from lmops.store.db import check_url

    check_url(url)
    return url


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
    capabilities: list[str] | None = Field(
        None, description="what it can do (tools, json_schema, vision, ...); default: the catalog's"
    )
    region: str | None = Field(
        None, description="where it runs, e.g. eu-west-1 (shown in the catalog)"
    )
    compliance: list[str] = Field(
        default_factory=list,
        description="data-compliance tags, e.g. eu, hipaa (lmops models select)",
    )
    rpm: int | None = Field(None, ge=1, description="the upstream's own requests-per-minute quota")
    tpm: int | None = Field(None, ge=1, description="the upstream's own tokens-per-minute quota")
    max_parallel: int | None = Field(None, ge=1, description="requests in flight at once, at most")
    mock: MockOptions = MockOptions()
    options: dict[str, Any] = Field(
        default_factory=dict,
        description=(
            "the provider's own settings, checked by the provider's own model (e.g. gemini's "
            "project, location, safety_settings); a provider without such a model takes none"
        ),
    )
    stream_usage: bool = Field(
        True, description="ask an OpenAI-compatible upstream for usage on every stream"
    )
    optional: bool = False

    _api_key_not_blank = field_validator("api_key")(_not_blank)

    @model_validator(mode="after")
    def _options_of_its_provider(self) -> Deployment:
        # Only the provider knows its options. Built-in providers are imported (and entry points
        # loaded) only for a deployment that has options; create_provider checks the rest.
        if self.options:
            from lmops.providers.base import check_options

            check_options(self)
        return self

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

    _index: int = PrivateAttr(0)  # its place among its group's deployments, set by Config

    @cached_property
    def id(self) -> str:
        """``<group>/<n>``: the label of logs, public metrics and the request log.

        Never the upstream's address: ``/metrics`` may be public, and ``api_base`` may carry
        credentials or name internal hosts.
        """
        return f"{self.name}/{self._index}"


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
    journal: bool = Field(
        True,
        description="append each record to a local journal before the response is sent, "
        "replayed at the next start: a killed process loses no answered request",
    )
    journal_dir: str | None = Field(
        None,
        description="folder for the journal (a subfolder per database is made in it); "
        "default: beside the SQLite file, or $XDG_STATE_HOME/lmops/journal for PostgreSQL",
    )
    journal_fsync: bool = Field(
        True,
        description="fdatasync the journal every flush_interval, so a machine crash loses at "
        "most that window; off: what the OS has not written back yet (about 30 s on Linux)",
    )


class HttpSettings(_Model):
    """Limits on clients, per gateway process (see README, "Timeouts and limits")."""

    header_timeout: float = Field(
        10.0,
        gt=0,
        le=3600,
        description="seconds to send a request's headers, from connecting or from the "
        "request's first byte; then 408 and the connection is closed",
    )
    body_timeout: float = Field(
        30.0,
        gt=0,
        le=3600,
        description="seconds to send a request's whole body once its headers are in; then 408 "
        "and the connection is closed",
    )
    max_connections: int = Field(
        1000,
        ge=1,
        le=1_000_000,
        description="open client connections per process; one more is answered 503 at once "
        "and closed (each connection also holds a file descriptor: see ulimit -n)",
    )


class MetricsPerKeySettings(_Model):
    """Per-key and per-team series on ``/metrics`` (README, "The gateway"), bounded: at most
    ``top_n`` keys and ``top_n`` teams get their own label value, the rest count as ``other``."""

    enabled: bool = Field(
        False, description="expose lmops_key_* series labelled by key id and team id"
    )
    top_n: int = Field(
        20, ge=1, le=1000, description="keys (and teams) with their own label value, at most"
    )
    rerank_interval: float = Field(
        600.0,
        ge=1,
        description="seconds between re-rankings: the top_n keys (and teams) by requests over "
        "the last interval keep or take the labels, the others move to other",
    )


class ResponsesSettings(_Model):
    """``/v1/responses``: how long answers are kept for ``previous_response_id``."""

    ttl: float = Field(
        3600.0,
        ge=0,
        description="seconds a response is kept for previous_response_id (0: none kept); in "
        "Redis when settings.redis_url is set, so every replica finds it, else in memory",
    )
    max_stored: int = Field(
        10_000, ge=1, description="responses kept in memory at most (the oldest go first)"
    )


class Settings(_Model):
    auth: Literal["master_key", "none"] = Field(
        "master_key",
        description="who may call /v1: master_key (settings.master_key, and virtual keys) or "
        "none: anyone who can reach the gateway (local use only; says so at start)",
    )
    master_key: SecretStr | None = Field(
        None, description="required unless auth is none; also the admin API's credential"
    )
    host: str = Field("127.0.0.1", min_length=1, description="lmops serve's address (--host)")
    port: int = Field(4000, ge=1, le=65535, description="lmops serve's port (--port)")
    database_url: str = Field(
        "sqlite:///./lmops.db",
        description="sqlite:///path/to/file.db or postgresql://user@host/dbname",
    )
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
    metrics_per_key: MetricsPerKeySettings = MetricsPerKeySettings()
    ui: bool = Field(True, description="serve the dashboard under /ui (login required)")
    graceful_timeout: float = Field(30.0, gt=0)
    http: HttpSettings = HttpSettings()
    request_log: RequestLogSettings = RequestLogSettings()
    responses: ResponsesSettings = ResponsesSettings()

    _master_key_not_blank = field_validator("master_key")(_not_blank)

    _database_supported = field_validator("database_url")(_supported_database)

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
    bound_output: Literal["max_tokens", "max_completion_tokens", "off"] = Field(
        "max_tokens",
        description="when a budget applies to a request that sets no output bound, send "
        "default_max_tokens upstream under this name, so the answer cannot cost more than was "
        "reserved; off: reserve it only",
    )
    groups: dict[str, QuotaLimits] = Field(
        default_factory=dict, description="limits per model group, across all callers"
    )

    @field_validator("bound_output", mode="before")
    @classmethod
    def _bound_off(cls, value: object) -> object:
        return _off(value)


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


class TelemetrySettings(_Model):
    """OpenTelemetry traces of gateway requests, exported by OTLP over HTTP (protobuf) in the
    background; no extra package is needed."""

    enabled: bool = Field(True, description="false: the section is kept, no trace is made")
    endpoint: str | None = Field(
        None,
        description="OTLP/HTTP traces URL, e.g. http://collector:4318/v1/traces; default: "
        "$OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, else $OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces, "
        "else http://localhost:4318/v1/traces",
    )
    headers: dict[str, SecretStr] = Field(
        default_factory=dict,
        description="sent with every export (e.g. an API key of the tracing backend); never "
        "logged; default: $OTEL_EXPORTER_OTLP_TRACES_HEADERS or $OTEL_EXPORTER_OTLP_HEADERS",
    )
    service_name: str = Field("lmops-gateway", min_length=1, description="the service.name")
    sample_ratio: float = Field(
        1.0,
        ge=0,
        le=1,
        description="share of new traces recorded; a client's traceparent decides for its own",
    )
    capture_content: bool = Field(
        False,
        description="put prompts and answers in the spans (gen_ai.input.messages, "
        "gen_ai.output.messages); off: models, parameters and token counts only",
    )
    batch_size: int = Field(512, ge=1, description="spans per export, at most")
    flush_interval: float = Field(5.0, gt=0, description="seconds between exports, at most")
    max_queue: int = Field(
        2048, ge=1, description="spans waiting for export; beyond it new ones are dropped"
    )
    timeout: float = Field(10.0, gt=0, description="seconds for one export request")

    @field_validator("endpoint")
    @classmethod
    def _http_endpoint(cls, endpoint: str | None) -> str | None:
        if endpoint is not None and not endpoint.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL (OTLP over HTTP)")
        return endpoint

    @field_validator("headers")
    @classmethod
    def _headers_on_one_line(cls, headers: dict[str, SecretStr]) -> dict[str, SecretStr]:
        for name, value in headers.items():
            if any(c in name + value.get_secret_value() for c in "\r\n\x00"):
                raise ValueError(f"header {name!r} must not contain line breaks")
        return headers


class Config(_Model):
    models: list[Deployment] = Field(default_factory=list)
    settings: Settings = Settings()
    router: RouterSettings = RouterSettings()
    limits: LimitSettings = LimitSettings()
    budgets: BudgetSettings = BudgetSettings()
    cache: CacheSettings | None = None
    telemetry: TelemetrySettings | None = None
    guardrails: GuardrailSettings = GuardrailSettings()

    @model_validator(mode="after")
    def _fields_agree(self) -> Config:
        if not self.models:
            raise FieldError(
                ("models",), "no deployments: add one (a provider: mock deployment needs nothing)"
            )
        _check_auth(self.settings)
        names = {m.name for m in self.models}
        for section in ("fallbacks", "context_window_fallbacks"):
            for group, targets in getattr(self.router, section).items():
                for target in [group, *targets]:
                    if target not in names:
                        raise FieldError(
                            ("router", section, group), f"unknown model group {target!r}"
                        )
        for group in self.limits.groups:
            if group not in names:
                raise FieldError(("limits", "groups", group), f"unknown model group {group!r}")
        if self.cache is not None:
            _check_cache(self.cache, self.settings, names)
        _check_guardrails(self.guardrails, names)
        return self

    @model_validator(mode="after")
    def _number_deployments(self) -> Config:
        for group in self.groups().values():
            for index, deployment in enumerate(group):
                deployment._index = index
        return self

    def groups(self) -> dict[str, list[Deployment]]:
        """Deployments by model group name, in file order."""
        out: dict[str, list[Deployment]] = {}
        for d in self.models:
            out.setdefault(d.name, []).append(d)
        return out


class FieldError(ValueError):
    """A value that contradicts another field; ``path`` is where the error is reported."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path = path


def _check_auth(settings: Settings) -> None:
    if settings.auth == "master_key" and settings.master_key is None:
        raise FieldError(
            ("settings", "master_key"),
            "not set, so anyone could call /v1: set it, or write settings.auth: none to "
            "run without auth (local use only)",
        )
    if settings.auth == "none" and settings.master_key is not None:
        raise FieldError(
            ("settings", "auth"),
            "none, but settings.master_key is set: remove one of them "
            "(with auth: none there are no keys and no admin API)",
        )


def _check_cache(cache: CacheSettings, settings: Settings, names: set[str]) -> None:
    if cache.backend == "redis" and settings.redis_url is None:
        raise FieldError(("cache", "backend"), "redis needs settings.redis_url")
    for group, options in cache.models.items():
        if group not in names:
            raise FieldError(("cache", "models", group), f"unknown model group {group!r}")
        embedder = options.semantic.embedder if options.semantic else "minilm"
        if embedder != "minilm" and embedder not in names:
            raise FieldError(
                ("cache", "models", group, "semantic", "embedder"),
                f"{embedder!r} is neither 'minilm' nor a model group",
            )


def _check_guardrails(guardrails: GuardrailSettings, names: set[str]) -> None:
    for index, rule in enumerate(guardrails.rules):
        for group in rule.models or ():
            if group not in names:
                raise FieldError(
                    ("guardrails", "rules", index, "models"), f"unknown model group {group!r}"
                )
        if rule.judge is not None and rule.judge not in names:
            raise FieldError(
                ("guardrails", "rules", index, "judge"), f"unknown model group {rule.judge!r}"
            )
        if {"PERSON", "LOCATION"} & set(rule.entities or ()):
            from lmops.guardrails.pii import spacy_ner_installed  # only for such a rule

            if not spacy_ner_installed():
                raise FieldError(
                    ("guardrails", "rules", index, "entities"),
                    "PERSON and LOCATION need an offline NER model: pip install spacy and its"
                    " en_core_web_sm package (nothing is downloaded at run time)",
                )


def config_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``lmops.yaml``, generated from the models above (never kept by hand)."""
    schema = Config.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "lmops.yaml"
    return schema


# The loader lives in its own module (it needs the models above); imported here so that
# ``lmops.config`` stays the one place to import from.
from lmops._config_file import (  # noqa: E402
    ConfigError,
    load_config,
    load_database_url,
    load_models,
    parse_config,
    variable_of,
)
