"""The pytest plugin (entry point ``pytest11``): LLM tests in a project's own test suite.

Fixtures (session-scoped):

- ``lmops_model``: the model groups of ``lmops.yaml`` (``--lmops-config`` or ``LMOPS_CONFIG``;
  default ``lmops.yaml`` in the current folder), called in-process as ``lmops eval`` calls them;
  a missing or invalid config fails the tests that use it, naming the file.
- ``lmops_gateway``: a running gateway at ``LMOPS_GATEWAY_URL`` with the key ``LMOPS_API_KEY``;
  the tests that use it are skipped, saying why, when ``LMOPS_GATEWAY_URL`` is not set.
- ``lmops_config``: the loaded :class:`lmops.config.Config`.

Both clients are :class:`ModelClient`: ``complete(prompt_or_messages, model=...) -> str``, sync
(or ``await acomplete(...)`` in an async test). ``model`` defaults to ``--lmops-model`` /
``LMOPS_MODEL``, else to the config's only model group. The helpers :func:`score` and
:func:`assert_metric` run the suite metrics (``lmops.evals.score.METRICS``) on an output.

For example::

    from lmops.testing import assert_metric

    def test_capital(lmops_model):
        answer = lmops_model.complete("The capital of France?", model="gpt-4o-mini")
        assert_metric(answer, "icontains", "paris")
        assert_metric(answer, "rouge-l", "The capital of France is Paris.", threshold=0.3)

pytest loads this module in every run of a project that installs lmops, so importing it imports
nothing heavy: the callers (aiohttp, httpx) load when a client fixture is first used, the metrics
when a helper is first called, and a semantic model only when such a metric runs.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Awaitable, Coroutine, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest

if TYPE_CHECKING:
    from lmops.config import Config
    from lmops.evals.calls import Caller, CallError, Completion, Message
    from lmops.evals.score import Score
    from lmops.evals.suite import Target

__all__ = ["ModelClient", "assert_metric", "score"]

T = TypeVar("T")
_DEFAULT_CONFIG = "lmops.yaml"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("lmops", "LLM tests with lmops")
    group.addoption(
        "--lmops-config",
        default=None,
        help=f"the lmops config whose model groups lmops_model calls (env LMOPS_CONFIG; "
        f"default {_DEFAULT_CONFIG})",
    )
    group.addoption(
        "--lmops-model",
        default=None,
        help="the model group complete() calls when given none (env LMOPS_MODEL)",
    )


class _LoopThread:
    """An event loop on a thread of its own: sync tests and async tests (whose loop is busy
    running them) reach the same caller, which belongs to one loop."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="lmops", daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def wrap(self, coro: Coroutine[Any, Any, T]) -> Awaitable[T]:
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self._loop))

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


class ModelClient:
    """Sync calls of model groups through a :class:`lmops.evals.calls.Caller`.

    A :class:`lmops.evals.calls.CallError` (with its reason) is raised when a call fails;
    ``timeout`` seconds bound each call. Use as a context manager, or :meth:`close`.
    """

    def __init__(
        self,
        caller: Caller,
        *,
        default_model: str | None = None,
        gateway: str | None = None,
        api_key: str | None = None,
        timeout: float = 600.0,
    ) -> None:
        self._caller = caller
        self._default_model = default_model
        self._gateway = gateway
        self._api_key = api_key
        self._timeout = timeout
        self._loop = _LoopThread()

    @classmethod
    def in_process(cls, config: Config, *, default_model: str | None = None) -> ModelClient:
        """The model groups of ``config``, called in this process."""
        from lmops.evals.targets import InProcessCaller

        groups = config.groups()
        if default_model is None and len(groups) == 1:
            default_model = next(iter(groups))
        return cls(InProcessCaller(config), default_model=default_model)

    @classmethod
    def for_gateway(
        cls, url: str, api_key: str | None, *, default_model: str | None = None
    ) -> ModelClient:
        """A running gateway's model groups, with the virtual key ``api_key``."""
        from lmops.evals.targets import GatewayCaller

        if not url.startswith(("http://", "https://")):
            raise ValueError(f"a gateway URL starts with http:// or https://, not {url!r}")
        return cls(GatewayCaller(), default_model=default_model, gateway=url, api_key=api_key)

    def complete(
        self, prompt_or_messages: str | Sequence[Message], model: str | None = None, **params: Any
    ) -> str:
        """The answer's text to a prompt (one user message) or a list of chat messages;
        ``params`` are request parameters (temperature, max_tokens, response_format...)."""
        return self.completion(prompt_or_messages, model, **params).text

    def completion(
        self, prompt_or_messages: str | Sequence[Message], model: str | None = None, **params: Any
    ) -> Completion:
        """The whole answer: text, latency, tokens and cost (what ``latency`` and ``cost``
        assertions check)."""
        return self._run(self._complete(prompt_or_messages, model, params))

    async def acomplete(
        self, prompt_or_messages: str | Sequence[Message], model: str | None = None, **params: Any
    ) -> str:
        """:meth:`complete` for async tests."""
        from lmops.evals.calls import CallError

        try:
            answer = await self._loop.wrap(self._complete(prompt_or_messages, model, params))
        except CallError as exc:
            raise _fresh(exc) from None
        return answer.text

    def embed(self, texts: Sequence[str], model: str | None = None) -> list[list[float]]:
        """One vector per text, from an embeddings model group."""
        return self._run(self._call(self._caller.embed(self._target(model), texts)))

    def judge(self, model: str | None = None) -> JudgeClient:
        """This client's ``model`` as the judge of judged metrics (``assert_metric(...,
        judge=lmops_model.judge("gpt-4o"))``)."""
        return JudgeClient(self, self._target(model).model)

    def close(self) -> None:
        self._loop.run(self._caller.aclose())
        self._loop.close()

    def __enter__(self) -> ModelClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        from lmops.evals.calls import CallError

        try:
            return self._loop.run(coro)
        except CallError as exc:
            raise _fresh(exc) from None

    async def _complete(
        self,
        prompt_or_messages: str | Sequence[Message],
        model: str | None,
        params: Mapping[str, Any],
    ) -> Completion:
        if isinstance(prompt_or_messages, str):
            messages: Sequence[Message] = [{"role": "user", "content": prompt_or_messages}]
        else:
            messages = prompt_or_messages
        return await self._call(self._caller.complete(self._target(model), messages, params))

    async def _call(self, call: Awaitable[T]) -> T:
        return await asyncio.wait_for(call, self._timeout)

    def _target(self, model: str | None) -> Target:
        from lmops.evals.suite import Target

        model = model or self._default_model
        if model is None:
            raise ValueError(
                "no model: pass model=..., or set --lmops-model / LMOPS_MODEL "
                "(a config with a single model group needs neither)"
            )
        return Target(model, model, self._gateway, self._api_key)


def _fresh(exc: CallError) -> CallError:
    """``exc`` without its traceback: pytest prints the arguments of each frame of a failure's
    traceback, and the caller's frames hold the target with its key."""
    from lmops.evals.calls import CallError

    return CallError(exc.message, retryable=exc.retryable, status=exc.status)


class JudgeClient:
    """A :class:`lmops.evals.calls.Judge` on a :class:`ModelClient`'s model."""

    def __init__(self, client: ModelClient, model: str) -> None:
        self._client = client
        self._model = model

    def complete(self, messages: Sequence[Message], *, json_mode: bool = True) -> str:
        from lmops.evals.calls import CallError
        from lmops.evals.score import ScoreError

        params = {"response_format": {"type": "json_object"}} if json_mode else {}
        try:
            return self._client.complete(messages, self._model, **params)
        except CallError as exc:
            raise ScoreError(f"the judge could not answer: {exc.message}") from None


def score(
    output: str | Completion,
    metric: str,
    value: Any = None,
    *,
    threshold: float | None = None,
    **context: Any,
) -> Score:
    """``metric`` (a suite assertion type, ``not-`` negation included) on ``output``, as a
    suite would score it: ``reference`` is ``value`` when that is a string, ``threshold`` and
    negation applied. A :class:`Completion` brings its latency and cost along. ``context`` is
    what a metric may read (``reference``, ``vars``, ``embedder``, ``judge``, ``base_dir``...).
    A metric that cannot measure raises :class:`lmops.evals.score.ScoreError`."""
    from lmops.evals.score import METRICS, apply
    from lmops.evals.suite_schema import resolve_type  # registers every metric

    name, negate = resolve_type(metric)
    if not isinstance(output, str):
        context.setdefault("latency_ms", output.latency_ms)
        context.setdefault("cost_usd", output.cost_usd)
        output = output.text
    variables = context.setdefault("vars", {})
    context.setdefault("reference", value if isinstance(value, str) else variables.get("reference"))
    context.setdefault("base_dir", Path.cwd())
    measured = METRICS[name](output, value=value, **context)
    return apply(measured, threshold=threshold, negate=negate)


def assert_metric(
    output: str | Completion,
    metric: str,
    value: Any = None,
    *,
    threshold: float | None = None,
    **context: Any,
) -> Score:
    """:func:`score`, raising ``AssertionError`` with the metric's reason when it fails."""
    result = score(output, metric, value, threshold=threshold, **context)
    if not result.passed:
        shown = "none" if result.value is None else f"{result.value:.3f}"
        bar = "" if threshold is None else f" (threshold {threshold:g})"
        raise AssertionError(f"{metric}: {result.reason or 'failed'}; score {shown}{bar}")
    return result


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def lmops_config(pytestconfig: pytest.Config) -> Config:
    """The lmops config's model groups, which the ``lmops_model`` fixture calls."""
    from lmops.config import ConfigError, load_models

    given = pytestconfig.getoption("lmops_config") or os.environ.get("LMOPS_CONFIG")
    path = Path(given or _DEFAULT_CONFIG)
    if not path.is_file():
        how = "" if given else " (pass --lmops-config or set LMOPS_CONFIG)"
        pytest.fail(f"lmops: no config file at {path}{how}", pytrace=False)
    try:
        return load_models(path)  # the model groups: no master key needed
    except ConfigError as exc:
        pytest.fail(f"lmops: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def lmops_model(pytestconfig: pytest.Config, lmops_config: Config) -> Iterator[ModelClient]:
    """The config's model groups, called in-process."""
    with ModelClient.in_process(lmops_config, default_model=_default_model(pytestconfig)) as client:
        yield client


@pytest.fixture(scope="session")
def lmops_gateway(pytestconfig: pytest.Config) -> Iterator[ModelClient]:
    """A running gateway (``LMOPS_GATEWAY_URL``, ``LMOPS_API_KEY``)."""
    url = os.environ.get("LMOPS_GATEWAY_URL")
    if not url:
        pytest.skip("lmops: LMOPS_GATEWAY_URL not set (a running gateway's URL)")
    key = os.environ.get("LMOPS_API_KEY") or None
    try:
        client = ModelClient.for_gateway(url, key, default_model=_default_model(pytestconfig))
    except ValueError as exc:
        pytest.fail(f"lmops: LMOPS_GATEWAY_URL: {exc}", pytrace=False)
    with client:
        yield client


def _default_model(pytestconfig: pytest.Config) -> str | None:
    given = pytestconfig.getoption("lmops_model") or os.environ.get("LMOPS_MODEL")
    return str(given) if given else None
