"""The dashboard's deployments page: each deployment as this gateway process sees it now (in
flight, the latency average routing uses, recent failures, cooling down and for how long), and
what the request log says of the last hour (requests, error rate, latency percentiles), from the
traffic rollup.

The live columns are this process's: behind a load balancer each replica routes on its own
view, and the page says which process answered.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lmops.store.traffic import traffic_totals
from lmops.ui.users import Session
from lmops.ui.web import Ui, blocking, page

__all__ = ["routes"]

_WINDOW = timedelta(hours=1)


def routes() -> list[BaseRoute]:
    return [Route("/deployments", deployments, methods=["GET"])]


@page("view")
async def deployments(request: Request, ui: Ui, session: Session) -> Response:
    now = datetime.now(UTC)
    live = ui.gateway.deployments()
    measured = dict(
        await blocking(
            lambda: traffic_totals(ui.engine, now - _WINDOW, now, "minute", "deployment")
        )
    )
    known = {d.id for d in live}
    others = sorted(name for name in measured if name and name not in known)
    return ui.render(
        request,
        "deployments.html",
        session,
        live=live,
        measured=measured,
        others=others,
        pid=os.getpid(),
    )
