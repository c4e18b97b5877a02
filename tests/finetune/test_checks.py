"""Every check drops, changes or doubts what it should, and says where and why: roles, empty
messages, the output format, PII and secrets, token length (with lmops' estimate and with a
tokenizer trained here), exact and near duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from lmops.finetune.checks import Checker, CheckOptions, Issue
from lmops.finetune.examples import Example, Message
from lmops.finetune.tokens import EstimateCounter, TokenizerCounter
from tests.finetune.tokenizer import train_tokenizer

USER, ANSWER = Message("user", "what is two plus two?"), Message("assistant", "four.")


def example(*messages: Message, at: int = 1) -> Example:
    return Example(messages, "data.jsonl", str(at))


def checked(options: CheckOptions, *examples: Example) -> tuple[list[Example], list[Issue]]:
    checker = Checker(options, EstimateCounter())
    kept = [e for e in (checker.check(x) for x in examples) if e is not None]
    assert len(checker.tokens) == len(kept)
    return kept, checker.issues


def test_a_good_example_passes_unchanged() -> None:
    kept, issues = checked(CheckOptions(), example(USER, ANSWER))
    assert kept == [example(USER, ANSWER)] and issues == []


@pytest.mark.parametrize(
    ("messages", "rule", "said"),
    [
        ((USER,), "roles", "messages: the last message is not the assistant's"),
        ((ANSWER, USER), "roles", "messages[0]: expected user, found assistant"),
        ((USER, Message("assistant", " \n\t")), "empty", "messages[1] (assistant) has no text"),
        ((Message("system", ""), USER, ANSWER), "empty", "messages[0] (system) has no text"),
    ],
)
def test_bad_conversations_are_dropped(messages: tuple[Message, ...], rule: str, said: str) -> None:
    kept, issues = checked(CheckOptions(), example(*messages, at=7))
    assert kept == []
    assert [(i.where, i.action, i.rule) for i in issues] == [("data.jsonl:7", "dropped", rule)]
    assert issues[0].reason.startswith(said)


def test_several_turns_cannot_be_instruction_rows() -> None:
    two = example(USER, ANSWER, USER, ANSWER)
    kept, issues = checked(CheckOptions(form="instruction"), two, example(USER, ANSWER, at=2))
    assert len(kept) == 1 and [(i.rule, i.reason) for i in issues] == [
        ("format", "2 turns: only one can be written as instruction")
    ]


SECRETS = Message("user", "mail ann@example.com, key AKIAIOSFODNN7EXAMPLE, ann@example.org")


def test_pii_is_redacted_by_default_and_never_reported() -> None:
    kept, issues = checked(CheckOptions(), example(SECRETS, ANSWER))
    assert kept[0].messages[0].content == "mail <EMAIL_ADDRESS>, key <SECRET>, <EMAIL_ADDRESS>"
    assert [(i.action, i.rule, i.reason) for i in issues] == [
        ("changed", "pii", "redacted 2 EMAIL_ADDRESS, 1 SECRET")
    ]
    assert "ann@" not in str(issues[0]) and "AKIA" not in str(issues[0])


def test_pii_can_drop_or_keep_the_example() -> None:
    kept, issues = checked(CheckOptions(pii="drop"), example(SECRETS, ANSWER))
    assert kept == [] and issues[0].action == "dropped"
    kept, issues = checked(CheckOptions(pii="keep"), example(SECRETS, ANSWER))
    assert kept == [example(SECRETS, ANSWER)]
    assert [(i.action, i.reason) for i in issues] == [
        ("suspicious", "found 2 EMAIL_ADDRESS, 1 SECRET (kept)")
    ]


LONG = Message("assistant", "word " * 200)


def test_too_long_examples_are_dropped_or_cut() -> None:
    options = CheckOptions(max_tokens=100)
    kept, issues = checked(options, example(USER, LONG))
    assert kept == [] and issues[0].rule == "tokens" and "over 100" in issues[0].reason
    checker = Checker(CheckOptions(max_tokens=100, too_long="truncate"), EstimateCounter())
    cut = checker.check(example(USER, LONG))
    assert cut is not None and checker.tokens[0] <= 100
    assert LONG.content.startswith(cut.messages[-1].content) and len(cut.messages[-1].content) > 100
    assert checker.issues[0].action == "changed"
    assert checker.issues[0].reason.endswith(f"the last message cut to {checker.tokens[0]}")
    # A prompt that alone is over the limit leaves the answer no room: dropped.
    crowded = example(Message("user", "word " * 200), ANSWER)
    assert checker.check(crowded) is None
    assert "cannot be cut to fit" in checker.issues[-1].reason


def test_tokens_are_counted_with_the_target_tokenizer(tmp_path: Path) -> None:
    folder = train_tokenizer(tmp_path / "tok")
    templated, bare = TokenizerCounter(folder), TokenizerCounter(folder / "tokenizer.json")
    # The chat template's role and end tokens, and the content's: 12 tokens.
    assert templated.count((USER, ANSWER)) == 12
    assert bare.count((USER, ANSWER)) == 8 + 2 * 4  # no template: 4 a message
    assert templated.cut("the quick brown fox jumps over", 3) == "the quick brown"
    checker = Checker(CheckOptions(max_tokens=12, too_long="truncate"), templated)
    longer = example(USER, Message("assistant", "four. the quick brown fox"))
    fitted = checker.check(longer)
    assert fitted is not None and fitted.messages[-1].content == "four."
    assert checker.tokens == [12]


def test_exact_and_near_duplicates_are_dropped_against_what_was_kept() -> None:
    story = "the quick brown fox jumps over the lazy dog near the river bank on a sunny day"
    first = example(Message("user", story), ANSWER, at=1)
    same = example(Message("user", story + "  "), ANSWER, at=2)  # the same once stripped
    near = example(Message("user", story.replace("sunny", "rainy")), ANSWER, at=3)
    other = example(Message("user", "translate cat to french please"), ANSWER, at=4)
    kept, issues = checked(CheckOptions(near_duplicates=0.6), first, same, near, other)
    assert [e.at for e in kept] == ["1", "4"]
    assert [(i.where, i.rule) for i in issues] == [
        ("data.jsonl:2", "duplicate"),
        ("data.jsonl:3", "near_duplicate"),
    ]
    assert issues[0].reason == "the same as data.jsonl:1"
    assert issues[1].reason.endswith("similar to data.jsonl:1")
    similarity = float(issues[1].reason.split()[0])
    assert 0.6 <= similarity < 1.0
    # A stricter threshold keeps the rainy day; off, only the exact copy goes.
    kept, _ = checked(CheckOptions(near_duplicates=0.95), first, same, near, other)
    assert [e.at for e in kept] == ["1", "3", "4"]
    kept, _ = checked(CheckOptions(near_duplicates=None), first, same, near, other)
    assert [e.at for e in kept] == ["1", "3", "4"]
