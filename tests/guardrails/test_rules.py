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


def test_clean_texts_are_scanned_once_texts_with_findings_every_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lmops.guardrails import pii

    calls: list[str] = []
    detect = pii.detect

    def counting(text: str, *args: Any, **kwargs: Any) -> list[pii.Finding]:
        calls.append(text)
        return detect(text, *args, **kwargs)

    monkeypatch.setattr(pii, "detect", counting)
    scanner = rule()
    system = "You are a careful assistant for a travel agency. " * 20
    assert scanner.scan(system) is None and scanner.scan(system) is None
    assert len(calls) == 1  # the second time by digest
    leaky = system + "Escalate to ops@example.com."
    assert scanner.scan(leaky) is not None and scanner.scan(leaky) is not None
    assert len(calls) == 3  # never remembered: nothing about a text with findings is kept
    assert scanner.scan("short and clean") is None and scanner.scan("short and clean") is None
    assert len(calls) == 5  # a few words are not remembered
    assert scanner.scan("You are a concise assistant.") is None
    assert scanner.scan("You are a concise assistant.") is None
    assert len(calls) == 6  # a one-line system prompt is
    assert all(isinstance(key, bytes) and len(key) == 16 for key in scanner._clean)


def test_the_clean_memory_is_bounded_oldest_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from lmops.guardrails import rules

    monkeypatch.setattr(rules, "_CLEAN_ENTRIES", 2)
    scanner = rule()
    texts = [f"{n} " + "plain words here " * 40 for n in range(3)]
    for text in texts:
        assert scanner.scan(text) is None
    assert len(scanner._clean) == 2
    assert rules.hashlib.blake2b(texts[0].encode(), digest_size=16).digest() not in scanner._clean
