"""The dashboard's prompt registry and experiment pages.

Anyone logged in reads: the prompts, a prompt's versions and label history, the diff of two
versions, a version rendered with variables (in the prompt sandbox, never the page's Jinja), the
experiments and their reports. Rendering is a POST (it carries the CSRF token) but changes
nothing. Admins move labels and promote experiment variants, each after a confirmation page
that shows what changes; the store records the user as who moved the label, and the audit log
gets an entry. The gateway picks the change up from the store (see :mod:`lmops.prompts.changes`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from lmops.prompts.diff import diff_versions
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.files import content_yaml
from lmops.prompts.model import (
    Experiment,
    LabelMove,
    PromptRef,
    PromptVersion,
    Variant,
    check_label,
)
from lmops.prompts.report import experiment_report
from lmops.prompts.store import NotFound, PromptStore, UnusableVersion
from lmops.prompts.templates import CompiledPrompt, TemplateError, compile_prompt
from lmops.ui.users import Session
from lmops.ui.web import Page, Ui, blocking, page

__all__ = ["diff_lines", "routes"]

_NUMBER = re.compile(r"[0-9]{1,9}")
_VAR = "var:"  # the prefix of a variable's form field (a variable may be called "csrf")


def routes() -> list[BaseRoute]:
    move = "/prompts/{name}/labels/{label}/move"
    return [
        Route("/prompts", prompt_list, methods=["GET"]),
        Route("/prompts/{name}", prompt_page, methods=["GET"]),
        Route("/prompts/{name}/diff", diff_page, methods=["GET"]),
        Route("/prompts/{name}/render", render_form, methods=["GET"]),
        Route("/prompts/{name}/render", render_submit, methods=["POST"]),
        Route(move, move_confirm, methods=["GET"]),
        Route(move, move_submit, methods=["POST"]),
        Route("/experiments", experiment_list, methods=["GET"]),
        Route("/experiments/{name}", experiment_page, methods=["GET"]),
        Route("/experiments/{name}/promote", promote_confirm, methods=["GET"]),
        Route("/experiments/{name}/promote", promote_submit, methods=["POST"]),
    ]


class BadInput(ValueError):
    """A query or form value the page cannot use; the message starts with the field."""


def _shown(handler: Page) -> Page:
    """``handler`` with the store's refusals as pages: NotFound 404, bad input 400."""

    async def shown(request: Request, ui: Ui, session: Session) -> Response:
        try:
            return await handler(request, ui, session)
        except NotFound as exc:
            return ui.render(request, "not_found.html", session, 404, message=_text(exc))
        except UnusableVersion as exc:  # a row edited by hand: the store's fault, not the input's
            return _render(request, ui, session, "prompt_error.html", 500, message=str(exc))
        except ValueError as exc:  # BadInput, and the stores' checks (they name the field)
            return _render(request, ui, session, "prompt_error.html", 400, message=str(exc))

    shown.__name__ = handler.__name__
    return shown


def _text(exc: Exception) -> str:
    return str(exc.args[0]) if exc.args else str(exc)


def _render(
    request: Request, ui: Ui, session: Session, template: str, status: int = 200, **ctx: Any
) -> Response:
    return ui.render(request, template, session, status, **_HELPERS, **ctx)


def _back(request: Request, path: str) -> Response:
    return RedirectResponse(f"{request.scope.get('root_path', '')}{path}", 303)


def _number(value: str | None, field: str) -> int:
    if value is None or not _NUMBER.fullmatch(value) or int(value) < 1:
        raise BadInput(f"{field}: must be a version number 1, 2, ... (got {value!r})")
    return int(value)


def _label(value: str) -> str:
    try:
        return check_label(value)
    except ValueError as exc:
        raise BadInput(f"label: {exc}") from None


def _version(versions: list[PromptVersion], name: str, number: int) -> PromptVersion:
    for found in versions:
        if found.version == number:
            return found
    raise NotFound(f"prompt {name!r} has no version {number}")


def diff_lines(text: str) -> list[tuple[str, str]]:
    """A unified diff's lines, each with its kind: head, hunk, add, del or same."""
    out = []
    for line in text.splitlines():
        if line.startswith(("---", "+++")):
            kind = "head"
        else:
            kind = {"@": "hunk", "+": "add", "-": "del"}.get(line[:1], "same")
        out.append((kind, line))
    return out


# -- prompts --------------------------------------------------------------------------------


@page("view")
async def prompt_list(request: Request, ui: Ui, session: Session) -> Response:
    found = await blocking(PromptStore(ui.engine).list)
    return _render(request, ui, session, "prompts.html", prompts=found)


@page("view")
@_shown
async def prompt_page(request: Request, ui: Ui, session: Session) -> Response:
    name = request.path_params["name"]
    store = PromptStore(ui.engine)

    def load() -> dict[str, Any]:
        versions = store.versions(name)  # newest first on the page, moves too
        return {
            "versions": versions[::-1],
            "labels": store.labels(name),
            "moves": store.moves(name)[::-1],
        }

    found = await blocking(load)
    by_version: dict[int, list[str]] = {}
    for label, number in found["labels"].items():
        by_version.setdefault(number, []).append(label)
    movable = sorted({*found["labels"], "production"})  # the labels an admin may move here
    return _render(
        request,
        ui,
        session,
        "prompt.html",
        prompt=name,
        by_version=by_version,
        movable=movable,
        **found,
    )


@page("view")
@_shown
async def diff_page(request: Request, ui: Ui, session: Session) -> Response:
    name, query = request.path_params["name"], request.query_params
    a, b = _number(query.get("a"), "a"), _number(query.get("b"), "b")
    store = PromptStore(ui.engine)

    def load() -> tuple[list[PromptVersion], str]:
        versions = store.versions(name)
        return versions, diff_versions(_version(versions, name, a), _version(versions, name, b))

    versions, text = await blocking(load)
    return _render(
        request,
        ui,
        session,
        "prompt_diff.html",
        prompt=name,
        a=a,
        b=b,
        versions=versions,
        lines=diff_lines(text),
    )


async def _render_page(
    request: Request, ui: Ui, session: Session, given: Mapping[str, str] | None
) -> Response:
    """The render form; with ``given`` (the form's variables) the version rendered too."""
    name, wanted = request.path_params["name"], request.query_params.get("version")
    ref = PromptRef(name) if wanted is None else PromptRef(name, version=_number(wanted, "version"))
    version = await blocking(lambda: PromptStore(ui.engine).get(ref))
    compiled: CompiledPrompt | None = None
    try:
        compiled = await blocking(lambda: compile_prompt(version.content))
        variables, error = compiled.variables, None
    except TemplateError as exc:  # refused or broken in the store (pushed around the API's checks)
        variables, error = version.variables, f"The template does not compile: {exc}"
    rendered, status = None, 200
    if given is not None and compiled is not None:
        values = {k: v for k, v in given.items() if k in variables and v != ""}
        try:
            rendered = await blocking(lambda: compiled.render(values))
        except TemplateError as exc:
            error, status = str(exc), 400
    return _render(
        request,
        ui,
        session,
        "prompt_render.html",
        status,
        version=version,
        variables=variables,
        given=given or {},
        rendered=rendered,
        error=error,
        field=_VAR,
    )


@page("view")
@_shown
async def render_form(request: Request, ui: Ui, session: Session) -> Response:
    return await _render_page(request, ui, session, None)


@page("view")  # a POST for the CSRF token's sake: rendering changes nothing
@_shown
async def render_submit(request: Request, ui: Ui, session: Session) -> Response:
    form = await request.form()
    given = {
        k.removeprefix(_VAR): v
        for k, v in form.items()
        if k.startswith(_VAR) and isinstance(v, str)
    }
    return await _render_page(request, ui, session, given)


def _move_plan(store: PromptStore, name: str, label: str, to: int) -> dict[str, Any]:
    """What moving ``label`` to ``to`` would do: where it points now, and the diff."""
    versions = store.versions(name)
    target = _version(versions, name, to)
    current = store.labels(name).get(label)
    diff = None if current is None else diff_versions(_version(versions, name, current), target)
    return {
        "prompt": name,  # not "name": Ui.render's own parameter (the template) has it
        "label": label,
        "current": current,
        "target": target,
        "lines": None if diff is None else diff_lines(diff),
    }


@page("admin")
@_shown
async def move_confirm(request: Request, ui: Ui, session: Session) -> Response:
    name, label = request.path_params["name"], _label(request.path_params["label"])
    to = _number(request.query_params.get("to"), "to")
    plan = await blocking(lambda: _move_plan(PromptStore(ui.engine), name, label, to))
    return _render(request, ui, session, "prompt_move.html", error=None, **plan)


@page("admin")
@_shown
async def move_submit(request: Request, ui: Ui, session: Session) -> Response:
    name, label = request.path_params["name"], _label(request.path_params["label"])
    to = _number(request.query_params.get("to"), "to")
    expected = (await request.form()).get("from")  # where the confirmed page saw the label
    store, by = PromptStore(ui.engine), session.user.name

    def move() -> tuple[bool, Any]:
        current = store.labels(name).get(label)
        if isinstance(expected, str) and expected != ("" if current is None else str(current)):
            return False, _move_plan(store, name, label, to)
        return True, store.set_label(name, label, to, by=by)

    done, result = await blocking(move)
    if not done:
        error = "The label has moved since that page was shown: check the change again."
        return _render(request, ui, session, "prompt_move.html", 409, error=error, **result)
    if result is not None:
        detail = {"from": result.from_version, "to": result.to_version}
        await blocking(lambda: ui.users.audit(by, "prompt.label.move", f"{name}@{label}", detail))
        if ui.gateway.prompts is not None:
            await ui.gateway.prompts.written(moves=[result])
    return _back(request, f"/prompts/{name}")


# -- experiments ----------------------------------------------------------------------------


@page("view")
async def experiment_list(request: Request, ui: Ui, session: Session) -> Response:
    found = await blocking(ExperimentStore(ui.engine).list)
    return _render(request, ui, session, "experiments.html", experiments=found)


@page("view")
@_shown
async def experiment_page(request: Request, ui: Ui, session: Session) -> Response:
    name = request.path_params["name"]
    store = ExperimentStore(ui.engine)

    def load() -> tuple[Experiment, Any]:
        experiment = store.get(name)
        return experiment, experiment_report(experiment, store.arm_rows(name))

    experiment, report = await blocking(load)
    return _render(request, ui, session, "experiment.html", experiment=experiment, report=report)


def _promotable(experiment: Experiment, name: str) -> Variant:
    """The variant ``name`` if promoting it moves a prompt label, else BadInput saying why."""
    if experiment.target_kind != "prompt":
        raise BadInput(f"variant: experiment {experiment.name!r} is over a model: no label")
    found = next((v for v in experiment.variants if v.name == name), None)
    if found is None:
        known = ", ".join(v.name for v in experiment.variants)
        raise BadInput(f"variant: {name!r} is not a variant of {experiment.name!r} ({known})")
    if found.prompt is None:
        raise BadInput(f"variant: {name!r} sets no prompt (model only)")
    return found


@page("admin")
@_shown
async def promote_confirm(request: Request, ui: Ui, session: Session) -> Response:
    name, query = request.path_params["name"], request.query_params
    label = _label(query.get("label") or "production")
    prompts = PromptStore(ui.engine)

    def load() -> dict[str, Any]:
        experiment = ExperimentStore(ui.engine).get(name)
        variant = _promotable(experiment, query.get("variant", ""))
        ref = str(variant.prompt)  # a version number, a label or "latest"
        wanted = PromptRef(experiment.target, label=None if ref.isdigit() else ref)
        number = int(ref) if ref.isdigit() else prompts.get(wanted).version
        plan = _move_plan(prompts, experiment.target, label, number)
        return {**plan, "experiment": experiment, "variant": variant}

    found = await blocking(load)
    return _render(request, ui, session, "experiment_promote.html", **found)


@page("admin")
@_shown
async def promote_submit(request: Request, ui: Ui, session: Session) -> Response:
    name, form = request.path_params["name"], await request.form()
    variant, label = str(form.get("variant") or ""), _label(str(form.get("label") or ""))
    store, by = ExperimentStore(ui.engine), session.user.name

    def promote() -> tuple[LabelMove | None, Experiment]:
        _promotable(store.get(name), variant)
        return store.promote(name, variant, label, by=by)

    move, after = await blocking(promote)
    detail = {
        "variant": variant,
        "prompt": after.target,
        "label": label,
        "from": move.from_version if move else None,
        "to": move.to_version if move else None,
        "status": after.status,
    }
    await blocking(lambda: ui.users.audit(by, "experiment.promote", name, detail))
    if ui.gateway.prompts is not None:
        await ui.gateway.prompts.written(moves=[move], experiments=[after])
    return _back(request, f"/experiments/{name}")


# -- what templates format with ---------------------------------------------------------------


def _when(value: datetime | None) -> str:
    return "-" if value is None else value.strftime("%Y-%m-%d %H:%M:%S UTC")


def _num(value: float | None, spec: str = ".3f") -> str:
    return "-" if value is None else format(value, spec)


def _p(value: float | None) -> str:
    if value is None:
        return "-"
    return "< 0.001" if value < 0.001 else f"{value:.3f}"


_HELPERS: dict[str, Any] = {"when": _when, "num": _num, "pvalue": _p, "content_yaml": content_yaml}
