"""``lmops finetune``: fine-tuning data and training (the training commands are in
:mod:`lmops.cli.finetune_train`).

``prepare INPUT... --out DIR`` reads JSONL and CSV files (chat, instruction, completion rows,
``lmops logs export`` rows and ``lmops review export`` items) and, for the input ``log:``, the
request log of ``--config``; checks every example (see :mod:`lmops.finetune.checks`); and
writes the train and validation files, the report and the dataset card into DIR. Every dropped,
changed or suspicious input is printed with its file and line (or request id) and the reason.
Exit status 2 for options or files it cannot use, 1 when nothing is left to train on.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

import typer

from lmops.cli import finetune_eval, finetune_train
from lmops.cli.keys import fail, open_store
from lmops.cli.logs import parse_since
from lmops.finetune.checks import CheckOptions, Issue
from lmops.finetune.prepare import PrepareOptions, prepare
from lmops.finetune.sources import LogFilters, Rating, Row, read_file, read_log
from lmops.finetune.tokens import load_counter
from lmops.review.store import NotFound

__all__ = ["app"]

app = typer.Typer(
    name="finetune", help="Fine-tuning: data, LoRA training runs.", no_args_is_help=True
)

LOG = "log:"


@app.command("prepare")
def prepare_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...", help="JSONL or CSV files; 'log:' for the request log (--config)."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The dataset's folder.")],
    form: Annotated[
        Literal["chatml", "instruction", "completion"],
        typer.Option("--format", "-f", help="The rows written."),
    ] = "chatml",
    tokenizer: Annotated[
        Path | None,
        typer.Option(
            "--tokenizer",
            help="The target model's tokenizer: a local folder or tokenizer.json "
            "(default: lmops' estimate).",
        ),
    ] = None,
    max_tokens: Annotated[int, typer.Option("--max-tokens", min=16)] = 4096,
    too_long: Annotated[
        Literal["drop", "truncate"],
        typer.Option(
            "--too-long", help="What to do with a longer example: drop it, or cut its last message."
        ),
    ] = "drop",
    pii: Annotated[
        Literal["redact", "drop", "keep"],
        typer.Option("--pii", help="Examples holding PII or secrets: redact, drop or keep them."),
    ] = "redact",
    near_duplicates: Annotated[
        float,
        typer.Option(
            "--near-duplicates",
            min=0.0,
            max=1.0,
            help="Drop an example this similar to one kept (Jaccard of word 3-grams); 0: off.",
        ),
    ] = 0.9,
    validation: Annotated[
        float, typer.Option("--validation", min=0.0, max=0.9, help="The share held out.")
    ] = 0.1,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    stratify: Annotated[
        bool, typer.Option("--stratify", help="Hold out that share of each input.")
    ] = False,
    rating: Annotated[
        str | None,
        typer.Option(
            "--min-rating",
            metavar="FIELD>=N|FIELD=VALUE",
            help="Keep review items (exports, or the log with --review-queue) rated so.",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", envvar="LMOPS_CONFIG", help="lmops.yaml, for log:."),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="log: this model group.")
    ] = None,
    prompt: Annotated[str | None, typer.Option("--prompt", help="log: this prompt.")] = None,
    since: Annotated[
        datetime | None,
        typer.Option("--since", parser=parse_since, metavar="30m|1h|7d|ISO", help="log: since."),
    ] = None,
    until: Annotated[
        datetime | None,
        typer.Option("--until", parser=parse_since, metavar="30m|1h|7d|ISO", help="log: until."),
    ] = None,
    min_feedback: Annotated[
        float | None,
        typer.Option(
            "--min-feedback",
            help="log: requests whose feedback scores are all this "
            "or more (requests without feedback are left out).",
        ),
    ] = None,
    review_queue: Annotated[
        str | None,
        typer.Option(
            "--review-queue",
            help="log: requests reviewed in this queue (rated as --min-rating says).",
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="log: the newest N.")] = 100_000,
) -> None:
    """Check fine-tuning examples and write a train/validation dataset with its report and
    card."""
    missing = [m for m in ("datasketch", "transformers") if importlib.util.find_spec(m) is None]
    if missing:
        fail(f"lmops finetune needs the finetune extra: pip install 'lmops[finetune]' "
             f"(missing: {', '.join(missing)})", 2)  # fmt: skip
    try:
        wanted = Rating.parse(rating) if rating is not None else None
    except ValueError as exc:
        fail(f"--min-rating: {exc}", 2)
    files = [Path(i) for i in inputs if i != LOG]
    for path in files:
        if not path.is_file():
            fail(f"{path}: no such file", 2)
    log_filters = LogFilters(model, prompt, since, until, min_feedback, review_queue, wanted, limit)
    if LOG in inputs and config is None:
        fail("log: needs --config (the lmops.yaml whose store holds the request log)", 2)
    try:
        counter = load_counter(tokenizer)
    except (OSError, ValueError) as exc:
        fail(f"--tokenizer: {tokenizer}: {exc}", 2)
    options = PrepareOptions(
        CheckOptions(form, max_tokens, too_long, pii, near_duplicates or None),
        validation,
        seed,
        stratify,
        wanted,
    )

    def said(issue: Issue) -> None:
        typer.echo(str(issue), err=True)

    def rows(log: Iterator[Row]) -> Iterator[Row]:
        for given in inputs:
            yield from log if given == LOG else read_file(Path(given))

    try:
        if LOG in inputs:
            assert config is not None
            with open_store(config) as store:
                log = read_log(store.engine, log_filters)
                card = prepare(rows(log), out, options, counter,
                               filters=log_filters.to_json(), on_issue=said)  # fmt: skip
        else:
            card = prepare(rows(iter(())), out, options, counter, on_issue=said)
    except NotFound as exc:
        fail(f"--review-queue: {exc}", 2)
    except OSError as exc:  # an input that cannot be read, an --out that cannot be written
        fail(f"{exc.filename or out}: {exc.strerror or exc}", 2)
    counts = card.counts
    typer.echo(
        f"{counts['read']} read, {counts['kept']} kept ({counts['train']} train, "
        f"{counts['validation']} validation), {counts['dropped']} dropped: {out}"
    )
    if counts["kept"] == 0:
        fail("nothing is left to train on: see report.jsonl for why", 1)


app.command("train")(finetune_train.train_command)
app.command("runs")(finetune_train.runs_command)
app.command("show")(finetune_train.show_command)
app.command("stop")(finetune_train.stop_command)
app.command("logs")(finetune_train.logs_command)
app.command("eval")(finetune_eval.eval_command)
