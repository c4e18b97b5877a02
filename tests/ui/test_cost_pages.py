"""The cost page: budget outlooks and the logged days replayed at other models' prices."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from lmops.config import parse_config
from lmops.store.keys import KeyStore, Limits
from lmops.store.request_batch import BatchInserter
from lmops.ui.app import create_ui_app
from lmops.ui.web import Gateway
from tests.conftest_store import make_record
from tests.ui.web import MASTER, login, store_with_users

CONFIG = parse_config(
    "models:\n  - {name: chat, provider: openai, api_base: http://h/v1, model: gpt-4o}\n"
    "budgets:\n  global: {max_usd: 1000, period: total}\nsettings: {auth: none}\n"
)


def _noon(days_ago: int) -> float:
    day = datetime.now(UTC).date() - timedelta(days=days_ago)
    return datetime.combine(day, time(12), UTC).timestamp()


async def test_budgets_and_a_replay(tmp_path: Path) -> None:
    engine = store_with_users(tmp_path)
    _, key = KeyStore(engine).create_key(
        "alice", limits=Limits(budget_usd=1.0, budget_period="total")
    )
    records = [
        make_record(n, created_at=_noon(days_ago), model_group="chat", key_id=key.id,
                    prompt_tokens=1000, completion_tokens=100, cost_usd=0.35)
        for n, days_ago in enumerate((1, 2), 1)
    ]  # fmt: skip
    assert BatchInserter(engine).write(records, retry=False) == 0
    gateway = Gateway(config=CONFIG)
    app = Starlette(routes=[Mount("/ui", app=create_ui_app(engine, MASTER, gateway))])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw/ui") as c:
        await login(c, "vic")
        page = await c.get("/cost", params={"as": "gpt-4o-mini, nosuch", "since": "7d"})
        plain = await c.get("/cost")
    assert page.status_code == 200 and plain.status_code == 200
    budgets = page.text.split('id="budgets"')[1].split("</table>")[0]
    assert "key alice" in budgets and "runs out " in budgets and "0.10" in budgets
    assert "global global" in budgets and "no recent spend" not in budgets
    replay = page.text.split('id="replay"')[1].split("</table>")[0]
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>(.*?)</tr>", replay, re.S)
    names = [re.sub(r"<.*?>|\s+", " ", n).strip() for n, _ in rows]
    assert names == ["actual", "as gpt-4o-mini"]
    totals = [re.findall(r'class="num">([^<]*)<', cells)[0] for _, cells in rows]
    # gpt-4o-mini: 2 x (1000 x $0.15 + 100 x $0.60) per 1M = $0.00042.
    assert totals == ["0.70", "0.00"]
    assert "No price for nosuch" in page.text
    assert "2 answered requests" in page.text and "(6 whole days)" in page.text
    engine.dispose()
