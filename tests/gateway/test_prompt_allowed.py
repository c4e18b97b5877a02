"""Which prompts a caller may read: the key's list and its team's list must both allow."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lmops.gateway.context import ANONYMOUS, Principal
from lmops.gateway.pipeline.auth import MASTER
from lmops.gateway.pipeline.keys import prompt_allowed
from lmops.store.keys import KeyRecord, Limits, TeamRecord

T0 = datetime(2026, 12, 1, tzinfo=UTC)
NAMES = ("support-reply", "support-faq", "sales-reply", "summarize")


def caller(key: tuple[str, ...] | None, team: tuple[str, ...] | None = None) -> Principal:
    """A key with the prompt list ``key`` in a team with the list ``team`` (None: no list)."""
    team_record = TeamRecord("team_1", "t", None, Limits(), {}, T0, T0, None, prompts=team)
    record = KeyRecord(
        id="key_1",
        key_hash="0" * 64,
        key_prefix="sk-lmops-0000",
        name="app",
        team_id=team_record.id,
        models=None,
        limits=Limits(),
        expires_at=None,
        metadata={},
        created_at=T0,
        updated_at=T0,
        revoked_at=None,
        prompts=key,
    )
    return Principal(record.id, "key", record, team_record)


def allowed_names(principal: Principal) -> set[str]:
    return {name for name in NAMES if prompt_allowed(principal, name)}


def test_the_master_key_anonymous_and_unlisted_keys_read_everything() -> None:
    assert allowed_names(MASTER) == set(NAMES)
    assert allowed_names(ANONYMOUS) == set(NAMES)
    assert allowed_names(caller(None, None)) == set(NAMES)
    keyless = Principal("key_2", "key", caller(None).key, None)  # a key without a team
    assert allowed_names(keyless) == set(NAMES)


@pytest.mark.parametrize(
    ("key", "team", "expected"),
    [
        # The key's list alone.
        (("summarize",), None, {"summarize"}),
        (("support-*",), None, {"support-reply", "support-faq"}),
        (("*-reply", "summarize"), None, {"support-reply", "sales-reply", "summarize"}),
        (("*",), None, set(NAMES)),
        # The team's list alone.
        (None, ("support-*",), {"support-reply", "support-faq"}),
        (None, ("sales-reply",), {"sales-reply"}),
        # Both: each must allow (the key cannot widen its team's list).
        (("*-reply",), ("support-*",), {"support-reply"}),
        (("summarize",), ("support-*",), set()),
        (("*",), ("summarize",), {"summarize"}),
        # Patterns match whole names, case-sensitively.
        (("support",), None, set()),
        (("reply",), None, set()),
        (("*reply",), None, {"support-reply", "sales-reply"}),
        (("Support-*",), None, set()),
        (("s*-*",), None, {"support-reply", "support-faq", "sales-reply"}),
        (("su*e",), None, {"summarize"}),
    ],
)
def test_key_and_team_lists(
    key: tuple[str, ...] | None, team: tuple[str, ...] | None, expected: set[str]
) -> None:
    assert allowed_names(caller(key, team)) == expected


def test_a_star_matches_any_run_and_the_other_characters_are_literal() -> None:
    principal = caller(("support-*", "v1.2", "a*b*c"))
    assert prompt_allowed(principal, "support-")  # an empty run
    assert prompt_allowed(principal, "support-a.b-c_d")
    assert not prompt_allowed(principal, "my-support-reply")
    assert prompt_allowed(principal, "v1.2")
    assert not prompt_allowed(principal, "v1x2")  # '.' is a dot, not "any character"
    assert prompt_allowed(principal, "abc") and prompt_allowed(principal, "a-b-c")
    assert not prompt_allowed(principal, "acb")
