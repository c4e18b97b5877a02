"""Keys and teams as records, and rows read back into records: where a stored value is checked.

A row that does not make a record (a limit out of range, JSON that is not a list of model
names, of prompt names or patterns, or an object) raises :class:`UnusableRow`, so the
repository can leave it out instead of failing a whole query, and :func:`repairs` says what to
reset to make it usable again.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from types import MappingProxyType
from typing import Any, Literal, TypeVar, get_args

import sqlalchemy as sa

__all__ = [
    "CONTROL_CHARS",
    "LIMIT_FIELDS",
    "MAX_BUDGET_USD",
    "MAX_LIMIT",
    "PROMPT_PATTERN",
    "BudgetPeriod",
    "KeyRecord",
    "Limits",
    "TeamRecord",
    "UnusableRow",
    "key_record",
    "names_list",
    "prompt_pattern",
    "repairs",
    "select_rows",
    "team_record",
]

BudgetPeriod = Literal["daily", "weekly", "monthly", "total"]
_PERIODS: frozenset[str] = frozenset(get_args(BudgetPeriod))
# The largest rpm, tpm and max_parallel: the columns are 32-bit integers on PostgreSQL.
MAX_LIMIT = 1_000_000_000
# The largest budget: the quota stores count money in nano-dollars, as signed 64-bit integers
# (Redis) and Lua numbers (exact to 2**53), so 10**9 USD (10**18 nano-dollars) is the ceiling.
MAX_BUDGET_USD = 1_000_000_000.0

# C0 and C1 control characters (NUL among them, which PostgreSQL text cannot hold) and DEL.
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# An entry of a key's or team's prompt allowlist: a prompt name (the characters of
# lmops.prompts.model.check_name) where ``*`` may stand for any run of characters. Only ``*``:
# fnmatch's ``?`` and ``[...]`` are not prompt-name characters, so they never mean anything.
PROMPT_PATTERN = re.compile(r"[A-Za-z0-9*][A-Za-z0-9._*-]{0,199}")


def prompt_pattern(entry: str) -> str:
    """``entry`` if it is a prompt name or a pattern such as ``support-*``; ValueError saying
    why otherwise."""
    if not isinstance(entry, str) or not PROMPT_PATTERN.fullmatch(entry):
        raise ValueError(
            f"{entry!r} is not a prompt name or pattern: use 1 to 200 letters, digits, '.', "
            "'_', '-' or '*' (any characters), starting with a letter, a digit or '*'"
        )
    return entry


class UnusableRow(ValueError):
    """A stored key or team that cannot be used as it is (a value out of range, bad JSON):
    written by hand, or before the bounds existed. The message names the row and the fields,
    never a secret."""

    def __init__(self, table: str, row_id: str, problems: Sequence[str]) -> None:
        kind = "key" if table == "virtual_keys" else "team"
        super().__init__(
            f"{kind} {row_id} is stored with unusable values ({'; '.join(problems)}): "
            f"it is left out until fixed; revoking or deleting it works"
        )
        self.table = table
        self.row_id = row_id
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits of a key or a team; ``None`` means none.

    ``budget_usd`` and ``budget_period`` go together: a budget with no period, or a period with
    no budget, is refused rather than guessed.
    """

    rpm: int | None = None
    tpm: int | None = None
    max_parallel: int | None = None
    budget_usd: float | None = None
    budget_period: BudgetPeriod | None = None

    def __post_init__(self) -> None:
        for name in ("rpm", "tpm", "max_parallel"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValueError(f"{name} must be an integer, not {value!r}")
            if value is not None and not 1 <= value <= MAX_LIMIT:
                raise ValueError(
                    f"{name} must be from 1 to {MAX_LIMIT:_} (or None for no limit), not {value}"
                )
        budget = self.budget_usd
        if budget is not None and not (math.isfinite(budget) and 0 <= budget <= MAX_BUDGET_USD):
            raise ValueError(
                f"budget_usd must be a finite amount from 0 to {MAX_BUDGET_USD:.0f}, not {budget!r}"
            )
        if self.budget_period is not None and self.budget_period not in _PERIODS:
            raise ValueError(
                f"budget_period must be one of {sorted(_PERIODS)}, not {self.budget_period!r}"
            )
        if (budget is None) != (self.budget_period is None):
            raise ValueError("budget_usd and budget_period must be given together")


LIMIT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Limits))


@dataclass(frozen=True, slots=True)
class TeamRecord:
    """A team as stored. ``models`` is ``None`` when every model group is allowed, ``prompts``
    (names or ``*`` patterns its keys may read) when every prompt is."""

    id: str
    name: str
    models: tuple[str, ...] | None
    limits: Limits
    metadata: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    prompts: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """A virtual key as stored (never the secret). ``key_prefix`` is a display hint;
    ``prompts`` is ``None`` when the key may read every prompt its team may."""

    id: str
    key_hash: str
    key_prefix: str
    name: str
    team_id: str | None
    models: tuple[str, ...] | None
    limits: Limits
    expires_at: datetime | None
    metadata: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime
    revoked_at: datetime | None
    prompts: tuple[str, ...] | None = None

    def active(self, now: datetime) -> bool:
        """Not revoked and not expired at ``now`` (the team is the caller's to check)."""
        return self.revoked_at is None and (self.expires_at is None or now < self.expires_at)


_R = TypeVar("_R", KeyRecord, TeamRecord)


def select_rows(table: sa.Table) -> sa.Select[Any]:
    """A whole key or team row, its JSON columns as text: :func:`_record` decodes them, so that
    one row of bad JSON is one unusable row, not a failed query."""
    return sa.select(
        *(sa.cast(c, sa.Text).label(c.name) if c.name in _JSON_COLUMNS else c for c in table.c)
    )


_JSON_COLUMNS = ("models", "prompts", "metadata")
# What resets each kind of unusable value (KeyStore.revoke_key): no limits, all models, all
# prompts, no metadata.
_RESETS: dict[str, dict[str, Any]] = {
    "limits": dict.fromkeys(LIMIT_FIELDS),
    "models": {"models": None},
    "prompts": {"prompts": None},
    "metadata": {"metadata": {}},
}


def _decoded(row: sa.Row[Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The row's values, JSON decoded, and what is wrong with them: a reason per part
    (``limits``, ``models``, ``prompts``, ``metadata``)."""
    values = dict(row._mapping)
    problems: dict[str, str] = {}
    for column in _JSON_COLUMNS:
        text = values[column]
        try:
            values[column] = None if text is None else json.loads(text)
        except ValueError:
            problems[column] = f"{column}: not valid JSON"
    models = values["models"]
    if "models" not in problems and not (models is None or names_list(models)):
        problems["models"] = "models: not a list of model group names"
    prompts = values["prompts"]
    if "prompts" not in problems and not (prompts is None or _patterns_list(prompts)):
        problems["prompts"] = "prompts: not a list of prompt names or patterns"
    if "metadata" not in problems and not isinstance(values["metadata"], dict):
        problems["metadata"] = "metadata: not a JSON object"
    try:
        Limits(**{name: values[name] for name in LIMIT_FIELDS})
    except (ValueError, TypeError) as exc:
        problems["limits"] = str(exc)
    return values, problems


def names_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(m, str) and m for m in value)


def _patterns_list(value: object) -> bool:
    return (
        isinstance(value, list)
        and names_list(value)
        and all(PROMPT_PATTERN.fullmatch(p) for p in value)
    )


def repairs(row: sa.Row[Any]) -> dict[str, Any]:
    """The columns to reset so that ``row`` is usable again (empty when it is)."""
    fixes: dict[str, Any] = {}
    for part in _decoded(row)[1]:
        fixes.update(_RESETS[part])
    return fixes


def _record(cls: type[_R], row: sa.Row[Any]) -> _R:
    """A key or team record from its row (the records' fields mirror the columns);
    UnusableRow when a value cannot be used."""
    values, problems = _decoded(row)
    if problems:
        table = "virtual_keys" if cls is KeyRecord else "teams"
        raise UnusableRow(table, row.id, list(problems.values()))
    limits = Limits(**{name: values.pop(name) for name in LIMIT_FIELDS})
    models, prompts = values["models"], values["prompts"]
    values.update(
        limits=limits,
        models=None if models is None else tuple(models),
        prompts=None if prompts is None else tuple(prompts),
        metadata=MappingProxyType(values["metadata"]),
    )
    return cls(**values)


def key_record(row: sa.Row[Any]) -> KeyRecord:
    return _record(KeyRecord, row)


def team_record(row: sa.Row[Any]) -> TeamRecord:
    return _record(TeamRecord, row)
