"""``lmops experiments``: A/B experiments that split a prompt's or a model group's traffic.

An experiment is created as a draft, then started, paused and stopped (stopped is final);
``promote`` moves a label of the prompt to the winning variant's version and stops the
experiment in one step. Gateways pick the changes up through their experiment cache.

``create`` checks that the prompt and every variant's version or label exist. When a model
group is named (``--model``, or a variant's ``model=``) it also checks that the config defines
it: then it reads the whole config, as the gateway does, so its ``${VAR}`` references must be
set; the other commands read nothing but the database URL.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from lmops.cli._common import CONFIG_OPTION, load_or_exit
from lmops.cli._experiment_input import (
    VARIANT_HELP,
    Draft,
    draft_from_file,
    draft_from_options,
)
from lmops.cli._prompt_output import label_json, label_line
from lmops.cli._registry import AUTHOR, Registry, bad_input, open_registry
from lmops.cli.keys import JsonOpt, console, format_time, print_fields, print_json
from lmops.prompts.experiments import check_experiment
from lmops.prompts.model import Experiment, ExperimentStatus, PromptRef, check_label, check_name
from lmops.prompts.report import experiment_report, report_table

__all__ = ["app", "experiment_json"]

app = typer.Typer(
    name="experiments",
    help="A/B experiments: split a prompt's or a model group's traffic between variants.",
    no_args_is_help=True,
)

NameArg = Annotated[str, typer.Argument(help="The experiment's name.", show_default=False)]


@app.command("create")
def create_command(
    name: NameArg,
    config_path: Path = CONFIG_OPTION,
    prompt: Annotated[
        str | None, typer.Option("--prompt", help="The prompt whose traffic is split.")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="The model group whose traffic is split.")
    ] = None,
    variant: Annotated[
        list[str] | None, typer.Option("--variant", metavar="SPEC", help=VARIANT_HELP)
    ] = None,
    control: Annotated[
        str | None,
        typer.Option(
            "--control", help="The variant the others are compared with (default: the first)."
        ),
    ] = None,
    description: Annotated[
        str | None, typer.Option("--description", help="What the experiment tests.")
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            help="Read the experiment from a YAML file instead (prompt or "
            "model, control, description, variants: [{name, prompt, model, weight}]).",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create an experiment as a draft (start it with `start`). Example: --prompt support-reply
    --variant current:prompt=production --variant short:prompt=3,weight=1."""
    try:
        check_name(name, "experiment name")
    except ValueError as exc:
        bad_input(f"NAME: {exc}")
    draft = _draft(name, file, prompt, model, variant or [], control, description)
    try:
        # The shape first (pure): its errors are the plainest to act on.
        variants, chosen = check_experiment(
            name, draft.target_kind, draft.target, draft.variants, draft.control
        )
    except ValueError as exc:
        bad_input(_field_error(draft, str(exc)))
    _check_models(config_path, draft)
    with open_registry(config_path) as reg:
        _check_prompts(reg, draft)
        created = reg.run(
            partial(
                reg.experiments.create,
                name,
                draft.target_kind,
                draft.target,
                variants,
                by=AUTHOR,
                control=chosen,
                description=draft.description,
            ),
            draft.source,
        )
    _print_experiment(created, as_json, f"created experiment {name} (draft)")


def _draft(
    name: str,
    file: Path | None,
    prompt: str | None,
    model: str | None,
    variants: list[str],
    control: str | None,
    description: str | None,
) -> Draft:
    if file is None:
        return draft_from_options(prompt, model, variants, control, description)
    given = [
        option
        for option, value in (("--prompt", prompt), ("--model", model), ("--variant", variants))
        if value
    ]
    if given:
        bad_input(f"--file, {', '.join(given)}: give the experiment in the file or as options")
    draft = draft_from_file(file, name)
    if control is None and description is None:
        return draft
    return Draft(
        draft.target_kind,
        draft.target,
        draft.variants,
        control if control is not None else draft.control,
        description if description is not None else draft.description,
        draft.source,
        draft.where,
    )


_FIELD = re.compile(r"(variants\[(\d+)\](?:\.\w+)?|control|description|target): (.*)", re.S)


def _field_error(draft: Draft, message: str) -> str:
    """A shape error of :func:`check_experiment` (``variants[1].weight: ...``), told with the
    option or the file's line it came from."""
    match = _FIELD.fullmatch(message)
    if match is None:
        return f"{draft.source}: {message}"
    field, index, problem = match.groups()
    if index is not None and int(index) < len(draft.where):
        detail = field.partition(".")[2]
        joint = ": " if draft.source == "--variant" else "."  # an option, or a file's field
        return f"{draft.where[int(index)]}{joint + detail if detail else ''}: {problem}"
    if draft.source != "--variant":
        return f"{draft.source}: {field}: {problem}"
    option = {"target": f"--{draft.target_kind}"}.get(field, f"--{field}")
    return f"{option}: {problem}"


def _check_models(config_path: Path, draft: Draft) -> None:
    """Every model group named is one the config defines."""
    from_options = draft.source == "--variant"
    named = []
    if draft.target_kind == "model":
        named.append(("--model" if from_options else f"{draft.source}: model", draft.target))
    named += [(w, v.model) for w, v in zip(draft.where, draft.variants, strict=True) if v.model]
    if not named:
        return
    groups = load_or_exit(config_path).groups()
    for where, group in named:
        if group not in groups:
            known = ", ".join(sorted(groups))
            bad_input(f"{where}: {group!r} is not a model group of {config_path} (it has {known})")


def _check_prompts(reg: Registry, draft: Draft) -> None:
    """The prompt exists, and so does every variant's version or label of it."""
    if draft.target_kind != "prompt":
        return
    option = "--prompt" if draft.source == "--variant" else f"{draft.source}: prompt"
    reg.run(lambda: reg.prompts.versions(draft.target), option)
    for where, variant in zip(draft.where, draft.variants, strict=True):
        if variant.prompt is None:
            continue
        text = variant.prompt
        ref = (
            PromptRef(draft.target, version=int(text))
            if text.isdigit()
            else PromptRef(draft.target, label=text)
        )
        reg.run(partial(reg.prompts.get, ref), where)


def _set_status(name: str, config_path: Path, status: ExperimentStatus, as_json: bool) -> None:
    with open_registry(config_path) as reg:
        before = reg.run(lambda: reg.experiments.get(name)).status
        after = reg.run(lambda: reg.experiments.set_status(name, status))
    _print_experiment(after, as_json, f"experiment {name}: {before} -> {after.status}")


@app.command("start")
def start_command(
    name: NameArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """Start (or resume) assigning requests to the variants."""
    _set_status(name, config_path, "running", as_json)


@app.command("pause")
def pause_command(
    name: NameArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """Pause: requests get the prompt or model as if there were no experiment."""
    _set_status(name, config_path, "paused", as_json)


@app.command("stop")
def stop_command(
    name: NameArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """Stop for good (a stopped experiment cannot be started again)."""
    _set_status(name, config_path, "stopped", as_json)


@app.command("list")
def list_command(config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False) -> None:
    """List experiments: target, status, variants and weights."""
    with open_registry(config_path) as reg:
        found = reg.run(reg.experiments.list)
    if as_json:
        print_json([experiment_json(e) for e in found])
        return
    table = Table(title=f"{len(found)} experiment(s)", title_justify="left")
    for column in ("name", "target", "status", "variants", "control", "created (UTC)"):
        table.add_column(column)
    for e in found:
        cells = [
            e.name,
            f"{e.target_kind} {e.target}",
            e.status,
            ", ".join(f"{v.name}={v.weight:g}" for v in e.variants),
            e.control,
            format_time(e.created_at),
        ]
        table.add_row(*(Text(cell) for cell in cells))
    console().print(table)


@app.command("show")
def show_command(
    name: NameArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """Show an experiment: target, status, times, and each variant."""
    with open_registry(config_path) as reg:
        found = reg.run(lambda: reg.experiments.get(name))
    _print_experiment(found, as_json, None)


@app.command("report")
def report_command(
    name: NameArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """Per variant: requests, share of traffic against its weight, feedback score, latency,
    cost and error rate with 95% confidence intervals; the difference to the control with its
    p-value; and a sample-ratio-mismatch check on the assignment counts."""
    with open_registry(config_path) as reg:
        found = reg.run(lambda: reg.experiments.get(name))
        rows = reg.run(lambda: reg.experiments.arm_rows(name))
    report = experiment_report(found, rows)
    if as_json:
        print_json(report.to_json())
    else:
        console().print(report_table(report))


@app.command("promote")
def promote_command(
    name: NameArg,
    variant: Annotated[str, typer.Argument(help="The winning variant.", show_default=False)],
    config_path: Path = CONFIG_OPTION,
    label: Annotated[
        str, typer.Option("--label", help="The label moved to the variant's version.")
    ] = "production",
    as_json: JsonOpt = False,
) -> None:
    """Move a label of the prompt to the variant's version and stop the experiment, in one
    step."""
    try:
        check_label(label)
    except ValueError as exc:
        bad_input(f"--label: {exc}")
    with open_registry(config_path) as reg:
        before = reg.run(lambda: reg.experiments.get(name))
        if before.target_kind != "prompt":
            bad_input(f"NAME: experiment {name!r} splits a model group: there is no prompt label")
        labels = reg.run(lambda: reg.prompts.labels(before.target))
        move, after = reg.run(
            lambda: reg.experiments.promote(name, variant, label, by=AUTHOR), "VARIANT"
        )
    to = move.to_version if move else labels.get(label)
    moved = label_json(after.target, label, labels.get(label), to or 0, moved=move is not None)
    if as_json:
        print_json({**moved, "experiment": experiment_json(after)})
        return
    typer.echo(label_line(moved))
    typer.echo(f"experiment {name}: {before.status} -> {after.status}")


def experiment_json(e: Experiment) -> dict[str, Any]:
    """An experiment as JSON values (its salt is the store's business)."""

    def when(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": e.id,
        "name": e.name,
        "target_kind": e.target_kind,
        "target": e.target,
        "variants": [v.to_json() for v in e.variants],
        "control": e.control,
        "status": e.status,
        "description": e.description,
        "created_by": e.created_by,
        "created_at": when(e.created_at),
        "updated_at": when(e.updated_at),
        "started_at": when(e.started_at),
        "stopped_at": when(e.stopped_at),
    }


def _print_experiment(e: Experiment, as_json: bool, headline: str | None) -> None:
    if as_json:
        print_json(experiment_json(e))
        return
    if headline:
        typer.echo(headline)
    print_fields(
        {
            "name": e.name,
            "target": f"{e.target_kind} {e.target}",
            "status": e.status,
            "control": e.control,
            "description": e.description or "-",
            "created (UTC)": f"{format_time(e.created_at)} by {e.created_by}",
            "started (UTC)": format_time(e.started_at),
            "stopped (UTC)": format_time(e.stopped_at),
        }
    )
    table = Table(title="variants", title_justify="left")
    for column in ("variant", "weight", "prompt", "model"):
        table.add_column(column)
    for v in e.variants:
        cells = [v.name, f"{v.weight:g}", v.prompt or "-", v.model or "-"]
        table.add_row(*(Text(cell) for cell in cells))
    console().print(table)
