"""Tests for lmops.guardrails.placeholders: reversible tokens, whole and streamed."""

from __future__ import annotations

from lmops.guardrails import pii
from lmops.guardrails.placeholders import Placeholders

TEXT = "Mail a@example.com or b@example.org, again a@example.com; SSN 123-45-6789."


def redacted() -> tuple[Placeholders, str]:
    ph = Placeholders()
    return ph, ph.redact(TEXT, pii.detect(TEXT))


def test_same_value_same_token_numbered_per_type() -> None:
    ph, out = redacted()
    assert out == (
        "Mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>, again <EMAIL_ADDRESS_1>; SSN <US_SSN_1>."
    )
    assert len(ph) == 3 and ph
    assert ph.values["<US_SSN_1>"] == "123-45-6789"
    assert not Placeholders()


def test_restore_round_trip_and_unknown_tokens() -> None:
    ph, out = redacted()
    assert ph.restore(out) == TEXT
    assert ph.restore("<EMAIL_ADDRESS_9> and <US_SSN_1>") == "<EMAIL_ADDRESS_9> and 123-45-6789"


def stream(ph: Placeholders, pieces: list[str]) -> list[str]:
    r = ph.restorer()
    return [r.feed(p) for p in pieces] + [r.flush()]


def test_token_split_across_pieces() -> None:
    ph, _ = redacted()
    out = stream(ph, ["Reply to <EMAIL_ADDR", "ESS_2", "> today"])
    assert out == ["Reply to ", "", "b@example.org today", ""]
    out = stream(ph, ["x <", "US_SSN_1> y"])
    assert "".join(out) == "x 123-45-6789 y" and out[0] == "x "


def test_lt_that_is_not_a_token_is_released() -> None:
    ph, _ = redacted()
    out = stream(ph, ["a < b", " and <div>", " <EMAIL"])
    assert out == ["a < b", " and <div>", " ", "<EMAIL"]


def test_text_without_tokens_streams_unchanged() -> None:
    ph, _ = redacted()
    pieces = ["plain ", "text ", "no tokens"]
    assert stream(ph, pieces) == [*pieces, ""]
    assert stream(Placeholders(), ["<EMAIL", "_ADDRESS_1>"]) == ["<EMAIL", "_ADDRESS_1>", ""]
