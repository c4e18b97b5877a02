"""``lmops prompts``: push prompt files to the registry, label, inspect, diff, render and pull.

The commands work on the store named by the config, like ``lmops keys``; gateways pick the
changes up through their prompt cache. A reference is ``NAME`` (the ``production`` label, else
the newest version), ``NAME@LABEL`` or ``NAME:VERSION``. Exit status 1: the store has no such
prompt, version or label; 2: a file, option or variable the command cannot use.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from lmops.cli import _prompt_output as out
from lmops.cli._common import CONFIG_OPTION
from lmops.cli._registry import AUTHOR, bad_input, open_registry, parse_ref, version_ref
from lmops.cli.keys import JsonOpt, console, format_time, print_json
from lmops.cli.prompts_new import new_command
from lmops.prompts.diff import diff_versions
from lmops.prompts.files import PromptFile, PromptFileError, dump_prompt_file, load_prompts
from lmops.prompts.model import PromptRef, check_label, check_name
from lmops.prompts.templates import TemplateError, compile_prompt, template_variables

__all__ = ["app"]

app = typer.Typer(
    name="prompts",
    help="The prompt registry: versioned, labelled prompt templates.",
    no_args_is_help=True,
)
# Writes a prompt file from a pattern (few-shot, chain-of-thought, role): the store waits for
# `push`, so it takes no --config.
app.command("new")(new_command)

NameArg = Annotated[str, typer.Argument(help="The prompt's name.", show_default=False)]
RefArg = Annotated[
    str,
    typer.Argument(
        metavar="NAME[@LABEL|:VERSION]",
        help="A prompt: NAME (its production label, else its newest version), NAME@LABEL or "
        "NAME:VERSION.",
        show_default=False,
    ),
]


@app.command("push")
def push_command(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="DIR|FILE",
            help="A prompt file (.yaml, .yml, or .md with YAML front matter) or a folder of them.",
            show_default=False,
        ),
    ],
    config_path: Path = CONFIG_OPTION,
    label: Annotated[
        str | None, typer.Option("--label", help="Point this label at each pushed version.")
    ] = None,
    message: Annotated[
        str, typer.Option("--message", "-m", help="The commit message of new versions.")
    ] = "",
    as_json: JsonOpt = False,
) -> None:
    """Push prompt files: a file whose content equals an existing version of its prompt makes
    no new version (pushing is idempotent); --label moves the label either way."""
    if label is not None:
        try:
            check_label(label)
        except ValueError as exc:
            bad_input(f"--label: {exc}")
    files = _load(path)
    # Every template is checked before anything is written: a bad file pushes nothing.
    checked = [(f, _variables_of(f)) for f in files]
    results = []
    with open_registry(config_path) as reg:
        for file, variables in checked:
            push = partial(
                reg.prompts.push,
                file.name,
                file.content,
                variables,
                author=AUTHOR,
                message=message,
                label=label,
            )
            pushed = reg.run(push, str(file.path) if file.path else None)
            results.append(out.push_json(pushed, label))
    if as_json:
        print_json(results)
        return
    for result in results:
        typer.echo(out.push_line(result))


def _load(path: Path) -> list[PromptFile]:
    try:
        files = load_prompts(path)
    except PromptFileError as exc:
        bad_input(str(exc))
    except OSError as exc:
        bad_input(f"{path}: {exc.strerror or exc}")
    if not files:
        bad_input(f"{path}: no prompt files (.yaml, .yml, .md) found")
    return files


def _variables_of(file: PromptFile) -> tuple[str, ...]:
    try:
        return template_variables(file.content)
    except TemplateError as exc:
        bad_input(f"{file.path or file.name}: {exc}")


@app.command("list")
def list_command(config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False) -> None:
    """List prompts: newest version, labels and when each last changed."""
    with open_registry(config_path) as reg:
        summaries = reg.run(reg.prompts.list)
    if as_json:
        print_json([out.summary_json(s) for s in summaries])
        return
    table = Table(title=f"{len(summaries)} prompt(s)", title_justify="left")
    for column in ("name", "latest", "labels", "updated (UTC)"):
        table.add_column(column)
    for s in summaries:
        cells = [s.name, str(s.latest), out.labels_text(s.labels), format_time(s.updated_at)]
        table.add_row(*(Text(cell) for cell in cells))
    console().print(table)


@app.command("show")
def show_command(ref: RefArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False) -> None:
    """Show one version: its template or messages, config, variables, labels and commit."""
    wanted = parse_ref(ref, "NAME")
    with open_registry(config_path) as reg:
        version = reg.run(lambda: reg.prompts.get(wanted))
        labels = reg.run(lambda: reg.prompts.labels(version.name))
    if as_json:
        print_json(out.version_json(version, labels))
    else:
        out.print_version(version, labels)


@app.command("history")
def history_command(
    name: NameArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """A prompt's versions, oldest first, and every move of its labels (--json: the list of
    versions, each with the labels pointing at it)."""
    _check_name(name)
    with open_registry(config_path) as reg:
        versions = reg.run(lambda: reg.prompts.versions(name))
        labels = reg.run(lambda: reg.prompts.labels(name))
        moves = reg.run(lambda: reg.prompts.moves(name))
    if as_json:
        print_json([out.version_json(v, labels) for v in versions])
    else:
        out.print_history(versions, labels, moves)


@app.command("label")
def label_command(
    name: NameArg,
    version: Annotated[int, typer.Argument(help="The version the label points at.", min=1)],
    label: Annotated[str, typer.Argument(help="The label (not 'latest').", show_default=False)],
    config_path: Path = CONFIG_OPTION,
    as_json: JsonOpt = False,
) -> None:
    """Point a label at a version (the move is recorded: who, when, from, to)."""
    _check_name(name)
    try:
        check_label(label)
    except ValueError as exc:
        bad_input(f"LABEL: {exc}")
    with open_registry(config_path) as reg:
        before = reg.run(lambda: reg.prompts.labels(name)).get(label)
        move = reg.run(lambda: reg.prompts.set_label(name, label, version, by=AUTHOR))
    moved = out.label_json(name, label, before, version, moved=move is not None)
    if as_json:
        print_json(moved)
    else:
        typer.echo(out.label_line(moved))


@app.command("diff")
def diff_command(
    name: NameArg,
    first: Annotated[str, typer.Argument(metavar="V1", help="A version number or a label.")],
    second: Annotated[str, typer.Argument(metavar="V2", help="A version number or a label.")],
    config_path: Path = CONFIG_OPTION,
) -> None:
    """A unified diff of two versions' templates and configs."""
    refs = (version_ref(name, first, "V1"), version_ref(name, second, "V2"))
    with open_registry(config_path) as reg:
        a = reg.run(lambda: reg.prompts.get(refs[0]), "V1")
        b = reg.run(lambda: reg.prompts.get(refs[1]), "V2")
    text = diff_versions(a, b)
    if text:
        typer.echo(text.rstrip("\n"))
    else:
        typer.echo(f"{a.ref} and {b.ref} have the same content", err=True)


@app.command("render")
def render_command(
    ref: RefArg,
    config_path: Path = CONFIG_OPTION,
    var: Annotated[
        list[str] | None,
        typer.Option("--var", metavar="NAME=VALUE", help="A variable (repeat for more)."),
    ] = None,
    vars_file: Annotated[
        Path | None,
        typer.Option(
            "--vars-file", help="Variables from a YAML or JSON mapping (--var wins over it)."
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Render a version with variables: the text, or the chat messages. A missing variable is
    an error naming it; an unused one is a warning."""
    wanted = parse_ref(ref, "NAME")
    variables = out.read_variables(var or [], vars_file)
    with open_registry(config_path) as reg:
        version = reg.run(lambda: reg.prompts.get(wanted))
    try:
        rendered = compile_prompt(version.content).render(variables)
    except TemplateError as exc:
        bad_input(f"{version.ref}: {exc}")
    if rendered.unused:
        unused = ", ".join(rendered.unused)
        typer.echo(f"warning: {version.ref} does not use the variable(s) {unused}", err=True)
    if as_json:
        print_json(out.rendered_json(version, rendered))
    else:
        typer.echo(out.rendered_text(rendered))


@app.command("pull")
def pull_command(
    name: Annotated[
        str, typer.Argument(metavar="NAME[@LABEL|:VERSION]", help="The prompt.", show_default=False)
    ],
    out_dir: Annotated[Path, typer.Option("--out", help="The folder to write NAME.yaml in.")],
    config_path: Path = CONFIG_OPTION,
    label: Annotated[
        str | None, typer.Option("--label", help="The version a label points at.")
    ] = None,
    version: Annotated[int | None, typer.Option("--version", help="This version.", min=1)] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite a different file.")] = False,
) -> None:
    """Write a version as a prompt file, DIR/NAME.yaml, that pushes back unchanged (default:
    the production label, else the newest version)."""
    wanted = _pull_ref(name, label, version)
    with open_registry(config_path) as reg:
        found = reg.run(lambda: reg.prompts.get(wanted))
    text = dump_prompt_file(found)
    target = out_dir / f"{found.name}.yaml"
    try:
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old == text:
            typer.echo(f"{target} is already {found.ref}")
            return
        if old is not None and not force:
            bad_input(f"{target}: exists and differs from {found.ref} (--force overwrites it)")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        bad_input(f"{target}: {exc.strerror or exc}")
    typer.echo(f"wrote {target} ({found.ref})")


def _check_name(name: str) -> None:
    try:
        check_name(name)
    except ValueError as exc:
        bad_input(f"NAME: {exc}")


def _pull_ref(name: str, label: str | None, version: int | None) -> PromptRef:
    ref = parse_ref(name, "NAME")
    given = [o for o, v in (("--label", label), ("--version", version)) if v is not None]
    if len(given) > 1 or (given and str(ref) != ref.name):
        bad_input(
            f"{', '.join(given)}: give one version: NAME@LABEL, NAME:VERSION, --label or --version"
        )
    if label is not None:
        return parse_ref(f"{ref.name}@{label}", "--label")
    if version is not None:
        return PromptRef(ref.name, version=version)
    return ref
