"""The Python SDK: prompts from a gateway's registry, rendered locally, and feedback.

``lmops.Client(base_url, api_key)`` talks to a gateway's REST API with a virtual key (or the
master key). ``client.prompts.get(name, label=...)`` returns a :class:`Prompt` that renders
locally, in the same sandbox as the gateway, and turns into the keyword arguments of the OpenAI
SDK's ``chat.completions.create``.

The cache is the SDK's availability guarantee, written once here:

- A prompt is cached per ``(name, label, version)`` for ``cache_ttl`` seconds; after that the
  next ``get`` refetches it.
- When the registry cannot be reached, times out, or answers 5xx (or 408/429, both transient),
  ``get`` serves the last good version it fetched. Warnings are logged once per outage (stdlib
  ``logging``, logger ``lmops.client``), and a recovery once. While the outage lasts, one key is
  retried at most every ``retry_interval`` seconds: callers get the cached version at once
  between attempts, and at most one thread fetches a key at a time (the others serve the cached
  version meanwhile).
- With nothing cached (a cold start), the ``fallback`` given to ``get`` is served, marked
  ``is_fallback`` (its ``version`` is None); with no fallback either, :class:`PromptUnavailable`.
- A 4xx answer raises at once with the server's message and never serves a fallback or a cached
  version: 401/403 are configuration bugs that must surface, and a 404 (an unknown name, label or
  version) is a typo, while a fallback is for availability. A cached version is not served after
  a 404 either: a deleted or renamed label is the registry's answer, not an outage.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import httpx

from lmops.client_prompt import Fallback, HasContent, Prompt, fallback_prompt, prompt_from_json
from lmops.prompts.model import check_label, check_name

__all__ = [
    "Client",
    "ClientError",
    "Fallback",
    "HasContent",
    "LmopsError",
    "Prompt",
    "PromptNotFound",
    "PromptUnavailable",
    "Prompts",
    "Unavailable",
]

log = logging.getLogger("lmops.client")

# Statuses that say "try again later" rather than "your request is wrong".
_TRANSIENT_4XX = frozenset({408, 429})
_UNSET: Any = object()


class LmopsError(Exception):
    """Every error the SDK raises (besides ValueError for arguments it refuses)."""


class ClientError(LmopsError):
    """The gateway refused the request (4xx): ``status``, and the OpenAI-shaped error's
    ``message``, ``type``, ``code`` and ``param``."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        type_: str | None = None,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(f"{status}: {message}")
        self.message = message
        self.status = status
        self.type = type_
        self.code = code
        self.param = param


class PromptNotFound(ClientError):
    """404: no such prompt, label or version."""


class Unavailable(LmopsError):
    """The gateway could not be reached, timed out, or answered 5xx (``status``, else None)."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class PromptUnavailable(Unavailable):
    """The registry is unavailable and there is neither a cached version nor a fallback."""


@dataclass(eq=False)
class _Slot:
    """The cache of one ``(name, label, version)``. ``lock`` is held while fetching it."""

    lock: threading.Lock
    prompt: Prompt | None = None
    fetched_at: float = 0.0
    retry_at: float = 0.0  # after a failed fetch: no new attempt before this
    error: Unavailable | None = None  # the last failed fetch's, while it is the latest outcome
    fallback_of: object = None  # the fallback argument ``fallback`` was made from
    fallback: Prompt | None = None


class Prompts:
    """``client.prompts``: prompt versions from the registry, cached (see the module's doc)."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self._slots: dict[tuple[str, str | None, int | None], _Slot] = {}
        self._lock = threading.Lock()
        self._outage = False  # a warning was logged and no fetch has succeeded since

    def get(
        self,
        name: str,
        *,
        label: str | None = None,
        version: int | None = None,
        fallback: Fallback | None = None,
        cache_ttl: float | None = None,
    ) -> Prompt:
        """The version ``name:version``, ``name@label``, or by default ``production`` (else the
        newest). ``fallback`` serves a cold start while the registry is unavailable;
        ``cache_ttl`` overrides the client's. Raises :class:`PromptNotFound` (404),
        :class:`ClientError` (other 4xx), :class:`PromptUnavailable`."""
        check_name(name)
        if label is not None and version is not None:
            raise ValueError("give a label or a version, not both")
        if label is not None:
            check_label(label, settable=False)
        if version is not None and (isinstance(version, bool) or version < 1):
            raise ValueError(f"invalid prompt version {version!r}: use 1, 2, ...")
        ttl = self._client.cache_ttl if cache_ttl is None else cache_ttl
        key = (name, label, version)
        slot = self._slots.get(key)
        if slot is None:
            with self._lock:
                slot = self._slots.setdefault(key, _Slot(threading.Lock()))
        cached = self._fresh(slot, ttl)
        if cached is not None:
            return cached
        if slot.prompt is not None:
            if not slot.lock.acquire(blocking=False):
                return slot.prompt  # another thread is fetching it: no need to wait
        else:
            slot.lock.acquire()
        try:
            # Another thread may have fetched it (or failed to) while this one waited.
            cached = self._fresh(slot, ttl)
            if cached is None and self._client.clock() >= slot.retry_at:
                self._fetch(slot, name, label, version)
                cached = slot.prompt
            if cached is not None:
                return cached
            return self._fallback(slot, name, fallback)
        finally:
            slot.lock.release()

    def _fresh(self, slot: _Slot, ttl: float) -> Prompt | None:
        """The cached prompt if it may be served without a fetch."""
        prompt = slot.prompt
        if prompt is None:
            return None
        now = self._client.clock()
        if now - slot.fetched_at < ttl or now < slot.retry_at:
            return prompt
        return None

    def _fetch(self, slot: _Slot, name: str, label: str | None, version: int | None) -> None:
        """Fetch into ``slot``; a 4xx raises, unavailability is recorded in ``slot``."""
        params: dict[str, str | int] = {}
        if label is not None:
            params["label"] = label
        if version is not None:
            params["version"] = version
        try:
            body = self._client.request("GET", f"/v1/prompts/{name}", params=params)
            prompt = prompt_from_json(body)
        except (Unavailable, ValueError) as e:  # a 4xx (ClientError) goes up as it is
            error = e if isinstance(e, Unavailable) else Unavailable(f"bad answer: {e}")
            slot.error = error
            slot.retry_at = self._client.clock() + self._client.retry_interval
            self._note_outage(name, error, cached=slot.prompt)
            return
        slot.prompt, slot.error, slot.retry_at = prompt, None, 0.0
        slot.fetched_at = self._client.clock()
        self._note_recovery()

    def _fallback(self, slot: _Slot, name: str, fallback: Fallback | None) -> Prompt:
        if fallback is None:
            error = slot.error
            raise PromptUnavailable(
                f"prompt {name!r}: the registry is unavailable ({error}) and there is no "
                "cached version and no fallback",
                status=error.status if error is not None else None,
            )
        # Compile a fallback once per outage, not once per call.
        if slot.fallback is None or slot.fallback_of is not fallback:
            slot.fallback, slot.fallback_of = fallback_prompt(name, fallback), fallback
        return slot.fallback

    def _note_outage(self, name: str, error: Unavailable, cached: Prompt | None) -> None:
        with self._lock:
            first, self._outage = not self._outage, True
        if first:
            serving = f"serving version {cached.version}" if cached else "nothing cached"
            log.warning(
                "lmops registry unavailable (%s); serving cached prompts or fallbacks until it "
                "answers again (prompt %r: %s)",
                error,
                name,
                serving,
            )

    def _note_recovery(self) -> None:
        with self._lock:
            recovered, self._outage = self._outage, False
        if recovered:
            log.info("lmops registry reachable again")

    def clear(self) -> None:
        """Forget every cached version (the next ``get`` of each fetches it)."""
        with self._lock:
            self._slots.clear()


class Client:
    """A gateway's REST API: ``client.prompts.get(...)`` and ``client.feedback(...)``.

    ``base_url`` is the gateway's address, with or without ``/v1``. ``http`` is an httpx client
    to send requests with (it stays open on :meth:`close`; the default one is closed). ``clock``
    (seconds, monotonic) and ``retry_interval`` make the cache testable and tunable.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = 10.0,
        cache_ttl: float = 60.0,
        http: httpx.Client | None = None,
        retry_interval: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        base = base_url.rstrip("/")
        self.base_url = base.removesuffix("/v1")
        self.timeout = timeout
        self.cache_ttl = cache_ttl
        self.retry_interval = retry_interval
        self.clock = clock
        self._headers = {"authorization": f"Bearer {api_key}"}
        self._owns_http = http is None
        self._http = http if http is not None else httpx.Client(timeout=timeout)
        self.prompts = Prompts(self)

    def __repr__(self) -> str:  # never the key
        return f"Client({self.base_url!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client if this Client made it."""
        if self._owns_http:
            self._http.close()

    def feedback(
        self,
        request_id: str,
        *,
        score: float | None = None,
        label: str | None = None,
        comment: str | None = None,
    ) -> dict[str, Any]:
        """Record an outcome of the request ``request_id`` (its ``x-request-id``): a score (0..1
        or 1..5), a label and/or a comment. Returns the stored feedback."""
        if score is None and label is None and comment is None:
            raise ValueError("feedback needs a score, a label or a comment")
        body: dict[str, Any] = {"request_id": request_id}
        for field, value in (("score", score), ("label", label), ("comment", comment)):
            if value is not None:
                body[field] = value
        answer: dict[str, Any] = self.request("POST", "/v1/feedback", json=body)
        return answer

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json: Any = _UNSET,
    ) -> Any:
        """Send a request to the gateway and return its JSON answer. Raises
        :class:`ClientError` (:class:`PromptNotFound` for a 404) or :class:`Unavailable`."""
        extra: dict[str, Any] = {} if json is _UNSET else {"json": json}
        try:
            response = self._http.request(
                method,
                self.base_url + path,
                params=params,
                headers=self._headers,
                timeout=self.timeout,
                **extra,
            )
        except httpx.RequestError as e:
            raise Unavailable(f"{method} {path}: {type(e).__name__}: {e}") from e
        if response.is_success:
            try:
                return response.json()
            except ValueError:
                raise Unavailable(
                    f"{method} {path}: the answer is not JSON", status=response.status_code
                ) from None
        raise _error(method, path, response)


def _error(method: str, path: str, response: httpx.Response) -> LmopsError:
    """The error a failed answer raises, with the server's message."""
    status = response.status_code
    fields: Mapping[str, Any] = {}
    try:
        error = response.json().get("error")
        if isinstance(error, Mapping):
            fields = error
    except (ValueError, AttributeError):
        pass
    message = str(fields.get("message") or response.text[:200] or response.reason_phrase)
    if status >= 500 or status in _TRANSIENT_4XX or status < 400:
        return Unavailable(f"{method} {path}: {status}: {message}", status=status)
    cls = PromptNotFound if status == 404 else ClientError
    return cls(
        message,
        status=status,
        type_=fields.get("type"),
        code=fields.get("code"),
        param=fields.get("param"),
    )
