"""Any OpenAI-compatible HTTP API: OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp, Groq, ...

The client's body is forwarded with only ``model`` replaced; responses and SSE streams pass back
byte for byte.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import orjson

from lmops.config import Deployment
from lmops.providers._http import client_timeout, error_from_response, upstream_failures
from lmops.providers.base import UpstreamRequest, UpstreamResponse, provider

__all__ = ["OpenAIProvider"]

_PATHS = {"chat": "chat/completions", "completions": "completions", "embeddings": "embeddings"}


@provider("openai")
class OpenAIProvider:
    """OpenAI wire format. With ``api_version`` set, Azure's deployment path and header are used."""

    def __init__(self, deployment: Deployment, http: aiohttp.ClientSession) -> None:
        if not deployment.api_base:
            raise ValueError(f"model {deployment.name!r}: provider openai needs api_base")
        self._deployment = deployment
        self._http = http
        self._timeout = client_timeout(deployment)
        self._model = deployment.upstream_model
        base = deployment.api_base.rstrip("/")
        headers = {"content-type": "application/json", **deployment.headers}
        key = deployment.api_key.get_secret_value() if deployment.api_key else None
        if deployment.api_version:
            self._urls = {
                ep: f"{base}/openai/deployments/{self._model}/{path}"
                f"?api-version={deployment.api_version}"
                for ep, path in _PATHS.items()
            }
            if key:
                headers["api-key"] = key
        else:
            self._urls = {ep: f"{base}/{path}" for ep, path in _PATHS.items()}
            if key:
                headers["authorization"] = f"Bearer {key}"
        self._headers = headers

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        body = dict(request.body)
        body["model"] = self._model
        with upstream_failures(self._deployment):
            resp = await self._http.post(
                self._urls[request.endpoint],
                data=orjson.dumps(body),
                headers=self._headers,
                timeout=self._timeout,
            )
            try:
                if resp.status >= 400:
                    raise await error_from_response(resp, self._deployment)
                if not request.stream:
                    return UpstreamResponse(status=resp.status, body=await resp.read())
            except BaseException:
                resp.release()
                raise
        return UpstreamResponse(status=resp.status, chunks=self._relay(resp))

    async def _relay(self, resp: aiohttp.ClientResponse) -> AsyncIterator[bytes]:
        try:
            with upstream_failures(self._deployment):
                async for chunk in resp.content.iter_any():
                    yield chunk
        finally:
            resp.release()
