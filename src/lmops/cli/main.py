"""The ``lmops`` command line: one Typer sub-app per noun."""

from __future__ import annotations

import typer

from lmops.cli import (
    cache,
    config_cmd,
    cost,
    evals,
    experiments,
    finetune,
    guard,
    improve,
    keys,
    logs,
    models,
    prompts,
    review,
    serve,
    spend,
    teams,
    users,
)

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
app.add_typer(keys.app, name="keys")
app.add_typer(teams.app, name="teams")
app.add_typer(spend.app, name="spend")
app.add_typer(cost.app, name="cost")
app.add_typer(cache.app, name="cache")
app.add_typer(prompts.app, name="prompts")
app.add_typer(experiments.app, name="experiments")
app.add_typer(evals.app, name="eval")
app.add_typer(guard.app, name="guard")
app.add_typer(review.app, name="review")
app.add_typer(users.app, name="users")
app.add_typer(finetune.app, name="finetune")
app.add_typer(models.app, name="models")
app.command("improve")(improve.improve_command)

if __name__ == "__main__":
    app()
