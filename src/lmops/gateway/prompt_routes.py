"""``/v1/prompts`` (read the registry) and ``/v1/feedback`` (report an outcome), for any key.

Prompts are read from the gateway's in-memory directory, not the database: an application
that fetches its prompt on every call costs the store nothing. A key (or its team) limited to
some prompts sees only those (403 ``prompt_not_allowed`` for the others); the master key sees
all. Feedback is written to the store in a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import structlog
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lmops.errors import GatewayError
from lmops.gateway.context import Principal
from lmops.gateway.pipeline.keys import prompt_allowed
from lmops.prompts.directory import PromptDirectory
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.experiments import check_feedback
from lmops.prompts.model import LATEST, Feedback, PromptRef, PromptVersion, check_name
from lmops.store.keys import NotFound

__all__ = ["PromptRoutes", "feedback_json", "prompt_json"]

log = structlog.get_logger("lmops.feedback")

Authenticate = Callable[[Request], Awaitable[Principal]]

_FEEDBACK_FIELDS = frozenset({"request_id", "score", "label", "comment"})


def prompt_json(
    version: PromptVersion, labels: dict[str, int], latest: int | None
) -> dict[str, Any]:
    """A version as the API shows it; ``labels``: where the prompt's labels point."""
    content = version.content
    names = [label for label, number in sorted(labels.items()) if number == version.version]
    if latest == version.version:
        names.append(LATEST)
    return {
        "object": "prompt",
        "name": version.name,
        "version": version.version,
        "type": content.type,
        "template": content.template,
        "messages": (
            [{"role": m.role, "content": m.content} for m in content.messages]
            if content.messages is not None
            else None
        ),
        "config": dict(content.config),
        "variables": list(version.variables),
        "labels": names,
        "content_hash": version.content_hash,
        "message": version.message,
        "author": version.author,
        "created_at": version.created_at.isoformat(),
    }


def feedback_json(feedback: Feedback) -> dict[str, Any]:
    return {
        "object": "feedback",
        "id": feedback.id,
        "request_id": feedback.request_id,
        "score": feedback.score,
        "label": feedback.label,
        "comment": feedback.comment,
        "created_at": feedback.created_at.isoformat(),
    }


class PromptRoutes:
    """The routes, over the directory, the experiment store (feedback) and the gateway's auth."""

    def __init__(
        self,
        directory: PromptDirectory,
        experiments: ExperimentStore,
        auth: Authenticate,
        on_feedback: Callable[[str, float | None], object] | None = None,
    ) -> None:
        """``on_feedback(request_id, score)`` runs after each feedback is stored (review
        queues take requests given low scores); its failure does not fail the feedback."""
        self._directory = directory
        self._experiments = experiments
        self._auth = auth
        self._on_feedback = on_feedback

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/v1/prompts", self.list_prompts, methods=["GET"]),
            Route("/v1/prompts/{name}", self.get_prompt, methods=["GET"]),
            Route("/v1/feedback", self.feedback, methods=["POST"]),
        ]

    async def list_prompts(self, request: Request) -> Response:
        principal = await self._auth(request)
        directory = self._directory
        data = []
        for name in directory.names():
            if not prompt_allowed(principal, name):
                continue
            updated = directory.updated_at(name)
            data.append(
                {
                    "object": "prompt_summary",
                    "name": name,
                    "latest": directory.latest(name),
                    "labels": directory.labels(name),
                    "updated_at": updated.isoformat() if updated else None,
                }
            )
        return _json({"object": "list", "data": data})

    async def get_prompt(self, request: Request) -> Response:
        principal = await self._auth(request)
        name = request.path_params["name"]
        try:
            check_name(name)  # a bare name: '@' or ':' in the path must not pick the version
        except ValueError as exc:
            raise GatewayError.bad_request(str(exc), param="name", code="invalid_value") from None
        if not prompt_allowed(principal, name):
            raise GatewayError(
                f"This API key may not read the prompt {name!r}.",
                status=403,
                type_="permission_error",
                param="name",
                code="prompt_not_allowed",
            )
        ref = _ref(name, request.query_params.get("label"), request.query_params.get("version"))
        try:
            version = self._directory.resolve(ref)
        except NotFound as exc:
            raise GatewayError(
                str(exc.args[0]) if exc.args else f"prompt {name!r} does not exist",
                status=404,
                type_="invalid_request_error",
                param="name",
                code="prompt_not_found",
            ) from None
        labels = self._directory.labels(version.name)
        return _json(prompt_json(version, labels, self._directory.latest(version.name)))

    async def feedback(self, request: Request) -> Response:
        principal = await self._auth(request)
        fields = _feedback_fields(await request.body())
        key_id = principal.key.id if principal.key is not None else None

        def save() -> Feedback:
            saved = self._experiments.add_feedback(
                fields["request_id"],
                score=fields.get("score"),
                label=fields.get("label"),
                comment=fields.get("comment"),
                key_id=key_id,
            )
            if self._on_feedback is not None:
                try:
                    self._on_feedback(saved.request_id, saved.score)
                except Exception as exc:  # the feedback is stored: say so, log the rest
                    log.warning("feedback_capture_failed", error=type(exc).__name__)
            return saved

        saved = await asyncio.to_thread(save)
        return _json(feedback_json(saved), status=201)


def _ref(name: str, label: str | None, version: str | None) -> PromptRef:
    if label is not None and version is not None:
        raise GatewayError.bad_request("Give 'label' or 'version', not both.", param="label")
    try:
        if version is not None:
            return PromptRef.parse(f"{name}:{version}")
        if label is not None:
            return PromptRef.parse(f"{name}@{label}")
        return PromptRef.parse(name)
    except ValueError as exc:
        param = "version" if version is not None else "label" if label is not None else "name"
        raise GatewayError.bad_request(str(exc), param=param, code="invalid_value") from None


def _feedback_fields(raw: bytes) -> dict[str, Any]:
    """The feedback body, checked (by the store's own rules): a 400 naming the field."""
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise GatewayError.bad_request("Request body is not valid JSON.") from None
    if type(body) is not dict:
        raise GatewayError.bad_request("Request body must be a JSON object.")
    for name in body:
        if name not in _FEEDBACK_FIELDS:
            raise GatewayError.bad_request(f"Unknown field {name!r}.", param=name)
    try:
        return check_feedback(
            body.get("request_id"), body.get("score"), body.get("label"), body.get("comment")
        )
    except ValueError as exc:
        field, _, problem = str(exc).partition(": ")
        raise GatewayError.bad_request(f"'{field}' {problem}.", param=field) from None


def _json(value: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(value), status, media_type="application/json")
