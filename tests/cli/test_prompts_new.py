"""`lmops prompts new`: new_command registered on a bare Typer app, as the CLI helper does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from lmops.cli.prompts_new import new_command
from lmops.prompts.files import load_prompt_file
from lmops.prompts.templates import compile_prompt


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    app.command("new")(new_command)
    app.command("other")(lambda: None)  # two commands, so "new" is addressed by name
    return app


def run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["new", *args])
    return result.exit_code, result.stdout, result.stderr


def examples_file(tmp_path: Path) -> Path:
    path = tmp_path / "examples.jsonl"
    rows = [{"input": "I love it", "output": "positive"}, {"input": "Awful", "output": "negative"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_few_shot_writes_a_loadable_prompt(app: typer.Typer, tmp_path: Path) -> None:
    out = tmp_path / "prompts"
    code, stdout, _ = run(
        app,
        "--pattern", "few-shot", "--name", "sentiment", "--out", str(out),
        "--examples", str(examples_file(tmp_path)), "--instruction", "Classify.",
        "--model", "chat-small", "--description", "Review sentiment.",
    )  # fmt: skip
    assert code == 0
    assert stdout == f"wrote {out / 'sentiment.yaml'}\n"
    prompt = load_prompt_file(out / "sentiment.yaml")
    assert prompt.name == "sentiment"
    assert prompt.description == "Review sentiment."
    assert prompt.content.config == {"model": "chat-small"}
    rendered = compile_prompt(prompt.content).render({"input": "Meh"})
    assert rendered.messages is not None
    assert [m["content"] for m in rendered.messages] == [
        "Classify.", "I love it", "positive", "Awful", "negative", "Meh",
    ]  # fmt: skip


def test_few_shot_with_k_loops_over_selected_examples(app: typer.Typer, tmp_path: Path) -> None:
    examples = examples_file(tmp_path)
    code, stdout, _ = run(
        app, "--pattern", "few-shot", "--name", "s", "--out", str(tmp_path),
        "--examples", str(examples), "--k", "1", "--type", "text",
    )  # fmt: skip
    assert code == 0
    assert "ExampleSelector(load_examples(Path(" in stdout
    prompt = load_prompt_file(tmp_path / "s.yaml")
    assert prompt.content.type == "text"
    assert compile_prompt(prompt.content).variables == ("examples", "input")


def test_cot_and_role(app: typer.Typer, tmp_path: Path) -> None:
    assert (
        run(app, "--pattern", "cot", "--name", "c", "--out", str(tmp_path), "--task", "Solve.")[0]
        == 0
    )
    cot = load_prompt_file(tmp_path / "c.yaml")
    assert cot.content.messages is not None
    assert "step by step" in cot.content.messages[0].content
    schema = tmp_path / "schema.json"
    schema.write_text('{"type": "object", "properties": {"label": {"type": "string"}}}')
    code, _, _ = run(
        app, "--pattern", "role", "--name", "r", "--out", str(tmp_path),
        "--role", "a triage nurse", "--task", "Triage the message.", "--format", "One word.",
        "--schema", str(schema),
    )  # fmt: skip
    assert code == 0
    role = load_prompt_file(tmp_path / "r.yaml")
    assert role.content.config == {"response_format": {"type": "json_object"}}
    assert role.content.messages is not None
    assert role.content.messages[0].content.startswith("You are a triage nurse.")


def test_refuses_to_overwrite_without_force(app: typer.Typer, tmp_path: Path) -> None:
    args = ("--pattern", "cot", "--name", "c", "--out", str(tmp_path), "--task")
    assert run(app, *args, "First.")[0] == 0
    code, _, stderr = run(app, *args, "Second.")
    assert code == 2
    assert stderr == f"error: {tmp_path / 'c.yaml'} exists (use --force to overwrite it)\n"
    assert "First." in (tmp_path / "c.yaml").read_text()
    assert run(app, *args, "Second.", "--force")[0] == 0
    assert "Second." in (tmp_path / "c.yaml").read_text()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--pattern", "cot", "--name", "c"], "--pattern cot needs --task TEXT"),
        (["--pattern", "role", "--name", "r", "--task", "t"], "--pattern role needs --role TEXT"),
        (["--pattern", "few-shot", "--name", "f"], "--pattern few-shot needs --examples FILE"),
        (["--pattern", "cot", "--name", "c", "--task", "t", "--k", "2"], "--k: not an option of"),
        (["--pattern", "cot", "--name", "bad name", "--task", "t"], "invalid prompt name"),
        (["--pattern", "cot", "--name", "c", "--task", "{{ x.__class__ }}"], "'__class__'"),
        (["--pattern", "few-shot", "--name", "f", "--examples", "missing.jsonl"], "cannot read"),
    ],
)
def test_errors_exit_2_and_name_what_is_wrong(
    app: typer.Typer, tmp_path: Path, args: list[str], says: str
) -> None:
    code, _, stderr = run(app, *args, "--out", str(tmp_path))
    assert code == 2
    assert stderr.startswith("error: ")
    assert says in stderr
    assert list(tmp_path.iterdir()) == []


def test_bad_schema_file(app: typer.Typer, tmp_path: Path) -> None:
    schema = tmp_path / "s.json"
    schema.write_text("{\n  oops")
    code, _, stderr = run(
        app, "--pattern", "role", "--name", "r", "--out", str(tmp_path / "out"),
        "--role", "x", "--task", "y", "--schema", str(schema),
    )  # fmt: skip
    assert code == 2
    assert stderr.startswith(f"error: {schema}:2: invalid JSON")
