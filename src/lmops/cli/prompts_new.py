"""``lmops prompts new``: write a prompt file from a pattern (few-shot, chain-of-thought, role).

``new_command`` is a plain Typer command function; the ``prompts`` sub-app registers it.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from lmops.prompts.files import PromptFile, PromptFileError, load_prompt_file, prompt_file_text
from lmops.prompts.patterns import chain_of_thought, few_shot, load_examples, role_prompt

__all__ = ["Pattern", "new_command"]


class Pattern(StrEnum):
    """The patterns ``lmops prompts new`` writes."""

    few_shot = "few-shot"
    cot = "cot"
    role = "role"


class PromptType(StrEnum):
    """The two kinds of prompt."""

    chat = "chat"
    text = "text"


# Which options each pattern reads; any other pattern option given is an error.
_OPTIONS = {
    Pattern.few_shot: {"--examples", "--k", "--instruction"},
    Pattern.cot: {"--task"},
    Pattern.role: {"--role", "--task", "--format", "--schema"},
}
_DEFAULT_INSTRUCTION = "Answer the way the examples do."


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def new_command(
    pattern: Annotated[Pattern, typer.Option("--pattern", help="The prompt pattern.")],
    name: Annotated[str, typer.Option("--name", help="The prompt's name (and file name).")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write NAME.yaml into.")] = Path(),
    type_: Annotated[
        PromptType, typer.Option("--type", help="A chat prompt (messages) or a text prompt.")
    ] = PromptType.chat,
    examples: Annotated[
        Path | None,
        typer.Option(
            "--examples", help="few-shot: examples, .jsonl or .yaml ({input, output} each)."
        ),
    ] = None,
    k: Annotated[
        int | None,
        typer.Option(
            "--k",
            min=1,
            help="few-shot: pick the K examples nearest to the input at render time "
            "(ExampleSelector) instead of writing them all into the prompt.",
        ),
    ] = None,
    instruction: Annotated[
        str | None, typer.Option("--instruction", help="few-shot: what to do with the input.")
    ] = None,
    role: Annotated[
        str | None, typer.Option("--role", help="role: who the model is ('a tax adviser').")
    ] = None,
    task: Annotated[str | None, typer.Option("--task", help="cot, role: the task.")] = None,
    output_format: Annotated[
        str | None, typer.Option("--format", help="role: how to format the answer.")
    ] = None,
    schema: Annotated[
        Path | None, typer.Option("--schema", help="role: a JSON Schema file the answer matches.")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="config.model.")] = None,
    description: Annotated[str, typer.Option("--description", help="A description.")] = "",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a new prompt file from a pattern: few-shot (--examples, optionally --k), cot
    (--task) or role (--role, --task, --format and/or --schema)."""
    given = {
        "--examples": examples,
        "--k": k,
        "--instruction": instruction,
        "--role": role,
        "--task": task,
        "--format": output_format,
        "--schema": schema,
    }
    stray = sorted(o for o, v in given.items() if v is not None and o not in _OPTIONS[pattern])
    if stray:
        _fail(f"{', '.join(stray)}: not an option of --pattern {pattern.value}")
    path = out / f"{name}.yaml"
    if path.exists() and not force:
        _fail(f"{path} exists (use --force to overwrite it)")
    config: dict[str, Any] = {"model": model} if model else {}
    try:
        prompt = _build(pattern, name, type_.value, given, config, description)
    except (ValueError, PromptFileError) as exc:  # TemplateError, a bad name, a bad file
        _fail(str(exc))
    out.mkdir(parents=True, exist_ok=True)
    path.write_text(prompt_file_text(prompt.name, prompt.content, description), encoding="utf-8")
    load_prompt_file(path)  # what was written loads back, or this is a bug worth a traceback
    typer.echo(f"wrote {path}")
    if k is not None and examples is not None:
        typer.echo(
            f"render it with the {k} examples nearest to the input: "
            f"ExampleSelector(load_examples(Path({str(examples)!r})), {k}).variables(text)"
        )


def _build(
    pattern: Pattern,
    name: str,
    type_: Any,
    given: dict[str, Any],
    config: dict[str, Any],
    description: str,
) -> PromptFile:
    common: dict[str, Any] = {"type": type_, "config": config, "description": description}
    if pattern is Pattern.few_shot:
        if given["--examples"] is None:
            _fail("--pattern few-shot needs --examples FILE")
        examples = load_examples(given["--examples"])
        instruction = given["--instruction"] or _DEFAULT_INSTRUCTION
        if given["--k"] is not None:
            return few_shot(name, instruction=instruction, select=given["--k"], **common)
        return few_shot(name, instruction=instruction, examples=examples, **common)
    task = given["--task"]
    if task is None:
        _fail(f"--pattern {pattern.value} needs --task TEXT")
    if pattern is Pattern.cot:
        return chain_of_thought(name, task=task, **common)
    if given["--role"] is None:
        _fail("--pattern role needs --role TEXT")
    json_schema = _schema(given["--schema"]) if given["--schema"] is not None else None
    return role_prompt(
        name,
        role=given["--role"],
        task=task,
        output_format=given["--format"],
        json_schema=json_schema,
        **common,
    )


def _schema(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        _fail(f"{path}: cannot read the schema: {exc.strerror}")
    except json.JSONDecodeError as exc:
        _fail(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}")
    if not isinstance(value, dict):
        _fail(f"{path}: a JSON Schema is an object")
    return value
