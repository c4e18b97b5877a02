"""What ``lmops prompts`` prints: JSON values and text for people, and the variables it reads.

A version's JSON is the shape ``GET /v1/prompts/{name}`` answers with, so that scripts can
treat the CLI's and the gateway's answers alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.table import Table
from rich.text import Text

from lmops.cli._registry import bad_input
from lmops.cli.keys import console, format_time, print_fields
from lmops.prompts.model import LabelMove, PromptSummary, PromptVersion
from lmops.prompts.store import PushResult
from lmops.prompts.templates import Rendered

__all__ = [
    "label_json",
    "label_line",
    "labels_text",
    "print_history",
    "print_version",
    "push_json",
    "push_line",
    "read_variables",
    "rendered_json",
    "rendered_text",
    "summary_json",
    "version_json",
]


def push_json(result: PushResult, label: str | None) -> dict[str, Any]:
    """One pushed file: ``{name, version, created, label}``; ``label`` is null without
    ``--label``, else ``{name, from, to, moved}``."""
    version = result.version
    moved = None
    if label is not None:
        before = result.moved.from_version if result.moved else version.version
        moved = {
            "name": label,
            "from": before,
            "to": version.version,
            "moved": result.moved is not None,
        }
    return {
        "name": version.name,
        "version": version.version,
        "created": result.created,
        "label": moved,
    }


def push_line(result: Mapping[str, Any]) -> str:
    name, number = result["name"], result["version"]
    line = (
        f"{name}: version {number} (new)"
        if result["created"]
        else (f"{name}: unchanged (version {number})")
    )
    label = result["label"]
    if label is not None:
        line += "\n  " + label_line({**label, "name": name, "label": label["name"]})
    return line


def label_json(
    name: str, label: str, before: int | None, version: int, *, moved: bool
) -> dict[str, Any]:
    return {"name": name, "label": label, "from": before, "to": version, "moved": moved}


def label_line(move: Mapping[str, Any]) -> str:
    """``support-reply@production: 1 -> 2`` (``none -> 1`` for a new label)."""
    where = f"{move['name']}@{move['label']}"
    if not move["moved"]:
        return f"{where}: already at version {move['to']}"
    before = "none" if move["from"] is None else move["from"]
    return f"{where}: {before} -> {move['to']}"


def labels_text(labels: Mapping[str, int]) -> str:
    return ", ".join(f"{label}={v}" for label, v in sorted(labels.items())) or "-"


def summary_json(summary: PromptSummary) -> dict[str, Any]:
    return {
        "name": summary.name,
        "latest": summary.latest,
        "labels": dict(summary.labels),
        "updated_at": summary.updated_at.isoformat(),
    }


def _labels_of(version: PromptVersion, labels: Mapping[str, int]) -> list[str]:
    return sorted(label for label, number in labels.items() if number == version.version)


def version_json(version: PromptVersion, labels: Mapping[str, int]) -> dict[str, Any]:
    """The version as the gateway's ``GET /v1/prompts/{name}`` shows it."""
    content = version.content.to_json()
    return {
        "object": "prompt",
        "name": version.name,
        "version": version.version,
        "type": content["type"],
        "template": content.get("template"),
        "messages": content.get("messages"),
        "config": content["config"],
        "variables": list(version.variables),
        "labels": _labels_of(version, labels),
        "content_hash": version.content_hash,
        "message": version.message,
        "author": version.author,
        "created_at": version.created_at.isoformat(),
    }


def print_version(version: PromptVersion, labels: Mapping[str, int]) -> None:
    content = version.content
    print_fields(
        {
            "prompt": version.ref,
            "type": content.type,
            "labels": ", ".join(_labels_of(version, labels)) or "-",
            "variables": ", ".join(version.variables) or "-",
            "message": version.message or "-",
            "author": version.author,
            "created (UTC)": format_time(version.created_at),
            "hash": version.content_hash,
        }
    )
    if content.config:
        typer.echo("\nconfig:")
        typer.echo(_indent(yaml.safe_dump(dict(content.config), sort_keys=False)))
    if content.template is not None:
        typer.echo("\ntemplate:")
        typer.echo(_indent(content.template))
    for message in content.messages or ():
        typer.echo(f"\n[{message.role}]")
        typer.echo(_indent(message.content))


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.rstrip("\n").splitlines())


def print_history(
    versions: Sequence[PromptVersion], labels: Mapping[str, int], moves: Sequence[LabelMove]
) -> None:
    table = Table(title=f"{versions[0].name}: {len(versions)} version(s)", title_justify="left")
    for column in ("version", "created (UTC)", "author", "labels", "message"):
        table.add_column(column)
    for v in versions:
        cells = [
            str(v.version),
            format_time(v.created_at),
            v.author,
            ", ".join(_labels_of(v, labels)) or "-",
            v.message or "-",
        ]
        table.add_row(*(Text(cell) for cell in cells))
    console().print(table)
    if not moves:
        return
    moved = Table(title="label moves", title_justify="left")
    for column in ("label", "from", "to", "by", "at (UTC)"):
        moved.add_column(column)
    for m in moves:
        before = "-" if m.from_version is None else str(m.from_version)
        cells = [m.label, before, str(m.to_version), m.moved_by, format_time(m.moved_at)]
        moved.add_row(*(Text(cell) for cell in cells))
    console().print(moved)


def read_variables(pairs: Sequence[str], path: Path | None) -> dict[str, Any]:
    """The variables of ``--vars-file`` (a YAML or JSON mapping), then ``--var NAME=VALUE``."""
    variables: dict[str, Any] = _read_vars_file(path) if path is not None else {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            bad_input(f"--var: {pair!r} is not NAME=VALUE")
        variables[key.strip()] = value
    return variables


def _read_vars_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        bad_input(f"--vars-file: {path}: {exc.strerror or exc}")
    try:
        value = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        bad_input(f"--vars-file: {path}: not valid {_kind(path)}: {exc}")
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        bad_input(f"--vars-file: {path}: must be a mapping of variable names to values")
    return value


def _kind(path: Path) -> str:
    return "JSON" if path.suffix.lower() == ".json" else "YAML"


def rendered_json(version: PromptVersion, rendered: Rendered) -> dict[str, Any]:
    return {
        "name": version.name,
        "version": version.version,
        "type": version.content.type,
        "text": rendered.text,
        "messages": rendered.messages,
        "config": dict(version.content.config),
        "unused": list(rendered.unused),
    }


def rendered_text(rendered: Rendered) -> str:
    """A text prompt as it is; chat messages each under its ``[role]``."""
    if rendered.text is not None:
        return rendered.text
    return "\n\n".join(f"[{m['role']}]\n{m['content']}" for m in rendered.messages or ())
