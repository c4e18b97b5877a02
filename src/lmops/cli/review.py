"""``lmops review``: human review queues in the config's store.

``create NAME --file QUEUE.yaml`` makes a queue from a file (its rubric ``fields``,
``instructions``, ``description``, ``reviews_per_item``, capture ``rules`` for production
requests); ``queues`` lists them with their
progress; ``import QUEUE FILE`` adds items from JSONL or CSV; ``items`` pages through a queue;
``export`` writes its reviewed items as JSONL; ``stats`` prints each rubric field's scores,
the reviewers' agreement and the judge alignment. Exit statuses follow ``lmops keys``: 1 when
the store says no (no such queue, a name taken, a database error), 2 for input the command
cannot use (a bad file, named with its line and field).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

import sqlalchemy as sa
import typer
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rich.table import Table

from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import (
    JsonOpt,
    console,
    fail,
    format_time,
    open_store,
    print_json,
    write_jsonl,
)
from lmops.review.files import ItemFileError, export_record, read_items
from lmops.review.rubric import AnyField, CaptureRule, Rubric
from lmops.review.stats import QueueStats, queue_stats
from lmops.review.store import Conflict, NotFound, ReviewStore
from lmops.store.db import describe_error
from lmops.yaml_lines import DuplicateKey, YamlProblem, read_yaml
from lmops.yaml_lines import where as key_where

__all__ = ["app"]

app = typer.Typer(
    name="review", help="Human review queues: rubrics, items, reviews.", no_args_is_help=True
)

QueueArg = Annotated[str, typer.Argument(metavar="QUEUE", help="The queue's name.")]


class _QueueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    description: str = ""
    instructions: str = ""
    reviews_per_item: int = Field(1, ge=1, le=20)
    fields: list[AnyField] = Field(min_length=1)
    rules: list[CaptureRule] = Field(default_factory=list)


@contextmanager
def _store(config_path: Path) -> Iterator[ReviewStore]:
    with open_store(config_path) as store:
        engine = store.engine
        try:
            yield ReviewStore(engine)
        except (NotFound, Conflict) as exc:
            fail(str(exc.args[0]) if exc.args else str(exc))
        except sa.exc.SQLAlchemyError as exc:
            fail(describe_error(exc, engine))


@app.command("create")
def create_command(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The new queue's name.")],
    file: Annotated[Path, typer.Option("--file", "-f", help="The queue's YAML file.")],
    config_path: Path = CONFIG_OPTION,
) -> None:
    """Create a queue from a YAML file with its rubric (``fields``) and instructions."""
    spec = _read_queue_file(file, name)
    with _store(config_path) as store:
        queue = store.create_queue(
            name,
            Rubric(fields=spec.fields),
            description=spec.description,
            instructions=spec.instructions,
            reviews_per_item=spec.reviews_per_item,
            rules=spec.rules,
        )
    typer.echo(
        f"created review queue {queue.name}: {len(queue.rubric.fields)} fields,"
        f" {queue.reviews_per_item} review(s) per item"
    )


def _read_queue_file(path: Path, name: str) -> _QueueFile:
    try:
        raw, lines = read_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"--file: {path}: {exc.strerror or exc}", 2)
    except DuplicateKey as exc:
        fail(f"{path}:{exc.line}: {exc}", 2)
    except YamlProblem as exc:
        fail(f"{path}: {exc}", 2)
    try:
        spec = _QueueFile.model_validate(raw if raw is not None else {})
        Rubric(fields=spec.fields)  # names unique
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if p not in ("numeric", "category", "boolean", "text"))
        message = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        fail(f"{key_where(str(path), lines, loc)}: {message}", 2)
    if spec.name is not None and spec.name != name:
        fail(f"{key_where(str(path), lines, ('name',))}: {spec.name!r} is not NAME ({name!r})", 2)
    return spec


@app.command("queues")
def queues_command(config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False) -> None:
    """List the queues with their items and reviews."""
    with _store(config_path) as store:
        found = store.queues()
    if as_json:
        print_json([s.to_json() for s in found])
        return
    table = Table("queue", "fields", "per item", "items", "done", "reviews", "created")
    for s in found:
        table.add_row(
            s.queue.name,
            ", ".join(f.name for f in s.queue.rubric.fields),
            str(s.queue.reviews_per_item),
            str(s.items),
            str(s.done),
            str(s.reviews),
            format_time(s.queue.created_at),
        )
    console().print(table)


@app.command("import")
def import_command(
    queue: QueueArg,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="JSONL or CSV (by extension).")],
    config_path: Path = CONFIG_OPTION,
) -> None:
    """Add items from a file: each record's input (required), context, output, reference, id;
    its other fields are kept as metadata."""
    try:
        items = read_items(file)
    except ItemFileError as exc:
        fail(str(exc), 2)
    with _store(config_path) as store:
        added, duplicates = store.add_items(queue, items)
    typer.echo(
        f"added {added} items to {queue}" + (f" ({duplicates} already there)" * bool(duplicates))
    )


@app.command("items")
def items_command(
    queue: QueueArg,
    config_path: Path = CONFIG_OPTION,
    state: Annotated[
        str | None, typer.Option("--state", metavar="open|done", help="Only these items.")
    ] = None,
    after: Annotated[int, typer.Option("--after", help="Items after this id (paging).")] = 0,
    limit: Annotated[int, typer.Option("--limit", "-l", min=1, help="At most N items.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """A page of a queue's items, oldest first."""
    if state not in (None, "open", "done"):
        fail(f"--state: {state!r} is not open or done", 2)
    chosen: Literal["open", "done"] | None = (
        "open" if state == "open" else ("done" if state == "done" else None)
    )
    with _store(config_path) as store:
        found = store.items(queue, state=chosen, after=after, limit=limit)
    if as_json:
        print_json([i.to_json() for i in found])
        return
    table = Table("id", "source", "input", "output", "reviews")
    for i in found:
        table.add_row(str(i.id), i.source, _short(i.input), _short(i.output or ""), str(i.done))
    console().print(table)


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@app.command("export")
def export_command(
    queue: QueueArg,
    config_path: Path = CONFIG_OPTION,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here (default: stdout).")
    ] = None,
) -> None:
    """The queue's reviewed items as JSONL: each with its reviews and per-field consensus."""
    with _store(config_path) as store:
        rubric = store.queue(queue).rubric
        records = [export_record(rubric, item, reviews) for item, reviews in store.reviewed(queue)]
    write_jsonl(records, out, "reviewed items")


@app.command("stats")
def stats_command(
    queue: QueueArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """Scores per rubric field, the reviewers' agreement, and judge alignment."""
    with _store(config_path) as store:
        stats = queue_stats(store.queue(queue).rubric, store.reviewed(queue))
    if as_json:
        print_json(stats.to_json())
        return
    _print_stats(queue, stats)


def _print_stats(queue: str, stats: QueueStats) -> None:
    out = console()
    reviewers = ", ".join(f"{name} {n}" for name, n in sorted(stats.reviewers.items()))
    out.print(f"{queue}: {stats.reviews} reviews of {stats.items} items ({reviewers or 'none'})")
    table = Table("field", "reviews", "mean", "distribution")
    for f in stats.fields:
        spread = ", ".join(f"{value} {n}" for value, n in f.distribution.items())
        table.add_row(f.name, str(f.n), _num(f.mean), spread)
    out.print(table)
    agreement = Table("field", "statistic", "items", "value")
    for f in stats.fields:
        for s in f.agreement:
            agreement.add_row(
                f.name, s.name, str(s.n), _num(s.value) if s.value is not None else s.reason
            )
    if agreement.row_count:
        out.print(agreement)
    if stats.alignment:
        aligned = Table("field", "metric", "items", "pearson", "spearman")
        for a in stats.alignment:
            pearson = _num(a.pearson) if a.pearson is not None else a.reason
            aligned.add_row(a.field, a.metric, str(a.n), pearson, _num(a.spearman))
        out.print(aligned)


def _num(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"
