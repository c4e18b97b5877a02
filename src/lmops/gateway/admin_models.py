"""The admin API's model catalog: ``GET /admin/models`` and ``/admin/models/{name}``, what
``lmops models list`` and ``show`` print (config and price list joined with the traffic measured
over a window and the eval scores), behind the master key."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from fastapi import APIRouter, Query
from starlette.responses import Response

from lmops.catalog.entries import ModelEntry, Window, build_catalog
from lmops.catalog.prices import PriceCatalog
from lmops.config import Config
from lmops.errors import GatewayError
from lmops.gateway.admin_prompts import api_json

__all__ = ["MODEL_TAGS", "add_model_routes"]

MODEL_TAGS = [{"name": "models", "description": "The model catalog: prices, traffic, evals."}]
_WINDOW = Query("7d", max_length=16, description="the span measured: 24h, 7d, 2w")


def add_model_routes(
    router: APIRouter, config: Config, engine: sa.Engine, clock: Callable[[], datetime]
) -> None:
    """The catalog routes, on the admin API's (master-key) router."""
    prices = PriceCatalog.load()

    async def catalog(window: str, price_list: bool) -> tuple[list[ModelEntry], Window]:
        try:
            measured = Window.last(window, clock())
        except ValueError as exc:
            raise GatewayError(str(exc), status=400, type_="invalid_request_error",
                               param="window") from None  # fmt: skip
        entries = await asyncio.to_thread(
            build_catalog, config, prices, engine, measured, include_price_list=price_list
        )
        return entries, measured

    def window_json(w: Window) -> dict[str, str]:
        return {"start": w.start.isoformat(), "end": w.end.isoformat()}

    @router.get("/models", tags=["models"], summary="Every model group, measured over a window")
    async def list_models(window: str = _WINDOW, price_list: bool = False) -> Response:
        entries, measured = await catalog(window, price_list)
        return api_json({"object": "list", "window": window_json(measured),
                         "data": [e.to_json() for e in entries]})  # fmt: skip

    @router.get("/models/{name}", tags=["models"], summary="One model group and its deployments")
    async def show_model(name: str, window: str = _WINDOW) -> Response:
        entries, measured = await catalog(window, True)
        entry = next((e for e in entries if e.name == name), None)
        if entry is None:
            raise GatewayError(f"no model {name!r} in the config or the price list", status=404,
                               type_="invalid_request_error", param="name",
                               code="model_not_found")  # fmt: skip
        return api_json({"window": window_json(measured), **entry.to_json()})
