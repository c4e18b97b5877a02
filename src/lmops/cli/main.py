"""The ``lmops`` command line: one Typer sub-app per noun."""

from __future__ import annotations

import typer

from lmops.cli import config_cmd, logs, serve

__all__ = ["app"]

app = typer.Typer(
    name="lmops",
    help="lmops: an OpenAI-compatible LLM gateway with request logs, metrics and routing.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("serve")(serve.serve)
app.add_typer(config_cmd.app, name="config")
app.add_typer(logs.app, name="logs")

if __name__ == "__main__":
    app()
