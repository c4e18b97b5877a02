"""``lmops eval``: run eval suites, and read, export and compare the runs stored."""

from __future__ import annotations

import typer

from lmops.cli import eval_compare

__all__ = ["app"]

app = typer.Typer(
    name="eval",
    help="Run eval suites (prompts x targets x tests) and compare runs.",
    no_args_is_help=True,
)
app.command("compare")(eval_compare.compare_command)
