"""``/admin/review``: a queue, items, two reviewers claiming and scoring, a skip, statistics and
the export, over the admin API as the gateway mounts it; errors in OpenAI's shape."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import orjson
import pytest
import sqlalchemy as sa

from lmops.gateway.admin import AdminServices
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyStore
from tests.gateway.test_admin_api import AUTH, MASTER, assert_error, client_for

RUBRIC = {
    "fields": [
        {"kind": "numeric", "name": "helpful", "min": 1, "max": 5},
        {"kind": "category", "name": "tone", "categories": ["formal", "casual"], "required": False},
    ]
}


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
async def client(engine: sa.Engine) -> AsyncIterator[httpx.AsyncClient]:
    services = AdminServices(
        keys=KeyStore(engine), engine=engine, master_key=MASTER, on_change=lambda k, t: None
    )
    async with client_for(services, AUTH) as client:
        yield client


async def test_a_queue_reviewed_by_two_people_end_to_end(client: httpx.AsyncClient) -> None:
    body = {"name": "support", "rubric": RUBRIC, "reviews_per_item": 2, "instructions": "Be fair."}
    created = await client.post("/review/queues", json=body)
    assert created.status_code == 201 and created.json()["reviews_per_item"] == 2
    items = [{"input": f"q{i}", "output": f"a{i}", "source_ref": f"r{i}"} for i in range(4)]
    items[0]["meta"] = {"metrics": {"judge": 0.9}}
    added = await client.post("/review/queues/support/items", json={"items": items})
    assert added.json() == {"object": "review_import", "added": 4, "duplicates": 0}
    again = await client.post("/review/queues/support/items", json={"items": items[:1]})
    assert again.json()["duplicates"] == 1

    scores = {"ann": [5, 2, 4], "bob": [5, 1, 4]}
    seen: dict[str, list[int]] = {}
    for reviewer, given in scores.items():
        for score in given:
            nxt = await client.post("/review/queues/support/next", json={"reviewer": reviewer})
            item = nxt.json()["item"]
            seen.setdefault(reviewer, []).append(item["id"])
            sent = {"reviewer": reviewer, "scores": {"helpful": score}}
            done = await client.post(f"/review/items/{item['id']}/scores", json=sent)
            assert done.status_code == 200 and done.json()["status"] == "done"
    assert seen["ann"] == seen["bob"]  # the same three items, each to both

    last = (await client.post("/review/queues/support/next", json={"reviewer": "ann"})).json()
    skipped = await client.post(
        f"/review/items/{last['item']['id']}/skip", json={"reviewer": "ann"}
    )
    assert skipped.status_code == 200
    none_left = await client.post("/review/queues/support/next", json={"reviewer": "ann"})
    assert none_left.json()["item"] is None

    queues = (await client.get("/review/queues")).json()["data"]
    assert [(q["name"], q["items"], q["done"], q["reviews"]) for q in queues] == [
        ("support", 4, 3, 6)
    ]
    page = (await client.get("/review/queues/support/items", params={"state": "open"})).json()
    assert [i["source_ref"] for i in page["data"]] == ["r3"]
    one = (await client.get(f"/review/items/{seen['ann'][0]}")).json()
    assert sorted(r["reviewer"] for r in one["reviews"]) == ["ann", "bob"]

    stats = (await client.get("/review/queues/support/stats")).json()
    assert stats["object"] == "review_stats" and stats["reviewers"] == {"ann": 3, "bob": 3}
    [helpful] = [f for f in stats["fields"] if f["name"] == "helpful"]
    assert helpful["mean"] == pytest.approx(21 / 6)

    export = await client.get("/review/queues/support/export")
    assert export.headers["content-type"] == "application/x-ndjson"
    lines = [orjson.loads(line) for line in export.content.splitlines()]
    assert [line["consensus"]["helpful"] for line in lines] == [5.0, 1.5, 4.0]
    assert lines[0]["meta"] == {"metrics": {"judge": 0.9}}


async def test_review_errors_are_openai_shaped(client: httpx.AsyncClient) -> None:
    missing = await client.get("/review/queues/nope")
    assert_error(missing, 404, "review_queue_not_found", "name")
    bad_rubric = {"name": "q", "rubric": {"fields": [{"kind": "stars", "name": "x"}]}}
    assert_error(await client.post("/review/queues", json=bad_rubric), 400, "invalid_value")
    await client.post("/review/queues", json={"name": "q", "rubric": RUBRIC})
    twice = await client.post("/review/queues", json={"name": "q", "rubric": RUBRIC})
    assert_error(twice, 409, "conflict", "name")
    await client.post("/review/queues/q/items", json={"items": [{"input": "x"}]})
    item = (await client.post("/review/queues/q/next", json={"reviewer": "ann"})).json()["item"]
    off = {"reviewer": "ann", "scores": {"helpful": 9}}
    message = assert_error(
        await client.post(f"/review/items/{item['id']}/scores", json=off), 400, "invalid_value"
    )
    assert "'helpful': 9 is off the scale 1-5" in message
    unclaimed = {"reviewer": "bob", "scores": {"helpful": 3}}
    conflict = await client.post(f"/review/items/{item['id']}/scores", json=unclaimed)
    assert "bob holds no claim" in assert_error(conflict, 409, "conflict")
    assert_error(await client.get("/review/items/999"), 404, "review_item_not_found")
