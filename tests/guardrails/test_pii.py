"""Unit tests for lmops.guardrails.pii: each recognizer, its look-alikes, redaction, NER hook."""

from __future__ import annotations

import random

import pytest

from lmops.guardrails import pii
from lmops.guardrails.pii_checks import card_ok, iban_ok, jwt_ok, luhn_ok, ssn_ok
from lmops.guardrails.pii_recognizers import RECOGNIZERS


def found(text: str, entity_type: str | None = None) -> list[tuple[str, str]]:
    return [
        (f.entity_type, f.text)
        for f in pii.detect(text)
        if entity_type is None or f.entity_type == entity_type
    ]


@pytest.mark.parametrize(
    "value",
    [
        "jane.doe@example.com",
        "jane+invoices@mail.example.co.uk",
        "J_Smith-2@sub.dept.example.org",
    ],
)
def test_email_found_in_prose_and_quotes(value: str) -> None:
    assert found(f'write to "{value}" or <{value}>.') == [("EMAIL_ADDRESS", value)] * 2


@pytest.mark.parametrize(
    "text", ["mail root@localhost", "ping @jane_doe", "git@github.com:org/repo.git", "a@b"]
)
def test_email_look_alikes(text: str) -> None:
    assert found(text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("call +44 20 7946 0958", "+44 20 7946 0958"),
        ("office +49 30 901820", "+49 30 901820"),
        ("(415) 555-0132 is the desk", "(415) 555-0132"),
        ("dial 415.555.0132", "415.555.0132"),
        ("+1-415-555-0132", "+1-415-555-0132"),
        ("+33 1 42 68 53 00", "+33 1 42 68 53 00"),
        ("from the UK 0044 20 7946 0958", "0044 20 7946 0958"),
        ("+91 98765 43210", "+91 98765 43210"),
        ("phone: 4155550132", "4155550132"),
    ],
)
def test_phone_formats(text: str, value: str) -> None:
    assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", value)]


@pytest.mark.parametrize(
    "text",
    [
        "order 4155550132 shipped",
        "invoice 415-555-0132",
        "ISBN 978-3-16-148410-0",
        "on 2024-01-15 10:30:00",
        "costs $1,299.99",
        "version 10.2.3",
        "zip 94107-1234",
        "tracking 123456789012",
        "the id is 4155550132",
        "4155550132",
        "epoch 1712345678",
    ],
)
def test_phone_look_alikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "value",
    ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "3782 822463 10005",
     "5500 0000 0000 0004", "6011 0009 9013 9424"],
)  # fmt: skip
def test_cards_any_grouping(value: str) -> None:
    assert found(f"card {value} exp 09/27") == [("CREDIT_CARD", value)]


def test_card_failing_luhn_or_unknown_issuer_is_not_a_card() -> None:
    assert found("number 4111 1111 1111 1112") == []
    assert luhn_ok("1234567812345670") and not card_ok("1234567812345670")
    assert found("mixed 4111 1111-1111 1111") == []


def test_ssn_valid_ranges_only() -> None:
    assert found("SSN 123-45-6789") == [("US_SSN", "123-45-6789")]
    assert found("ssn 123 45 6789") == [("US_SSN", "123 45 6789")]
    for bad in ("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"):
        assert found(f"SSN {bad}") == [], bad
    assert found("SSN 078-05-1120") == []
    assert ssn_ok("123", "45", "6789") and not ssn_ok("078", "05", "1120")


def test_bare_ssn_needs_context() -> None:
    assert found("social security number 123456789") == [("US_SSN", "123456789")]
    assert found("reference 123456789") == []


def test_iban_checksum_length_and_spacing() -> None:
    assert found("IBAN DE89 3704 0044 0532 0130 00 thanks") == [
        ("IBAN_CODE", "DE89 3704 0044 0532 0130 00")
    ]
    assert found("GB82WEST12345698765432") == [("IBAN_CODE", "GB82WEST12345698765432")]
    assert found("DE88 3704 0044 0532 0130 00") == []  # wrong check digits
    assert not iban_ok("DE8937040044053201300")  # one digit short


def test_ip_v4_v6_and_versions() -> None:
    assert found("host 192.168.1.20.") == [("IP_ADDRESS", "192.168.1.20")]
    assert found("from 2001:db8::8a2e:370:7334 and ::1") == [
        ("IP_ADDRESS", "2001:db8::8a2e:370:7334"),
        ("IP_ADDRESS", "::1"),
    ]
    for text in ("version 1.2.3.4", "v1.2.3.4", "999.1.1.1", "at 10:30:00", "std::vector",
                 "mac 00:1A:2B:3C:4D:5E", "oid 1.3.6.1.4.1"):  # fmt: skip
        assert found(text) == [], text


JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
    "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("key AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        ("AIza" + "x1" * 17 + "y here", "AIza" + "x1" * 17 + "y"),
        ("aws_secret_access_key = " + "a1B2" * 10, "a1B2" * 10),
        ("AccountKey=" + "Ab3+" * 21 + "Ab==;End", "Ab3+" * 21 + "Ab=="),
        ("Authorization: Bearer abc123def456ghi789", "abc123def456ghi789"),
        ("token " + JWT, JWT),
        ("sk-proj-" + "Ab1" * 10, "sk-proj-" + "Ab1" * 10),
        ("sk-ant-api03-" + "Xy9" * 10, "sk-ant-api03-" + "Xy9" * 10),
        ("ghp_" + "a1" * 18, "ghp_" + "a1" * 18),
        ("xoxb-1234567890-abcdefghij", "xoxb-1234567890-abcdefghij"),
        ("sk_live_" + "Z9" * 12, "sk_live_" + "Z9" * 12),
        ("hf_" + "q7" * 17, "hf_" + "q7" * 17),
    ],
)
def test_secrets(text: str, value: str) -> None:
    assert found(text) == [("SECRET", value)]


def test_pem_block_is_one_secret() -> None:
    pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAbc+/1\n-----END RSA PRIVATE KEY-----"
    assert found(f"key:\n{pem}\nend") == [("SECRET", pem)]


@pytest.mark.parametrize(
    "text",
    [
        "request 123e4567-e89b-12d3-a456-426614174000",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "the bearer of this letter is welcome",
        "eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.abcdefgh",  # header without "alg"
        "aws_secret_access_key is documented below",
    ],
)
def test_secret_look_alikes(text: str) -> None:
    assert found(text) == []
    assert jwt_ok("eyJhbGciOiJub25lIn0") and not jwt_ok("eyJub3QiOiJqd3QifQ")


def test_entities_filter_and_min_score() -> None:
    text = "mail a.b@example.com, call (415) 555-0132"
    assert found(text) == [("EMAIL_ADDRESS", "a.b@example.com"), ("PHONE_NUMBER", "(415) 555-0132")]
    assert [f.entity_type for f in pii.detect(text, {"PHONE_NUMBER"})] == ["PHONE_NUMBER"]
    assert [f.entity_type for f in pii.detect(text, min_score=0.88)] == ["EMAIL_ADDRESS"]


def test_finding_repr_hides_value() -> None:
    (finding,) = pii.detect("SSN 123-45-6789")
    assert "123-45-6789" not in repr(finding)
    assert finding.text == "123-45-6789"


def test_redact_modes() -> None:
    text = "mail a.b@example.com now"
    assert pii.redact(text) == "mail <EMAIL_ADDRESS> now"
    assert pii.redact(text, "mask") == "mail " + "*" * 15 + " now"
    hashed = pii.redact(text, "hash", salt=b"s1")
    assert hashed.startswith("mail <EMAIL_ADDRESS:") and len(hashed) == len(
        "mail <EMAIL_ADDRESS:123456789012> now"
    )
    assert hashed == pii.redact(text, "hash", salt=b"s1") != pii.redact(text, "hash", salt=b"s2")
    assert pii.redact(text, entities={"US_SSN"}) == text
    with pytest.raises(ValueError, match="unknown redaction mode"):
        pii.redact(text, "erase")  # type: ignore[arg-type]


class FakeNer:
    def __init__(self, spans: list[tuple[str, int, int, float]]) -> None:
        self.spans = spans

    def entities(self, text: str) -> list[tuple[str, int, int, float]]:
        return self.spans


def test_ner_hook_merges_and_resolves_overlaps() -> None:
    text = "Jane Doe <jane.doe@example.com> lives in Paris"
    ner = FakeNer([("PER", 0, 8, 0.9), ("PERSON", 10, 14, 0.9), ("GPE", 41, 46, 0.8),
                   ("ORG", 0, 4, 0.9), ("LOC", 41, 46, 0.3)])  # fmt: skip
    got = [(f.entity_type, f.text) for f in pii.detect(text, ner=ner)]
    # "jane" (PERSON) lies inside the longer e-mail span, which wins; ORG is not mapped.
    assert got == [("PERSON", "Jane Doe"), ("EMAIL_ADDRESS", "jane.doe@example.com"),
                   ("LOCATION", "Paris")]  # fmt: skip
    # Without e-mail detection nothing covers "jane", so both PERSON spans stay.
    only_people = pii.detect(text, {"PERSON"}, ner=ner)
    assert [(f.entity_type, f.start) for f in only_people] == [("PERSON", 0), ("PERSON", 10)]


def test_load_spacy_ner_never_downloads() -> None:
    model = pii.load_spacy_ner("no_such_model_xyz")
    assert model is None


def test_the_prefilter_skips_only_recognizers_that_find_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Random ASCII made of the pieces entities are built from: the findings are the same as
    # when every recognizer runs on every text.
    rng = random.Random(3)
    pieces = [
        *"0123456789", " ", "-", ".", ":", "::", "@", "(", ")", "/", "_", "a", "Z", "e", "x",
        "AKIA", "sk-", "eyJ", "secret=", "key=", "Bearer ", "bob@mail.example",
        "4111 1111 1111 1111", "+44 20 7946 0958", "123-45-6789", "GB82 WEST 1234 5698 7654 32",
        "10.0.0.1", "fe80::1",
    ]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    found = [pii.detect(text) for text in texts]
    monkeypatch.setattr(pii, "recognizers_for", lambda text: RECOGNIZERS)
    assert [pii.detect(text) for text in texts] == found
    assert any(found)  # the texts do hold entities
