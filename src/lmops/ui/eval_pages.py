"""The dashboard's eval pages: the stored runs, one run's report (the prompt x target matrix,
failures first: the HTML report ``lmops eval run --html`` writes, in a sandboxed frame), and a run
compared with a baseline run (the pass rate's and the score's paired differences with their
intervals, each metric's, and the cases whose outcome changed)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lmops.evals.compare import CompareError, Comparison, compare_runs
from lmops.evals.reports.console import headline
from lmops.evals.reports.html import html_report
from lmops.evals.results import RunResult
from lmops.evals.store import RunStore
from lmops.ui.users import Session
from lmops.ui.web import Ui, blocking, page

__all__ = ["routes"]

_LISTED = 100
_CASES_SHOWN = 100


def routes() -> list[BaseRoute]:
    return [
        Route("/evals", runs, methods=["GET"]),
        Route("/evals/{run_id}", run_page, methods=["GET"]),
        Route("/evals/{run_id}/compare", compare, methods=["GET"]),
    ]


@page("view")
async def runs(request: Request, ui: Ui, session: Session) -> Response:
    found = await blocking(lambda: RunStore(ui.engine).list(limit=_LISTED))
    return ui.render(request, "evals.html", session, runs=found)


async def _run(request: Request, ui: Ui, session: Session, run_id: str) -> RunResult | Response:
    try:
        return await blocking(lambda: RunStore(ui.engine).get(run_id))
    except KeyError as exc:
        message = str(exc.args[0]) if exc.args else f"no eval run {run_id!r}"
        return ui.render(request, "not_found.html", session, 404, message=message)


@page("view")
async def run_page(request: Request, ui: Ui, session: Session) -> Response:
    run = await _run(request, ui, session, request.path_params["run_id"])
    if isinstance(run, Response):
        return run
    others = await blocking(lambda: RunStore(ui.engine).list(limit=_LISTED))
    return ui.render(
        request,
        "eval_run.html",
        session,
        run=run,
        headline=headline(run),
        report=html_report(run),
        baselines=[r for r in others if r.id != run.id and r.suite_path == run.suite_path],
    )


@page("view")
async def compare(request: Request, ui: Ui, session: Session) -> Response:
    run = await _run(request, ui, session, request.path_params["run_id"])
    if isinstance(run, Response):
        return run
    baseline_id = request.query_params.get("baseline", "")
    if not baseline_id:
        return ui.render(
            request,
            "eval_compare.html",
            session,
            400,
            run=run,
            error="baseline: give a run id",
            comparison=None,
            shown=[],
        )
    base = await _run(request, ui, session, baseline_id)
    if isinstance(base, Response):
        return base
    try:
        comparison: Comparison = await blocking(lambda: compare_runs(base, run))
    except CompareError as exc:
        return ui.render(
            request,
            "eval_compare.html",
            session,
            400,
            run=run,
            error=str(exc),
            comparison=None,
            shown=[],
        )
    changed = [p for p in comparison.pairs if p.baseline.status != p.new.status]
    changed.sort(key=lambda p: (p.new.status == "passed", p.key))  # what got worse first
    return ui.render(
        request,
        "eval_compare.html",
        session,
        run=run,
        error=None,
        comparison=comparison,
        shown=changed[:_CASES_SHOWN],
        changed=len(changed),
    )
