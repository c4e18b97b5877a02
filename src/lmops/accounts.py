"""Virtual keys, teams and spend at the boundary: the schemas the admin API and the CLI share.

Requests are pydantic models (``extra="forbid"``, strict numbers) turned into store calls by the
small functions below; responses are models built from the store's records. The secret of a
key appears only in :class:`NewKeyOut`, the answer to a create or a rotate.

A budget is an amount and a period together: a budget without a period (or the other way round)
is refused, never guessed. An update changes only the limits it names; clearing ``budget_usd``
clears its period too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, get_args

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core.core_schema import ValidationInfo

from lmops.fields import (
    MAX_DURATION,
    Count,
    Metadata,
    ModelName,
    Models,
    Name,
    Prompts,
    Ref,
    Usd,
)
from lmops.state.quota import period_start
from lmops.store.keys import UNSET, KeyRecord, KeyStore, Limits, NotFound, TeamRecord, Unset
from lmops.store.spend import NO_GROUP, SpendRow, spend_report, spend_since

__all__ = [
    "LIMIT_FIELDS",
    "BudgetPeriod",
    "CacheInvalidate",
    "InvalidField",
    "KeyCreate",
    "KeyDetail",
    "KeyOut",
    "KeyStatus",
    "KeyUpdate",
    "NewKeyOut",
    "SpendBy",
    "SpendReportOut",
    "SpendRowOut",
    "TeamCreate",
    "TeamDetail",
    "TeamOut",
    "TeamUpdate",
    "UnknownRef",
    "create_key",
    "create_team",
    "key_out",
    "key_status",
    "new_key_out",
    "parse_duration",
    "parse_time",
    "period_spend",
    "report_spend",
    "team_out",
    "update_key",
    "update_team",
]

BudgetPeriod = Literal["daily", "weekly", "monthly", "total"]
SpendBy = Literal["key", "team", "model", "day"]
KeyStatus = Literal["active", "revoked", "expired"]
LIMIT_FIELDS: tuple[str, ...] = ("rpm", "tpm", "max_parallel", "budget_usd", "budget_period")
PERIODS: tuple[str, ...] = get_args(BudgetPeriod)

_DURATION = re.compile(r"(\d+)\s*([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


class InvalidField(ValueError):
    """A value that cannot be used, with the request field (``param``) it came from."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


class UnknownRef(NotFound):
    """No key or team matches a reference given in the request field ``param``."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param


def parse_duration(text: str) -> timedelta:
    """``45s``, ``90m``, ``12h``, ``30d`` or ``2w`` as a timedelta; ValueError otherwise."""
    match = _DURATION.fullmatch(text.strip().lower())
    if match is None:
        raise ValueError(
            f"{text!r} is not a duration: use a whole number and a unit (s, m, h, d, w), "
            "like 45s, 90m, 12h, 30d or 2w"
        )
    amount = int(match[1])
    if amount == 0:
        raise ValueError(f"{text!r}: a duration must be longer than zero")
    try:
        return timedelta(seconds=amount * _UNIT_SECONDS[match[2]])
    except OverflowError:
        raise ValueError(f"{text!r} is too long a duration") from None


def parse_time(text: str, *, now: datetime) -> datetime:
    """A duration before ``now`` (``7d``) or an ISO 8601 date or time (UTC when no offset)."""
    try:
        return now - parse_duration(text)
    except (ValueError, OverflowError):
        pass
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{text!r} is neither a duration (90m, 12h, 7d, 2w) nor an ISO date or time "
            "(2024-05-01, 2024-05-01T12:00:00Z)"
        ) from None
    return _aware(when)


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


# -- requests --------------------------------------------------------------------------------


_PROMPTS_HELP = (
    "prompt names or patterns with * (support-*) readable under /v1/prompts; null: every prompt"
)


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Limited(_Request):
    """The limits a key and a team share; absent means no limit."""

    rpm: Count | None = Field(None, description="requests per minute")
    tpm: Count | None = Field(None, description="tokens per minute")
    max_parallel: Count | None = Field(None, description="requests in flight at once")
    budget_usd: Usd | None = Field(None, description="spend allowed per budget_period, in USD")
    budget_period: BudgetPeriod | None = Field(
        None, validate_default=True, description="required with budget_usd"
    )

    @field_validator("budget_period")
    @classmethod
    def _budget_pair(cls, period: str | None, info: ValidationInfo) -> str | None:
        budget = info.data.get("budget_usd")
        if period is None and budget is not None:
            raise ValueError(f"required with a budget: one of {', '.join(PERIODS)}")
        if period is not None and budget is None and "budget_usd" in info.data:
            raise ValueError("given without budget_usd")
        return period

    def limits(self) -> Limits:
        return Limits(**{name: getattr(self, name) for name in LIMIT_FIELDS})


class _LimitsPatch(_Request):
    """Limits to change: a field set to null removes that limit, an absent one keeps it."""

    rpm: Count | None = None
    tpm: Count | None = None
    max_parallel: Count | None = None
    budget_usd: Usd | None = Field(None, description="null removes the budget and its period")
    budget_period: BudgetPeriod | None = None

    def merged_limits(
        self, current: Limits, default_period: BudgetPeriod | None = None
    ) -> Limits | Unset:
        """``current`` with the limits this patch sets; UNSET when it sets none. A budget left
        without a period gets ``default_period`` when one is given (the CLI's ``monthly``)."""
        given = [name for name in LIMIT_FIELDS if name in self.model_fields_set]
        if not given:
            return UNSET
        values = {name: getattr(current, name) for name in LIMIT_FIELDS}
        values.update({name: getattr(self, name) for name in given})
        if "budget_usd" in given and self.budget_usd is None and "budget_period" not in given:
            values["budget_period"] = None
        if values["budget_usd"] is not None and values["budget_period"] is None:
            values["budget_period"] = default_period
        if values["budget_usd"] is not None and values["budget_period"] is None:
            raise InvalidField(
                "budget_period", f"required with budget_usd: one of {', '.join(PERIODS)}"
            )
        if values["budget_period"] is not None and values["budget_usd"] is None:
            raise InvalidField("budget_usd", "required with budget_period")
        return Limits(**values)


class _Expiring(_Request):
    expires_in: str | None = Field(
        None, max_length=32, description="a duration from now: 90m, 12h, 30d, 2w"
    )
    expires_at: datetime | None = Field(None, description="ISO 8601; UTC when no offset")

    @field_validator("expires_in")
    @classmethod
    def _duration(cls, value: str | None) -> str | None:
        if value is not None and parse_duration(value) > MAX_DURATION:
            raise ValueError(f"{value!r} is too long (at most {MAX_DURATION.days}d)")
        return value

    @field_validator("expires_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        try:
            return None if value is None else _aware(value)
        except OverflowError:  # 9999-12-31T23:00:00-05:00 is past the last UTC datetime
            raise ValueError("out of range") from None

    def expiry(self, now: datetime) -> datetime | None:
        """When the key expires: in ``expires_in`` or at ``expires_at`` (never in the past)."""
        if self.expires_in is not None and self.expires_at is not None:
            raise InvalidField("expires_in", "give expires_in or expires_at, not both")
        if self.expires_in is not None:
            return now + parse_duration(self.expires_in)
        if self.expires_at is not None and self.expires_at <= now:
            raise InvalidField("expires_at", f"{self.expires_at.isoformat()} is in the past")
        return self.expires_at


class KeyCreate(_Limited, _Expiring):
    """A new virtual key. ``team`` is a team id or name; ``models`` absent allows every model,
    ``prompts`` absent every prompt the team allows."""

    name: Name
    team: Name | None = None
    models: Models | None = None
    prompts: Prompts | None = Field(None, description=_PROMPTS_HELP)
    metadata: Metadata = Field(default_factory=dict)


class KeyUpdate(_LimitsPatch, _Expiring):
    """Changes to a key: absent fields stay as they are. ``models: null`` allows every model,
    ``prompts: null`` every prompt, ``expires_at: null`` removes the expiry, ``metadata`` is
    replaced whole."""

    name: Name | None = None
    models: Models | None = None
    prompts: Prompts | None = Field(None, description=_PROMPTS_HELP)
    metadata: Metadata | None = None


class TeamCreate(_Limited):
    """A new team; its limits apply to all its keys together."""

    name: Name
    models: Models | None = None
    prompts: Prompts | None = Field(None, description=_PROMPTS_HELP)
    metadata: Metadata = Field(default_factory=dict)


class TeamUpdate(_LimitsPatch):
    """Changes to a team: absent fields stay as they are (see :class:`KeyUpdate`)."""

    name: Name | None = None
    models: Models | None = None
    prompts: Prompts | None = Field(None, description=_PROMPTS_HELP)
    metadata: Metadata | None = None


class CacheInvalidate(_Request):
    """What to drop from the response cache: one entry, one model group, or everything."""

    key: Ref | None = None
    model: ModelName | None = None
    all: bool = False

    def selector(self) -> tuple[str | None, str | None]:
        """``(key, model)`` for the cache's ``invalidate`` (both None: everything)."""
        given = [self.key is not None, self.model is not None, self.all]
        if sum(given) != 1:
            raise InvalidField("key", "give exactly one of key, model or all")
        return self.key, self.model


# -- responses -------------------------------------------------------------------------------


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KeyOut(_Out):
    """A key as the API shows it: never its secret or its hash."""

    id: str
    name: str
    key_prefix: str = Field(description="the first characters of the secret, to recognise it")
    team_id: str | None
    models: list[str] | None = Field(description="null: every model the team allows")
    prompts: list[str] | None = Field(description="null: every prompt the team allows")
    rpm: int | None
    tpm: int | None
    max_parallel: int | None
    budget_usd: float | None
    budget_period: BudgetPeriod | None
    expires_at: datetime | None
    metadata: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    revoked_at: datetime | None
    status: KeyStatus


class KeyDetail(KeyOut):
    budget_status: dict[str, Any] | None = Field(
        None, description="the current budget period's spend (keys with a budget)"
    )


class NewKeyOut(KeyOut):
    key: str = Field(description="the secret: shown in this response only, store it now")


class TeamOut(_Out):
    id: str
    name: str
    models: list[str] | None = Field(description="null: every model")
    prompts: list[str] | None = Field(description="null: every prompt")
    rpm: int | None
    tpm: int | None
    max_parallel: int | None
    budget_usd: float | None
    budget_period: BudgetPeriod | None
    metadata: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    status: Literal["active", "deleted"]


class TeamDetail(TeamOut):
    budget_status: dict[str, Any] | None = Field(
        None, description="the current budget period's spend (teams with a budget)"
    )


class SpendRowOut(_Out):
    group: str = Field(description=f"key id, team id, model group or UTC day; {NO_GROUP!r}: none")
    name: str | None = Field(None, description="the key's or team's name, when known")
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int
    cache_hits: int
    unpriced_requests: int = Field(description="successful requests whose price is unknown")
    cost_usd: float = Field(description="the known cost; unpriced requests are not in it")


class SpendReportOut(_Out):
    by: SpendBy
    since: datetime | None = Field(description="whole UTC days from this one's, inclusive")
    until: datetime | None = Field(description="whole UTC days to this one's, inclusive")
    key_id: str | None
    team_id: str | None
    rows: list[SpendRowOut]
    total_requests: int
    unpriced_requests: int
    total_cost_usd: float = Field(description="the known cost of all rows")


def _limits_out(limits: Limits) -> dict[str, Any]:
    return {name: getattr(limits, name) for name in LIMIT_FIELDS}


def key_status(record: KeyRecord, now: datetime) -> KeyStatus:
    if record.revoked_at is not None:
        return "revoked"
    return "active" if record.active(now) else "expired"


def key_out(record: KeyRecord, now: datetime) -> KeyOut:
    """The API view of ``record`` at ``now``."""
    return KeyOut(
        id=record.id,
        name=record.name,
        key_prefix=record.key_prefix,
        team_id=record.team_id,
        models=None if record.models is None else list(record.models),
        prompts=None if record.prompts is None else list(record.prompts),
        **_limits_out(record.limits),
        expires_at=record.expires_at,
        metadata=dict(record.metadata),
        created_at=record.created_at,
        updated_at=record.updated_at,
        revoked_at=record.revoked_at,
        status=key_status(record, now),
    )


def new_key_out(secret: str, record: KeyRecord, now: datetime) -> NewKeyOut:
    """The answer to a create or a rotate: the key and, this once, its secret."""
    return NewKeyOut(**key_out(record, now).model_dump(), key=secret)


def team_out(record: TeamRecord) -> TeamOut:
    """The API view of ``record``."""
    return TeamOut(
        id=record.id,
        name=record.name,
        models=None if record.models is None else list(record.models),
        prompts=None if record.prompts is None else list(record.prompts),
        **_limits_out(record.limits),
        metadata=dict(record.metadata),
        created_at=record.created_at,
        updated_at=record.updated_at,
        deleted_at=record.deleted_at,
        status="active" if record.deleted_at is None else "deleted",
    )


# -- operations (synchronous: the admin API runs them in a worker thread) ----------------------


def create_key(store: KeyStore, body: KeyCreate, *, now: datetime) -> tuple[str, KeyRecord]:
    """Create the key ``body`` describes; ``(secret, record)``."""
    expires_at = body.expiry(now)
    try:
        return store.create_key(
            body.name,
            team=body.team,
            models=body.models,
            limits=body.limits(),
            expires_at=expires_at,
            metadata=body.metadata,
            prompts=body.prompts,
        )
    except NotFound as exc:
        # The key does not exist yet: only its team can be missing.
        raise UnknownRef("team", str(exc)) from None


def update_key(
    store: KeyStore,
    ref: str,
    body: KeyUpdate,
    *,
    now: datetime,
    default_period: BudgetPeriod | None = None,
) -> KeyRecord:
    """Apply ``body`` to the key ``ref`` (id or name); see :meth:`_LimitsPatch.merged_limits`
    for ``default_period``."""
    current = store.get_key(ref)
    given = body.model_fields_set
    expiring = given & {"expires_in", "expires_at"}
    return store.update_key(
        current.id,
        name=_given(body, "name", given),
        models=body.models if "models" in given else UNSET,
        limits=body.merged_limits(current.limits, default_period),
        expires_at=body.expiry(now) if expiring else UNSET,
        metadata=_given(body, "metadata", given),
        prompts=body.prompts if "prompts" in given else UNSET,
    )


def create_team(store: KeyStore, body: TeamCreate) -> TeamRecord:
    """Create the team ``body`` describes."""
    return store.create_team(
        body.name,
        models=body.models,
        limits=body.limits(),
        metadata=body.metadata,
        prompts=body.prompts,
    )


def update_team(
    store: KeyStore, ref: str, body: TeamUpdate, *, default_period: BudgetPeriod | None = None
) -> TeamRecord:
    """Apply ``body`` to the team ``ref`` (id or name); see :func:`update_key`."""
    current = store.get_team(ref)
    given = body.model_fields_set
    return store.update_team(
        current.id,
        name=_given(body, "name", given),
        models=body.models if "models" in given else UNSET,
        limits=body.merged_limits(current.limits, default_period),
        metadata=_given(body, "metadata", given),
        prompts=body.prompts if "prompts" in given else UNSET,
    )


def _given(body: BaseModel, field: str, given: set[str]) -> Any:
    value = getattr(body, field)
    if field not in given:
        return UNSET
    if value is None:
        raise InvalidField(field, "must not be null")
    return value


def report_spend(
    engine: sa.Engine,
    store: KeyStore,
    *,
    by: SpendBy,
    since: datetime | None = None,
    until: datetime | None = None,
    key: str | None = None,
    team: str | None = None,
) -> SpendReportOut:
    """Spend grouped ``by`` a dimension over whole UTC days; ``key``/``team`` are ids or names
    (NotFound names the one that is unknown). Keys and teams are named in the rows."""
    key_id = _resolve(store.get_key, key, "key")
    team_id = _resolve(store.get_team, team, "team")
    rows = spend_report(engine, by=by, since=since, until=until, key_id=key_id, team_id=team_id)
    names = _names(store, by)
    return SpendReportOut(
        by=by,
        since=since,
        until=until,
        key_id=key_id,
        team_id=team_id,
        rows=[_row_out(row, names) for row in rows],
        total_requests=sum(row.requests for row in rows),
        unpriced_requests=sum(row.unpriced_requests for row in rows),
        total_cost_usd=sum(row.cost_usd for row in rows),
    )


def period_spend(
    engine: sa.Engine, record: KeyRecord | TeamRecord, now: datetime
) -> dict[str, Any]:
    """What the request log recorded for ``record`` in its budget's current period (this month
    when it has no budget): ``period``, ``period_start`` (a UTC date; None for ``total``),
    ``spent_usd`` and ``max_usd``. Requests still in flight or not yet written are not in it."""
    limits = record.limits
    period = limits.budget_period or "monthly"
    start = period_start(period, now)
    is_key = isinstance(record, KeyRecord)
    spent = spend_since(
        engine,
        key_id=record.id if is_key else None,
        team_id=None if is_key else record.id,
        since=date(1970, 1, 1) if start is None else start.date(),
    )
    return {
        "period": period,
        "period_start": None if start is None else start.date().isoformat(),
        "spent_usd": spent,
        "max_usd": limits.budget_usd,
    }


def _resolve(
    get: Callable[[str], KeyRecord | TeamRecord], ref: str | None, param: str
) -> str | None:
    if ref is None:
        return None
    try:
        return get(ref).id
    except NotFound as exc:
        raise UnknownRef(param, str(exc)) from None


def _names(store: KeyStore, by: SpendBy) -> Mapping[str, str]:
    if by == "key":
        return {k.id: k.name for k in store.list_keys(include_revoked=True)}
    if by == "team":
        return {t.id: t.name for t in store.list_teams(include_deleted=True)}
    return {}


def _row_out(row: SpendRow, names: Mapping[str, str]) -> SpendRowOut:
    return SpendRowOut(name=names.get(row.group), **dataclasses.asdict(row))
