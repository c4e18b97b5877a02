"""``lmops eval``: run eval suites, and read, export and compare the runs stored."""

from __future__ import annotations

import typer

from lmops.cli import eval_compare, eval_datasets, eval_run, eval_runs

__all__ = ["app"]

app = typer.Typer(
    name="eval",
    help="Run eval suites (prompts x targets x tests) and compare runs.",
    no_args_is_help=True,
)

app.command("run")(eval_run.run)
app.command("init")(eval_run.init)
app.command("schema")(eval_run.schema)
app.command("list")(eval_runs.list_command)
app.command("show")(eval_runs.show_command)
app.command("export")(eval_runs.export_command)
app.command("compare")(eval_compare.compare_command)
app.command("datasets")(eval_datasets.datasets_command)
app.command("dataset")(eval_datasets.dataset_command)
