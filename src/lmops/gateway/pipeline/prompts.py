"""Prompt resolution and experiment assignment: a request that names a registry prompt.

A chat request may carry ``"prompt_id"`` (``name``, ``name@label``, ``name:3``) and
``"prompt_variables"`` (an object). :class:`ParseBody` calls :class:`PromptResolver` only for
such a request, or for one whose model group a running model experiment splits, so a request
with inline messages pays one ``in`` per check and nothing else. Resolution reads the
in-memory :class:`lmops.prompts.directory.PromptDirectory`, never the database.

What it does to the body, in order:

1. the key's (and its team's) prompt allowlist is checked (403 ``prompt_not_allowed``);
2. a running experiment on the prompt assigns a variant by the unit (the body's ``user``, else
   the ``x-lmops-user`` header, else the request id), unless the reference pins a version; the
   variant's prompt replaces the reference, its model the request's model;
3. the version is rendered with ``prompt_variables`` and its messages are put BEFORE the
   request's own (a text prompt is one user message);
4. the version's config applies under the caller's parameters: a key the body has wins (the
   config's ``model`` is used only when the body names none);
5. ``prompt_id`` and ``prompt_variables`` are removed: the upstream never sees them;
6. a running model experiment on the resulting model group (when no prompt experiment applied)
   assigns a variant whose model replaces the request's.

The model the key must be allowed to use is the one the caller asked for (or the prompt's
config gave) before an experiment's variant replaced it: the experiment is the operator's
choice, not the caller's (:attr:`PromptState.access_model`, read by ``ModelAccess``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lmops.errors import GatewayError
from lmops.gateway.context import RequestContext
from lmops.gateway.pipeline.keys import prompt_allowed
from lmops.prompts.directory import PromptDirectory
from lmops.prompts.experiments import assign, unit_of, variant_ref
from lmops.prompts.model import PromptRef
from lmops.prompts.templates import MissingVariable
from lmops.store.keys import NotFound

if TYPE_CHECKING:
    from lmops.prompts.model import PromptVersion

__all__ = [
    "PROMPT_FIELDS",
    "PromptResolver",
    "PromptState",
]

PROMPT_FIELDS = ("prompt_id", "prompt_variables")
# Config keys a prompt version may not set on a request: the request's own shape.
_NOT_FROM_CONFIG = frozenset({"messages", "prompt_id", "prompt_variables", "stream"})
_USER_HEADER = b"x-lmops-user"
_MAX_REFS = 4096


@dataclass(slots=True)
class PromptState:
    """What resolution decided for one request (the request log and headers record it)."""

    name: str | None = None
    version: int | None = None
    experiment: str | None = None
    variant: str | None = None
    access_model: str | None = None  # the model checked against the key's allowlist

    def headers(self) -> list[tuple[bytes, bytes]]:
        out: list[tuple[bytes, bytes]] = []
        if self.name is not None:
            out.append((b"x-lmops-prompt", f"{self.name}:{self.version}".encode()))
        if self.experiment is not None and self.variant is not None:
            out.append((b"x-lmops-experiment", self.experiment.encode()))
            out.append((b"x-lmops-variant", self.variant.encode()))
        return out


class PromptResolver:
    """Renders a named prompt into the request body, and applies experiments."""

    def __init__(self, directory: PromptDirectory) -> None:
        self._directory = directory
        self._refs: dict[str, PromptRef] = {}  # parsed prompt_id strings (a few per app)

    def wanted(self, body: dict[str, Any]) -> bool:
        """Whether ``body`` needs resolution: cheap, for every request."""
        if "prompt_id" in body or "prompt_variables" in body:
            return True
        targets = self._directory.model_targets
        if not targets:
            return False
        model = body.get("model")
        return type(model) is str and model in targets

    def __call__(self, ctx: RequestContext, body: dict[str, Any]) -> None:
        """Resolve ``body`` in place; the decision goes to ``ctx.prompt`` and its headers."""
        # On the context from the start: a request that fails after its variant was chosen
        # (a version the variant names is gone, a variable is missing) counts for that variant.
        state = ctx.prompt = PromptState()
        prompted = "prompt_id" in body
        if prompted or "prompt_variables" in body:
            if ctx.endpoint != "chat":
                raise GatewayError.bad_request(
                    "'prompt_id' and 'prompt_variables' are accepted only by /v1/chat/completions.",
                    param="prompt_id" if prompted else "prompt_variables",
                )
            if not prompted:
                raise GatewayError.bad_request(
                    "'prompt_variables' needs a 'prompt_id'.", param="prompt_variables"
                )
            model = self._render(ctx, body, state)
        else:
            model = body.get("model")
        if type(model) is str:
            state.access_model = model
            if state.experiment is None:
                experiment = self._directory.model_experiment(model)
                if experiment is not None:
                    variant = assign(experiment, _unit(ctx, body))
                    state.experiment, state.variant = experiment.name, variant.name
                    if variant.model is not None:
                        body["model"] = variant.model
        ctx.response_headers += state.headers()

    def _render(self, ctx: RequestContext, body: dict[str, Any], state: PromptState) -> Any:
        """The prompt into ``body``; returns the model before any variant replaced it."""
        ref = self._ref(body.pop("prompt_id"))
        if not prompt_allowed(ctx.principal, ref.name):
            raise GatewayError(
                f"This API key may not use the prompt {ref.name!r}.",
                status=403,
                type_="permission_error",
                param="prompt_id",
                code="prompt_not_allowed",
            )
        variables = body.pop("prompt_variables", None)
        if variables is None:
            variables = {}
        elif type(variables) is not dict:
            raise GatewayError.bad_request(
                "'prompt_variables' must be an object.", param="prompt_variables"
            )
        variant_model: str | None = None
        experiment = self._directory.prompt_experiment(ref.name)
        if experiment is not None and ref.version is None:
            variant = assign(experiment, _unit(ctx, body))
            state.experiment, state.variant = experiment.name, variant.name
            if variant.prompt is not None:
                ref = variant_ref(experiment.target, variant.prompt)
            variant_model = variant.model
        version = self._version(ref)
        messages = self._messages(version, variables)
        existing = body.get("messages")
        if existing is None:
            body["messages"] = messages
        elif type(existing) is list:
            body["messages"] = messages + existing
        # else: left as it is, for the parameter checks to refuse
        for name, value in version.content.config.items():
            if name not in body and name not in _NOT_FROM_CONFIG:
                body[name] = value
        state.name, state.version = version.name, version.version
        model = body.get("model")
        if variant_model is not None:
            body["model"] = variant_model
        return model

    def _ref(self, value: Any) -> PromptRef:
        ref = self._refs.get(value) if type(value) is str else None
        if ref is not None:
            return ref
        try:
            ref = PromptRef.parse(value)
        except ValueError as exc:
            raise GatewayError.bad_request(
                f"Invalid 'prompt_id': {exc}", param="prompt_id", code="invalid_prompt_id"
            ) from None
        if len(self._refs) >= _MAX_REFS:
            self._refs.clear()  # client-chosen strings: bounded, then started over
        self._refs[value] = ref
        return ref

    def _version(self, ref: PromptRef) -> PromptVersion:
        try:
            return self._directory.resolve(ref)
        except NotFound as exc:
            raise GatewayError.bad_request(
                f"Unknown prompt: {exc.args[0] if exc.args else ref}.",
                param="prompt_id",
                code="prompt_not_found",
            ) from None

    def _messages(self, version: PromptVersion, variables: dict[str, Any]) -> list[Any]:
        compiled = self._directory.compiled(version)
        try:
            rendered = compiled.render(variables)
        except MissingVariable as exc:
            raise GatewayError.bad_request(
                f"Prompt {version.ref!r} needs the variable {exc.variable!r} in "
                "'prompt_variables'.",
                param=f"prompt_variables.{exc.variable}",
                code="prompt_variable_missing",
            ) from None
        except Exception as exc:  # a sandbox refusal or a type error in the template
            raise GatewayError.bad_request(
                f"Prompt {version.ref!r} could not be rendered with these variables: {exc}",
                param="prompt_variables",
                code="prompt_render_failed",
            ) from None
        if rendered.messages is not None:
            return list(rendered.messages)
        return [{"role": "user", "content": rendered.text or ""}]


def _unit(ctx: RequestContext, body: dict[str, Any]) -> str:
    user = body.get("user")
    return unit_of(user if type(user) is str else None, ctx.header(_USER_HEADER), ctx.request_id)
