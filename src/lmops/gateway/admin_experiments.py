"""The admin API's experiments: ``/admin/experiments`` (create, list, show, start, pause,
stop, promote, report), behind the master key like every admin route.

A status change or a promotion takes effect in this replica's prompt directory at once and is
published (with Redis) so that every replica assigns, or stops assigning, at once.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import Field
from starlette.responses import Response

from lmops.gateway.admin_prompts import (
    AUTHOR,
    PromptAdmin,
    Strict,
    api_json,
    move_json,
    run,
)
from lmops.prompts.experiments import check_references
from lmops.prompts.model import Experiment, LabelMove, Variant
from lmops.prompts.report import experiment_report

__all__ = ["ExperimentCreate", "Promote", "VariantIn", "add_experiment_routes", "experiment_json"]


class VariantIn(Strict):
    name: str
    weight: float = Field(gt=0)
    prompt: str | int | None = None
    model: str | None = None


class ExperimentCreate(Strict):
    name: str
    target_kind: Literal["prompt", "model"]
    target: str
    variants: list[VariantIn]
    control: str | None = None
    description: str = ""


class Promote(Strict):
    variant: str
    label: str = "production"


def experiment_json(experiment: Experiment) -> dict[str, Any]:
    def when(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "object": "experiment",
        "id": experiment.id,
        "name": experiment.name,
        "target_kind": experiment.target_kind,
        "target": experiment.target,
        "variants": [v.to_json() for v in experiment.variants],
        "control": experiment.control,
        "status": experiment.status,
        "description": experiment.description,
        "created_by": experiment.created_by,
        "created_at": when(experiment.created_at),
        "updated_at": when(experiment.updated_at),
        "started_at": when(experiment.started_at),
        "stopped_at": when(experiment.stopped_at),
    }


def add_experiment_routes(router: APIRouter, admin: PromptAdmin) -> None:
    """The experiment routes, on the admin API's (master-key) router."""
    store, directory = admin.experiments, admin.directory

    async def changed(experiment: Experiment, moves: list[LabelMove] | None = None) -> None:
        await directory.written(moves=moves or [], experiments=[experiment])

    @router.post("/experiments", tags=["experiments"], summary="Create an experiment")
    async def create(body: ExperimentCreate) -> Response:
        """A draft experiment; start it to split traffic."""
        variants = [
            Variant(v.name, v.weight, None if v.prompt is None else str(v.prompt), v.model)
            for v in body.variants
        ]
        target_kind, target = body.target_kind, body.target

        def make() -> Experiment:
            # Against this replica's directory: what a request would resolve the variants to.
            check_references(target_kind, target, variants, directory.resolve, admin.known_model)
            return store.create(
                body.name,
                body.target_kind,
                body.target,
                variants,
                by=AUTHOR,
                control=body.control,
                description=body.description,
            )

        experiment = await run(make, what="experiment", param="name")
        await changed(experiment)
        return api_json(experiment_json(experiment), 201)

    @router.get("/experiments", tags=["experiments"], summary="List experiments")
    async def list_experiments() -> Response:
        found = await run(store.list, what="experiment")
        return api_json({"object": "list", "data": [experiment_json(e) for e in found]})

    @router.get("/experiments/{name}", tags=["experiments"], summary="Show an experiment")
    async def get_experiment(name: str) -> Response:
        found = await run(lambda: store.get(name), what="experiment", param="name")
        return api_json(experiment_json(found))

    @router.post("/experiments/{name}/promote", tags=["experiments"], summary="Promote a variant")
    async def promote(name: str, body: Promote) -> Response:
        """Move `label` of the experiment's prompt to the variant's version, and stop the
        experiment, in one transaction."""
        move, experiment = await run(
            lambda: store.promote(name, body.variant, body.label, by=AUTHOR),
            what="experiment",
            param="variant",
        )
        await changed(experiment, [move] if move is not None else [])
        return api_json(
            {
                "object": "promotion",
                "experiment": experiment_json(experiment),
                "label_moved": move_json(move) if move is not None else None,
            }
        )

    # After promote: a path parameter would match 'promote' too.
    @router.post(
        "/experiments/{name}/{action}", tags=["experiments"], summary="Start, pause or stop"
    )
    async def set_status(name: str, action: Literal["start", "pause", "stop"]) -> Response:
        """start: draft or paused -> running; pause: running -> paused; stop: for good."""
        status = {"start": "running", "pause": "paused", "stop": "stopped"}[action]
        experiment = await run(
            lambda: store.set_status(name, status),  # type: ignore[arg-type]
            what="experiment",
            param="name",
        )
        await changed(experiment)
        return api_json(experiment_json(experiment))

    @router.get("/experiments/{name}/report", tags=["experiments"], summary="Report")
    async def report(name: str) -> Response:
        """Per variant: n, share, feedback score, latency, cost, error rate, tests to control."""

        def build() -> dict[str, Any]:
            experiment = store.get(name)
            result: dict[str, Any] = experiment_report(experiment, store.arm_rows(name)).to_json()
            return result

        return api_json(await run(build, what="experiment", param="name"))
