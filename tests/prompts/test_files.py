"""Prompt files: the issue's two files unchanged, Markdown, errors with file/line/field, folders,
and dump/load round trips."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from lmops.prompts.files import (
    PromptFileError,
    dump_prompt_file,
    load_prompt_file,
    load_prompts,
)
from lmops.prompts.model import ChatMessage, PromptContent, PromptVersion
from lmops.prompts.templates import compile_prompt

EXAMPLES = Path(__file__).parents[2] / "examples" / "prompts"

# Verbatim from issue 11.
SUPPORT_REPLY = """\
# prompts/support-reply.yaml
name: support-reply
type: chat
messages:
  - role: system
    content: You are a support agent for {{ product }}. Answer in {{ language }}.
  - role: user
    content: "{{ question }}"
config:
  model: chat-small
  temperature: 0.2
"""
SUMMARIZE = """\
# prompts/summarize.yaml
name: summarize
type: text
template: "Summarize in {{ n }} words: {{ text }}"
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(PromptFileError) as caught:
        load_prompt_file(path)
    return str(caught.value)


def test_issue_files_load_unchanged(tmp_path: Path) -> None:
    support = load_prompt_file(write(tmp_path, "support-reply.yaml", SUPPORT_REPLY))
    assert support.name == "support-reply"
    assert support.description == ""
    assert support.content == PromptContent(
        "chat",
        messages=(
            ChatMessage(
                "system", "You are a support agent for {{ product }}. Answer in {{ language }}."
            ),
            ChatMessage("user", "{{ question }}"),
        ),
        config={"model": "chat-small", "temperature": 0.2},
    )
    summarize = load_prompt_file(write(tmp_path, "summarize.yaml", SUMMARIZE))
    assert summarize.content == PromptContent(
        "text", template="Summarize in {{ n }} words: {{ text }}"
    )
    assert summarize.path == tmp_path / "summarize.yaml"


def test_examples_folder_holds_the_issue_files_and_a_markdown_prompt() -> None:
    assert (EXAMPLES / "support-reply.yaml").read_text() == SUPPORT_REPLY
    assert (EXAMPLES / "summarize.yaml").read_text() == SUMMARIZE
    prompts = load_prompts(EXAMPLES)
    assert [p.name for p in prompts] == ["release-notes", "summarize", "support-reply"]
    notes = compile_prompt(prompts[0].content).render(
        {"product": "lmops", "version": "1.2", "changes": ["Faster cache", "Prompt registry"]}
    )
    assert notes.messages is not None
    assert notes.messages[-1] == {
        "role": "user",
        "content": "Write the release notes for version 1.2 from these changes:\n\n"
        "- Faster cache\n- Prompt registry\n",
    }


def test_markdown_body_is_the_text_template(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "greet.md",
        "---\nname: greet\ntype: text\ndescription: Says hello.\n---\n\nHello {{ who }}!\n\n",
    )
    prompt = load_prompt_file(path)
    assert prompt.content == PromptContent("text", template="Hello {{ who }}!")
    assert prompt.description == "Says hello."


def test_markdown_chat_body_is_a_last_user_message(tmp_path: Path) -> None:
    path = write(tmp_path, "ask.md", "---\nname: ask\ntype: chat\n---\n{{ question }}\n")
    assert load_prompt_file(path).content.messages == (ChatMessage("user", "{{ question }}"),)


def test_markdown_body_and_template_together_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "---\nname: x\ntype: text\ntemplate: a\n---\nbody\n")
    assert load_error(path) == f"{path}:4: template: given both here and as the body"


def test_markdown_template_error_names_the_line_in_the_file(tmp_path: Path) -> None:
    text = "---\nname: x\ntype: text\n---\n\nline one\nline two {{ x.__class__ }}\n"
    path = write(tmp_path, "x.md", text)
    assert load_error(path) == (
        f"{path}:7: template: access to the private name '__class__' is not allowed"
    )


def test_markdown_without_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "# Just a document\n")
    assert load_error(path) == f"{path}:1: a Markdown prompt starts with '---' front matter"


BAD_FILES = [
    ("name: x\ntype: text\ntemplate: a\nlabels: [prod]\n", ":4: labels: unknown field"),
    (
        "name: x\ntype: chat\nmessages:\n  - role: system\n    content: a\n  - role: robot\n"
        "    content: b\n",
        ":6: messages.1.role: Input should be 'system', 'developer', 'user' or 'assistant'",
    ),
    ("name: x\ntype: chat\nmessages:\n  - role: user\n", ":4: messages.0.content: Field required"),
    ("name: x\ntemplate: a\n", ": type: Field required"),
    ("name: bad name\ntype: text\ntemplate: a\n", ":1: name: invalid prompt name 'bad name'"),
    ("name: x\ntype: text\ntemplate: 3\n", ":3: template: Input should be a valid string"),
    ("name: x\ntype: text\n", ":2: type: a text prompt has a 'template' and no 'messages'"),
    (
        "name: x\ntype: chat\ntemplate: a\n",
        ":3: template: a chat prompt has 'messages' and no 'template'",
    ),
    (
        "name: x\ntype: text\ntemplate: a\nconfig:\n  model: m\n  api_base: http://evil\n",
        ":6: config.api_base: a prompt cannot set this (the gateway decides it)",
    ),
    (
        "name: x\ntype: text\ntemplate: a\nconfig:\n  messages: []\n",
        ":5: config.messages: not a request parameter a prompt's config can hold",
    ),
    (
        "name: x\ntype: chat\nmessages:\n  - role: user\n    content: ok\n  - role: user\n"
        "    content: '{{ cycler.__init__ }}'\n",
        ":7: messages.1.content: template line 1: 'cycler' is not available in a prompt template",
    ),
    (
        "name: x\ntype: text\ntemplate: |\n  a\n  {% for %}\n",
        ":3: template: template line 2: ",
    ),
    ("name: x\ntype: text\ntemplate: a\nname: y\n", ":4: name: duplicate key"),
    ("name: x\ntype: chat\nmessages: []\n", ":3: messages: List should have at least 1 item"),
    (
        "name: x\ntype: text\ntemplate: a\nconfig:\n  metadata:\n    since: 2024-01-01\n",
        ":6: config.metadata.since: not a JSON value (date)",
    ),
    ("name: x\ntype: text\ntemplate: a\nconfig:\n  logit_bias: {1: 2}\n", ":5: config.logit_bias"),
    ("name: x\n  type: [\n", ":2: invalid YAML: "),
    ("- name: x\n", ":1: expected a mapping of prompt fields"),
]


@pytest.mark.parametrize(("text", "says"), BAD_FILES)
def test_errors_name_file_line_and_field(tmp_path: Path, text: str, says: str) -> None:
    path = write(tmp_path, "prompts/a.yaml", text)
    message = load_error(path)
    assert message.startswith(f"{path}{says}"), message


def test_unreadable_file(tmp_path: Path) -> None:
    assert load_error(tmp_path / "none.yaml").startswith(f"{tmp_path / 'none.yaml'}: cannot read")


def test_folder_loads_recursively_sorted_by_name(tmp_path: Path) -> None:
    write(tmp_path, "b/zeta.yaml", "name: zeta\ntype: text\ntemplate: z\n")
    write(tmp_path, "a.yml", "name: alpha\ntype: text\ntemplate: a\n")
    write(tmp_path, "c/d/mid.md", "---\nname: mid\ntype: text\n---\nm\n")
    write(tmp_path, "README.md", "# Our prompts\n")  # no front matter: documentation
    write(tmp_path, ".hidden/x.yaml", "not: a prompt\n")
    write(tmp_path, "notes.txt", "ignored\n")
    assert [p.name for p in load_prompts(tmp_path)] == ["alpha", "mid", "zeta"]


def test_single_file_loads_as_a_list(tmp_path: Path) -> None:
    path = write(tmp_path, "s.yaml", SUMMARIZE)
    assert [p.name for p in load_prompts(path)] == ["summarize"]


def test_same_name_in_two_files_names_both(tmp_path: Path) -> None:
    first = write(tmp_path, "a.yaml", SUMMARIZE)
    second = write(tmp_path, "sub/b.md", "---\ntype: text\nname: summarize\n---\nx\n")
    with pytest.raises(PromptFileError) as caught:
        load_prompts(tmp_path)
    assert str(caught.value) == (f"{second}:3: name: prompt 'summarize' is also defined in {first}")


def test_error_in_a_folder_names_the_file(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", SUMMARIZE)
    bad = write(tmp_path, "bad.yaml", "name: bad\ntype: text\ntemplate: '{{ x'\n")
    with pytest.raises(PromptFileError, match=f"^{bad}:3: template: template line 1: "):
        load_prompts(tmp_path)


CONTENTS = [
    PromptContent("text", template="Summarize in {{ n }} words: {{ text }}"),
    PromptContent(
        "chat",
        messages=(
            ChatMessage("system", "Line one\nLine two  \n\n  indented {{ x }}\n"),
            ChatMessage("user", "trailing space   "),
            ChatMessage("assistant", "ünïcödé — “quotes” 'single' # not a comment"),
            ChatMessage("user", "- looks: like yaml\n---\n"),
        ),
        config={
            "model": "chat-small",
            "temperature": 0.2,
            "max_tokens": 100,
            "response_format": {"type": "json_object"},
            "tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}],
            "stop": ["\n\n", "END"],
            "seed": None,
            "logit_bias": {"50256": -100},
        },
    ),
    PromptContent("text", template="yes"),
    PromptContent("text", template="123"),
    PromptContent("text", template="{% for i in items %}\n{{ i }}\n{% endfor %}\n"),
]


@pytest.mark.parametrize("content", CONTENTS)
def test_dump_loads_back_equal(tmp_path: Path, content: PromptContent) -> None:
    version = PromptVersion(
        "round-trip", 3, content, (), content.content_hash(), "m", "cli", datetime.now(UTC)
    )
    text = dump_prompt_file(version, description="A prompt.")
    loaded = load_prompt_file(write(tmp_path, "p.yaml", text))
    assert loaded.content == content
    assert loaded.content.content_hash() == content.content_hash()
    assert loaded.name == "round-trip"
    assert loaded.description == "A prompt."


def test_dump_writes_multiline_templates_as_block_literals() -> None:
    content = PromptContent("text", template="a\nb\n")
    version = PromptVersion(
        "p", 1, content, (), content.content_hash(), "", "cli", datetime.now(UTC)
    )
    assert dump_prompt_file(version) == "name: p\ntype: text\ntemplate: |\n  a\n  b\n"
