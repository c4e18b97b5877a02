"""diff_versions: a unified diff of template or messages and config between two versions."""

from __future__ import annotations

from datetime import UTC, datetime

from lmops.prompts.diff import diff_versions
from lmops.prompts.model import ChatMessage, PromptContent, PromptVersion


def version(number: int, content: PromptContent, name: str = "support-reply") -> PromptVersion:
    return PromptVersion(
        name, number, content, (), content.content_hash(), "", "cli", datetime.now(UTC)
    )


def chat(system: str, **config: object) -> PromptContent:
    return PromptContent(
        "chat",
        messages=(ChatMessage("system", system), ChatMessage("user", "{{ question }}")),
        config=config,
    )


def test_message_and_config_changes() -> None:
    a = version(1, chat("You help with {{ product }}.", model="chat-small", temperature=0.2))
    b = version(
        2, chat("You help with {{ product }}.\nBe brief.", model="chat-small", temperature=0.5)
    )
    assert diff_versions(a, b) == (
        "--- support-reply:1\n"
        "+++ support-reply:2\n"
        "@@ -1,9 +1,11 @@\n"
        " type: chat\n"
        " messages:\n"
        " - role: system\n"
        "-  content: You help with {{ product }}.\n"
        "+  content: |-\n"
        "+    You help with {{ product }}.\n"
        "+    Be brief.\n"
        " - role: user\n"
        "   content: '{{ question }}'\n"
        " config:\n"
        "   model: chat-small\n"
        "-  temperature: 0.2\n"
        "+  temperature: 0.5\n"
    )


def test_text_template_change() -> None:
    a = version(1, PromptContent("text", template="Summarize: {{ text }}"), "summarize")
    b = version(
        3, PromptContent("text", template="Summarize in {{ n }} words: {{ text }}"), "summarize"
    )
    diff = diff_versions(a, b)
    assert diff.splitlines()[:2] == ["--- summarize:1", "+++ summarize:3"]
    assert "-template: 'Summarize: {{ text }}'" in diff.splitlines()
    assert "+template: 'Summarize in {{ n }} words: {{ text }}'" in diff.splitlines()


def test_equal_contents_and_config_order_give_no_diff() -> None:
    a = version(1, chat("x", model="m", response_format={"type": "json_object", "strict": True}))
    b = version(2, chat("x", response_format={"strict": True, "type": "json_object"}, model="m"))
    assert diff_versions(a, b) == ""


def test_type_change_shows_both_shapes() -> None:
    a = version(1, PromptContent("text", template="Hi {{ x }}"))
    b = version(2, chat("Hi {{ x }}"))
    diff = diff_versions(a, b).splitlines()
    assert "-type: text" in diff
    assert "+type: chat" in diff
    assert "-template: Hi {{ x }}" in diff
    assert "+  content: Hi {{ x }}" in diff
