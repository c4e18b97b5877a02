"""``lmops prompts`` against SQLite and PostgreSQL stores named by a temporary config."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from tests.conftest_store import BACKENDS, database_url

runner = CliRunner()

# The two files, verbatim: they must work unchanged.
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


def write_config(folder: Path, url: str) -> Path:
    path = folder / "lmops.yaml"
    path.write_text(
        "models:\n  - {name: chat-small, provider: mock}\n  - {name: chat-large, provider: mock}\n"
        f"settings:\n  database_url: '{url}'\n"
        # Only the gateway needs it: the prompt commands never read it.
        "  master_key: ${LMOPS_MASTER_KEY}\n"
    )
    return path


@pytest.fixture(params=BACKENDS)
def config(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    with database_url(request.param, tmp_path) as url:
        yield write_config(tmp_path, url)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    prompts = tmp_path / "prompts"
    prompts.mkdir()
    (prompts / "support-reply.yaml").write_text(SUPPORT_REPLY)
    (prompts / "summarize.yaml").write_text(SUMMARIZE)
    return prompts


def lmops(config: Path, *args: str, code: int = 0, env: dict[str, str] | None = None) -> Any:
    result = runner.invoke(
        app, [*args, "--config", str(config)], env={"COLUMNS": "200", **(env or {})}
    )
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


def as_json(config: Path, *args: str) -> Any:
    return json.loads(lmops(config, *args, "--json").stdout)


def error_of(config: Path, *args: str, code: int) -> str:
    result = lmops(config, *args, code=code)
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    return str(result.stderr)


def test_push_is_idempotent_and_a_change_makes_a_new_version(config: Path, folder: Path) -> None:
    first = lmops(config, "prompts", "push", str(folder), "-m", "first").stdout.splitlines()
    assert first == ["summarize: version 1 (new)", "support-reply: version 1 (new)"]
    again = as_json(config, "prompts", "push", str(folder))
    assert again == [
        {"name": "summarize", "version": 1, "created": False, "label": None},
        {"name": "support-reply", "version": 1, "created": False, "label": None},
    ]
    assert (
        "summarize: unchanged (version 1)" in lmops(config, "prompts", "push", str(folder)).stdout
    )
    (folder / "summarize.yaml").write_text(SUMMARIZE.replace("Summarize", "Sum up"))
    edited = as_json(config, "prompts", "push", str(folder), "--label", "production", "-m", "v2")
    assert edited == [
        {
            "name": "summarize",
            "version": 2,
            "created": True,
            "label": {"name": "production", "from": None, "to": 2, "moved": True},
        },
        {
            "name": "support-reply",
            "version": 1,
            "created": False,
            "label": {"name": "production", "from": None, "to": 1, "moved": True},
        },
    ]
    listed = as_json(config, "prompts", "list")
    assert [(p["name"], p["latest"], p["labels"]) for p in listed] == [
        ("summarize", 2, {"production": 2}),
        ("support-reply", 1, {"production": 1}),
    ]
    table = lmops(config, "prompts", "list").stdout
    assert "summarize" in table and "production=2" in table
    shown = as_json(config, "prompts", "show", "summarize:2")
    assert (shown["message"], shown["author"]) == ("v2", "cli")


def test_a_single_file_and_its_label_line(config: Path, folder: Path) -> None:
    out = lmops(
        config, "prompts", "push", str(folder / "summarize.yaml"), "--label", "staging"
    ).stdout
    assert out.splitlines() == ["summarize: version 1 (new)", "  summarize@staging: none -> 1"]
    again = lmops(config, "prompts", "push", str(folder / "summarize.yaml"), "--label", "staging")
    assert "summarize@staging: already at version 1" in again.stdout


def _two_versions(config: Path, folder: Path) -> None:
    lmops(config, "prompts", "push", str(folder))
    (folder / "summarize.yaml").write_text(SUMMARIZE.replace("{{ n }} words", "{{ n }} bullets"))
    lmops(config, "prompts", "push", str(folder), "-m", "bullets")


def test_labels_move_and_history_records_them(config: Path, folder: Path) -> None:
    _two_versions(config, folder)
    assert (
        lmops(config, "prompts", "label", "summarize", "1", "production").stdout.strip()
        == "summarize@production: none -> 1"
    )
    moved = as_json(config, "prompts", "label", "summarize", "2", "production")
    assert moved == {"name": "summarize", "label": "production", "from": 1, "to": 2, "moved": True}
    same = lmops(config, "prompts", "label", "summarize", "2", "production").stdout
    assert "already at version 2" in same
    history = as_json(config, "prompts", "history", "summarize")
    assert isinstance(history, list)
    assert [(v["version"], v["labels"], v["message"]) for v in history] == [
        (1, [], ""),
        (2, ["production"], "bullets"),
    ]
    assert history[0]["template"] == "Summarize in {{ n }} words: {{ text }}"
    assert history[1]["variables"] == ["n", "text"] and history[1]["author"] == "cli"
    text = lmops(config, "prompts", "history", "summarize").stdout
    assert "bullets" in text and "label moves" in text and "production" in text


def test_label_errors(config: Path, folder: Path) -> None:
    lmops(config, "prompts", "push", str(folder))
    latest = error_of(config, "prompts", "label", "summarize", "1", "latest", code=2)
    assert "LABEL" in latest and "'latest'" in latest
    assert "no version 7" in error_of(config, "prompts", "label", "summarize", "7", "x", code=1)
    assert "'nope'" in error_of(config, "prompts", "label", "nope", "1", "x", code=1)
    assert "NAME" in error_of(config, "prompts", "history", "summarize@x", code=2)
    assert "no prompt named 'nope'" in error_of(config, "prompts", "history", "nope", code=1)


def test_show_forms(config: Path, folder: Path) -> None:
    _two_versions(config, folder)

    def shown(ref: str) -> int:
        return int(as_json(config, "prompts", "show", ref)["version"])

    assert shown("summarize") == 2  # no production label: the newest
    lmops(config, "prompts", "label", "summarize", "1", "production")
    assert (shown("summarize"), shown("summarize@production"), shown("summarize:2")) == (1, 1, 2)
    assert shown("summarize@latest") == 2
    chat = as_json(config, "prompts", "show", "support-reply")
    assert chat["object"] == "prompt" and chat["type"] == "chat" and chat["template"] is None
    assert chat["messages"][1] == {"role": "user", "content": "{{ question }}"}
    assert chat["config"] == {"model": "chat-small", "temperature": 0.2}
    assert chat["variables"] == ["language", "product", "question"]
    text = lmops(config, "prompts", "show", "support-reply").stdout
    assert "[system]" in text and "You are a support agent for {{ product }}" in text
    assert "chat-small" in text and "language, product, question" in text
    assert "no label 'beta'" in error_of(config, "prompts", "show", "summarize@beta", code=1)
    assert "NAME" in error_of(config, "prompts", "show", "summarize:x", code=2)


def test_diff_by_number_and_label(config: Path, folder: Path) -> None:
    _two_versions(config, folder)
    lmops(config, "prompts", "label", "summarize", "2", "staging")
    for second in ("2", "staging"):
        diff = lmops(config, "prompts", "diff", "summarize", "1", second).stdout
        assert "summarize:1" in diff and "summarize:2" in diff
        assert "-" in diff and "words" in diff and "bullets" in diff
        removed = [line for line in diff.splitlines() if line.startswith("-") and "words" in line]
        added = [line for line in diff.splitlines() if line.startswith("+") and "bullets" in line]
        assert removed and added
    assert "V2" in error_of(config, "prompts", "diff", "summarize", "1", "9", code=1)


def test_render_text_and_chat(config: Path, folder: Path, tmp_path: Path) -> None:
    lmops(config, "prompts", "push", str(folder))
    text = lmops(config, "prompts", "render", "summarize", "--var", "n=5", "--var", "text=a=b")
    assert text.stdout == "Summarize in 5 words: a=b\n" and text.stderr == ""
    variables = tmp_path / "vars.yaml"
    variables.write_text("product: lmops\nlanguage: French\nquestion: Why?\n")
    chat = as_json(config, "prompts", "render", "support-reply", "--vars-file", str(variables))
    assert chat["messages"] == [
        {"role": "system", "content": "You are a support agent for lmops. Answer in French."},
        {"role": "user", "content": "Why?"},
    ]
    assert (chat["version"], chat["config"]["model"], chat["text"]) == (1, "chat-small", None)
    # --var wins over the file; a JSON file works too.
    json_vars = tmp_path / "vars.json"
    json_vars.write_text(json.dumps({"product": "x", "language": "English", "question": "Q"}))
    people = lmops(
        config, "prompts", "render", "support-reply:1", "--vars-file", str(json_vars),
        "--var", "language=German",
    ).stdout  # fmt: skip
    assert "[system]\nYou are a support agent for x. Answer in German.\n\n[user]\nQ" in people


def test_render_errors(config: Path, folder: Path, tmp_path: Path) -> None:
    lmops(config, "prompts", "push", str(folder))
    missing = error_of(config, "prompts", "render", "summarize", "--var", "n=3", code=2)
    assert "text" in missing and "summarize:1" in missing
    extra = lmops(
        config, "prompts", "render", "summarize", "--var", "n=3", "--var", "text=t",
        "--var", "tone=dry",
    )  # fmt: skip
    assert extra.stdout == "Summarize in 3 words: t\n"
    assert extra.stderr.startswith("warning: ") and "tone" in extra.stderr
    assert "--var" in error_of(config, "prompts", "render", "summarize", "--var", "n", code=2)
    listed = tmp_path / "list.yaml"
    listed.write_text("- 1\n")
    bad = error_of(config, "prompts", "render", "summarize", "--vars-file", str(listed), code=2)
    assert "--vars-file" in bad and "list.yaml" in bad and "mapping" in bad
    assert "nope" in error_of(config, "prompts", "render", "nope", code=1)


def test_pull_round_trips(config: Path, folder: Path, tmp_path: Path) -> None:
    lmops(config, "prompts", "push", str(folder))
    out = tmp_path / "pulled"
    for name in ("support-reply", "summarize"):
        wrote = lmops(config, "prompts", "pull", name, "--out", str(out)).stdout
        assert f"{name}.yaml" in wrote and f"{name}:1" in wrote
    again = as_json(config, "prompts", "push", str(out))
    assert [(p["name"], p["version"], p["created"]) for p in again] == [
        ("summarize", 1, False),
        ("support-reply", 1, False),
    ]
    target = out / "summarize.yaml"
    assert (
        "is already summarize:1"
        in lmops(config, "prompts", "pull", "summarize", "--out", str(out)).stdout
    )
    target.write_text(SUMMARIZE.replace("Summarize", "Shorten"))
    refused = error_of(config, "prompts", "pull", "summarize", "--out", str(out), code=2)
    assert "summarize.yaml" in refused and "--force" in refused
    assert "Shorten" in target.read_text()
    lmops(config, "prompts", "push", str(target))  # version 2
    lmops(config, "prompts", "pull", "summarize", "--version", "1", "--out", str(out), "--force")
    assert "Shorten" not in target.read_text() and "Summarize in" in target.read_text()
    lmops(config, "prompts", "pull", "summarize", "--label", "latest", "--out", str(out), "--force")
    assert "Shorten" in target.read_text()
    both = error_of(
        config, "prompts", "pull", "summarize:1", "--label", "x", "--out", str(out), code=2
    )
    assert "--label" in both


def test_bad_files_name_the_file_and_line(config: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "ok.yaml").write_text(SUMMARIZE)
    (bad / "broken.yaml").write_text('name: broken\ntype: text\ntemplate: "Hello {{ name"\n')
    message = error_of(config, "prompts", "push", str(bad), code=2)
    assert "broken.yaml:3" in message and "template" in message
    # Nothing was pushed: the good file waits for the bad one.
    assert as_json(config, "prompts", "list") == []
    (bad / "broken.yaml").write_text("name: broken\ntype: text\ntemplat: x\n")
    assert "broken.yaml:3" in error_of(config, "prompts", "push", str(bad), code=2)
    missing = error_of(config, "prompts", "push", str(tmp_path / "none"), code=2)
    assert "none" in missing
    assert "--label" in error_of(config, "prompts", "push", str(bad), "--label", "latest", code=2)


def test_the_store_alone_needs_no_master_key(tmp_path: Path, folder: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}")
    result = runner.invoke(
        app,
        ["prompts", "push", str(folder), "--json"],
        env={"LMOPS_CONFIG": str(config), "LMOPS_MASTER_KEY": None},
    )
    assert result.exit_code == 0, result.output
    assert [p["version"] for p in json.loads(result.stdout)] == [1, 1]


def test_the_examples_folder_pushes_and_renders(config: Path, tmp_path: Path) -> None:
    examples = Path(__file__).parents[2] / "examples" / "prompts"
    pushed = as_json(config, "prompts", "push", str(examples))
    assert "release-notes" in [p["name"] for p in pushed]
    assert all(p["created"] and p["version"] == 1 for p in pushed)
    variables = tmp_path / "notes.json"
    variables.write_text(
        json.dumps({"product": "lmops", "version": "1.2", "changes": ["faster", "safer"]})
    )
    notes = as_json(config, "prompts", "render", "release-notes", "--vars-file", str(variables))
    assert notes["messages"][0]["content"] == "You write short, friendly release notes for lmops."
    assert "- faster" in notes["messages"][-1]["content"]


def test_new_writes_a_pattern_file_that_pushes(config: Path, tmp_path: Path) -> None:
    out = tmp_path / "patterns"
    written = runner.invoke(
        app,
        ["prompts", "new", "--pattern", "cot", "--name", "reason", "--task", "Add {{ a }}.",
         "--out", str(out)],
    )  # fmt: skip
    assert written.exit_code == 0, written.output
    assert (out / "reason.yaml").exists()
    pushed = as_json(config, "prompts", "push", str(out))
    assert [(p["name"], p["version"], p["created"]) for p in pushed] == [("reason", 1, True)]
