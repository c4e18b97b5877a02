"""The boundary schemas and parsers shared by the admin API and the CLI."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from lmops.accounts import (
    CacheInvalidate,
    InvalidField,
    KeyCreate,
    KeyUpdate,
    TeamCreate,
    TeamUpdate,
    key_out,
    key_status,
    new_key_out,
    parse_duration,
    parse_time,
)
from lmops.fields import MAX_DURATION, MAX_NAME
from lmops.store.keys import MAX_BUDGET_USD, MAX_LIMIT, UNSET, KeyRecord, Limits

NOW = datetime(2025, 3, 10, 12, 30, tzinfo=UTC)
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def _loc(exc: ValidationError) -> list[tuple[Any, ...]]:
    return [tuple(err["loc"]) for err in exc.errors()]


@given(st.integers(1, 10**6), st.sampled_from(sorted(UNITS)))
def test_parse_duration_counts_units(amount: int, unit: str) -> None:
    assert parse_duration(f"{amount}{unit}") == timedelta(seconds=amount * UNITS[unit])
    assert parse_duration(f" {amount}{unit.upper()} ") == timedelta(seconds=amount * UNITS[unit])


@pytest.mark.parametrize("text", ["", "d", "30", "30x", "1.5h", "-3d", "3 days", "30d1h"])
def test_parse_duration_refuses_other_text_with_examples(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a duration.*30d"):
        parse_duration(text)


def test_parse_duration_refuses_zero_and_overflow() -> None:
    with pytest.raises(ValueError, match="longer than zero"):
        parse_duration("0d")
    with pytest.raises(ValueError, match="too long"):
        parse_duration("99999999999999w")


def test_parse_time_takes_a_duration_ago_or_an_iso_time() -> None:
    assert parse_time("7d", now=NOW) == NOW - timedelta(days=7)
    assert parse_time("90m", now=NOW) == NOW - timedelta(minutes=90)
    assert parse_time("2025-03-01", now=NOW) == datetime(2025, 3, 1, tzinfo=UTC)
    assert parse_time("2025-03-01T10:00:00", now=NOW) == datetime(2025, 3, 1, 10, tzinfo=UTC)
    # An offset is honoured and the answer is in UTC.
    east = parse_time("2025-03-01T10:00:00+02:00", now=NOW)
    assert east == datetime(2025, 3, 1, 8, tzinfo=UTC)
    assert east.utcoffset() == timedelta(0)
    with pytest.raises(ValueError, match=r"neither a duration.*nor an ISO"):
        parse_time("last tuesday", now=NOW)


def test_key_create_defaults_mean_no_limits() -> None:
    body = KeyCreate.model_validate({"name": " ci "})
    assert body.name == "ci"
    assert body.limits() == Limits()
    assert body.models is None and body.metadata == {}
    assert body.expiry(NOW) is None


def test_key_create_builds_limits_and_expiry() -> None:
    body = KeyCreate.model_validate(
        {
            "name": "ci",
            "models": ["a", " b "],
            "rpm": 60,
            "tpm": 1000,
            "max_parallel": 4,
            "budget_usd": 12,
            "budget_period": "weekly",
            "expires_in": "30d",
        }
    )
    assert body.models == ["a", "b"]
    assert body.limits() == Limits(60, 1000, 4, 12.0, "weekly")
    assert body.expiry(NOW) == NOW + timedelta(days=30)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"rpm": 0}, "rpm"),
        ({"tpm": -5}, "tpm"),
        ({"max_parallel": True}, "max_parallel"),  # a bool is not a count
        ({"rpm": "10"}, "rpm"),  # nor is a string
        ({"budget_usd": 0, "budget_period": "daily"}, "budget_usd"),
        ({"budget_usd": float("inf"), "budget_period": "daily"}, "budget_usd"),
        ({"budget_usd": 5}, "budget_period"),  # no period: refused, not guessed
        ({"budget_period": "daily"}, "budget_period"),
        ({"budget_usd": 5, "budget_period": "yearly"}, "budget_period"),
        ({"models": []}, "models"),
        ({"models": ["ok", " "]}, "models"),
        ({"expires_in": "soon"}, "expires_in"),
        ({"owner": "x"}, "owner"),  # extra fields are refused
        # Bounds: what the columns, the quota stores and PostgreSQL text can hold.
        ({"rpm": MAX_LIMIT + 1}, "rpm"),
        ({"tpm": 10**11}, "tpm"),
        ({"budget_usd": MAX_BUDGET_USD * 2, "budget_period": "daily"}, "budget_usd"),
        ({"budget_usd": float("nan"), "budget_period": "daily"}, "budget_usd"),
        ({"name": "a\x00b"}, "name"),
        ({"team": "t\x7f"}, "team"),
        ({"models": ["a\tb"]}, "models"),
        ({"metadata": {"k": ["\x00"]}}, "metadata"),
        ({"expires_in": f"{MAX_DURATION.days + 1}d"}, "expires_in"),
        ({"expires_at": "9999-12-31T23:00:00-05:00"}, "expires_at"),
    ],
)
def test_key_create_refuses_bad_values_naming_the_field(values: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        KeyCreate.model_validate({"name": "k", **values})
    assert _loc(info.value)[0][0] == field


def test_blank_name_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        TeamCreate.model_validate({"name": "   "})
    assert _loc(info.value) == [("name",)]


def test_expiry_refuses_both_forms_and_the_past() -> None:
    both = KeyCreate.model_validate({"name": "k", "expires_in": "1d", "expires_at": NOW})
    with pytest.raises(InvalidField) as info:
        both.expiry(NOW)
    assert info.value.param == "expires_in"
    past = KeyCreate.model_validate({"name": "k", "expires_at": "2025-03-10T12:29:59Z"})
    with pytest.raises(InvalidField, match="in the past") as info:
        past.expiry(NOW)
    assert info.value.param == "expires_at"
    naive = KeyCreate.model_validate({"name": "k", "expires_at": "2025-04-01T00:00:00"})
    assert naive.expiry(NOW) == datetime(2025, 4, 1, tzinfo=UTC)


CURRENT = Limits(rpm=10, tpm=100, budget_usd=5.0, budget_period="monthly")


def test_update_without_limits_leaves_them_alone() -> None:
    assert KeyUpdate.model_validate({"name": "new"}).merged_limits(CURRENT) is UNSET


def test_update_changes_only_the_limits_it_names() -> None:
    merged = KeyUpdate.model_validate({"rpm": 20, "tpm": None}).merged_limits(CURRENT)
    assert merged == Limits(rpm=20, tpm=None, budget_usd=5.0, budget_period="monthly")
    period = TeamUpdate.model_validate({"budget_period": "daily"}).merged_limits(CURRENT)
    assert period == Limits(rpm=10, tpm=100, budget_usd=5.0, budget_period="daily")


def test_clearing_the_budget_clears_its_period() -> None:
    merged = KeyUpdate.model_validate({"budget_usd": None}).merged_limits(CURRENT)
    assert merged == Limits(rpm=10, tpm=100)


def test_the_bounds_themselves_are_accepted() -> None:
    body = KeyCreate.model_validate(
        {
            "name": "n" * MAX_NAME,
            "rpm": MAX_LIMIT,
            "budget_usd": MAX_BUDGET_USD,
            "budget_period": "total",
            "expires_in": f"{MAX_DURATION.days}d",
            "metadata": {"text": "tabs\tand\nnewlines are fine in metadata"},
        }
    )
    assert body.limits() == Limits(rpm=MAX_LIMIT, budget_usd=MAX_BUDGET_USD, budget_period="total")


def test_an_update_can_default_the_period_of_a_new_budget() -> None:
    patch = KeyUpdate.model_validate({"budget_usd": 3})
    assert patch.merged_limits(Limits(), "monthly") == Limits(budget_usd=3, budget_period="monthly")
    # An existing period is kept, and nothing appears without a budget.
    assert patch.merged_limits(CURRENT, "daily") == replace(CURRENT, budget_usd=3)
    assert KeyUpdate.model_validate({"rpm": 2}).merged_limits(Limits(), "monthly") == Limits(rpm=2)


def test_update_refuses_half_a_budget() -> None:
    with pytest.raises(InvalidField) as info:
        KeyUpdate.model_validate({"budget_usd": 3}).merged_limits(Limits())
    assert info.value.param == "budget_period"
    with pytest.raises(InvalidField) as info:
        KeyUpdate.model_validate({"budget_period": "daily"}).merged_limits(Limits())
    assert info.value.param == "budget_usd"


def test_cache_invalidate_takes_exactly_one_selector() -> None:
    assert CacheInvalidate.model_validate({"key": "abc"}).selector() == ("abc", None)
    assert CacheInvalidate.model_validate({"model": "m"}).selector() == (None, "m")
    assert CacheInvalidate.model_validate({"all": True}).selector() == (None, None)
    for body in ({}, {"key": "a", "model": "m"}, {"model": "m", "all": True}):
        with pytest.raises(InvalidField, match="exactly one"):
            CacheInvalidate.model_validate(body).selector()


def _record(**overrides: Any) -> KeyRecord:
    values: dict[str, Any] = {
        "id": "key_1",
        "key_hash": "f" * 64,
        "key_prefix": "sk-lmops-abcd",
        "name": "ci",
        "team_id": None,
        "models": ("a",),
        "limits": Limits(rpm=5),
        "expires_at": None,
        "metadata": MappingProxyType({"owner": "x"}),
        "created_at": NOW - timedelta(days=1),
        "updated_at": NOW - timedelta(days=1),
        "revoked_at": None,
    }
    return KeyRecord(**(values | overrides))


def test_key_status_and_view() -> None:
    assert key_status(_record(), NOW) == "active"
    assert key_status(_record(expires_at=NOW), NOW) == "expired"
    assert key_status(_record(revoked_at=NOW, expires_at=NOW), NOW) == "revoked"
    out = key_out(_record(), NOW).model_dump()
    assert out["rpm"] == 5 and out["budget_usd"] is None and out["models"] == ["a"]
    assert "key" not in out and "key_hash" not in out
    assert not any(v == "f" * 64 for v in out.values())
    secret = new_key_out("sk-lmops-secret", _record(), NOW)
    assert secret.key == "sk-lmops-secret" and secret.id == "key_1"
