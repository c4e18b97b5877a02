"""The seams between the eval runner and what it calls: a model (:class:`Caller`), a judge as a
metric sees it (:class:`Judge`), and the result cache (:class:`ResultCache`).

:mod:`lmops.evals.targets` implements :class:`Caller` for a model group of the config called
in-process and for a running gateway; tests and benchmarks may pass their own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from lmops.evals.suite import Target

__all__ = ["CallError", "Caller", "Completion", "Judge", "Message", "ResultCache"]

Message = Mapping[str, Any]  # an OpenAI chat message: {"role": ..., "content": ...}


@dataclass(frozen=True, slots=True)
class Completion:
    """A model's answer to one call."""

    text: str
    latency_ms: float
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cost_usd: float | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Completion:
        return cls(**data)


class CallError(Exception):
    """A call that did not answer. ``retryable``: a timeout, a connection failure, 408, 429 or a
    5xx, worth another try with backoff; otherwise (400, 401, 404, a bad answer) it is final."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.status = status


class Caller(Protocol):
    """Calls a target's model. Raises :class:`CallError`, nothing else, when it cannot answer."""

    async def complete(
        self, target: Target, messages: Sequence[Message], params: Mapping[str, Any]
    ) -> Completion:
        """A chat completion (non-streaming) of ``messages`` with request ``params``
        (temperature, max_tokens, response_format...; never a URL or key)."""
        ...

    async def embed(self, target: Target, texts: Sequence[str]) -> list[list[float]]:
        """One embedding per text, from the target's embeddings model group."""
        ...

    async def aclose(self) -> None: ...


class Judge(Protocol):
    """A judge model as a metric sees it. Metrics run on a worker thread (they are in
    :data:`lmops.evals.score.SLOW`), so this is a blocking call; the runner's implementation
    hands it to the event loop's caller (with its retries and result cache) and waits."""

    def complete(self, messages: Sequence[Message], *, json_mode: bool = True) -> str:
        """The judge's answer text; :class:`lmops.evals.score.ScoreError` when it cannot answer.
        ``json_mode`` asks for a JSON object (``response_format``)."""
        ...


class ResultCache(Protocol):
    """Model answers by cache key (see :func:`lmops.evals.runner.cache_key`): a re-run of an
    unchanged cell is free. Blocking calls; the runner makes them off the event loop, in
    batches."""

    def get_many(self, keys: Sequence[str]) -> dict[str, Completion]: ...
    def put_many(self, items: Mapping[str, Completion]) -> None: ...
