"""The admin API's review queues: ``/admin/review`` (queues, items, claiming the next item,
scores, skips, statistics, export), behind the master key like every admin route.

The master key acts for any reviewer: each reviewing call names the ``reviewer`` it is for.
"""

from __future__ import annotations

from typing import Any, Literal

import orjson
from fastapi import APIRouter, Query
from pydantic import Field
from starlette.responses import Response

from lmops.gateway.admin_prompts import Strict, api_json, run
from lmops.review.files import export_record
from lmops.review.rubric import CaptureRule, Rubric
from lmops.review.stats import queue_stats
from lmops.review.store import NewItem, ReviewStore

__all__ = ["REVIEW_TAGS", "add_review_routes"]

REVIEW_TAGS = [{"name": "review", "description": "Human review queues: rubrics, items, reviews."}]

_Reviewer = Field(min_length=1, max_length=100)


class QueueCreate(Strict):
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    rubric: Rubric
    description: str = ""
    instructions: str = ""
    reviews_per_item: int = Field(1, ge=1, le=20)
    rules: list[CaptureRule] = Field(default_factory=list)


class ItemIn(Strict):
    input: str = Field(min_length=1)
    context: str | None = None
    output: str | None = None
    reference: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    source_ref: str | None = Field(None, max_length=200)


class ItemsIn(Strict):
    items: list[ItemIn] = Field(min_length=1, max_length=10_000)


class ReviewerIn(Strict):
    reviewer: str = _Reviewer


class ScoresIn(Strict):
    reviewer: str = _Reviewer
    scores: dict[str, Any]


def add_review_routes(router: APIRouter, store: ReviewStore) -> None:
    """The review routes, on the admin API's (master-key) router."""

    @router.post("/review/queues", tags=["review"], summary="Create a queue")
    async def create(body: QueueCreate) -> Response:
        queue = await run(
            lambda: store.create_queue(
                body.name,
                body.rubric,
                description=body.description,
                instructions=body.instructions,
                reviews_per_item=body.reviews_per_item,
                rules=body.rules,
            ),
            what="review_queue",
            param="name",
        )
        return api_json(queue.to_json(), 201)

    @router.get("/review/queues", tags=["review"], summary="List queues with their progress")
    async def list_queues() -> Response:
        found = await run(store.queues, what="review_queue")
        return api_json({"object": "list", "data": [s.to_json() for s in found]})

    @router.get("/review/queues/{name}", tags=["review"], summary="Show a queue")
    async def get_queue(name: str) -> Response:
        queue = await run(lambda: store.queue(name), what="review_queue", param="name")
        return api_json(queue.to_json())

    @router.post("/review/queues/{name}/items", tags=["review"], summary="Add items")
    async def add_items(name: str, body: ItemsIn) -> Response:
        """Items to review; one with a ``source_ref`` the queue has already is not added."""
        items = [
            NewItem(i.input, i.context, i.output, i.reference, i.meta, "api", i.source_ref)
            for i in body.items
        ]
        added, duplicates = await run(
            lambda: store.add_items(name, items), what="review_queue", param="name"
        )
        return api_json({"object": "review_import", "added": added, "duplicates": duplicates})

    @router.get("/review/queues/{name}/items", tags=["review"], summary="A page of items")
    async def list_items(
        name: str,
        state: Literal["open", "done"] | None = None,
        after: int = Query(0, ge=0, description="items after this id"),
        limit: int = Query(50, ge=1, le=500),
    ) -> Response:
        found = await run(
            lambda: store.items(name, state=state, after=after, limit=limit),
            what="review_queue",
            param="name",
        )
        return api_json({"object": "list", "data": [i.to_json() for i in found]})

    @router.post("/review/queues/{name}/next", tags=["review"], summary="Claim the next item")
    async def next_item(name: str, body: ReviewerIn) -> Response:
        """The item the reviewer holds, or the oldest open one they have not seen; ``item`` is
        null when the queue has nothing left for them."""
        found = await run(
            lambda: store.next_item(name, body.reviewer), what="review_queue", param="name"
        )
        return api_json({"object": "review_next", "item": found.to_json() if found else None})

    @router.get("/review/items/{item_id}", tags=["review"], summary="An item and its reviews")
    async def get_item(item_id: int) -> Response:
        item, reviews = await run(lambda: store.item(item_id), what="review_item")
        return api_json({**item.to_json(), "reviews": [r.to_json() for r in reviews]})

    @router.post("/review/items/{item_id}/scores", tags=["review"], summary="Submit a review")
    async def submit(item_id: int, body: ScoresIn) -> Response:
        """The reviewer's scores, checked against the queue's rubric (a 400 names the field)."""
        review = await run(
            lambda: store.submit(item_id, body.reviewer, body.scores),
            what="review_item",
            param="scores",
        )
        return api_json(review.to_json())

    @router.post("/review/items/{item_id}/skip", tags=["review"], summary="Skip an item")
    async def skip(item_id: int, body: ReviewerIn) -> Response:
        await run(lambda: store.skip(item_id, body.reviewer), what="review_item")
        return api_json({"object": "review_skip", "item_id": item_id, "reviewer": body.reviewer})

    @router.get("/review/queues/{name}/stats", tags=["review"], summary="Statistics")
    async def stats(name: str) -> Response:
        """Per rubric field: scores, the reviewers' agreement, judge alignment."""
        found = await run(
            lambda: queue_stats(store.queue(name).rubric, store.reviewed(name)),
            what="review_queue",
            param="name",
        )
        return api_json({"object": "review_stats", **found.to_json()})

    @router.get("/review/queues/{name}/export", tags=["review"], summary="Export (JSONL)")
    async def export(name: str) -> Response:
        """The reviewed items, one JSON object a line, with their reviews and consensus."""

        def lines() -> bytes:
            rubric = store.queue(name).rubric
            return b"".join(
                orjson.dumps(export_record(rubric, item, reviews)) + b"\n"
                for item, reviews in store.reviewed(name)
            )

        data = await run(lines, what="review_queue", param="name")
        return Response(data, media_type="application/x-ndjson")
