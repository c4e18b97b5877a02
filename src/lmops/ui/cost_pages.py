"""The dashboard's cost page: each budget's outlook (spent in its period, the rate of the last
7 whole days, the day it runs out), and the logged traffic replayed at other models' prices
(``lmops cost replay``: a month projected with a 95% interval from the day-to-day variation).
Both read the daily spend rollup."""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lmops.accounts import parse_duration
from lmops.catalog.entries import model_price
from lmops.catalog.planning import forecast_budgets, replay, whole_days
from lmops.catalog.prices import ModelPrice, PriceCatalog
from lmops.store.keys import KeyStore
from lmops.ui.users import Session
from lmops.ui.web import Ui, blocking, page

__all__ = ["routes"]

_SPANS = ("7d", "14d", "30d", "90d")


def routes() -> list[BaseRoute]:
    return [Route("/cost", cost, methods=["GET"])]


@page("view")
async def cost(request: Request, ui: Ui, session: Session) -> Response:
    now = datetime.now(UTC)
    config = ui.gateway.config
    query = request.query_params
    since = query.get("since", "30d")
    if since not in _SPANS:
        since = "30d"
    group = query.get("group") or None
    wanted = [n.strip() for n in query.get("as", "").split(",") if n.strip()][:8]
    catalog = PriceCatalog.load()
    priced: list[tuple[str, ModelPrice]] = []
    unknown = []
    for name in wanted:
        price = model_price(name, config, catalog)
        if price is None:
            unknown.append(name)
        else:
            priced.append((name, price))
    budget = config.budgets.global_ if config is not None else None
    given = (budget.period, budget.max_usd) if budget else None
    first, last = whole_days(parse_duration(since), now)
    budgets = await blocking(lambda: forecast_budgets(ui.engine, KeyStore(ui.engine), given, now))
    found = await blocking(lambda: replay(ui.engine, first, last, priced, group))
    return ui.render(
        request,
        "cost.html",
        session,
        budgets=budgets,
        replay=found,
        spans=_SPANS,
        since=since,
        group=group or "",
        groups=sorted(config.groups()) if config is not None else [],
        wanted=", ".join(wanted),
        unknown=unknown,
    )
