"""Google's Gemini, through the Generative Language API or Vertex AI, behind the OpenAI chat shape.

Both APIs take the same ``generateContent`` body (see :mod:`lmops.providers._gemini_request`)
and answer in the same shape (:mod:`lmops.providers._gemini_response`); they differ in where
the model lives and how the key is sent:

- the Generative Language API (the default): ``{api_base}/v1beta/models/{model}:generateContent``
  with the key in ``x-goog-api-key``; ``api_base`` defaults to Google's, may end in its own
  version (``.../v1``), and ``api_version`` picks another one;
- Vertex AI, when ``options.project`` is set (``options.location`` picks the region, default
  ``global``), or when ``api_base`` is a Vertex model path ending in ``/publishers/google``; the
  ``api_key`` is then an OAuth access token, sent as a bearer token.

A prompt or an answer that Gemini's safety filters block entirely is a 400 with code
``content_filter``: the request's own doing, so never retried or sent to a fallback. An answer
stopped by a filter after some content finishes with ``content_filter``, as OpenAI's does.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator
from typing import Any, ClassVar

import aiohttp
import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from lmops.config import Deployment
from lmops.errors import GatewayError, UpstreamError
from lmops.providers._gemini_request import generate_request
from lmops.providers._gemini_response import (
    StreamTranslator,
    block_reason,
    chat_completion,
)
from lmops.providers._http import (
    iter_sse_events,
    open_response,
    read_body,
    scrub,
    status_error,
    upstream_failures,
)
from lmops.providers.base import (
    UpstreamRequest,
    UpstreamResponse,
    json_object,
    provider,
    provider_options,
    upstream_name,
    wants_stream_usage,
)

__all__ = ["GeminiOptions", "GeminiProvider", "SafetySetting"]

_DEFAULT_BASE = "https://generativelanguage.googleapis.com"
_VERTEX_BASE = re.compile(r"/publishers/google/?$")
_VERSIONED_BASE = re.compile(r"/v\d+(?:alpha|beta)?\d*/?$")


class SafetySetting(BaseModel):
    """One of Gemini's safety filters and the probability of harm at which it blocks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str = Field(pattern=r"^HARM_CATEGORY_[A-Z_]+$", description="HARM_CATEGORY_...")
    threshold: str = Field(
        pattern=r"^[A-Z_]+$", description="BLOCK_NONE, BLOCK_ONLY_HIGH, ..., or OFF"
    )


class GeminiOptions(BaseModel):
    """The ``options:`` of a ``provider: gemini`` deployment."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    project: str | None = Field(
        None, min_length=1, description="a Google Cloud project: call Vertex AI in it"
    )
    location: str = Field(
        "global", pattern=r"^[a-z0-9-]+$", description="the Vertex AI region (with project)"
    )
    safety_settings: list[SafetySetting] = Field(
        default_factory=list, description="sent with every request as safetySettings"
    )

    @field_validator("location")
    @classmethod
    def _only_with_project(cls, location: str, info: ValidationInfo) -> str:
        if info.data.get("project") is None:
            raise ValueError("a location needs a project (it is where Vertex AI runs)")
        return location


@provider("gemini")
class GeminiProvider:
    """The Gemini API (or Vertex AI's); only the chat endpoint is translated."""

    options_model: ClassVar[type[BaseModel]] = GeminiOptions

    def __init__(self, deployment: Deployment, http: aiohttp.ClientSession) -> None:
        options = provider_options(deployment, GeminiOptions)
        self._deployment = deployment
        self._http = http
        self._model = deployment.upstream_model.removeprefix("models/")
        base, vertex = _model_base(deployment, options)
        self._url = f"{base}/models/{self._model}:generateContent"
        self._stream_url = f"{base}/models/{self._model}:streamGenerateContent?alt=sse"
        self._safety = [s.model_dump() for s in options.safety_settings]
        headers = {"content-type": "application/json", **deployment.headers}
        if deployment.api_key:
            key = deployment.api_key.get_secret_value()
            if vertex:
                headers["authorization"] = f"Bearer {key}"
            else:
                headers["x-goog-api-key"] = key
        self._headers = headers

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        """Translate, call ``generateContent`` (or stream it), and translate the answer back."""
        if request.endpoint != "chat":
            raise GatewayError.bad_request(
                f"provider gemini does not support the {request.endpoint} endpoint"
            )
        body = generate_request(request.body, self._safety)
        resp = await self._open(orjson.dumps(body), request.stream)
        if not request.stream:
            raw = await read_body(resp, self._deployment)
            with upstream_failures(self._deployment):  # an answer of the wrong shape
                data = json_object(raw, self._deployment)
                reason = block_reason(data)
                if reason is not None:
                    raise self._blocked(reason)
                completion = chat_completion(data, self._model)
            return UpstreamResponse(status=200, body=orjson.dumps(completion))
        response = UpstreamResponse(status=200)
        response.chunks = self._relay(resp, response, wants_stream_usage(request.body))
        return response

    async def _open(self, data: bytes, stream: bool) -> aiohttp.ClientResponse:
        # A prompt over the context window ("The input token count ... exceeds") is read as
        # one by _http, so context-window fallbacks apply.
        return await open_response(
            self._http,
            self._stream_url if stream else self._url,
            data=data,
            headers=self._headers,
            deployment=self._deployment,
        )

    async def _relay(
        self, resp: aiohttp.ClientResponse, response: UpstreamResponse, usage_chunk: bool
    ) -> AsyncGenerator[bytes, None]:
        translator = StreamTranslator(self._model, usage_chunk)
        try:
            with upstream_failures(self._deployment):
                async for _event, raw in iter_sse_events(resp.content):
                    data = json_object(raw, self._deployment)
                    if "error" in data:
                        raise self._stream_error(data["error"])
                    reason = None if translator.started else block_reason(data)
                    if reason is not None:
                        raise self._blocked(reason)
                    for chunk in translator.feed(data):
                        yield chunk
            if not translator.complete:
                raise UpstreamError(
                    f"{upstream_name(self._deployment)} ended the stream before its finishReason",
                    kind="upstream_disconnected",
                    retryable=True,
                )
            response.usage = translator.usage
            for chunk in translator.end():
                yield chunk
        finally:
            resp.release()

    def _blocked(self, reason: str) -> UpstreamError:
        error = UpstreamError(
            f"{upstream_name(self._deployment)} refused the request: {reason}",
            status=400,
            kind="content_filter",
        )
        error.type = "invalid_request_error"  # the prompt's doing, as OpenAI reports it
        return error

    def _stream_error(self, error: Any) -> UpstreamError:
        error = error if isinstance(error, dict) else {}
        code = error.get("code")
        status = code if type(code) is int and 400 <= code <= 599 else 502
        message = scrub(str(error.get("message") or "stream error"), self._deployment)
        return status_error(
            status, f"{upstream_name(self._deployment)} failed mid-stream ({status}): {message}"
        )


def _model_base(deployment: Deployment, options: GeminiOptions) -> tuple[str, bool]:
    """The URL that ``/models/{model}:method`` follows, and whether it is Vertex AI's."""
    base = deployment.api_base.rstrip("/") if deployment.api_base else None
    if options.project is not None:
        if base is not None and _VERTEX_BASE.search(base):
            raise ValueError(
                f"model {deployment.name!r}: options.project: api_base already names a Vertex "
                "AI project; give one or the other"
            )
        location = options.location
        host = base or (
            "https://aiplatform.googleapis.com"
            if location == "global"
            else f"https://{location}-aiplatform.googleapis.com"
        )
        version = deployment.api_version or "v1"
        return (
            f"{host}/{version}/projects/{options.project}/locations/{location}/publishers/google",
            True,
        )
    if base is not None and _VERTEX_BASE.search(base):
        return base, True
    base = base or _DEFAULT_BASE
    if _VERSIONED_BASE.search(base):
        return base, False
    return f"{base}/{deployment.api_version or 'v1beta'}", False
