"""The admin API's fine-tuning runs: ``/admin/finetune/runs`` (list, one run with its steps,
the end of its output, stop) and ``/admin/finetune/adapters``, behind the master key.

A stop reaches a run started on the gateway's own host (``lmops finetune train``, detached or
not): it ends after its current step with a checkpoint, as ``lmops finetune stop`` does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from fastapi import APIRouter, Query
from starlette.responses import Response

from lmops.errors import GatewayError
from lmops.finetune.jobs import JobError, read_log, stop
from lmops.finetune.runs import Run, RunStore
from lmops.gateway.admin_prompts import api_json

__all__ = ["FINETUNE_TAGS", "add_finetune_routes"]

FINETUNE_TAGS = [{"name": "finetune", "description": "LoRA training runs and their adapters."}]

T = TypeVar("T")


async def _found(call: Callable[[], T], what: str) -> T:
    try:
        return await asyncio.to_thread(call)
    except KeyError as exc:
        message = str(exc.args[0]) if exc.args else str(exc)
        raise GatewayError(message, status=404, type_="invalid_request_error",
                           param=what, code=f"{what}_not_found") from None  # fmt: skip


def add_finetune_routes(router: APIRouter, store: RunStore) -> None:
    """The fine-tuning routes, on the admin API's (master-key) router."""

    def get(ref: str) -> Run:
        return store.get(ref)

    @router.get("/finetune/runs", tags=["finetune"], summary="List runs, newest first")
    async def list_runs(limit: int = Query(50, ge=1, le=1000)) -> Response:
        runs = await asyncio.to_thread(store.list, limit)
        return api_json({"object": "list", "data": [r.to_json() for r in runs]})

    @router.get("/finetune/runs/{ref}", tags=["finetune"], summary="A run and its steps")
    async def show_run(ref: str) -> Response:
        run = await _found(lambda: get(ref), "run")
        steps = await asyncio.to_thread(store.steps, run.id)
        return api_json(run.to_json() | {"steps": [s.to_json() for s in steps]})

    @router.get("/finetune/runs/{ref}/logs", tags=["finetune"], summary="The end of its output")
    async def run_logs(ref: str, lines: int = Query(100, ge=1, le=10_000)) -> Response:
        run = await _found(lambda: get(ref), "run")
        text = await asyncio.to_thread(read_log, run.output_dir, lines)
        return Response(text, media_type="text/plain; charset=utf-8")

    @router.post("/finetune/runs/{ref}/stop", tags=["finetune"],
                 summary="Stop after the current step, with a checkpoint")  # fmt: skip
    async def stop_run(ref: str) -> Response:
        run = await _found(lambda: get(ref), "run")
        try:
            stop(run)
        except JobError as exc:
            raise GatewayError(str(exc), status=409, type_="invalid_request_error",
                               code="run_not_running") from None  # fmt: skip
        return api_json({"id": run.id, "object": "finetune.run", "stopping": True}, 202)

    @router.get("/finetune/adapters", tags=["finetune"], summary="Registered LoRA adapters")
    async def adapters() -> Response:
        found = await asyncio.to_thread(store.adapters)
        return api_json({"object": "list", "data": [a.to_json() for a in found]})
