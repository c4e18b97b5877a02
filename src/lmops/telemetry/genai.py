"""A request's span attributes in the OpenTelemetry GenAI semantic conventions, from what the
gateway already holds (the parsed request body, the outcome): no OpenTelemetry import here.

The answer is read only for what the request log does not keep (the response id, model and
finish reasons): a JSON answer is parsed once more, a stream's first event and last bytes are.
Prompts and answers go in only with ``capture_content``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import orjson

from lmops.catalog.tokens import completion_text_from_sse

if TYPE_CHECKING:
    from lmops.gateway.context import Outcome, RequestContext

__all__ = ["OPERATIONS", "Attributes", "provider_name", "request_attributes", "server_attributes"]

Attributes = dict[str, str | bool | int | float | tuple[str, ...]]

# gen_ai.operation.name of each proxied endpoint.
OPERATIONS: Final[Mapping[str, str]] = {
    "chat": "chat",
    "completions": "text_completion",
    "embeddings": "embeddings",
    "responses": "chat",  # OpenAI's Responses API, passed through
    "messages": "chat",  # Anthropic's Messages API, passed through
}
# lmops provider -> gen_ai.provider.name, where the convention names the API.
_PROVIDERS: Final[Mapping[str, str]] = {"gemini": "gcp.gemini", "vertex": "gcp.vertex_ai"}
_PARAMETERS: Final = (
    ("max_tokens", "gen_ai.request.max_tokens"),
    ("max_completion_tokens", "gen_ai.request.max_tokens"),
    ("temperature", "gen_ai.request.temperature"),
    ("top_p", "gen_ai.request.top_p"),
    ("frequency_penalty", "gen_ai.request.frequency_penalty"),
    ("presence_penalty", "gen_ai.request.presence_penalty"),
    ("seed", "gen_ai.request.seed"),
)
_INPUTS: Final[Mapping[str, str]] = {
    "chat": "messages",
    "completions": "prompt",
    "embeddings": "input",
}
_FINISH = re.compile(rb'"finish_reason"\s*:\s*"([^"]{1,64})"')
_TAIL = 4096  # a stream's bytes searched for its finish reasons
_CONTENT_CHARS = 65_536  # a captured prompt or answer is cut to this length


def provider_name(provider: str, api_version: str | None) -> str:
    """``gen_ai.provider.name`` of a deployment: Azure's wire format (an ``api_version``) is
    ``azure.ai.openai``; providers the convention does not list keep lmops's name."""
    if provider == "openai" and api_version:
        return "azure.ai.openai"
    return _PROVIDERS.get(provider, provider)


def request_attributes(ctx: RequestContext) -> Attributes:
    """What the client asked: the operation, its model group and sampling parameters."""
    attributes: Attributes = {
        "gen_ai.operation.name": OPERATIONS.get(ctx.endpoint, ctx.endpoint),
        "gen_ai.request.model": ctx.model_group,
        "lmops.request_id": ctx.request_id,
    }
    if ctx.stream:
        attributes["gen_ai.request.stream"] = True
    body = ctx.body
    for field, name in _PARAMETERS:
        value = body.get(field)
        if isinstance(value, int | float) and not isinstance(value, bool):
            attributes[name] = value
    return attributes


def server_attributes(
    ctx: RequestContext, outcome: Outcome, providers: Mapping[str, str], content: bool
) -> Attributes:
    """The server span's attributes once the request has ended (``providers``: deployment id
    -> ``gen_ai.provider.name``; ``content``: capture the prompt and the answer)."""
    attributes = request_attributes(ctx)
    attributes["http.response.status_code"] = outcome.status
    principal = ctx.principal
    attributes["lmops.principal.kind"] = principal.kind
    if principal.key is not None:  # the key's id, never its secret
        attributes["lmops.key_id"] = principal.key.id
        if principal.team is not None:
            attributes["lmops.team_id"] = principal.team.id
    if outcome.error_type is not None:
        attributes["error.type"] = outcome.error_type
    deployment = outcome.deployment
    if deployment is not None:
        attributes["lmops.deployment"] = deployment
        provider = providers.get(deployment)
        if provider is not None:
            attributes["gen_ai.provider.name"] = provider
    if outcome.attempts is not None:
        attributes["lmops.attempts"] = outcome.attempts
    if outcome.cache_hit:
        attributes["lmops.cache_hit"] = True
    if outcome.cost is not None:
        attributes["lmops.cost_usd"] = outcome.cost
    if outcome.ttft is not None:
        attributes["gen_ai.response.time_to_first_chunk"] = outcome.ttft
    _usage(attributes, outcome)
    if ctx.guardrails:
        attributes["lmops.guardrails"] = tuple(hit.label() for hit in ctx.guardrails)
    prompt = ctx.prompt
    if prompt is not None and prompt.name is not None:
        attributes["gen_ai.prompt.name"] = prompt.name
        if prompt.version is not None:
            attributes["lmops.prompt.version"] = prompt.version
        if prompt.experiment is not None and prompt.variant is not None:
            attributes["lmops.experiment"] = prompt.experiment
            attributes["lmops.variant"] = prompt.variant
    answer = outcome.response_body or outcome.answer
    if answer:
        _response(attributes, answer, content)
    if content:
        _input(attributes, ctx)
    return attributes


def _usage(attributes: Attributes, outcome: Outcome) -> None:
    parsed = outcome.parsed
    if parsed is not None:
        attributes["gen_ai.usage.input_tokens"] = parsed.prompt_tokens
        attributes["gen_ai.usage.output_tokens"] = parsed.completion_tokens
        if parsed.cached_tokens:
            attributes["gen_ai.usage.cache_read.input_tokens"] = parsed.cached_tokens
        if parsed.reasoning_tokens:
            attributes["gen_ai.usage.reasoning.output_tokens"] = parsed.reasoning_tokens
        return
    usage = outcome.usage
    if isinstance(usage, dict):  # an answer at an unknown price: its counts all the same
        for field, name in (
            ("prompt_tokens", "gen_ai.usage.input_tokens"),
            ("completion_tokens", "gen_ai.usage.output_tokens"),
        ):
            value = usage.get(field)
            if isinstance(value, int) and not isinstance(value, bool):
                attributes[name] = value


def _response(attributes: Attributes, answer: bytes, content: bool) -> None:
    """The response id, model and finish reasons (and with ``content``, the answer) of a JSON
    answer or an SSE stream."""
    if answer[:1] == b"{":
        try:
            data = orjson.loads(answer)
        except orjson.JSONDecodeError:
            return
        if not isinstance(data, dict):
            return
        _identity(attributes, data)
        choices = data.get("choices")
        if isinstance(choices, list):
            reasons = tuple(
                str(c["finish_reason"])
                for c in choices
                if isinstance(c, dict) and isinstance(c.get("finish_reason"), str)
            )
            if reasons:
                attributes["gen_ai.response.finish_reasons"] = reasons
            if content:
                messages = [
                    c.get("message") or c.get("text") for c in choices if isinstance(c, dict)
                ]
                attributes["gen_ai.output.messages"] = _cut(orjson.dumps(messages).decode())
        return
    start = answer.find(b"data:")
    end = answer.find(b"\n", start)
    if start >= 0 and end > start:
        try:
            first = orjson.loads(answer[start + 5 : end])
        except orjson.JSONDecodeError:
            first = None
        if isinstance(first, dict):
            _identity(attributes, first)
    reasons = tuple(m.decode("utf-8", "replace") for m in _FINISH.findall(answer[-_TAIL:]))
    if reasons:
        attributes["gen_ai.response.finish_reasons"] = reasons
    if content:
        attributes["gen_ai.output.messages"] = _cut(completion_text_from_sse(answer))


def _identity(attributes: Attributes, data: dict[str, Any]) -> None:
    if isinstance(data.get("id"), str):
        attributes["gen_ai.response.id"] = data["id"]
    if isinstance(data.get("model"), str):
        attributes["gen_ai.response.model"] = data["model"]


def _input(attributes: Attributes, ctx: RequestContext) -> None:
    """The prompt as the upstream got it (redacted where a guardrail redacted it)."""
    body = ctx.body
    field = _INPUTS.get(ctx.endpoint)
    if field is not None and field in body:
        attributes["gen_ai.input.messages"] = _cut(orjson.dumps(body[field]).decode())


def _cut(text: str) -> str:
    if len(text) <= _CONTENT_CHARS:
        return text
    return f"{text[:_CONTENT_CHARS]}...[{len(text) - _CONTENT_CHARS} more characters]"
