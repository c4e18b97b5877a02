"""Configured rules: where they apply, what they find, how they redact."""

from __future__ import annotations

from typing import Any

import pytest

from lmops.config import GuardrailRule
from lmops.guardrails.placeholders import Placeholders
from lmops.guardrails.rules import Hit, Rule, RuleError


def rule(**options: Any) -> Rule:
    return Rule(GuardrailRule(**{"name": "r", "check": "pii", **options}), b"salt")


def test_rules_narrowed_to_groups_teams_and_keys_match_ids_or_names() -> None:
    narrowed = rule(models=["chat"], teams=["research"], keys=["k-intern"])
    assert narrowed.applies("chat", ("k1", "k-intern"), ("t1", "research"))
    assert not narrowed.applies("other", ("k1", "k-intern"), ("t1", "research"))
    assert not narrowed.applies("chat", ("k1", "k-other"), ("t1", "research"))
    assert not narrowed.applies("chat", None, None)
    assert rule().applies("anything", None, None)


def test_banned_terms_are_whole_words_any_case_any_spacing() -> None:
    terms = rule(check="banned_terms", terms=["red fox", "fox"], action="redact")
    found = terms.scan("The Red  Fox met a fox, not a foxglove.")
    assert found is not None
    assert [f.text for f in found.findings] == ["Red  Fox", "fox"]
    assert terms.scan("foxes and foxgloves") is None


def test_input_redaction_defaults_to_placeholders_and_output_to_types() -> None:
    text = "mail jane.doe@example.com"
    inbound = rule(action="redact")
    scan = inbound.scan(text)
    assert scan is not None
    placeholders = Placeholders()
    assert inbound.redact(text, scan, placeholders) == "mail <EMAIL_ADDRESS_1>"
    outbound = rule(action="redact", stage="output")
    assert outbound.redact(text, scan, None) == "mail <EMAIL_ADDRESS>"


def test_injection_rules_read_user_and_tool_messages_by_default() -> None:
    assert rule(check="injection").roles == {"user", "tool", "function"}
    assert "system" in rule().roles
    assert rule(check="injection", roles=["system"]).roles == {"system"}


def test_ner_entities_without_an_installed_model_are_refused_by_name() -> None:
    with pytest.raises(RuleError, match=r"'r'.*en_core_web_sm"):
        rule(entities=["PERSON"])


def test_a_hit_is_labelled_without_values() -> None:
    hit = Hit("pii", "input", "redact", ("EMAIL_ADDRESS", "PHONE_NUMBER"))
    assert hit.label() == "pii:input:redact:EMAIL_ADDRESS|PHONE_NUMBER"
    assert Hit("x", "output", "block", ()).label() == "x:output:block"


def test_the_config_names_exactly_the_detector_s_entity_types() -> None:
    from lmops.config_guardrails import PII_ENTITIES
    from lmops.guardrails import pii

    assert PII_ENTITIES == pii.ENTITY_TYPES + pii.NER_TYPES
