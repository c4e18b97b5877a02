"""The overview (from the traffic rollup) and the request explorer (filters, keyset pages, one
request, send to review) over HTTP."""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from lmops.evals.dataset_store import DatasetStore
from lmops.review.rubric import Rubric
from lmops.review.store import ReviewStore
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyStore, Limits
from lmops.store.request_batch import BatchInserter
from lmops.ui.users import UserStore
from tests.conftest_store import make_record
from tests.ui.web import ROLES, client, login

NOW = time.time()


def traffic() -> list:  # type: ignore[type-arg]
    found = []
    for i in range(120):
        found.append(
            make_record(
                i,
                created_at=NOW - 3600 + i * 20,  # the last hour, every 20 s
                model_group="large" if i % 3 == 0 else "small",
                key_id="k1" if i % 2 else None,
                status_code=500 if i % 10 == 0 else 200,
                latency_ms=100.0 + i,
                cost_usd=0.01 if i % 3 == 0 else 0.001,
                request_body='{"messages": [{"role": "user", "content": "hello <b>'
                + str(i)
                + '</b>"}]}',
                response_body='{"choices": []}',
                guardrails="pii:input:flag:EMAIL_ADDRESS" if i == 7 else None,
            )
        )
    return found


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    for name, role in ROLES:
        UserStore(engine).create(name, role, f"{name}-password", by="test")  # type: ignore[arg-type]
    BatchInserter(engine).write(traffic(), retry=False)
    rubric = Rubric.model_validate({"fields": [{"kind": "boolean", "name": "ok"}]})
    ReviewStore(engine).create_queue("triage", rubric)
    yield engine
    engine.dispose()


@pytest.fixture
async def ann(engine: sa.Engine) -> AsyncIterator[httpx.AsyncClient]:
    async with client(engine) as c:
        await login(c, "ann")
        yield c


def chart_data(html: str) -> dict:  # type: ignore[type-arg]
    found = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S)
    assert found is not None
    return json.loads(found.group(1))  # type: ignore[no-any-return]


async def test_the_overview_sums_the_range_from_the_rollup(ann: httpx.AsyncClient) -> None:
    page = await ann.get("/overview", params={"range": "6h", "by": "model"})
    assert page.status_code == 200
    assert "<b>120</b> requests" in page.text and "<b>10.00%</b> errors" in page.text
    data = chart_data(page.text)
    assert len(data["x"]) in (361, 362)  # every minute of six hours, gaps included
    assert sum(v for v in data["requests_per_s"] if v) * 60 == pytest.approx(120)
    assert set(data["cost"]) == {"large", "small"}
    assert sum(v or 0 for v in data["cost"]["large"]) == pytest.approx(40 * 0.01)
    rows = re.findall(r"<tr><td>(large|small)</td><td class=\"num\">(\d+)</td>", page.text)
    assert sorted(rows) == [("large", "40"), ("small", "80")]
    by_key = await ann.get("/overview", params={"range": "24h", "by": "key"})
    assert "(none)" in by_key.text and "k1" in by_key.text
    empty = await ann.get(
        "/overview",
        params={"range": "custom", "start": "2020-01-01T00:00", "end": "2020-01-02T00:00"},
    )
    assert "No requests in this range." in empty.text


async def test_bad_overview_ranges_are_named(ann: httpx.AsyncClient) -> None:
    r = await ann.get("/overview", params={"range": "2y"})
    assert r.status_code == 400 and "range: &#39;2y&#39; is not one of" in r.text
    r = await ann.get("/overview", params={"range": "custom", "start": "x"})
    assert r.status_code == 400 and "start, end" in r.text


def ids(html: str) -> list[str]:
    return re.findall(r'href="/ui/requests/(req\d+)"', html)


async def test_the_explorer_filters_and_pages_without_gaps(ann: httpx.AsyncClient) -> None:
    first = await ann.get("/requests")
    assert first.status_code == 200
    page1 = ids(first.text)
    assert len(page1) == 50 and page1[0] == f"req{119:029d}"  # newest first
    more = re.search(r'id="next-page" class="button" href="([^"]+)"', first.text)
    assert more is not None
    second = await ann.get(more.group(1).replace("&amp;", "&").removeprefix("/ui"))
    page2 = ids(second.text)
    assert len(page2) == 50 and not set(page1) & set(page2)
    assert page2[0] == f"req{69:029d}"
    errors = ids((await ann.get("/requests", params={"status": "5xx"})).text)
    assert errors == [f"req{i:029d}" for i in range(110, -1, -10)]
    large = ids((await ann.get("/requests", params={"model": "large", "min_ms": "200"})).text)
    assert large == [f"req{i:029d}" for i in range(117, 99, -3)]
    flagged = ids((await ann.get("/requests", params={"guardrail": "pii"})).text)
    assert flagged == [f"req{7:029d}"]
    text = ids((await ann.get("/requests", params={"q": "<b>42</b>"})).text)
    assert text == [f"req{42:029d}"]
    bad = await ann.get("/requests", params={"min_cost": "cheap"})
    assert bad.status_code == 400 and "min_cost: &#39;cheap&#39; is not a number" in bad.text


async def test_a_request_s_page_and_sending_it_to_review(
    ann: httpx.AsyncClient, engine: sa.Engine
) -> None:
    request_id = f"req{7:029d}"
    page = await ann.get(f"/requests/{request_id}")
    assert page.status_code == 200
    assert "hello &lt;b&gt;7&lt;/b&gt;" in page.text and "pii:input:flag:EMAIL_ADDRESS" in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf is not None
    for _ in range(2):
        sent = await ann.post(
            f"/requests/{request_id}/review", data={"csrf": csrf.group(1), "queue": "triage"}
        )
        assert sent.status_code == 303
    assert sent.headers["location"].endswith("?sent=already-there")
    [item] = ReviewStore(engine).items("triage")
    assert (item.source, item.source_ref, item.meta["status"]) == ("request", request_id, 200)
    assert "hello <b>7</b>" in item.input
    assert (await ann.get("/requests/nope")).status_code == 404


async def test_a_viewer_cannot_send_to_review(engine: sa.Engine) -> None:
    async with client(engine) as vic:
        csrf = await login(vic, "vic")
        r = await vic.post(f"/requests/req{7:029d}/review", data={"csrf": csrf, "queue": "triage"})
        assert r.status_code == 403
    assert ReviewStore(engine).items("triage") == []


async def test_the_overview_lists_budgets_most_used_first(engine: sa.Engine) -> None:
    keys = KeyStore(engine)
    _, heavy = keys.create_key("heavy", limits=Limits(budget_usd=1.0, budget_period="monthly"))
    _, light = keys.create_key("light", limits=Limits(budget_usd=10.0, budget_period="daily"))
    keys.create_key("unbudgeted")
    spent = [
        make_record(1000 + i, created_at=NOW - 60, key_id=k.id, cost_usd=c)
        for i, (k, c) in enumerate([(heavy, 0.6), (heavy, 0.6), (light, 0.5)])
    ]
    BatchInserter(engine).write(spent, retry=False)
    async with client(engine) as c:
        await login(c, "vic")
        page = await c.get("/overview", params={"range": "1h"})
    rows = re.findall(
        r"<tr><td><a href=\"/ui/keys/\w+\">key (\w+)</a></td><td>(\w+)</td>.*?>(\d+%)</td></tr>",
        page.text,
        re.S,
    )
    assert rows == [("heavy", "monthly", "120%"), ("light", "daily", "5%")]


async def test_an_admin_adds_a_request_to_a_dataset(engine: sa.Engine) -> None:
    good = make_record(
        500,
        created_at=NOW - 10,
        request_body='{"messages": [{"role": "user", "content": "2+2?"}]}',
        response_body='{"choices": [{"message": {"role": "assistant", "content": "4"}}]}',
    )
    BatchInserter(engine).write([good], retry=False)
    async with client(engine) as c:
        token = await login(c, "ann")  # a reviewer may not
        refused = await c.post(
            f"/requests/{good.id}/dataset", data={"csrf": token, "dataset": "math"}
        )
        assert refused.status_code == 403
        token = await login(c, "ada")
        for expected in ("added", "already-there"):
            r = await c.post(
                f"/requests/{good.id}/dataset", data={"csrf": token, "dataset": "math"}
            )
            assert r.headers["location"].endswith(f"?added={expected}")
        # Its answer was not logged as a completion: the page says why, nothing is added.
        bare = await c.post(
            f"/requests/req{3:029d}/dataset", data={"csrf": token, "dataset": "math"}
        )
        assert (
            bare.status_code == 400
            and "makes no dataset row: no answer in the response" in bare.text
        )
    assert [row["reference"] for row in DatasetStore(engine).rows("math")] == ["4"]


async def test_a_request_s_page_shows_its_retries_and_fallback(engine: sa.Engine) -> None:
    plain = make_record(
        600, created_at=NOW, attempts=1, model_group="primary", deployment="primary/0"
    )
    rescued = make_record(
        601, created_at=NOW, attempts=4, model_group="primary", deployment="backup/0"
    )
    BatchInserter(engine).write([plain, rescued], retry=False)
    async with client(engine) as c:
        await login(c, "vic")
        first = (await c.get(f"/requests/{plain.id}")).text
        second = (await c.get(f"/requests/{rescued.id}")).text
    assert '<td id="attempts">1 (no retry)</td>' in first and "fallback:" not in first
    assert '<td id="attempts">4 (3 retried or fallen back)</td>' in second
    assert "fallback: answered by group backup" in second
