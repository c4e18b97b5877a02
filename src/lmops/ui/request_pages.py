"""The dashboard's request explorer: the request log, newest first, filtered and paged by keyset
(the page after the last row shown, never an offset), and one request's page with "send to
review".

Filters: time (from, to), model group, key, team, status (a code, or 2xx/4xx/5xx), error type,
prompt, variant, guardrail rule (``*`` any), cost and latency ranges, and a text search over
logged bodies (when bodies are logged).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from lmops.evals.dataset_store import DatasetStore
from lmops.review.store import NotFound, ReviewStore, request_item
from lmops.store.request_log import RequestRecord, record_from_row
from lmops.store.tables import request_log
from lmops.ui.users import Session
from lmops.ui.web import Ui, blocking, page

__all__ = ["routes"]

_PAGE = 50
# Rows of the log one page tests at most for the filters no index serves (status, error type,
# prompt, cost, latency, text, ...): a filter that matches almost nothing costs a page this
# many rows, not the whole range.
_SCAN = 50_000
_TEXT = ("model", "key", "team", "error", "prompt", "variant", "guardrail", "q")
_NUMBERS = ("min_cost", "max_cost", "min_ms", "max_ms")


def routes() -> list[BaseRoute]:
    return [
        Route("/requests", requests, methods=["GET"]),
        Route("/requests/{request_id}", request_page, methods=["GET"]),
        Route("/requests/{request_id}/review", send_to_review, methods=["POST"]),
        Route("/requests/{request_id}/dataset", add_to_dataset, methods=["POST"]),
    ]


@dataclass(frozen=True, slots=True)
class Filters:
    values: dict[str, str]
    since: datetime | None
    until: datetime | None
    numbers: dict[str, float]
    before: tuple[datetime, str] | None  # the keyset cursor: the last row of the previous page


def parse(query: dict[str, str]) -> Filters | str:
    """The filters of the query string, or what is wrong with one of them (its name first)."""
    values = {k: query[k].strip() for k in _TEXT if query.get(k, "").strip()}
    status = query.get("status", "").strip()
    if status and not (status.isdigit() or status in ("2xx", "3xx", "4xx", "5xx")):
        return f"status: {status!r} is not a code or 2xx/4xx/5xx"
    if status:
        values["status"] = status
    times: dict[str, datetime | None] = {}
    for name in ("since", "until"):
        text = query.get(name, "").strip()
        try:
            times[name] = datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None
        except ValueError:
            return f"{name}: {text!r} is not a time (YYYY-MM-DDTHH:MM, UTC)"
    numbers: dict[str, float] = {}
    for name in _NUMBERS:
        text = query.get(name, "").strip()
        if text:
            try:
                numbers[name] = float(text)
            except ValueError:
                return f"{name}: {text!r} is not a number"
    before = None
    if query.get("before"):
        stamp, _, last_id = query["before"].partition("|")
        try:
            before = (datetime.fromisoformat(stamp).astimezone(UTC), last_id)
        except ValueError:
            return "before: not a page cursor"
    return Filters(values, times["since"], times["until"], numbers, before)


def _ordered(
    f: Filters, c: sa.ColumnCollection[str, Any], exact: bool = True
) -> list[sa.ColumnElement[bool]]:
    """The conditions an index reads in time order: the range, the page cursor, and the model
    group, key and team (each has an index by time). Not ``exact``: the cursor's time alone (a
    row or two more, read from the index without the table)."""
    found: list[sa.ColumnElement[bool]] = []
    for name, column in (("model", c.model_group), ("key", c.key_id), ("team", c.team_id)):
        if name in f.values:
            found.append(column == f.values[name])
    if f.since is not None:
        found.append(c.created_at >= f.since)
    if f.until is not None:
        found.append(c.created_at <= f.until)
    if f.before is not None:
        at, last = f.before
        if exact and last:
            found.append(sa.or_(c.created_at < at, sa.and_(c.created_at == at, c.id < last)))
        else:  # a cursor without an id (where a scan stopped) is a time alone
            found.append(c.created_at <= at if last else c.created_at < at)
    return found


def _scanned(f: Filters, c: sa.ColumnCollection[str, Any]) -> list[sa.ColumnElement[bool]]:
    """The conditions tested on each row the index gives."""
    found: list[sa.ColumnElement[bool]] = []
    for name, column in (
        ("error", c.error_type),
        ("prompt", c.prompt_name),
        ("variant", c.variant),
    ):
        if name in f.values:
            found.append(column == f.values[name])
    status = f.values.get("status")
    if status and status.endswith("xx"):
        low = int(status[0]) * 100
        found.append(c.status_code.between(low, low + 99))
    elif status:
        found.append(c.status_code == int(status))
    rule = f.values.get("guardrail")
    if rule == "*":
        found.append(c.guardrails.is_not(None))
    elif rule:
        found.append(
            sa.or_(
                c.guardrails.startswith(f"{rule}:", autoescape=True),
                c.guardrails.contains(f", {rule}:", autoescape=True),
            )
        )
    if "q" in f.values:
        text = f.values["q"]
        found.append(
            sa.or_(
                c.request_body.contains(text, autoescape=True),
                c.response_body.contains(text, autoescape=True),
            )
        )
    for name, column, low in (
        ("min_cost", c.cost_usd, True),
        ("max_cost", c.cost_usd, False),
        ("min_ms", c.latency_ms, True),
        ("max_ms", c.latency_ms, False),
    ):
        if name in f.numbers:
            value = f.numbers[name]
            found.append(column >= value if low else column <= value)
    return found


@dataclass(frozen=True, slots=True)
class Found:
    """A page of the explorer: its rows, the cursor of the next page (None: no more), and,
    when the scan stopped before the page was full, the time it reached."""

    rows: list[RequestRecord]
    cursor: str | None
    searched_to: datetime | None = None


def search(engine: sa.Engine, f: Filters, limit: int = _PAGE, scan: int = _SCAN) -> Found:
    """A page of the log matching ``f``, newest first (without the bodies).

    Conditions an index serves in time order cost a page its rows alone. The others are tested
    on about ``scan`` rows of the index per page (those as new as the ``scan``-th, found in the
    index alone): when those hold fewer than a page of matches, the page says how far back it
    searched, and its cursor goes on from there."""
    t = request_log
    order = (t.c.created_at.desc(), t.c.id.desc())
    listed = [c for c in t.c if c.name not in ("request_body", "response_body")]
    nulls = (sa.null().label("request_body"), sa.null().label("response_body"))
    tested = _scanned(f, t.c)
    stmt: sa.Select[Any] = sa.select(*listed, *nulls).where(*_ordered(f, t.c), *tested)
    stmt = stmt.order_by(*order)
    edge: list[datetime] = []
    with engine.connect() as conn:
        if tested:  # the scan-th row's time, and whether any row is older
            reach = sa.select(t.c.created_at).where(*_ordered(f, t.c, exact=False))
            reach = reach.order_by(t.c.created_at.desc()).offset(scan - 1).limit(2)
            edge = list(conn.execute(reach).scalars())
            if edge:
                stmt = stmt.where(t.c.created_at >= edge[0])
        rows = conn.execute(stmt.limit(limit + 1)).all()
    found = [record_from_row(r) for r in rows[:limit]]
    if len(rows) > limit:
        last = rows[limit - 1]
        return Found(found, f"{last.created_at.isoformat()}|{last.id}")  # exact, unlike a float
    if len(edge) < 2:
        return Found(found, None)
    # Older than the scan's last time: an empty id, as no row's id is under it.
    return Found(found, f"{edge[0].isoformat()}|", edge[0])


@page("view")
async def requests(request: Request, ui: Ui, session: Session) -> Response:
    query = dict(request.query_params)
    parsed = parse(query)
    if isinstance(parsed, str):
        return ui.render(
            request, "requests.html", session, 400, error=parsed, rows=[], query=query,
            more=None, searched_to=None, scan=_SCAN,
        )  # fmt: skip
    f = parsed
    found = await blocking(lambda: search(ui.engine, f, _PAGE, _SCAN))
    more = None
    if found.cursor is not None:
        kept = {k: v for k, v in query.items() if k != "before" and v}
        more = {**kept, "before": found.cursor}
    return ui.render(
        request,
        "requests.html",
        session,
        error=None,
        rows=found.rows,
        query=query,
        more=more,
        searched_to=found.searched_to,
        scan=_SCAN,
    )


def _one(engine: sa.Engine, request_id: str) -> RequestRecord:
    with engine.connect() as conn:
        row = conn.execute(sa.select(request_log).where(request_log.c.id == request_id)).first()
    if row is None:
        raise NotFound(f"no logged request {request_id!r}")
    return record_from_row(row)


@page("view")
async def request_page(request: Request, ui: Ui, session: Session) -> Response:
    return await _show(request, ui, session)


async def _show(
    request: Request, ui: Ui, session: Session, status: int = 200, error: str | None = None
) -> Response:
    request_id = request.path_params["request_id"]
    try:
        record = await blocking(lambda: _one(ui.engine, request_id))
    except NotFound as exc:
        return ui.render(request, "not_found.html", session, 404, message=str(exc))
    queues = await blocking(ReviewStore(ui.engine).queues)
    datasets = await blocking(DatasetStore(ui.engine).names)
    return ui.render(
        request,
        "request.html",
        session,
        status,
        r=record,
        queues=queues,
        datasets=datasets,
        sent=request.query_params.get("sent"),
        added=request.query_params.get("added"),
        error=error,
        when=_when(record),
        # a deployment id is "<group>/<n>": another group than asked for answered as a fallback
        served_by=record.deployment.rpartition("/")[0] if record.deployment else None,
    )


def _when(record: RequestRecord) -> str:
    return datetime.fromtimestamp(record.created_at, UTC).strftime("%Y-%m-%d %H:%M:%S")


@page("review")
async def send_to_review(request: Request, ui: Ui, session: Session) -> Response:
    request_id = request.path_params["request_id"]
    form = await request.form()
    queue = str(form.get("queue") or "")
    store = ReviewStore(ui.engine)

    def send() -> tuple[int, int]:
        return store.add_items(queue, [request_item(_one(ui.engine, request_id))])

    try:
        added, _ = await blocking(send)
    except NotFound as exc:
        return ui.render(request, "not_found.html", session, 404, message=str(exc))
    await blocking(
        lambda: ui.users.audit(session.user.name, "review.send", request_id, {"queue": queue})
    )
    root = request.scope.get("root_path", "")
    state = "added" if added else "already-there"
    return RedirectResponse(f"{root}/requests/{request_id}?sent={state}", 303)


@page("admin")
async def add_to_dataset(request: Request, ui: Ui, session: Session) -> Response:
    """The request as a row of an eval dataset (its input, messages and answer)."""
    request_id = request.path_params["request_id"]
    form = await request.form()
    name = str(form.get("dataset") or "").strip()

    def add() -> bool:
        return DatasetStore(ui.engine).add_request(name, _one(ui.engine, request_id))

    try:
        added = await blocking(add)
    except NotFound as exc:
        return ui.render(request, "not_found.html", session, 404, message=str(exc))
    except ValueError as exc:  # no row for this request (bodies not logged...), a bad name
        return await _show(request, ui, session, 400, str(exc))
    await blocking(
        lambda: ui.users.audit(session.user.name, "dataset.add", request_id, {"dataset": name})
    )
    root = request.scope.get("root_path", "")
    state = "added" if added else "already-there"
    return RedirectResponse(f"{root}/requests/{request_id}?added={state}", 303)
