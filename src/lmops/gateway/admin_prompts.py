"""The admin API's prompt registry: ``/admin/prompts`` (push, list, show, history, labels,
diff), and what the experiment routes (:mod:`lmops.gateway.admin_experiments`) share with it.

Registered by :func:`lmops.gateway.admin.create_admin_app` on its router, so the master key
guards them like every admin route. Store calls run in worker threads. A write takes effect in
this replica's prompt directory at once, and is published (with Redis) so that every other
replica syncs at once too; without Redis they pick it up at their next periodic sync.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

import orjson
from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import Response

from lmops.errors import GatewayError
from lmops.gateway.prompt_routes import prompt_json
from lmops.prompts.diff import diff_versions
from lmops.prompts.directory import PromptDirectory
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.model import (
    CONTENT_ROLES,
    ChatMessage,
    LabelMove,
    PromptContent,
    PromptRef,
)
from lmops.prompts.store import PromptStore
from lmops.prompts.templates import TemplateError, template_variables
from lmops.providers.params import FORBIDDEN_FIELDS
from lmops.store.keys import Conflict, NotFound

__all__ = [
    "AUTHOR",
    "PROMPT_TAGS",
    "PromptAdmin",
    "add_prompt_routes",
    "api_json",
    "move_json",
    "run",
]

T = TypeVar("T")

PROMPT_TAGS = [
    {"name": "prompts", "description": "The prompt registry: versions, labels, history."},
    {"name": "experiments", "description": "A/B experiments over prompts and models."},
]

AUTHOR = "master"  # who the admin API's writes are recorded as
# Config keys that do not reach a request (prompt resolution keeps the request's own).
_IGNORED_CONFIG = ("messages", "prompt_id", "prompt_variables", "stream")
# A store's ValueError starts with the field it is about ("variants[1].weight: ...").
_FIELD = re.compile(r"^([A-Za-z_][\w.\[\]]*): ")


@dataclass(frozen=True, slots=True)
class PromptAdmin:
    """What the routes work on; ``known_model`` says whether a model group is configured."""

    prompts: PromptStore
    experiments: ExperimentStore
    directory: PromptDirectory
    known_model: Callable[[str], bool]


class Strict(BaseModel):
    """A request body: an unknown field is a 400 naming it."""

    model_config = ConfigDict(extra="forbid")


class MessageIn(Strict):
    role: str
    content: str


class PromptPush(Strict):
    name: str
    type: Literal["text", "chat"]
    template: str | None = None
    messages: list[MessageIn] | None = None
    config: dict[str, Any] = Field(default_factory=dict)
    message: str = ""
    label: str | None = None


class LabelSet(Strict):
    version: int = Field(ge=1)


def move_json(move: LabelMove) -> dict[str, Any]:
    return {
        "name": move.name,
        "label": move.label,
        "from_version": move.from_version,
        "to_version": move.to_version,
        "moved_by": move.moved_by,
        "moved_at": move.moved_at.isoformat(),
    }


def api_json(value: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(value), status, media_type="application/json")


async def run(call: Callable[[], T], what: str = "prompt", param: str | None = None) -> T:
    """``call()`` in a worker thread, store errors as API errors (``what``: the kind of
    record a NotFound is about)."""
    try:
        return await asyncio.to_thread(call)
    except NotFound as exc:
        raise GatewayError(
            str(exc),
            status=404,
            type_="invalid_request_error",
            param=param,
            code=f"{what}_not_found",
        ) from None
    except Conflict as exc:
        raise GatewayError(
            str(exc), status=409, type_="invalid_request_error", param=param, code="conflict"
        ) from None
    except (ValueError, KeyError) as exc:
        message = str(exc.args[0]) if exc.args else str(exc)
        field = _FIELD.match(message)
        raise GatewayError.bad_request(
            message, param=field.group(1) if field else param, code="invalid_value"
        ) from None


def add_prompt_routes(router: APIRouter, admin: PromptAdmin) -> None:
    """The prompt and experiment routes, on the admin API's (master-key) router."""
    _prompt_writes(router, admin)
    _prompt_reads(router, admin)


def _content(body: PromptPush) -> PromptContent:
    """The pushed content, checked: a 400 naming the field for each problem."""
    messages = None
    if body.messages is not None:
        for i, message in enumerate(body.messages):
            if message.role not in CONTENT_ROLES:
                raise GatewayError.bad_request(
                    f"messages[{i}].role: must be one of {', '.join(CONTENT_ROLES)}",
                    param=f"messages[{i}].role",
                    code="invalid_value",
                )
        messages = tuple(ChatMessage(m.role, m.content) for m in body.messages)
    for name in body.config:
        if name in FORBIDDEN_FIELDS:
            raise GatewayError.bad_request(
                f"config.{name}: not allowed (upstream locations and credentials come only "
                "from the gateway's configuration)",
                param=f"config.{name}",
                code="forbidden_field",
            )
    try:
        return PromptContent(body.type, body.template, messages, body.config)
    except ValueError as exc:
        param = "template" if body.type == "text" else "messages"
        raise GatewayError.bad_request(str(exc), param=param, code="invalid_value") from None


def _variables(content: PromptContent) -> tuple[str, ...]:
    try:
        return template_variables(content)
    except TemplateError as exc:
        param = exc.where or ("template" if content.type == "text" else "messages")
        raise GatewayError.bad_request(str(exc), param=param, code="invalid_template") from None


def _warnings(content: PromptContent, known_model: Callable[[str], bool]) -> list[str]:
    warnings = [
        f"config.{name} is ignored: a request's own {name} is used"
        for name in _IGNORED_CONFIG
        if name in content.config
    ]
    model = content.config.get("model")
    if model is not None and (type(model) is not str or not known_model(model)):
        warnings.append(f"config.model {model!r} is not a model group of this gateway")
    return warnings


def _prompt_writes(router: APIRouter, admin: PromptAdmin) -> None:
    store, directory = admin.prompts, admin.directory

    @router.post("/prompts", tags=["prompts"], summary="Push a prompt version")
    async def push_prompt(body: PromptPush) -> Response:
        """Store the content as the prompt's next version, or find the version that already
        has it (200 instead of 201); `label` is moved to it either way."""
        content = _content(body)
        variables = _variables(content)
        result = await run(
            lambda: store.push(
                body.name,
                content,
                variables,
                author=AUTHOR,
                message=body.message,
                label=body.label,
            ),
            param="name",
        )
        await directory.written([result.version], [result.moved])
        version = result.version
        out = prompt_json(version, directory.labels(version.name), directory.latest(version.name))
        out["created"] = result.created
        out["warnings"] = _warnings(content, admin.known_model)
        out["label_moved"] = move_json(result.moved) if result.moved else None
        return api_json(out, 201 if result.created else 200)

    @router.put("/prompts/{name}/labels/{label}", tags=["prompts"], summary="Move a label")
    async def set_label(name: str, label: str, body: LabelSet) -> Response:
        """Point `label` at `version` (recorded in the history); `latest` cannot be set."""
        move = await run(
            lambda: store.set_label(name, label, body.version, by=AUTHOR), param="version"
        )
        await directory.written(moves=[move])
        return api_json(
            {
                "object": "label",
                "name": name,
                "label": label,
                "version": body.version,
                "from_version": move.from_version if move else body.version,
                "moved": move is not None,
            }
        )


def _prompt_reads(router: APIRouter, admin: PromptAdmin) -> None:
    store = admin.prompts

    @router.get("/prompts", tags=["prompts"], summary="List prompts")
    async def list_prompts() -> Response:
        summaries = await run(store.list)
        data = [
            {
                "object": "prompt_summary",
                "name": s.name,
                "latest": s.latest,
                "labels": dict(s.labels),
                "updated_at": s.updated_at.isoformat(),
            }
            for s in summaries
        ]
        return api_json({"object": "list", "data": data})

    @router.get("/prompts/{name}", tags=["prompts"], summary="Show a prompt version")
    async def get_prompt(
        name: str,
        label: Annotated[str | None, Query(max_length=64)] = None,
        version: Annotated[int | None, Query(ge=1)] = None,
    ) -> Response:
        """The version `label` or `version` names (neither: production, else the newest)."""
        if label is not None and version is not None:
            raise GatewayError.bad_request("Give 'label' or 'version', not both.", param="label")

        def read() -> dict[str, Any]:
            found = store.get(PromptRef(name, label=label, version=version))
            latest = store.versions(name)[-1].version
            return prompt_json(found, store.labels(name), latest)

        return api_json(await run(read, param="name"))

    @router.get("/prompts/{name}/history", tags=["prompts"], summary="A prompt's history")
    async def history(name: str) -> Response:
        """Every version (oldest first) and every label move."""

        def read() -> dict[str, Any]:
            versions = store.versions(name)
            labels, latest = store.labels(name), versions[-1].version
            return {
                "object": "prompt_history",
                "name": name,
                "versions": [prompt_json(v, labels, latest) for v in versions],
                "moves": [move_json(m) for m in store.moves(name)],
            }

        return api_json(await run(read, param="name"))

    @router.get("/prompts/{name}/diff", tags=["prompts"], summary="Diff two versions")
    async def diff(
        name: str,
        from_: Annotated[int, Query(alias="from", ge=1)],
        to: Annotated[int, Query(ge=1)],
    ) -> Response:
        """A unified diff of the two versions' templates and configs."""

        def read() -> str:
            a = store.get(PromptRef(name, version=from_))
            b = store.get(PromptRef(name, version=to))
            return diff_versions(a, b)

        text = await run(read, param="name")
        return api_json(
            {"object": "prompt_diff", "name": name, "from": from_, "to": to, "diff": text}
        )
