"""The dashboard's review pages: the queues with their progress and statistics, and the
reviewing screen (one item at a time, a key for every rubric choice, next and skip).

Reviewers act under their own name; the item a reviewer opens is claimed for them
(:meth:`ReviewStore.next_item`), so two reviewers are never given the same slot.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from lmops.review.rubric import AnyField, BooleanField, CategoryField, NumericField, ScoreError
from lmops.review.stats import queue_stats
from lmops.review.store import Item, NotFound, Queue, Review, ReviewStore
from lmops.ui.users import Session
from lmops.ui.web import Ui, blocking, page

__all__ = ["choices", "routes"]


def routes() -> list[BaseRoute]:
    return [
        Route("/review", queues, methods=["GET"]),
        Route("/review/{queue}", queue_page, methods=["GET"]),
        Route("/review/{queue}/next", next_item, methods=["GET"]),
        Route("/review/{queue}/items/{item_id:int}", item_page, methods=["GET"]),
        Route("/review/{queue}/items/{item_id:int}", submit, methods=["POST"]),
        Route("/review/{queue}/items/{item_id:int}/skip", skip, methods=["POST"]),
    ]


def choices(f: AnyField) -> list[tuple[str, str]]:
    """A field's choices as (value, label), in the order their keys 1, 2, 3 ... pick them."""
    if isinstance(f, NumericField):
        return [
            (f"{v:g}", f"{v:g}" + (f" {f.labels[v]}" if v in f.labels else "")) for v in f.values()
        ]
    if isinstance(f, CategoryField):
        return [(c, c) for c in f.categories]
    if isinstance(f, BooleanField):
        return [("true", "yes"), ("false", "no")]
    return []


@page("view")
async def queues(request: Request, ui: Ui, session: Session) -> Response:
    found = await blocking(ReviewStore(ui.engine).queues)
    return ui.render(request, "review_queues.html", session, queues=found)


@page("view")
async def queue_page(request: Request, ui: Ui, session: Session) -> Response:
    name = request.path_params["queue"]
    store = ReviewStore(ui.engine)

    def load() -> tuple[Queue, Any]:
        queue = store.queue(name)
        return queue, queue_stats(queue.rubric, store.reviewed(name))

    try:
        queue, stats = await blocking(load)
    except NotFound as exc:
        return ui.render(request, "not_found.html", session, 404, message=str(exc))
    return ui.render(request, "review_queue.html", session, queue=queue, stats=stats)


@page("review")
async def next_item(request: Request, ui: Ui, session: Session) -> Response:
    name = request.path_params["queue"]
    store = ReviewStore(ui.engine)
    try:
        item = await blocking(lambda: store.next_item(name, session.user.name))
    except NotFound as exc:
        return ui.render(request, "not_found.html", session, 404, message=str(exc))
    root = request.scope.get("root_path", "")
    if item is None:
        queue = await blocking(lambda: store.queue(name))
        return ui.render(request, "review_done.html", session, queue=queue)
    return RedirectResponse(f"{root}/review/{name}/items/{item.id}", 303)


async def _show(
    request: Request,
    ui: Ui,
    session: Session,
    status: int = 200,
    error: str | None = None,
    given: dict[str, Any] | None = None,
) -> Response:
    name, item_id = request.path_params["queue"], request.path_params["item_id"]
    store = ReviewStore(ui.engine)

    def load() -> tuple[Queue, Item, list[Review]]:
        queue = store.queue(name)
        item, reviews = store.item(item_id)
        if item.queue_id != queue.id:
            raise NotFound(f"no review item {item_id} in queue {name!r}")
        return queue, item, reviews

    try:
        queue, item, reviews = await blocking(load)
    except NotFound as exc:
        return ui.render(request, "not_found.html", session, 404, message=str(exc))
    mine = next((r for r in reviews if r.reviewer == session.user.name), None)
    others = [r for r in reviews if r.status == "done" and r.reviewer != session.user.name]
    values = given if given is not None else dict(mine.scores or {}) if mine else {}
    return ui.render(
        request,
        "review_item.html",
        session,
        status,
        queue=queue,
        item=item,
        others=others,
        mine=mine,
        values={k: _form_value(v) for k, v in values.items()},
        choices=choices,
        error=error,
    )


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@page("view")
async def item_page(request: Request, ui: Ui, session: Session) -> Response:
    return await _show(request, ui, session)


@page("review")
async def submit(request: Request, ui: Ui, session: Session) -> Response:
    name, item_id = request.path_params["queue"], request.path_params["item_id"]
    form = await request.form()
    scores = {k: v for k, v in form.items() if k != "csrf" and isinstance(v, str)}
    store = ReviewStore(ui.engine)
    try:
        review = await blocking(lambda: store.submit(item_id, session.user.name, scores))
    except (ScoreError, NotFound, ValueError) as exc:
        return await _show(request, ui, session, 400, str(exc), scores)
    detail = {"queue": name, "scores": dict(review.scores or {})}
    await blocking(lambda: ui.users.audit(session.user.name, "review.submit", str(item_id), detail))
    root = request.scope.get("root_path", "")
    return RedirectResponse(f"{root}/review/{name}/next", 303)


@page("review")
async def skip(request: Request, ui: Ui, session: Session) -> Response:
    name, item_id = request.path_params["queue"], request.path_params["item_id"]
    store = ReviewStore(ui.engine)
    try:
        await blocking(lambda: store.skip(item_id, session.user.name))
    except NotFound as exc:
        return ui.render(request, "not_found.html", session, 404, message=str(exc))
    detail = {"queue": name}
    await blocking(lambda: ui.users.audit(session.user.name, "review.skip", str(item_id), detail))
    root = request.scope.get("root_path", "")
    return RedirectResponse(f"{root}/review/{name}/next", 303)
