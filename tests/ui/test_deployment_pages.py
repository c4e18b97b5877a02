"""The deployments page: the router's view now (in flight, latency average, failures, cooling
down), and the last hour from the traffic rollup, per deployment."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from lmops.providers.router import DeploymentStatus
from lmops.store.request_batch import BatchInserter
from lmops.ui.app import create_ui_app
from lmops.ui.web import Gateway
from tests.conftest_store import make_record
from tests.ui.web import MASTER, login, store_with_users

LIVE = [
    DeploymentStatus("chat/0", "chat", "gpt-4o", 1.0, 3, 812.4, 0, 0.0),
    DeploymentStatus("chat/1", "chat", "gpt-4o", 2.0, 0, None, 2, 17.2),
]


async def test_each_deployment_now_and_over_the_last_hour(tmp_path: Path) -> None:
    engine = store_with_users(tmp_path)
    now = time.time()
    records = [
        make_record(i, created_at=now - 60 * (i % 50), deployment="chat/0", latency_ms=100.0 + i,
                    status_code=500 if i % 4 == 0 else 200)
        for i in range(40)
    ] + [make_record(100, created_at=now - 30, deployment="old/0")]  # fmt: skip
    BatchInserter(engine).write(records, retry=False)
    app = Starlette(routes=[Mount("/ui", app=create_ui_app(engine, MASTER, Gateway(lambda: LIVE)))])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw/ui") as c:
        await login(c, "vic")
        page = await c.get("/deployments")
    assert page.status_code == 200
    rows = re.findall(r"<tr>\s*<td>(chat/\d)(.*?)</tr>", page.text, re.S)
    cells = {name: re.findall(r"<td[^>]*>(.*?)</td>", rest, re.S) for name, rest in rows}
    first = [c.strip() for c in cells["chat/0"]]
    assert first[:4] == ["gpt-4o", "3", "812", "0"] and first[4] == "healthy"
    assert first[5:7] == ["40", "25.0%"]
    second = [c.strip() for c in cells["chat/1"]]
    assert "cooling down, 17 s left" in second[4] and "no requests" in cells["chat/1"][-1]
    assert "weight 2.0" in page.text
    assert "not configured in this process): old/0" in page.text
    engine.dispose()
